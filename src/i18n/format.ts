import type { EventDate, Flag, Lang, LocalText, Unit } from '../data/schema';
import { COUNT_UNITS } from '../data/ids';
import { MESSAGES } from './messages';

const LOCALES: Record<Lang, string> = { en: 'en-GB', vi: 'vi-VN' };

/** Intl formatters are costly to make and cheap to use: one of each kind per language. */
function cached<T>(make: (lang: Lang) => T): (lang: Lang) => T {
  const made = new Map<Lang, T>();
  return (lang) => {
    let formatter = made.get(lang);
    if (!formatter) made.set(lang, (formatter = make(lang)));
    return formatter;
  };
}

const wholeFormat = cached((lang) => new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1 }));
// Two significant digits below 1, so that 0.05 is not shown as 0.
const smallFormat = cached((lang) => new Intl.NumberFormat(LOCALES[lang], { maximumSignificantDigits: 2 }));

function number(value: number, lang: Lang): string {
  const small = value !== 0 && Math.abs(value) < 1;
  return (small ? smallFormat : wholeFormat)(lang).format(value);
}

/** Where the number goes in each unit, by language: "$45bn" and "45 tỷ USD". */
const UNIT_PATTERNS: Record<Lang, Record<Unit, string>> = {
  en: {
    percent: '#%',
    'percent-change': '#%',
    'usd-bn': '$#bn',
    'usd-m': '$#m',
    'usd-tn': '$#tn',
    'cny-bn': '#bn yuan',
    'cny-tn': '#tn yuan',
    'million-tonnes': '# Mt',
    million: '#m',
    billion: '#bn',
    nm: '# nm',
    years: '# years',
    count: '#',
  },
  vi: {
    percent: '#%',
    'percent-change': '#%',
    'usd-bn': '# tỷ USD',
    'usd-m': '# triệu USD',
    'usd-tn': '# nghìn tỷ USD',
    'cny-bn': '# tỷ nhân dân tệ',
    'cny-tn': '# nghìn tỷ nhân dân tệ',
    'million-tonnes': '# triệu tấn',
    million: '# triệu',
    billion: '# tỷ',
    nm: '# nm',
    years: '# năm',
    count: '#',
  },
};

/**
 * Vietnamese says a thousand billion as "nghìn tỷ" ("1 nghìn tỷ USD", never "1.000 tỷ USD"): a
 * figure (or the larger end of a range) of a thousand billion or more moves to the next unit.
 */
const THOUSAND_BILLION: Partial<Record<Unit, Unit>> = { 'usd-bn': 'usd-tn', 'cny-bn': 'cny-tn' };

/** Three more decimals for a figure moved to the next unit, so that none loses a digit: 1.234,5 tỷ is 1,2345 nghìn tỷ. */
const scaledFormat = cached((lang) => new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 4 }));

function inWords(values: readonly number[], unit: Unit, lang: Lang): { values: number[]; unit: Unit; write: (v: number) => string } {
  const larger = THOUSAND_BILLION[unit];
  if (lang === 'vi' && larger !== undefined && values.some((v) => Math.abs(v) >= 1000)) {
    return { values: values.map((v) => v / 1000), unit: larger, write: (v) => scaledFormat(lang).format(v) };
  }
  return { values: [...values], unit, write: (v) => number(v, lang) };
}

/** The noun a count takes, where the record names what it counts and its unit is a count. */
const nounOf = (unit: Unit, counted: LocalText | undefined, lang: Lang) => (counted !== undefined && COUNT_UNITS.has(unit) ? ` ${counted[lang]}` : '');

/**
 * The bare figure in its unit: "$45bn", "80%", "105 Mt" (English); "45 tỷ USD", "1,2 nghìn tỷ USD"
 * (Vietnamese). With `counted`, a count names what it counts: "22 triệu người", "22m people".
 */
export function formatAmount(value: number, unit: Unit, lang: Lang, counted?: LocalText): string {
  // A change always shows its direction; any other negative figure its minus sign.
  const sign = value < 0 ? '−' : unit === 'percent-change' && value > 0 ? '+' : '';
  const shown = inWords([value], unit, lang);
  return sign + UNIT_PATTERNS[lang][shown.unit].replace('#', shown.write(Math.abs(shown.values[0] ?? value))) + nounOf(unit, counted, lang);
}

/**
 * A range written once in its unit, as a reader says it: "11–19%", "$1–2bn", "1–2 tỷ USD". A range
 * that crosses zero, or a change in percent (each end with its sign), keeps each end whole: "−5 – +3%".
 */
export function formatAmountRange(low: number, high: number, unit: Unit, lang: Lang, counted?: LocalText): string {
  const shown = inWords([low, high], unit, lang);
  const [a = low, b = high] = shown.values;
  if (low < 0 || high < 0 || unit === 'percent-change') {
    return `${formatAmount(low, unit, lang)} – ${formatAmount(high, unit, lang, counted)}`;
  }
  return UNIT_PATTERNS[lang][shown.unit].replace('#', `${shown.write(a)}–${shown.write(b)}`) + nounOf(unit, counted, lang);
}

export interface FormattableRecord {
  value: number;
  valueHigh?: number;
  unit: Unit;
  flags: readonly Flag[];
  /** What a count counts ("người", "xe"), where the data names it. */
  counted?: LocalText | undefined;
}

const SUFFIX_FLAGS = ['estimate', 'target', 'derived'] as const;

/** The flag words that follow a figure, and whether they go in parentheses. */
function suffixWords(flags: readonly Flag[], lang: Lang, read: boolean): { words: string[]; bracketed: boolean } {
  // Read aloud, an approximate lower bound says "more than" and still names "approximate".
  const named = read && flags.includes('lowerBound') && flags.includes('approx') ? (['approx', ...SUFFIX_FLAGS] as const) : SUFFIX_FLAGS;
  const shown = named.filter((f) => flags.includes(f));
  // Vietnamese never glues a word to a figure ("140 tỷ USD mục tiêu" reads as one phrase).
  const bracketed = read || lang === 'vi';
  return { words: shown.map((f) => (bracketed ? MESSAGES[lang].flags[f] : MESSAGES[lang].flagShort[f])), bracketed };
}

/** The flag words that follow a figure: "est." on a chart in English; in parentheses otherwise. */
function flagSuffix(flags: readonly Flag[], lang: Lang, read: boolean): string {
  const { words, bracketed } = suffixWords(flags, lang, read);
  if (words.length === 0) return '';
  return bracketed ? ` (${words.join(', ')})` : ` ${words.join(' ')}`;
}

/** The sign drawn before a figure: ">" for a lower bound, "~" for an approximate one. */
const drawnPrefix = (flags: readonly Flag[]) => (flags.includes('lowerBound') ? '>' : flags.includes('approx') ? '~' : '');

function figureAmount(r: FormattableRecord, lang: Lang): string {
  return r.valueHigh !== undefined ? formatAmountRange(r.value, r.valueHigh, r.unit, lang, r.counted) : formatAmount(r.value, r.unit, lang, r.counted);
}

/**
 * A figure as drawn on a chart: "~30%", ">$45bn", "50% est.", "70% target", "11–19%",
 * "~86.8 Mt derived"; in Vietnamese "140 tỷ USD (mục tiêu)", "~63,8 tỷ USD (suy ra)".
 * The flag marks come from the data, never from the chart.
 */
export function formatFigure(r: FormattableRecord, lang: Lang): string {
  return drawnPrefix(r.flags) + figureAmount(r, lang) + flagSuffix(r.flags, lang, false);
}

/**
 * A figure as drawn with its year, the year in the parentheses the flag words are already in:
 * "70% target (2025)", "~30% (2024)"; in Vietnamese "70% (mục tiêu, 2025)", never "(mục tiêu) (2025)".
 */
export function formatFigureOfYear(r: FormattableRecord & { year?: number | undefined }, lang: Lang): string {
  if (r.year === undefined) return formatFigure(r, lang);
  const { words, bracketed } = suffixWords(r.flags, lang, false);
  const notes = bracketed ? [...words, String(r.year)] : [String(r.year)];
  const bare = bracketed || words.length === 0 ? '' : ` ${words.join(' ')}`;
  return `${drawnPrefix(r.flags)}${figureAmount(r, lang)}${bare} (${notes.join(', ')})`;
}

/**
 * A figure as read, in tables, accessible names and files rather than drawn: the signs in words,
 * every flag named. "more than $45bn", "about 30%", "50% (estimate)"; "hơn 45 tỷ USD",
 * "khoảng 30%", "140 tỷ USD (mục tiêu)".
 */
export function readFigure(r: FormattableRecord, lang: Lang): string {
  const words = MESSAGES[lang].flagWords;
  const prefix = r.flags.includes('lowerBound') ? `${words.lowerBound} ` : r.flags.includes('approx') ? `${words.approx} ` : '';
  return prefix + figureAmount(r, lang) + flagSuffix(r.flags, lang, true);
}

/** A figure's unit in words, for tables and files: "phần trăm", "tỷ USD"; a count with what it counts, "triệu người". */
export function unitName(r: Pick<FormattableRecord, 'unit' | 'counted'>, lang: Lang): string {
  return MESSAGES[lang].units[r.unit] + nounOf(r.unit, r.counted, lang);
}

/** Flags in words, for tables and accessible names: "estimate, approximate". */
export function describeFlags(flags: readonly Flag[], lang: Lang): string {
  return flags.map((f) => MESSAGES[lang].flags[f]).join(', ');
}

interface DateParts {
  y: number;
  m?: number;
  d?: number;
}

function parts(value: string): DateParts {
  const [y = 0, m, d] = value.split('-').map(Number);
  return { y, m, d };
}

/** A Vietnamese date, day/month/year with no leading zeros: "24/1/2025", "tháng 4/2025", "2025". */
function viDate({ y, m, d }: DateParts): string {
  if (m === undefined) return String(y);
  return d === undefined ? `tháng ${m}/${y}` : `${d}/${m}/${y}`;
}

/** A Vietnamese range that says once what both ends share: "27–31/1/2025", "tháng 9–12/2022". */
function viRange(a: DateParts, b: DateParts): string {
  if (a.m === undefined || b.m === undefined) return `${a.y}–${b.y}`;
  if (a.d === undefined || b.d === undefined) {
    return a.y === b.y ? `tháng ${a.m}–${b.m}/${a.y}` : `${viDate(a)} – ${viDate(b)}`;
  }
  if (a.y !== b.y) return `${viDate(a)} – ${viDate(b)}`;
  return a.m === b.m ? `${a.d}–${b.d}/${a.m}/${a.y}` : `${a.d}/${a.m} – ${b.d}/${b.m}/${a.y}`;
}

/**
 * A calendar date (YYYY, YYYY-MM or YYYY-MM-DD) as the reader writes it: "24/1/2025",
 * "tháng 4/2025", and with `approx` "khoảng tháng 4/2025". English keeps the sources' ISO dates,
 * "2025-01-24", "~2025-04".
 */
export function formatDate(value: string, lang: Lang, approx = false): string {
  if (lang === 'en') return `${approx ? '~' : ''}${value}`;
  return `${approx ? `${MESSAGES.vi.flagWords.approx} ` : ''}${viDate(parts(value))}`;
}

/**
 * English month names written out here rather than asked of Intl: the build (Node) and the
 * browser must write the same text for the page to hydrate, and their ICU data differ ("Sept", "Sep").
 */
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "27 Jan 2025", "Jan 2025", "2025". */
function enDate({ y, m, d }: DateParts): string {
  if (m === undefined) return String(y);
  const month = EN_MONTHS[m - 1] ?? String(m);
  return d === undefined ? `${month} ${y}` : `${d} ${month} ${y}`;
}

/** An English range that says once what both ends share: "27–31 Jan 2025", "Sep – Dec 2022". */
function enRange(a: DateParts, b: DateParts): string {
  if (a.m === undefined || b.m === undefined) return `${a.y}–${b.y}`;
  if (a.y !== b.y) return `${enDate(a)} – ${enDate(b)}`;
  const month = (x: DateParts) => EN_MONTHS[(x.m ?? 1) - 1] ?? '';
  if (a.d === undefined || b.d === undefined) return `${month(a)} – ${month(b)} ${a.y}`;
  return a.m === b.m ? `${a.d}–${b.d} ${month(a)} ${a.y}` : `${a.d} ${month(a)} – ${b.d} ${month(b)} ${a.y}`;
}

function sameOrNone(start: string, end: string | undefined): boolean {
  return end === undefined || end === start;
}

/**
 * "27 Jan 2025", "Jan 2025", "Jan – Feb 2025", "2017–2021"; in Vietnamese "27/1/2025",
 * "27–31/1/2025", "tháng 1/2025", "tháng 9–12/2022". The article's own wording is `date.label`.
 */
export function formatEventDate(date: EventDate, lang: Lang): string {
  const { precision, start, end } = date;
  if (precision === 'year' || precision === 'term') return sameOrNone(start, end) ? start : `${start}–${end}`;
  const [single, range] = lang === 'vi' ? [viDate, viRange] : [enDate, enRange];
  return sameOrNone(start, end) ? single(parts(start)) : range(parts(start), parts(end ?? start));
}

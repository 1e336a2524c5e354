import type { EventDate, Flag, Lang, Unit } from '../data/schema';
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
    'cny-bn': '# tỷ NDT',
    'cny-tn': '# nghìn tỷ NDT',
    'million-tonnes': '# triệu tấn',
    million: '# triệu',
    billion: '# tỷ',
    nm: '# nm',
    years: '# năm',
    count: '#',
  },
};

/** The bare figure in its unit: "$45bn", "80%", "105 Mt" (English); "45 tỷ USD" (Vietnamese). */
export function formatAmount(value: number, unit: Unit, lang: Lang): string {
  // A change always shows its direction; any other negative figure its minus sign.
  const sign = value < 0 ? '−' : unit === 'percent-change' && value > 0 ? '+' : '';
  return sign + UNIT_PATTERNS[lang][unit].replace('#', number(Math.abs(value), lang));
}

export interface FormattableRecord {
  value: number;
  valueHigh?: number;
  unit: Unit;
  flags: readonly Flag[];
}

/**
 * A figure as the reader must see it: "~30%", ">$45bn", "50% est.", "70% target", "11–19%",
 * "~86.8 Mt derived". The flag marks come from the data, never from the chart.
 */
export function formatFigure(r: FormattableRecord, lang: Lang): string {
  const prefix = r.flags.includes('lowerBound') ? '>' : r.flags.includes('approx') ? '~' : '';
  let amount = formatAmount(r.value, r.unit, lang);
  if (r.valueHigh !== undefined) {
    const high = formatAmount(r.valueHigh, r.unit, lang);
    const low = formatAmount(r.value, r.unit, lang);
    // "11–19%" rather than "11%–19%" when the unit is a trailing sign.
    amount = r.unit === 'percent' ? `${low.replace(/%$/, '')}–${high}` : `${low}–${high}`;
  }
  const suffixes = (['estimate', 'target', 'derived'] as const)
    .filter((f) => r.flags.includes(f))
    .map((f) => MESSAGES[lang].flagShort[f]);
  return [prefix + amount, ...suffixes].join(' ');
}

/** Flags in words, for tables and accessible names: "estimate, approximate". */
export function describeFlags(flags: readonly Flag[], lang: Lang): string {
  return flags.map((f) => MESSAGES[lang].flags[f]).join(', ');
}

/** "Jan 2025" in English; Vietnamese writes months as numbers: "1/2025", read after "tháng". */
const monthFormat = cached(
  (lang) => new Intl.DateTimeFormat(LOCALES[lang], { month: lang === 'vi' ? 'numeric' : 'short', year: 'numeric', timeZone: 'UTC' }),
);
const dayFormat = cached(
  (lang) =>
    new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: lang === 'vi' ? 'numeric' : 'short', year: 'numeric', timeZone: 'UTC' }),
);

function utc(value: string): Date {
  const [y = 0, m = 1, d = 1] = value.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/**
 * "27 Jan 2025", "Jan 2025", "Jan – Feb 2025", "2017–2021"; in Vietnamese "27/1/2025", "tháng 1/2025".
 * The article's own wording is `date.label`.
 */
export function formatEventDate(date: EventDate, lang: Lang): string {
  const { precision, start, end } = date;
  switch (precision) {
    case 'day':
      return end ? dayFormat(lang).formatRange(utc(start), utc(end)) : dayFormat(lang).format(utc(start));
    case 'month':
    case 'season': {
      const months = end && end !== start ? monthFormat(lang).formatRange(utc(start), utc(end)) : monthFormat(lang).format(utc(start));
      return lang === 'vi' ? `tháng ${months}` : months;
    }
    case 'year':
    case 'term':
      return end && end !== start ? `${start}–${end}` : start;
  }
}

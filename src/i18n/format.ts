import type { EventDate, Flag, Lang, Unit } from '../data/schema';
import { MESSAGES } from './messages';

const LOCALES: Record<Lang, string> = { en: 'en-GB', vi: 'vi-VN' };

function number(value: number, lang: Lang, signed = false): string {
  return new Intl.NumberFormat(LOCALES[lang], {
    maximumFractionDigits: 1,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(value);
}

/** The bare figure in its unit: "$45bn", "80%", "105 Mt" (English); "45 tỷ USD" (Vietnamese). */
export function formatAmount(value: number, unit: Unit, lang: Lang): string {
  const n = number(Math.abs(value), lang);
  const sign = value < 0 ? '−' : '';
  if (lang === 'vi') {
    switch (unit) {
      case 'percent':
        return `${sign}${n}%`;
      case 'percent-change':
        return `${value < 0 ? '−' : value > 0 ? '+' : ''}${n}%`;
      case 'usd-bn':
        return `${sign}${n} tỷ USD`;
      case 'usd-m':
        return `${sign}${n} triệu USD`;
      case 'usd-tn':
        return `${sign}${n} nghìn tỷ USD`;
      case 'cny-bn':
        return `${sign}${n} tỷ NDT`;
      case 'cny-tn':
        return `${sign}${n} nghìn tỷ NDT`;
      case 'million-tonnes':
        return `${sign}${n} triệu tấn`;
      case 'million':
        return `${sign}${n} triệu`;
      case 'nm':
        return `${sign}${n} nm`;
    }
  }
  switch (unit) {
    case 'percent':
      return `${sign}${n}%`;
    case 'percent-change':
      return `${value < 0 ? '−' : value > 0 ? '+' : ''}${n}%`;
    case 'usd-bn':
      return `${sign}$${n}bn`;
    case 'usd-m':
      return `${sign}$${n}m`;
    case 'usd-tn':
      return `${sign}$${n}tn`;
    case 'cny-bn':
      return `${sign}${n}bn yuan`;
    case 'cny-tn':
      return `${sign}${n}tn yuan`;
    case 'million-tonnes':
      return `${sign}${n} Mt`;
    case 'million':
      return `${sign}${n}m`;
    case 'nm':
      return `${sign}${n} nm`;
  }
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

const monthFormat = (lang: Lang) => new Intl.DateTimeFormat(LOCALES[lang], { month: 'short', year: 'numeric', timeZone: 'UTC' });
const dayFormat = (lang: Lang) =>
  new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

function utc(value: string): Date {
  const [y, m = 1, d = 1] = value.split('-').map(Number);
  return new Date(Date.UTC(y!, m - 1, d));
}

/** "27 Jan 2025", "Jan 2025", "Jan – Feb 2025", "2017–2021". The article's own wording is `date.label`. */
export function formatEventDate(date: EventDate, lang: Lang): string {
  const { precision, start, end } = date;
  switch (precision) {
    case 'day':
      return end ? dayFormat(lang).formatRange(utc(start), utc(end)) : dayFormat(lang).format(utc(start));
    case 'month':
    case 'season':
      return end && end !== start ? monthFormat(lang).formatRange(utc(start), utc(end)) : monthFormat(lang).format(utc(start));
    case 'year':
    case 'term':
      return end && end !== start ? `${start}–${end}` : start;
  }
}

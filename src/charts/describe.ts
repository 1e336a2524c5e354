import type { Lang, ValueRecord } from '../data/schema';
import { describeFlags, formatFigure } from '../i18n/format';

/** One figure in words: "2025: 50% est. (estimate)", "TSMC 2025: $890bn". */
export function describeRecord(r: ValueRecord, lang: Lang): string {
  const place = [r.label?.[lang], r.year !== undefined ? String(r.year) : undefined].filter(Boolean).join(' ');
  const flags = r.flags.length > 0 ? ` (${describeFlags(r.flags, lang)})` : '';
  return `${place ? `${place}: ` : ''}${formatFigure(r, lang)}${flags}`;
}

/** The figures of a chart in one sentence, for its accessible description. */
export function describeRecords(records: readonly ValueRecord[], lang: Lang): string {
  return records.map((r) => describeRecord(r, lang)).join('; ');
}

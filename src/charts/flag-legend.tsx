import { FLAGS } from '../data/ids';
import type { Flag, Lang, ValueRecord } from '../data/schema';
import { MESSAGES } from '../i18n/messages';

/** The flags a chart's figures carry, each with the mark that shows it on the chart. */
export function flagsIn(records: readonly ValueRecord[]): Flag[] {
  return FLAGS.filter((f) => records.some((r) => r.flags.includes(f)));
}

function Swatch({ flag }: { flag: Flag }) {
  if (flag === 'approx' || flag === 'lowerBound') {
    return <span className="legend-symbol">{flag === 'approx' ? '~' : '>'}</span>;
  }
  return (
    <svg width="28" height="14" aria-hidden="true" className="legend-swatch">
      <line x1="1" x2="27" y1="7" y2="7" className="connector mark--dashed" />
      <circle cx="14" cy="7" r="5" className="mark mark--hollow mark--dashed" />
    </svg>
  );
}

export function FlagLegend({ records, lang }: { records: readonly ValueRecord[]; lang: Lang }) {
  const flags = flagsIn(records);
  const t = MESSAGES[lang];
  if (flags.length === 0) return null;
  return (
    <ul className="legend" aria-label={t.legend}>
      {flags.map((f) => (
        <li key={f}>
          <Swatch flag={f} /> {t.flagExplanations[f]}
        </li>
      ))}
    </ul>
  );
}

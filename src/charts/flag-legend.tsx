import { FLAGS } from '../data/ids';
import type { Flag, Lang, ValueRecord } from '../data/schema';
import { MESSAGES } from '../i18n/messages';
import styles from './flag-legend.module.css';

/** The flags a chart's figures carry, each with the mark that shows it on the chart. */
export function flagsIn(records: readonly ValueRecord[]): Flag[] {
  return FLAGS.filter((f) => records.some((r) => r.flags.includes(f)));
}

function Swatch({ flag }: { flag: Flag }) {
  if (flag === 'approx' || flag === 'lowerBound') {
    // legend-symbol: an unstyled, stable name the end-to-end tests find the symbol by.
    return <span className={`legend-symbol ${styles.symbol}`}>{flag === 'approx' ? '~' : '>'}</span>;
  }
  return (
    <svg width="28" height="14" aria-hidden="true" className="legend-swatch">
      <line x1="1" x2="27" y1="7" y2="7" className="connector mark--dashed" />
      <circle cx="14" cy="7" r="5" className="mark mark--hollow mark--dashed" />
    </svg>
  );
}

/** `className`: the look of the legend where it stands (a card's, a tile's). */
export function FlagLegend({ records, lang, className }: { records: readonly ValueRecord[]; lang: Lang; className?: string | undefined }) {
  const flags = flagsIn(records);
  const t = MESSAGES[lang];
  if (flags.length === 0) return null;
  return (
    <ul className={className ? `${styles.legend} ${className}` : styles.legend} aria-label={t.legend}>
      {flags.map((f) => (
        <li key={f}>
          <Swatch flag={f} /> {t.flagExplanations[f]}
        </li>
      ))}
    </ul>
  );
}

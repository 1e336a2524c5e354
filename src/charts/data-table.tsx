import type { ReactNode } from 'react';
import { clipped, TEXT_LIMITS } from '../data/bounds';
import type { Lang, Source, ValueRecord } from '../data/schema';
import { describeFlags, readFigure, unitName } from '../i18n/format';
import { MESSAGES } from '../i18n/messages';
import { sourceName } from '../i18n/figure-text';
import { quoteFor } from '../i18n/quote';
import { ClippedText } from '../shared/clipped-text';
import styles from '../shared/data-table.module.css';

/** The most rows a table draws at once: a huge series is read whole in its CSV. */
export const TABLE_ROWS = 50;

/** A figure's sentences: one quoted; several, each its own item, so that no two run together. */
function Quotes({ citations, lang }: { citations: ValueRecord['citations']; lang: Lang }) {
  const quotes = citations.map((c, j) => {
    const shown = quoteFor(c, lang);
    return (
      <q key={j} lang={shown.lang}>
        <ClippedText text={shown.text} max={TEXT_LIMITS.quote} />
      </q>
    );
  });
  if (quotes.length === 1) return quotes[0];
  return (
    <ul className={styles.quotes}>
      {quotes.map((q, j) => (
        <li key={j}>{q}</li>
      ))}
    </ul>
  );
}

interface DataTableProps {
  caption: string;
  records: readonly ValueRecord[];
  sources: readonly Source[] | undefined;
  lang: Lang;
  /** Shown under a table cut at TABLE_ROWS: a way to the rest (the CSV). */
  more?: ReactNode;
}

/**
 * The chart's figures as a table: its text alternative, with units, flags and sources. At most
 * TABLE_ROWS rows; beyond them it says how many it shows of how many. In a narrow room (a phone, a
 * narrow card) each row is drawn as a list of its fields, each labelled from `data-label`
 * (src/shared/data-table.module.css, "Tables that read on a phone"), so that no column is narrower than its words.
 */
export function DataTable({ caption, records, sources, lang, more }: DataTableProps) {
  const t = MESSAGES[lang];
  const rows = records.length > TABLE_ROWS ? records.slice(0, TABLE_ROWS) : records;
  return (
    // Focusable so that a keyboard can scroll a table wider than a phone. table-wrap: an unstyled,
    // stable name the end-to-end tests find a table's frame by.
    <div className={`table-wrap ${styles.wrap} ${styles.wrapRows}`} role="region" aria-label={t.tableOf(clipped(caption, TEXT_LIMITS.title))} tabIndex={0}>
      <table className={`${styles.table} ${styles.rows}`}>
        <caption>
          <ClippedText text={caption} max={TEXT_LIMITS.title} />
        </caption>
        <thead>
          <tr>
            <th scope="col">{t.table.what}</th>
            <th scope="col">{t.table.value}</th>
            <th scope="col">{t.table.unit}</th>
            <th scope="col">{t.table.flags}</th>
            <th scope="col">{t.table.source}</th>
            <th scope="col">{t.table.quote}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <th scope="row" data-label={t.table.what}>
                <ClippedText text={[r.label?.[lang], r.year].filter((x) => x !== undefined).join(', ')} max={TEXT_LIMITS.label + 6} />
              </th>
              <td data-label={t.table.value}>{readFigure(r, lang)}</td>
              <td data-label={t.table.unit}>{unitName(r, lang)}</td>
              <td data-label={t.table.flags}>{describeFlags(r.flags, lang)}</td>
              <td data-label={t.table.source}>
                {r.citations.map((c) => sourceName(c.source, sources, lang)).join('; ')}
              </td>
              <td data-label={t.table.quote}>
                <Quotes citations={r.citations} lang={lang} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length < records.length && (
        <div className={styles.more}>
          <p>{t.tableShowing(rows.length, records.length)}</p>
          {more}
        </div>
      )}
    </div>
  );
}

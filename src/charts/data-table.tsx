import type { Lang, Source, ValueRecord } from '../data/schema';
import { describeFlags, readFigure } from '../i18n/format';
import { MESSAGES } from '../i18n/messages';
import { sourceName } from '../i18n/figure-text';
import { quoteFor } from '../i18n/quote';

/** The chart's figures as a table: its text alternative, with units, flags and sources. */
export function DataTable({ caption, records, sources, lang }: { caption: string; records: readonly ValueRecord[]; sources: readonly Source[] | undefined; lang: Lang }) {
  const t = MESSAGES[lang];
  return (
    // Focusable so that a keyboard can scroll a table wider than a phone.
    <div className="table-wrap" role="region" aria-label={t.tableOf(caption)} tabIndex={0}>
      <table className="data-table">
        <caption>{caption}</caption>
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
          {records.map((r, i) => (
            <tr key={i}>
              <th scope="row">{[r.label?.[lang], r.year].filter((x) => x !== undefined).join(', ')}</th>
              <td>{readFigure(r, lang)}</td>
              <td>{t.units[r.unit]}</td>
              <td>{describeFlags(r.flags, lang)}</td>
              <td>
                {r.citations.map((c) => sourceName(c.source, sources, lang)).join('; ')}
              </td>
              <td>
                {r.citations.map((c, j) => {
                  const shown = quoteFor(c, lang);
                  return (
                    <q key={j} lang={shown.lang}>
                      {shown.text}
                    </q>
                  );
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

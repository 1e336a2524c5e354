import type { Lang, Source, TimelineEvent } from '../data/schema';
import { formatEventDate } from '../i18n/format';
import { MESSAGES } from '../i18n/messages';
import { sourceName } from '../i18n/figure-text';
import { ClippedText } from '../shared/clipped-text';
import { TEXT_LIMITS } from '../data/bounds';
import tables from '../shared/data-table.module.css';
import styles from './event-list.module.css';

interface EventListProps {
  id: string;
  /** In date order. */
  events: readonly TimelineEvent[];
  sources: readonly Source[] | undefined;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  lang: Lang;
}

/** The date in the article's words where it gives them, else formatted from the data. */
export function dateAsGiven(event: TimelineEvent, lang: Lang): string {
  return event.date.label?.[lang] ?? formatEventDate(event.date, lang);
}

/** The timeline's text alternative: one row per event shown, each selecting its event. */
export function EventList({ id, events, sources, selectedId, onSelect, lang }: EventListProps) {
  const t = MESSAGES[lang];
  const c = t.eventListColumns;
  return (
    // event-list: an unstyled, stable name the tests tell the timeline's table from the charts' by.
    <div className={`table-wrap event-list ${tables.wrap} ${styles.list}`} id={id} role="region" aria-label={t.eventListCaption} tabIndex={0}>
      <table className={tables.table}>
        <caption>{t.eventListCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{c.date}</th>
            <th scope="col">{c.kind}</th>
            <th scope="col">{c.sectors}</th>
            <th scope="col">{c.title}</th>
            <th scope="col">{c.source}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => {
            const selected = e.id === selectedId;
            const names = [...new Set([...e.citations, ...(e.dateConflict ?? []).map((d) => d.citation)].map((c) => sourceName(c.source, sources, lang)))];
            return (
              <tr key={e.id} className={selected ? styles.selected : undefined}>
                <td>
                  <ClippedText text={dateAsGiven(e, lang)} max={TEXT_LIMITS.eventTitle} />
                  {e.dateConflict && <span className="list-conflict"> ({t.datesDisagree})</span>}
                </td>
                <td>{t.eventKinds[e.kind]}</td>
                <td>{e.sectors.map((s) => t.sectorNames[s]).join(', ')}</td>
                <th scope="row">
                  <button type="button" className="link-button" aria-pressed={selected} onClick={() => onSelect(selected ? null : e.id)}>
                    <ClippedText text={e.title[lang]} max={TEXT_LIMITS.eventTitle} />
                  </button>
                </th>
                <td>{names.join('; ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

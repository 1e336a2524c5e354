import { useMemo } from 'react';
import { useEvents } from '../data/loaders/events-loader';
import { useDataIndex } from '../data/loaders/index-loader';
import { eventsThatMoved, linksTo } from '../data/moved';
import type { Lang, Source } from '../data/schema';
import { sourceName } from '../i18n/figure-text';
import { MESSAGES } from '../i18n/messages';
import { Quote } from '../shared/quote';
import { useDetailsOpen } from '../shared/use-details-open';
import { useDashboardStore } from '../state/filter-store';
import styles from './moved-by.module.css';

/**
 * A card's events that moved it, as an article's sentence says: a mark while such an event is
 * selected ("Moved by: …"), and the events with their sentences on demand. On the dashboard an
 * event here selects it; on a chart's page the list is open and plain.
 */
export function MovedBy({ seriesId, lang, sources, open = false }: { seriesId: string; lang: Lang; sources: readonly Source[] | undefined; open?: boolean }) {
  const index = useDataIndex();
  const events = useEvents(index.data?.events);
  const selectEvent = useDashboardStore((s) => s.selectEvent);
  const entries = useMemo(() => eventsThatMoved(events.data ?? [], seriesId), [events.data, seriesId]);
  // The selected event where it is one of this card's, else null: a selection draws again only the cards it moved, or had.
  const selectedId = useDashboardStore((s) => (s.event !== null && entries.some((e) => e.event.id === s.event) ? s.event : null));
  // On the dashboard the sentences are drawn once the reader opens the list: details on demand.
  const { ref: detailsRef, open: listOpen, onToggle } = useDetailsOpen();
  if (entries.length === 0) return null;
  const t = MESSAGES[lang];
  const selected = entries.find((e) => e.event.id === selectedId);
  const list = (
    <ul>
      {entries.map(({ event, links }) => (
        <li key={event.id}>
          {open ? (
            <strong>{event.title[lang]}</strong>
          ) : (
            <button type="button" className="link-button" aria-pressed={event.id === selectedId} onClick={() => selectEvent(event.id)}>
              {event.title[lang]}
            </button>
          )}
          {links.map((link, i) => (
            <Quote key={i} citation={link.citation} lang={lang} caption={`${t.source}: ${sourceName(link.citation.source, sources, lang)}`} />
          ))}
        </li>
      ))}
    </ul>
  );
  return (
    // moved-by and moved-by-mark: unstyled, stable names the end-to-end tests find the list and the mark by.
    <div className={`moved-by ${styles.movedBy}`}>
      {selected && linksTo(selected.event, seriesId).length > 0 && <p className={`moved-by-mark ${styles.mark}`}>{t.movedBy(selected.event.short[lang])}</p>}
      {open ? (
        <>
          <h2>{t.eventsThatMoved(entries.length)}</h2>
          {list}
        </>
      ) : (
        <details className={styles.list} ref={detailsRef} onToggle={onToggle}>
          <summary>{t.eventsThatMoved(entries.length)}</summary>
          {listOpen && list}
        </details>
      )}
    </div>
  );
}

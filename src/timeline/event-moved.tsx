import { indexApi, INDEX_FILE } from '../data/loaders/index-loader';
import type { Lang, MovedLink, Source, TimelineEvent } from '../data/schema';
import { sourceName } from '../i18n/figure-text';
import { MESSAGES } from '../i18n/messages';
import { Quote } from '../shared/quote';
import { chartPagePath } from '../shared/site-paths';
import styles from './event-moved.module.css';

/** Where a link names a record: its year and label, as the chart shows them. */
function recordName(link: MovedLink): string {
  const r = link.record;
  return r ? [r.label, r.year].filter((v) => v !== undefined).join(', ') : '';
}

/**
 * "What this moved": each figure an article's sentence ties to the event, with that sentence.
 * The series' titles come from the index the dashboard has already read (read and never
 * fetched: without it, the link names the series by its id).
 */
export function EventMoved({ event, sources, lang }: { event: TimelineEvent; sources: readonly Source[] | undefined; lang: Lang }) {
  const index = indexApi.useLoaded(INDEX_FILE);
  if (!event.moved) return null;
  const t = MESSAGES[lang];
  const titleOf = (id: string) => index?.series.find((s) => s.id === id)?.title[lang] ?? id;
  return (
    <section className={styles.moved} aria-labelledby={`event-moved-${event.id}`}>
      <h4 id={`event-moved-${event.id}`}>{t.whatThisMoved}</h4>
      <p className={styles.intro}>{t.whatThisMovedIntro}</p>
      <ul>
        {event.moved.map((link, i) => (
          <li key={i}>
            <a href={chartPagePath(link.series, lang)}>{titleOf(link.series)}</a>
            {link.record && <span className="event-moved-record"> ({recordName(link)})</span>}
            <Quote citation={link.citation} lang={lang} caption={`${t.source}: ${sourceName(link.citation.source, sources, lang)}`} />
          </li>
        ))}
      </ul>
    </section>
  );
}

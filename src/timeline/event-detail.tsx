import type { Lang, Source, TimelineEvent } from '../data/schema';
import { formatDate, formatEventDate } from '../i18n/format';
import { MESSAGES } from '../i18n/messages';
import { sourceName } from '../i18n/figure-text';
import { ClippedText } from '../shared/clipped-text';
import { Quote } from '../shared/quote';
import { TEXT_LIMITS } from '../data/bounds';
import { EventMoved } from './event-moved';
import styles from './event-detail.module.css';

interface EventDetailProps {
  event: TimelineEvent;
  sources: readonly Source[] | undefined;
  lang: Lang;
  onClose: () => void;
}

/** The selected event: its date and precision, sectors, title, each source's own words, and the figures it moved. */
export function EventDetail({ event, sources, lang, onClose }: EventDetailProps) {
  const t = MESSAGES[lang];
  return (
    // event-detail: an unstyled, stable name the tests and the benchmark find the card by.
    <article className={`event-detail ${styles.detail}`} aria-labelledby="event-detail-title">
      <h3 id="event-detail-title">
        <ClippedText text={event.title[lang]} max={TEXT_LIMITS.eventTitle} />
      </h3>
      <p className={styles.meta}>
        <span>{formatEventDate(event.date, lang)}</span> · <span>{t.precisions[event.date.precision]}</span> ·{' '}
        <span>{t.eventKinds[event.kind]}</span> · <span>{event.sectors.map((s) => t.sectorNames[s]).join(', ')}</span>
      </p>
      {event.date.label && (
        <p className="event-wording">
          {t.asWorded}: <ClippedText text={event.date.label[lang]} max={TEXT_LIMITS.eventTitle} />
        </p>
      )}
      {event.publicRecord && (
        <p className={styles.publicRecord}>
          {formatDate(event.publicRecord.date, lang)} — <ClippedText text={event.publicRecord.note[lang]} max={TEXT_LIMITS.note} />
        </p>
      )}
      {event.note && (
        <p className="event-note">
          <ClippedText text={event.note[lang]} max={TEXT_LIMITS.note} />
        </p>
      )}
      {event.dateConflict && (
        <div className={styles.conflict}>
          <p>
            <strong>{t.datesDisagree}:</strong>
          </p>
          <ul>
            {event.dateConflict.map((claim, i) => (
              <li key={i}>
                <strong>{formatEventDate(claim.date, lang)}</strong> — {sourceName(claim.citation.source, sources, lang)}:
                <Quote citation={claim.citation} lang={lang} caption={sourceName(claim.citation.source, sources, lang)} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {event.citations.map((c, i) => (
        <Quote key={i} citation={c} lang={lang} caption={`${t.source}: ${sourceName(c.source, sources, lang)}`} />
      ))}
      <EventMoved event={event} sources={sources} lang={lang} />
      <button type="button" className="pill-button" onClick={onClose}>
        {t.closeEvent}
      </button>
    </article>
  );
}

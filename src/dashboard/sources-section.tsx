import { memo, useMemo } from 'react';
import type { Lang, SeriesFile, Source, TimelineEvent } from '../data/schema';
import { MESSAGES } from '../i18n/messages';
import { sourceContributions } from './select';
import { sourceName } from '../i18n/figure-text';
import styles from './sources-section.module.css';

interface SourcesSectionProps {
  sources: readonly Source[];
  series: readonly SeriesFile[];
  events: readonly TimelineEvent[];
  lang: Lang;
}

/** The articles behind the dashboard, each with what it contributes; drawn again only when they change, not on a filter. */
export const SourcesSection = memo(function SourcesSection({ sources, series, events, lang }: SourcesSectionProps) {
  const t = MESSAGES[lang];
  const contributions = useMemo(() => sourceContributions(series, events), [series, events]);
  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">{t.sources}</h2>
      <p className="section-intro">{t.sourcesIntro}</p>
      <ol className={styles.list}>
        {sources.map((s) => {
          const c = contributions.get(s.id) ?? { series: [], events: [] };
          const titles = c.series.map((id) => series.find((x) => x.id === id)?.title[lang] ?? id);
          return (
            <li key={s.id} className={styles.source}>
              <h3>{sourceName(s.id, sources, lang)}</h3>
              {/* A source's name and what it contributes at a glance; its article, languages, link,
                  dating and charts on demand, so that the five sources fit a phone's screen. */}
              <details>
                <summary>{t.contributes(c.series.length, c.events.length)}</summary>
                <p>
                  <cite>{s.title}</cite>
                  {s.author && (
                    <>
                      {' '}
                      · {t.byAuthor} {s.author}
                    </>
                  )}
                </p>
                <p className={styles.meta}>
                  {t.languagesOf}: {s.languages.map((l) => t.languageNames[l]).join(', ')} ·{' '}
                  {s.url ? (
                    <a href={s.url} target="_blank" rel="noopener noreferrer">
                      {t.openArticle}
                    </a>
                  ) : (
                    t.noUrl
                  )}
                </p>
                {s.dateNote && (
                  <p className={styles.meta}>
                    {t.howDated}: {s.dateNote[lang]}
                  </p>
                )}
                <ul>
                  {titles.map((title) => (
                    <li key={title}>{title}</li>
                  ))}
                </ul>
              </details>
            </li>
          );
        })}
      </ol>
    </section>
  );
});

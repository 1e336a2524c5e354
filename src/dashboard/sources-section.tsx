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
              {/* How an undated article was dated is a paragraph: on demand, so that five sources fit one screen. */}
              {s.dateNote && (
                <details>
                  <summary>{t.howDated}</summary>
                  <p className={styles.meta}>{s.dateNote[lang]}</p>
                </details>
              )}
              <details>
                <summary>{t.contributes(c.series.length, c.events.length)}</summary>
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

import { useEffect } from 'react';
import { INDEX_FILE } from '../data/loaders/index-loader';
import { MESSAGES } from '../i18n/messages';
import { LoadError } from '../shared/load-error';
import { CardErrorBoundary } from './card-error-boundary';
import { ChartGrid } from './chart-grid';
import { FilterBar } from './filter-bar';
import { HeaderControls } from './header-controls';
import { NoticeBanner } from './notice-banner';
import { DownloadsSection } from './downloads-section';
import { SourcesSection } from './sources-section';
import { useDashboardView } from './use-dashboard-view';
import { deferredSection } from '../shared/deferred-section';
import { useDashboardStore } from '../state/filter-store';

/**
 * The timeline sits below the cards: its code loads when the page is idle after hydrating them,
 * and until then the prerendered timeline stays as drawn.
 */
const TimelineSection = deferredSection(() => import('./timeline-section').then((m) => m.TimelineSection), <TimelinePending />);

function TimelinePending() {
  const t = MESSAGES[useDashboardStore((s) => s.lang)];
  return (
    <section className="timeline-section" aria-labelledby="timeline-heading" aria-busy>
      <h2 id="timeline-heading">{t.timeline}</h2>
      <p className="loading">{t.loading}</p>
    </section>
  );
}

export function App() {
  const view = useDashboardView();
  const { lang, index, sources, events } = view;
  const t = MESSAGES[lang];

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = MESSAGES[lang].documentTitle;
  }, [lang]);

  return (
    <>
      <header className="page-header">
        <div>
          <h1>{t.appTitle}</h1>
          <p>{t.appSubtitle}</p>
        </div>
        <HeaderControls />
      </header>
      <NoticeBanner />
      <FilterBar years={view.years} eventTitle={view.selectedEvent?.title[lang]} />
      <main>
        {index.isError ? (
          <LoadError error={index.error} file="index.json" lang={lang} onRetry={() => void index.refetch()} />
        ) : !index.data ? (
          <p className="loading">{t.loading}</p>
        ) : (
          <>
            {view.dataProblems.length > 0 && (
              <div className="load-error data-notice" role="alert">
                <p>
                  <strong>{t.dataProblems}</strong>
                </p>
                <ul>
                  {view.dataProblems.map((p, i) => (
                    <li key={i}>{p[lang]}</li>
                  ))}
                </ul>
              </div>
            )}
            <ChartGrid
              cards={view.allCards}
              total={view.total}
              sources={sources.data}
              sourcesFile={index.data.sources}
              rule={view.rule}
              timeline={view.timeline}
              lang={lang}
              onRetry={view.retry}
            />
            <CardErrorBoundary title={t.timeline} lang={lang}>
              <TimelineSection file={index.data.events} sources={sources.data} />
            </CardErrorBoundary>
            {sources.isError ? (
              <LoadError error={sources.error} file={index.data.sources} lang={lang} onRetry={() => void sources.refetch()} />
            ) : (
              sources.data &&
              events.data && (
                <CardErrorBoundary title={t.sources} lang={lang}>
                  <SourcesSection sources={sources.data} series={view.loadedSeries} events={events.data} lang={lang} />
                  <DownloadsSection
                    series={view.loadedSeries}
                    eventCount={events.data.length}
                    files={[INDEX_FILE, index.data.events, index.data.sources, ...index.data.series.map((e) => e.file)]}
                    updated={index.data.updated}
                    lang={lang}
                  />
                </CardErrorBoundary>
              )
            )}
          </>
        )}
      </main>
    </>
  );
}

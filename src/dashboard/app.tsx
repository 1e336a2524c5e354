import { memo, useEffect } from 'react';
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
import { TimelineSection } from './timeline-section';
import { useDashboardData, useDashboardView, type DashboardData } from './use-dashboard-view';

export function App() {
  return <Dashboard data={useDashboardData()} />;
}

/** The page under the current filters; a filter draws this again, not the data's queries above it. */
const Dashboard = memo(function Dashboard({ data }: { data: DashboardData }) {
  const view = useDashboardView(data);
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
});

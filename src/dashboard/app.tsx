import { lazy, memo, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { INDEX_FILE } from '../data/loaders/index-loader';
import { MESSAGES } from '../i18n/messages';
import { LoadError } from '../shared/load-error';
import { CardErrorBoundary } from './card-error-boundary';
import { ChartGrid } from './chart-grid';
import type { DeckView } from './deck-button';
import { FilterBar } from './filter-bar';
import { HeaderControls } from './header-controls';
import { HeadlineFigures } from './headline-figures';
import { NoticeBanner } from './notice-banner';
import { useDashboardData, useDashboardView, type DashboardData } from './use-dashboard-view';
import { deferredSection } from '../shared/deferred-section';
import { GatedPart } from '../shared/hydration-gate';
import { loadChunk } from '../shared/chunk-error';
import type { Lang, SeriesFile, Source, TimelineEvent } from '../data/schema';
import { useDashboardStore } from '../state/filter-store';
import errors from '../shared/load-error.module.css';
import styles from './app.module.css';
import header from './page-header.module.css';
import timelineStyles from './timeline-section.module.css';

/**
 * The page's sections, each memoised: a filter draws again only those whose inputs it changes
 * (the cards and the timeline), not the header, the sources or the downloads.
 */
const Header = memo(HeaderControls);
const Notices = memo(NoticeBanner);
const Filters = memo(FilterBar);
const Grid = memo(ChartGrid);
const Headlines = memo(HeadlineFigures);
/**
 * The timeline sits on the first screen, above the cards: its code loads as soon as the page has
 * hydrated (it is in view), and until then the prerendered timeline stays as drawn.
 */
const TimelinePart = deferredSection('timeline', () => import('./timeline-section').then((m) => m.TimelineSection), <TimelinePending />);
/**
 * The sources and downloads, below everything else: they hydrate when the reader nears them, or
 * once the page is idle, and their code loads then, not before the page answers input.
 */
const SourcesSection = lazy(() => loadChunk(() => import('./sources-section')).then((m) => ({ default: m.SourcesSection })));
const DownloadsSection = lazy(() => loadChunk(() => import('./downloads-section')).then((m) => ({ default: m.DownloadsSection })));
const Appendix = memo(function Appendix(props: { sources: readonly Source[]; series: readonly SeriesFile[]; events: readonly TimelineEvent[]; files: readonly string[]; updated: string; lang: Lang }) {
  const { sources, series, events, files, updated, lang } = props;
  return (
    <div className="gate" data-gate="appendix">
      <GatedPart id="appendix" lazy>
        <SourcesSection sources={sources} series={series} events={events} lang={lang} />
        <DownloadsSection series={series} eventCount={events.length} files={files} updated={updated} lang={lang} />
      </GatedPart>
    </div>
  );
});

export function App() {
  // Drawn again only when the data changes (a query's state): a filter draws the Dashboard alone.
  return <Dashboard data={useDashboardData()} />;
}

/** The page under the current filters: drawn again on a filter, without running the data's hooks again. */
const Dashboard = memo(function Dashboard({ data }: { data: DashboardData }) {
  const view = useDashboardView(data);
  const { index, sources, events, dataProblems, loadedSeries, retry } = data;
  const { lang } = view;
  const t = MESSAGES[lang];
  // What the deck draws besides the charts, read when it is asked for: an event select does not draw the cards' grid again.
  const deckView = useRef<DeckView>({ rule: view.rule, timeline: view.timeline });
  useLayoutEffect(() => {
    deckView.current = { rule: view.rule, timeline: view.timeline };
  }, [view.rule, view.timeline]);
  const files = useMemo(
    () => (index.data ? [INDEX_FILE, index.data.events, index.data.sources, ...index.data.series.map((e) => e.file)] : []),
    [index.data],
  );

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = MESSAGES[lang].documentTitle;
  }, [lang]);

  return (
    <>
      <header className={`${header.header} ${header.top}`}>
        <div>
          <h1>{t.appTitle}</h1>
          <p>{t.appSubtitle}</p>
        </div>
        <Header />
      </header>
      <Notices />
      <Filters years={view.years} eventTitle={view.selectedEvent?.title[lang]} events={view.timeline?.events} />
      <main>
        {index.isError ? (
          <LoadError error={index.error} file="index.json" lang={lang} onRetry={() => void index.refetch()} />
        ) : !index.data ? (
          <p className="loading">{t.loading}</p>
        ) : (
          <>
            {dataProblems.length > 0 && <DataProblems problems={dataProblems} lang={lang} />}
            {/* The overview: the headline figures beside the timeline on a wide screen, above it on a narrow one. */}
            {/* overview: the name the modules of its parts (headline figures, timeline) set their overview look under. */}
            <div className={`overview ${styles.overview}`}>
              <Headlines cards={view.allCards} sources={sources.data} lang={lang} />
              <CardErrorBoundary title={t.timeline} lang={lang}>
                <div className="gate" data-gate="timeline">
                  <TimelinePart file={index.data.events} sources={sources.data} />
                </div>
              </CardErrorBoundary>
            </div>
            <Grid
              cards={view.allCards}
              total={view.total}
              sources={sources.data}
              sourcesFile={index.data.sources}
              deckView={deckView}
              lang={lang}
              onRetry={retry}
            />
            {sources.isError ? (
              <LoadError error={sources.error} file={index.data.sources} lang={lang} onRetry={() => void sources.refetch()} />
            ) : (
              sources.data &&
              events.data && (
                <CardErrorBoundary title={t.sources} lang={lang}>
                  <Appendix sources={sources.data} series={loadedSeries} events={events.data} files={files} updated={index.data.updated} lang={lang} />
                </CardErrorBoundary>
              )
            )}
          </>
        )}
      </main>
    </>
  );
});

/** What the data files got wrong that the dashboard worked around (a repeated id, say). */
function DataProblems({ problems, lang }: { problems: DashboardData['dataProblems']; lang: Lang }) {
  return (
    <div className={`data-notice ${errors.error}`} role="alert">
      <p>
        <strong>{MESSAGES[lang].dataProblems}</strong>
      </p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{p[lang]}</li>
        ))}
      </ul>
    </div>
  );
}

function TimelinePending() {
  const t = MESSAGES[useDashboardStore((s) => s.lang)];
  return (
    <section className={`timeline-section ${timelineStyles.section}`} aria-labelledby="timeline-heading" aria-busy>
      <h2 id="timeline-heading">{t.timeline}</h2>
      <p className="loading">{t.loading}</p>
    </section>
  );
}

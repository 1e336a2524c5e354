import { useQueries } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useDataIndex } from '../data/loaders/index-loader';
import { useSources } from '../data/loaders/sources-loader';
import { useEvents } from '../data/loaders/events-loader';
import { seriesQueryOptions } from '../data/loaders/series-loader';
import { MESSAGES } from '../i18n/messages';
import { useDashboardStore } from '../state/filter-store';
import { ChartGrid } from './chart-grid';
import { FilterBar } from './filter-bar';
import { CardErrorBoundary } from './card-error-boundary';
import { HeaderControls } from './header-controls';
import { SourcesSection } from './sources-section';
import { LoadError } from '../shared/load-error';
import { NoticeBanner } from './notice-banner';
import { TimelineSection } from './timeline-section';
import { yearChoices } from './select';
import { eventInterval } from '../timeline/event-time';
import { formatEventDate } from '../i18n/format';

export function App() {
  const lang = useDashboardStore((s) => s.lang);
  const from = useDashboardStore((s) => s.from);
  const to = useDashboardStore((s) => s.to);
  const eventId = useDashboardStore((s) => s.event);
  const t = MESSAGES[lang];
  const index = useDataIndex();
  const sources = useSources(index.data?.sources);
  const events = useEvents(index.data?.events);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = MESSAGES[lang].documentTitle;
  }, [lang]);

  // The same queries as the cards': read from the cache, never fetched twice.
  const loadedSeries = useQueries({
    queries: (index.data?.series ?? []).map((e) => seriesQueryOptions(e.file)),
    combine: (results) => results.flatMap((r) => (r.data ? [r.data] : [])),
  });
  const figureYears = useMemo(
    () => loadedSeries.flatMap((s) => s.records.flatMap((r) => (r.year === undefined ? [] : [r.year]))),
    [loadedSeries],
  );
  const years = useMemo(() => {
    const eventYears = (events.data ?? []).map((e) => Math.floor(eventInterval(e.date).start));
    return yearChoices([...figureYears, ...eventYears], from, to);
  }, [figureYears, events.data, from, to]);

  const selectedEvent = events.data?.find((e) => e.id === eventId);
  const rejectEvent = useDashboardStore((s) => s.rejectEvent);
  const selectEvent = useDashboardStore((s) => s.selectEvent);
  useEffect(() => {
    if (!events.data || eventId === null || selectedEvent) return;
    // A link to an event since merged into another opens the merged one.
    const renamed = events.data.find((e) => e.formerIds?.includes(eventId));
    if (renamed) selectEvent(renamed.id);
    else rejectEvent(eventId);
  }, [events.data, eventId, selectedEvent, rejectEvent, selectEvent]);
  const rule = useMemo(
    () => (selectedEvent ? { ...eventInterval(selectedEvent.date), label: formatEventDate(selectedEvent.date, lang) } : undefined),
    [selectedEvent, lang],
  );

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
      <FilterBar years={years} eventTitle={selectedEvent?.title[lang]} />
      <main>
        {index.isError ? (
          <LoadError error={index.error} file="index.json" lang={lang} onRetry={() => void index.refetch()} />
        ) : !index.data ? (
          <p className="loading">{t.loading}</p>
        ) : (
          <>
            <ChartGrid entries={index.data.series} sources={sources.data} sourcesFile={index.data.sources} rule={rule} />
            <CardErrorBoundary title={t.timeline} lang={lang}>
              <TimelineSection file={index.data.events} sources={sources.data} />
            </CardErrorBoundary>
            {sources.isError ? (
              <LoadError error={sources.error} file={index.data.sources} lang={lang} onRetry={() => void sources.refetch()} />
            ) : (
              sources.data &&
              events.data && (
                <CardErrorBoundary title={t.sources} lang={lang}>
                  <SourcesSection sources={sources.data} series={loadedSeries} events={events.data} lang={lang} />
                </CardErrorBoundary>
              )
            )}
          </>
        )}
      </main>
    </>
  );
}

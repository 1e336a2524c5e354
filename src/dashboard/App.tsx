import { useQueries } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useDataIndex } from '../data/loaders/index-loader';
import { useSources } from '../data/loaders/sources-loader';
import { useEvents } from '../data/loaders/events-loader';
import { seriesQueryOptions } from '../data/loaders/series-loader';
import { MESSAGES } from '../i18n/messages';
import { useDashboardStore } from '../state/filter-store';
import { ChartGrid } from './ChartGrid';
import { FilterBar } from './FilterBar';
import { LoadError } from './ChartCard';
import { NoticeBanner } from './NoticeBanner';
import { TimelineSection } from './TimelineSection';
import { yearChoices } from './select';
import { eventInterval } from '../timeline/event-time';

export function App() {
  const lang = useDashboardStore((s) => s.lang);
  const from = useDashboardStore((s) => s.from);
  const to = useDashboardStore((s) => s.to);
  const t = MESSAGES[lang];
  const index = useDataIndex();
  const sources = useSources(index.data?.sources);
  const events = useEvents(index.data?.events);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  // The same queries as the cards': read from the cache, never fetched twice.
  const figureYears = useQueries({
    queries: (index.data?.series ?? []).map((e) => seriesQueryOptions(e.file)),
    combine: (results) => results.flatMap((r) => r.data?.records.flatMap((rec) => (rec.year === undefined ? [] : [rec.year])) ?? []),
  });
  const years = useMemo(() => {
    const eventYears = (events.data ?? []).map((e) => Math.floor(eventInterval(e.date).start));
    return yearChoices([...figureYears, ...eventYears], from, to);
  }, [figureYears, events.data, from, to]);

  return (
    <>
      <header className="page-header">
        <h1>{t.appTitle}</h1>
        <p>{t.appSubtitle}</p>
      </header>
      <NoticeBanner />
      <FilterBar years={years} />
      <main>
        {index.isError ? (
          <LoadError error={index.error} file="index.json" lang={lang} onRetry={() => void index.refetch()} />
        ) : !index.data ? (
          <p className="loading">{t.loading}</p>
        ) : (
          <>
            <ChartGrid entries={index.data.series} sources={sources.data} />
            <TimelineSection file={index.data.events} sources={sources.data} />
          </>
        )}
      </main>
    </>
  );
}

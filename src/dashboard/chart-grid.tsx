import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { seriesQueryOptions } from '../data/loaders/series-loader';
import type { RuleInput } from '../charts/event-rule';
import { hasTimeAxis } from '../charts/kinds';
import type { Source } from '../data/schema';
import { MESSAGES } from '../i18n/messages';
import { useDashboardStore } from '../state/filter-store';
import { ChartCard } from './chart-card';
import { CardErrorBoundary } from './card-error-boundary';
import { DeckButton } from './deck-button';
import { DEFER_DRAWING_OVER, matchesSectors, recordsInYears, type SeriesEntry } from './select';

interface ChartGridProps {
  entries: readonly SeriesEntry[];
  sources: readonly Source[] | undefined;
  sourcesFile: string;
  /** The selected event's date, ruled on every chart drawn against time. */
  rule: RuleInput | undefined;
}

export function ChartGrid({ entries, sources, sourcesFile, rule }: ChartGridProps) {
  const { sectors, from, to, lang } = useDashboardStore(
    useShallow((s) => ({ sectors: s.sectors, from: s.from, to: s.to, lang: s.lang })),
  );
  const clearAll = useDashboardStore((s) => s.clearAll);
  const t = MESSAGES[lang];
  // Every series is fetched once, whatever the filters: filtering never refetches.
  const queries = useQueries({ queries: entries.map((e) => seriesQueryOptions(e.file)) });
  const queryClient = useQueryClient();
  const retry = useCallback(
    (file: string) => void queryClient.refetchQueries({ queryKey: seriesQueryOptions(file).queryKey }),
    [queryClient],
  );

  const cards = useMemo(
    () =>
      entries.flatMap((entry, i) => {
        const query = queries[i]!;
        if (!matchesSectors(entry.sectors, sectors)) return [];
        const records = query.data ? recordsInYears(query.data.records, from, to) : [];
        // A loaded series with nothing in the year range has nothing to show; a failed one still says so.
        if (query.data && records.length === 0) return [];
        return [{ entry, query, records }];
      }),
    [entries, queries, sectors, from, to],
  );

  return (
    <section className="charts" aria-labelledby="charts-heading">
      <div className="charts-header">
        <h2 id="charts-heading">{t.chartsShown(cards.length, entries.length)}</h2>
        <DeckButton
          charts={cards.flatMap(({ query, records }) => (query.data ? [{ series: query.data, records }] : []))}
          sources={sources}
          rule={rule}
          lang={lang}
        />
      </div>
      {cards.length === 0 ? (
        <div className="empty">
          <p>{t.noCharts}</p>
          <button type="button" onClick={clearAll}>
            {t.clearAll}
          </button>
        </div>
      ) : (
        <div className="card-grid">
          {cards.map(({ entry, query }) => (
            <CardErrorBoundary key={entry.id} title={entry.title[lang]} lang={lang}>
              <ChartCard
                entry={entry}
                series={query.data}
                error={query.error}
                onRetry={retry}
                from={from}
                to={to}
                sources={sources}
                sourcesFile={sourcesFile}
                // Only charts drawn against time take the rule: the others are not drawn again on a selection.
                rule={query.data && hasTimeAxis(query.data.chart) ? rule : undefined}
                lang={lang}
                deferDrawing={cards.length > DEFER_DRAWING_OVER}
              />
            </CardErrorBoundary>
          ))}
        </div>
      )}
    </section>
  );
}

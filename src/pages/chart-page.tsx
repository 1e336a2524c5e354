import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { DataTable } from '../charts/data-table';
import { useEvents } from '../data/loaders/events-loader';
import { useDataIndex } from '../data/loaders/index-loader';
import { seriesApi } from '../data/loaders/series-loader';
import { useSources } from '../data/loaders/sources-loader';
import { LANGS } from '../data/ids';
import type { Lang, TimelineEvent } from '../data/schema';
import { formatEventDate } from '../i18n/format';
import { LANGUAGE_NAMES, MESSAGES } from '../i18n/messages';
import { PAGE_MESSAGES } from '../i18n/page-messages';
import { LoadError } from '../shared/load-error';
import { chartPagePath, dashboardPath } from '../shared/site-paths';
import { ChartCard, type CardVariant } from '../dashboard/chart-card';
import { CardErrorBoundary } from '../dashboard/card-error-boundary';
import { sectorEventsByDate } from './sector-events';
import { MovedBy } from '../dashboard/moved-by';

/** One chart's own page (or its embed): the card, and on the page its figures with their sentences and the events of its sectors. */
export function ChartPage({ seriesId, lang, variant }: { seriesId: string; lang: Lang; variant: Exclude<CardVariant, 'dashboard'> }) {
  const t = PAGE_MESSAGES[lang];
  const index = useDataIndex();
  const entry = index.data?.series.find((e) => e.id === seriesId);
  const series = seriesApi.useFile(entry?.file);
  const sources = useSources(index.data?.sources);
  const queryClient = useQueryClient();
  const title = entry?.title[lang] ?? seriesId;

  useEffect(() => {
    document.title = t.chartPageOf(title);
  }, [t, title]);

  if (index.isError) return <LoadError error={index.error} file="index.json" lang={lang} onRetry={() => void index.refetch()} />;
  if (!index.data) return <p className="loading">{MESSAGES[lang].loading}</p>;
  if (!entry) {
    return (
      <main>
        <div className="load-error" role="alert">
          <p>
            <strong>{t.chartNotInIndex(seriesId)}</strong>
          </p>
          <p>
            <a href={dashboardPath(lang, {})}>← {t.backToDashboard}</a>
          </p>
        </div>
      </main>
    );
  }
  const records = series.data?.records ?? [];
  const card = (
    <CardErrorBoundary title={title} lang={lang}>
      <ChartCard
        entry={entry}
        series={series.data}
        error={series.error}
        records={records}
        onRetry={(file) => void queryClient.refetchQueries({ queryKey: seriesApi.queryOptions(file).queryKey })}
        sources={sources.data}
        sourcesFile={index.data.sources}
        rule={undefined}
        lang={lang}
        deferDrawing={false}
        hidden={false}
        variant={variant}
      />
    </CardErrorBoundary>
  );
  if (variant === 'embed') return <main className="embed">{card}</main>;
  return (
    <>
      <header className="page-header chart-page-header">
        <p>
          <a href={dashboardPath(lang, { sectors: entry.sectors })}>← {t.backToDashboard}</a>
        </p>
        <p className="page-langs">
          {LANGS.filter((l) => l !== lang).map((l) => (
            <a key={l} href={chartPagePath(seriesId, l)} hrefLang={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </a>
          ))}
        </p>
      </header>
      <main className="chart-page">
        {card}
        {series.data && <p className="data-updated">{t.dataUpdated(formatEventDate({ precision: 'day', start: series.data.updated }, lang))}</p>}
        {series.data && (
          <section aria-labelledby="figures-heading">
            <h2 id="figures-heading">{t.figuresHeading}</h2>
            <DataTable caption={title} records={records} sources={sources.data} lang={lang} />
          </section>
        )}
        <MovedBy seriesId={seriesId} lang={lang} sources={sources.data} open />
        <SectorEvents file={index.data.events} sectors={entry.sectors} lang={lang} />
      </main>
    </>
  );
}

function SectorEvents({ file, sectors, lang }: { file: string; sectors: TimelineEvent['sectors']; lang: Lang }) {
  const t = PAGE_MESSAGES[lang];
  const events = useEvents(file);
  const shown = useMemo(() => sectorEventsByDate(events.data ?? [], sectors), [events.data, sectors]);
  if (events.isError) return <LoadError error={events.error} file={file} lang={lang} onRetry={() => void events.refetch()} />;
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="events-heading" className="page-events">
      <h2 id="events-heading">{t.eventsHeading}</h2>
      <p className="section-intro">{t.eventsIntro(shown.length)}</p>
      <ol>
        {shown.map((e) => (
          <li key={e.id}>
            <time>{formatEventDate(e.date, lang)}</time> — {e.title[lang]} ·{' '}
            <a href={dashboardPath(lang, { sectors, event: e.id })}>{t.openOnTimeline}</a>
          </li>
        ))}
      </ol>
    </section>
  );
}


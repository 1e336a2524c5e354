import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { DataTable } from '../charts/data-table';
import { useEvents } from '../data/loaders/events-loader';
import { indexApi, INDEX_FILE, useDataIndex } from '../data/loaders/index-loader';
import { seriesApi } from '../data/loaders/series-loader';
import { useSources } from '../data/loaders/sources-loader';
import { LANGS } from '../data/ids';
import type { Lang, Source, TimelineEvent, ValueRecord } from '../data/schema';
import { sourceDate } from '../i18n/figure-text';
import { formatEventDate } from '../i18n/format';
import { LANGUAGE_NAMES, MESSAGES } from '../i18n/messages';
import { PAGE_MESSAGES } from '../i18n/page-messages';
import { CopyField } from '../shared/copy-field';
import { LoadError } from '../shared/load-error';
import { chartPagePath, dashboardPath } from '../shared/site-paths';
import { ChartCard, type CardVariant } from '../dashboard/chart-card';
import { CardErrorBoundary } from '../dashboard/card-error-boundary';
import { chartPageExtras, chartPageExtrasKey, pythonSnippet, rSnippet, type ChartPageExtras } from './chart-page-extras';
import { sectorEventsByDate } from './sector-events';
import { MovedBy } from '../dashboard/moved-by';
import { SiteSearch } from '../search/site-search';
import errors from '../shared/load-error.module.css';
import styles from './chart-page.module.css';
import pageHeader from '../dashboard/page-header.module.css';

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
        <div className={errors.error} role="alert">
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
        lang={lang}
        deferDrawing={false}
        hidden={false}
        variant={variant}
      />
    </CardErrorBoundary>
  );
  if (variant === 'embed') return <main className={styles.embed}>{card}</main>;
  return (
    <>
      <PageHeader seriesId={seriesId} sectors={entry.sectors} lang={lang} />
      <main className={styles.page}>
        {card}
        {series.data && <p className={styles.updated}>{t.dataUpdated(formatEventDate({ precision: 'day', start: series.data.updated }, lang))}</p>}
        {series.data && (
          <section aria-labelledby="figures-heading">
            <h2 id="figures-heading">{t.figuresHeading}</h2>
            <DataTable caption={title} records={records} sources={sources.data} lang={lang} />
          </section>
        )}
        {series.data && <PageSources records={records} sources={sources.data} lang={lang} />}
        <MovedBy seriesId={seriesId} lang={lang} sources={sources.data} open />
        <SectorEvents file={index.data.events} sectors={entry.sectors} lang={lang} />
        <Extras seriesId={seriesId} lang={lang} />
      </main>
    </>
  );
}

function PageHeader({ seriesId, sectors, lang }: { seriesId: string; sectors: TimelineEvent['sectors']; lang: Lang }) {
  const t = PAGE_MESSAGES[lang];
  return (
    <header className={`${pageHeader.header} ${styles.header}`}>
      <p>
        <a href={dashboardPath(lang, { sectors })}>← {t.backToDashboard}</a>
      </p>
      <p className="page-langs">
        {LANGS.filter((l) => l !== lang).map((l) => (
          <a key={l} href={chartPagePath(seriesId, l)} hrefLang={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </a>
        ))}
      </p>
      <SiteSearch place="chart-page" lang={lang} />
    </header>
  );
}

function SectorEvents({ file, sectors, lang }: { file: string; sectors: TimelineEvent['sectors']; lang: Lang }) {
  const t = PAGE_MESSAGES[lang];
  const events = useEvents(file);
  const shown = useMemo(() => sectorEventsByDate(events.data ?? [], sectors), [events.data, sectors]);
  if (events.isError) return <LoadError error={events.error} file={file} lang={lang} onRetry={() => void events.refetch()} />;
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="events-heading" className={styles.events}>
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


/** The articles the chart's figures come from, each with its publication, date and link. */
function PageSources({ records, sources, lang }: { records: readonly ValueRecord[]; sources: readonly Source[] | undefined; lang: Lang }) {
  const t = PAGE_MESSAGES[lang];
  const cited = [...new Set(records.flatMap((r) => r.citations.map((c) => c.source)))];
  return (
    <section aria-labelledby="sources-heading" className="page-sources">
      <h2 id="sources-heading">{t.sourcesHeading}</h2>
      <ul>
        {cited.map((id) => {
          const s = sources?.find((x) => x.id === id);
          if (!s) return <li key={id}>{id}</li>;
          return (
            <li key={id}>
              {s.publication[lang]}, {s.url ? <a href={s.url}>{s.title}</a> : <cite>{s.title}</cite>}, {sourceDate(s, lang)}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * The related charts and the data's addresses: embedded by the build (computed from the whole
 * site's data); where the page was not prerendered, computed from the index and the files it lists.
 */
function Extras({ seriesId, lang }: { seriesId: string; lang: Lang }) {
  const extras = useQuery({
    queryKey: chartPageExtrasKey(seriesId, lang),
    queryFn: async ({ signal }): Promise<ChartPageExtras> => {
      const index = await indexApi.fetchFile(INDEX_FILE, signal);
      const files = await Promise.all(index.series.map((e) => seriesApi.fetchFile(e.file, signal)));
      return chartPageExtras(index.series, files, seriesId, lang, new URL('./', document.baseURI).href);
    },
  });
  if (!extras.data) return null;
  return (
    <>
      <RelatedCharts extras={extras.data} lang={lang} />
      <UseThisData extras={extras.data} lang={lang} />
    </>
  );
}

function RelatedCharts({ extras, lang }: { extras: ChartPageExtras; lang: Lang }) {
  const t = PAGE_MESSAGES[lang];
  if (extras.related.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" className={styles.related}>
      <h2 id="related-heading">{t.relatedHeading}</h2>
      <ul>
        {extras.related.map((r) => (
          <li key={r.id}>
            <a href={chartPagePath(r.id, lang)}>{r.title}</a>
            <span className={styles.relatedFigure}>{r.figure}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function UseThisData({ extras, lang }: { extras: ChartPageExtras; lang: Lang }) {
  const t = PAGE_MESSAGES[lang];
  return (
    <section aria-labelledby="use-data-heading" className={styles.useData}>
      <h2 id="use-data-heading">{t.useDataHeading}</h2>
      <p className="section-intro">{t.useDataIntro}</p>
      <dl>
        <dt>CSV</dt>
        <dd>
          <a href={extras.csvUrl}>{extras.csvUrl}</a>
        </dd>
        <dt>JSON</dt>
        <dd>
          <a href={extras.jsonUrl}>{extras.jsonUrl}</a>
        </dd>
      </dl>
      <CopyField label={t.pythonSnippet} text={pythonSnippet(extras.csvUrl)} lang={lang} rows={3} code />
      <CopyField label={t.rSnippet} text={rSnippet(extras.csvUrl)} lang={lang} rows={3} code />
    </section>
  );
}

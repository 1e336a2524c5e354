import { memo, useId, useMemo, useState } from 'react';
import { Chart } from '../charts/chart';
import { DataTable } from '../charts/data-table';
import { describeRecords } from '../i18n/figure-text';
import type { RuleInput } from '../charts/event-rule';
import { FlagLegend } from '../charts/flag-legend';
import { sourceLine } from '../i18n/figure-text';
import { useElementWidth } from '../shared/use-element-width';
import { useNearViewport } from '../charts/use-near-viewport';
import { chartHeight } from '../charts/kinds';
import type { Lang, SeriesFile, Source, ValueRecord } from '../data/schema';
import { DataFileError } from '../data/validate';
import { unknownSourceProblems } from '../data/references';
import { MESSAGES } from '../i18n/messages';
import { LoadError } from '../shared/load-error';
import type { SeriesEntry } from './select';
import type { ChartExportFormat } from '../export';
import { useDashboardStore } from '../state/filter-store';
import { ExportMenu } from './export-menu';
import { ShareButton } from './share-dialog';
import { currentTheme } from './theme';
import { PAGE_MESSAGES } from '../i18n/page-messages';
import { chartPagePath } from '../shared/site-paths';

/** Where the card is: among the dashboard's, alone on its chart page, or in another site's frame. */
export type CardVariant = 'dashboard' | 'page' | 'embed';

interface ChartCardProps {
  entry: SeriesEntry;
  /** The series file once loaded and valid; `error` when it could not be. */
  series: SeriesFile | undefined;
  error: Error | null;
  /** The series' records in the year range. */
  records: readonly ValueRecord[];
  onRetry: (file: string) => void;
  sources: readonly Source[] | undefined;
  /** The sources file, to name it when a citation is not found there. */
  sourcesFile: string;
  rule: RuleInput | undefined;
  lang: Lang;
  /** Draw the chart only once the card nears the viewport (with hundreds of cards). */
  deferDrawing: boolean;
  /** Hidden by the filters: kept mounted, so that showing it again draws nothing anew. */
  hidden: boolean;
  variant?: CardVariant;
}

/** The card's title: on the dashboard a link to the chart's own page; on that page and in an embed the page's heading. */
function CardTitle({ id, seriesId, title, lang, variant }: { id: string; seriesId: string; title: string; lang: Lang; variant: CardVariant }) {
  if (variant !== 'dashboard') return <h1 id={id}>{title}</h1>;
  return (
    <h3 id={id}>
      <a href={chartPagePath(seriesId, lang)}>{title}</a>
    </h3>
  );
}

/**
 * One chart's card. Memoised, and given only values that keep their identity, so that a card is
 * drawn again only when its own data, the filters or the language change.
 */
export const ChartCard = memo(function ChartCard({ entry, series, error, records, onRetry, sources, sourcesFile, rule, lang, deferDrawing, hidden, variant = 'dashboard' }: ChartCardProps) {
  const t = MESSAGES[lang];
  const headingId = useId();
  const retry = () => onRetry(entry.file);
  const unsourced = useMemo(
    () => [
      // The index names the series its file must hold: another series' file is not drawn under this title.
      ...(series && series.id !== entry.id
        ? [{ en: `id: the file holds series '${series.id}', not the index's '${entry.id}'`, vi: `id: tệp chứa chuỗi số liệu '${series.id}', không phải '${entry.id}' như trong chỉ mục` }]
        : []),
      ...(series && sources ? unknownSourceProblems(series, sources, sourcesFile) : []),
    ],
    [series, sources, sourcesFile, entry.id],
  );
  if (unsourced.length > 0) {
    return (
      <article className="card" aria-labelledby={headingId} hidden={hidden}>
        <h3 id={headingId}>{entry.title[lang]}</h3>
        <LoadError error={new DataFileError(entry.file, unsourced)} file={entry.file} lang={lang} onRetry={retry} />
      </article>
    );
  }
  if (!series) {
    return (
      <article className="card" aria-labelledby={headingId} aria-busy={!error} hidden={hidden}>
        <h3 id={headingId}>{entry.title[lang]}</h3>
        {error ? (
          <LoadError error={error} file={entry.file} lang={lang} onRetry={retry} />
        ) : (
          <p className="loading">{t.loading}</p>
        )}
      </article>
    );
  }
  return (
    <article className={`card card--${series.chart}`} aria-labelledby={headingId} data-series={series.id} hidden={hidden}>
      <CardTitle id={headingId} seriesId={series.id} title={series.title[lang]} lang={lang} variant={variant} />
      <p className="subtitle">{series.subtitle[lang]}</p>
      <CardBody series={series} records={records} sources={sources} rule={rule} lang={lang} deferDrawing={deferDrawing} variant={variant} />
      <p className="source-line">{sourceLine(records, sources, lang)}</p>
      {variant === 'embed' && (
        <p className="embed-link">
          <a href={chartPagePath(series.id, lang)} target="_blank" rel="noopener">
            {PAGE_MESSAGES[lang].fullChart}
          </a>
        </p>
      )}
    </article>
  );
});

interface CardBodyProps {
  series: SeriesFile;
  records: readonly ValueRecord[];
  sources: readonly Source[] | undefined;
  rule: RuleInput | undefined;
  lang: Lang;
  deferDrawing: boolean;
  variant: CardVariant;
}

function CardBody({ series, records, sources, rule, lang, deferDrawing, variant }: CardBodyProps) {
  const t = MESSAGES[lang];
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const near = useNearViewport(ref, deferDrawing);
  const descriptionId = useId();
  const tableId = useId();
  const [showTable, setShowTable] = useState(false);
  const description = useMemo(() => describeRecords(records, lang), [records, lang]);
  const title = series.title[lang];

  const onExport = async (format: ChartExportFormat): Promise<string> => {
    const { exportChart } = await import('../export');
    const view = { sources, lang, filters: useDashboardStore.getState(), link: window.location.href, rule, theme: currentTheme() };
    const fileName = await exportChart(format, { series, records, cardWidth: width ?? 400 }, view);
    return fileName === null ? t.copied : t.downloaded(fileName);
  };

  return (
    <>
      <div className="chart-frame" ref={ref} style={near ? undefined : { height: chartHeight(series.chart, records.length) }}>
        {width !== null && near && (
          <Chart
            kind={series.chart}
            records={records}
            width={width}
            lang={lang}
            label={t.chartLabel(title, series.subtitle[lang])}
            describedBy={descriptionId}
            sources={sources}
            rule={rule}
          />
        )}
        <p id={descriptionId} className="visually-hidden">
          {description}
        </p>
      </div>
      <FlagLegend records={records} lang={lang} />
      {variant !== 'embed' && (
        <>
          <div className="card-actions">
            <button type="button" className="table-toggle" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable((v) => !v)}>
              {showTable ? t.hideTable : t.showTable}
            </button>
            <ExportMenu title={title} lang={lang} onExport={onExport} />
            <ShareButton series={series} records={records} sources={sources} lang={lang} withViewLink={variant === 'dashboard'} />
          </div>
          <div id={tableId} hidden={!showTable}>
            {showTable && <DataTable caption={title} records={records} sources={sources} lang={lang} />}
          </div>
        </>
      )}
    </>
  );
}

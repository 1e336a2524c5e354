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
import { clipped, overRecordLimit, RECORD_LIMITS, TEXT_LIMITS } from '../data/bounds';
import type { Lang, SeriesFile, Source, ValueRecord } from '../data/schema';
import { ClippedText } from '../shared/clipped-text';
import { DataFileError } from '../data/problems';
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

/**
 * One chart's card. Memoised, and given only values that keep their identity, so that a card is
 * drawn again only when its own data, the filters or the language change; its body, chart and
 * actions, only when what they show changes.
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
        <CardTitle id={headingId} text={entry.title[lang]} variant={variant} />
        <LoadError error={new DataFileError(entry.file, unsourced)} file={entry.file} lang={lang} onRetry={retry} />
      </article>
    );
  }
  if (!series) {
    return (
      <article className="card" aria-labelledby={headingId} aria-busy={!error} hidden={hidden}>
        <CardTitle id={headingId} text={entry.title[lang]} variant={variant} />
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
      <CardTitle id={headingId} text={series.title[lang]} variant={variant} href={chartPagePath(series.id, lang)} />
      <p className="subtitle">
        <ClippedText text={series.subtitle[lang]} max={TEXT_LIMITS.subtitle} />
      </p>
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

/**
 * The card's heading: on the dashboard a link to the chart's own page, on that page and in an
 * embed the page's heading. A title beyond the title limit is cut, the whole of it in a tooltip.
 */
function CardTitle({ id, text, variant, href }: { id: string; text: string; variant: CardVariant; href?: string }) {
  const content = <ClippedText text={text} max={TEXT_LIMITS.title} />;
  if (variant !== 'dashboard') return <h1 id={id}>{content}</h1>;
  return <h3 id={id}>{href ? <a href={href}>{content}</a> : content}</h3>;
}

interface CardBodyProps {
  series: SeriesFile;
  records: readonly ValueRecord[];
  sources: readonly Source[] | undefined;
  rule: RuleInput | undefined;
  lang: Lang;
  deferDrawing: boolean;
  variant: CardVariant;
}

/** Memoised apart from the card: a filter that shows or hides the card does not draw its body again. */
const CardBody = memo(function CardBody({ series, records, sources, rule, lang, deferDrawing, variant }: CardBodyProps) {
  const t = MESSAGES[lang];
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const near = useNearViewport(ref, deferDrawing);
  const descriptionId = useId();
  const tableId = useId();
  const [showTable, setShowTable] = useState(false);
  const description = useMemo(() => describeRecords(records, lang), [records, lang]);
  const title = clipped(series.title[lang], TEXT_LIMITS.title);
  const subtitle = clipped(series.subtitle[lang], TEXT_LIMITS.subtitle);
  // Beyond its kind's record limit the card draws no chart: the count, the table and the CSV.
  const over = overRecordLimit(series.chart, records.length);

  const onExport = async (format: ChartExportFormat): Promise<string> => {
    const { exportChart, csvOmissions } = await import('../export');
    const view = { sources, lang, filters: useDashboardStore.getState(), link: window.location.href, rule, theme: currentTheme() };
    const fileName = await exportChart(format, { series, records, cardWidth: width ?? 400 }, view);
    if (fileName === null) return t.copied;
    // The status names what the CSV lacks, as the file itself does.
    return [t.downloaded(fileName), ...(format === 'csv' ? csvOmissions(series.records, records, sources, lang) : [])].join('. ');
  };

  return (
    <>
      <div className="chart-frame" ref={ref} style={near ? undefined : { height: chartHeight(series.chart, records.length) }}>
        {over && <OversizeNotice count={records.length} max={RECORD_LIMITS[series.chart]} lang={lang} onCsv={() => onExport('csv')} />}
        {width !== null && near && !over && (
          <Chart
            kind={series.chart}
            records={records}
            width={width}
            lang={lang}
            label={t.chartLabel(title, subtitle)}
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
            {showTable && (
              <DataTable
                caption={series.title[lang]}
                records={records}
                sources={sources}
                lang={lang}
                more={<CsvButton count={records.length} lang={lang} onCsv={() => onExport('csv')} />}
              />
            )}
          </div>
        </>
      )}
    </>
  );
});

/** In place of a chart with more records than its kind draws: how many, and the CSV of them all. */
function OversizeNotice({ count, max, lang, onCsv }: { count: number; max: number; lang: Lang; onCsv: () => Promise<string> }) {
  return (
    <div className="oversize">
      <p>{MESSAGES[lang].tooManyFigures(count, max)}</p>
      <CsvButton count={count} lang={lang} onCsv={onCsv} />
    </div>
  );
}

/** Downloads the CSV of every figure; says what was downloaded, or why not. */
function CsvButton({ count, lang, onCsv }: { count: number; lang: Lang; onCsv: () => Promise<string> }) {
  const t = MESSAGES[lang];
  const [outcome, setOutcome] = useState('');
  const run = async () => {
    setOutcome('');
    try {
      setOutcome(await onCsv());
    } catch (error) {
      setOutcome(t.exportFailed((error instanceof Error ? error.message : String(error)).replace(/[.\s]+$/, '')));
    }
  };
  return (
    <>
      <button type="button" className="csv-button" onClick={() => void run()}>
        {t.downloadAllCsv(count)}
      </button>
      <p className="export-outcome" role="status">
        {outcome}
      </p>
    </>
  );
}

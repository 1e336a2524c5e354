import { memo, Suspense, useCallback, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Chart } from '../charts/chart';
import { describeRecords } from '../i18n/figure-text';
import { FlagLegend } from '../charts/flag-legend';
import { sourceLine } from '../i18n/figure-text';
import { bandContext, CHART_BANDS } from '../charts/bands';
import { useNearViewport } from '../charts/use-near-viewport';
import { chartHeight } from '../charts/kinds';
import { clipped, overRecordLimit, RECORD_LIMITS, TEXT_LIMITS } from '../data/bounds';
import type { Lang, SeriesFile, Source, ValueRecord } from '../data/schema';
import { ClippedText } from '../shared/clipped-text';
import { DataFileError } from '../data/problems';
import { MESSAGES } from '../i18n/messages';
import { LoadError } from '../shared/load-error';
import type { ChartExportFormat } from '../export';
import { useDashboardStore } from '../state/filter-store';
import { ExportMenu } from './export-menu';
import { ShareButton } from './share-dialog';
import { currentTheme } from './theme';
import { PAGE_MESSAGES } from '../i18n/page-messages';
import { chartPagePath } from '../shared/site-paths';
import { componentOnFirstUse } from '../shared/deferred-section';
import { loadChunk } from '../shared/chunk-error';
import { MovedBy } from './moved-by';
import { useSelectedRule } from './selected-rule';
import type { CardContentProps, CardVariant } from './chart-card';
import buttons from '../shared/action-button.module.css';
import styles from './chart-card.module.css';

/**
 * What a card holds once its part hydrates: its title, chart, legend, actions and table. Loaded
 * when the card's gate opens (src/dashboard/chart-card.tsx), not before the page answers input:
 * until then the card stays as prerendered.
 */

const DataTable = componentOnFirstUse(() => import('../charts/data-table').then((m) => m.DataTable));

/** What the card holds: its title and chart, or why there is none. Not drawn again when only the card's visibility changes. */
export const CardContent = memo(function CardContent({ entry, series, error, records, onRetry, sources, lang, deferDrawing, variant = 'dashboard', tile = false, headingId, unsourced }: CardContentProps) {
  const t = MESSAGES[lang];
  const retry = () => onRetry(entry.file);
  if (unsourced.length > 0) {
    return (
      <>
        <CardTitle id={headingId} text={entry.title[lang]} variant={variant} />
        <LoadError error={new DataFileError(entry.file, unsourced)} file={entry.file} lang={lang} onRetry={retry} />
      </>
    );
  }
  if (!series) {
    return (
      <>
        <CardTitle id={headingId} text={entry.title[lang]} variant={variant} />
        {error ? <LoadError error={error} file={entry.file} lang={lang} onRetry={retry} /> : <p className="loading">{t.loading}</p>}
      </>
    );
  }
  return (
    <>
      <CardTitle id={headingId} text={series.title[lang]} variant={variant} href={chartPagePath(series.id, lang)} />
      <p className={styles.subtitle}>
        <ClippedText text={series.subtitle[lang]} max={TEXT_LIMITS.subtitle} />
      </p>
      <CardBody series={series} records={records} sources={sources} lang={lang} deferDrawing={deferDrawing} variant={variant} tile={tile} />
      <p className={styles.source}>{sourceLine(records, sources, lang)}</p>
      {variant === 'dashboard' && <MovedBy seriesId={series.id} lang={lang} sources={sources} />}
      {variant === 'embed' && (
        <p className={styles.embedLink}>
          <a href={chartPagePath(series.id, lang)} target="_blank" rel="noopener">
            {PAGE_MESSAGES[lang].fullChart}
          </a>
        </p>
      )}
    </>
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
  lang: Lang;
  deferDrawing: boolean;
  variant: CardVariant;
  tile: boolean;
}

/**
 * The chart, its legend, and the card's actions and table. A new selected event (`rule`, read from the store) draws
 * the chart's rule again and nothing else: the legend and the actions take what does not change
 * with it, and the exports read the rule and measure the frame when they run. The chart is drawn
 * at its bands' widths, not a measured one (src/charts/bands.ts).
 */
function CardBody({ series, records, sources, lang, deferDrawing, variant, tile }: CardBodyProps) {
  const t = MESSAGES[lang];
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearViewport(ref, deferDrawing);
  const descriptionId = useId();
  const description = useMemo(() => describeRecords(records, lang), [records, lang]);
  const title = clipped(series.title[lang], TEXT_LIMITS.title);
  const subtitle = clipped(series.subtitle[lang], TEXT_LIMITS.subtitle);
  // Beyond its kind's record limit the card draws no chart: the count, the table and the CSV.
  const over = overRecordLimit(series.chart, records.length);

  const context = bandContext(variant, tile);
  // The selected event's rule, where it falls on this chart: read from the store here, not passed down.
  const rule = useSelectedRule(series.chart, records, lang, variant === 'dashboard');
  // What an export reads when it runs, rather than what the card was drawn with.
  const latest = useRef({ rule });
  useLayoutEffect(() => {
    latest.current = { rule };
  }, [rule]);
  const onExport = useCallback(
    async (format: ChartExportFormat): Promise<string> => {
      const { exportChart, csvOmissions } = await loadChunk(() => import('../export'));
      const { rule: ruled } = latest.current;
      // An export is drawn in px at the frame's width as it is now.
      const measured = Math.floor(ref.current?.getBoundingClientRect().width ?? 0);
      const cardWidth = measured > 0 ? measured : 400;
      const view = { sources, lang, filters: useDashboardStore.getState(), link: window.location.href, rule: ruled, theme: currentTheme() };
      const fileName = await exportChart(format, { series, records, cardWidth }, view);
      const m = MESSAGES[lang];
      if (fileName === null) return m.copied;
      // The status names what the CSV lacks, as the file itself does.
      return [m.downloaded(fileName), ...(format === 'csv' ? csvOmissions(series.records, records, sources, lang) : [])].join('. ');
    },
    [series, records, sources, lang],
  );

  return (
    <>
      {/* chart-frame: global, src/styles/chart-bands.css shows the band that fits it. */}
      <div className={`chart-frame chart-frame--${context} ${styles.frame}`} ref={ref} style={near ? undefined : { height: chartHeight(series.chart, records.length, tile) }}>
        {over && <OversizeNotice count={records.length} max={RECORD_LIMITS[series.chart]} lang={lang} onCsv={() => onExport('csv')} />}
        {near && !over && (
          <Chart
            kind={series.chart}
            records={records}
            bands={CHART_BANDS[context]}
            lang={lang}
            label={t.chartLabel(title, subtitle)}
            describedBy={descriptionId}
            sources={sources}
            rule={rule}
            compact={tile}
          />
        )}
        <p id={descriptionId} className="visually-hidden">
          {description}
        </p>
      </div>
      <MemoFlagLegend records={records} lang={lang} className={styles.legend} />
      {variant !== 'embed' && <CardActions series={series} records={records} sources={sources} lang={lang} title={title} onExport={onExport} withViewLink={variant === 'dashboard'} tile={tile} />}
    </>
  );
}

const MemoFlagLegend = memo(FlagLegend);

interface CardActionsProps {
  series: SeriesFile;
  records: readonly ValueRecord[];
  sources: readonly Source[] | undefined;
  lang: Lang;
  /** The title as shown, for the Export menu's name. */
  title: string;
  onExport: (format: ChartExportFormat) => Promise<string>;
  withViewLink: boolean;
  /** In a tile the table's button says only "Table", its name the whole of it. */
  tile: boolean;
}

/** Show table, Export and Share, and the table they show. */
const CardActions = memo(function CardActions({ series, records, sources, lang, title, onExport, withViewLink, tile }: CardActionsProps) {
  const t = MESSAGES[lang];
  const tableId = useId();
  const [showTable, setShowTable] = useState(false);
  return (
    <>
      <div className={styles.actions}>
        <button
          type="button"
          className={`${buttons.action} ${styles.tableToggle}`}
          aria-expanded={showTable}
          aria-controls={tableId}
          aria-label={tile ? (showTable ? t.hideTable : t.showTable) : undefined}
          onClick={() => setShowTable((v) => !v)}
        >
          {tile ? t.tableShort : showTable ? t.hideTable : t.showTable}
        </button>
        <ExportMenu title={title} lang={lang} onExport={onExport} />
        <ShareButton series={series} records={records} sources={sources} lang={lang} withViewLink={withViewLink} />
      </div>
      <div id={tableId} hidden={!showTable}>
        {showTable && (
          <Suspense fallback={<p className="loading">{t.loading}</p>}>
            <DataTable
              caption={series.title[lang]}
              records={records}
              sources={sources}
              lang={lang}
              more={<CsvButton count={records.length} lang={lang} onCsv={() => onExport('csv')} />}
            />
          </Suspense>
        )}
      </div>
    </>
  );
});

/** In place of a chart with more records than its kind draws: how many, and the CSV of them all. */
function OversizeNotice({ count, max, lang, onCsv }: { count: number; max: number; lang: Lang; onCsv: () => Promise<string> }) {
  return (
    <div className={styles.oversize}>
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

import { lazy, memo, useId, useMemo } from 'react';
import type { Lang, SeriesFile, Source, ValueRecord } from '../data/schema';
import type { Problem } from '../data/problems';
import { unknownSourceProblems } from '../data/references';
import type { SeriesEntry } from './select';
import { loadChunk } from '../shared/chunk-error';
import { GatedPart } from '../shared/hydration-gate';
import styles from './chart-card.module.css';

/**
 * The card's content: its code loads when the card's gate opens (the card nears the viewport, the
 * reader reaches it, the page is idle, or a filter draws it again), not before the page answers
 * input. Code that does not arrive is a `ChunkLoadError`, for the card's boundary to offer a reload.
 */
const CardContent = lazy(() => loadChunk(() => import('./card-content')).then((m) => ({ default: m.CardContent })));

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
  lang: Lang;
  /** Draw the chart only once the card nears the viewport (with hundreds of cards). */
  deferDrawing: boolean;
  /** Hidden by the filters: kept mounted, so that showing it again draws nothing anew. */
  hidden: boolean;
  variant?: CardVariant;
  /** A key-figure tile (a series of lone figures on the dashboard): compact, its figures in one row. */
  tile?: boolean;
}

/**
 * One chart's card. Memoised, and given only values that keep their identity, so that a card is
 * drawn again only when its own data, the filters or the language change. Showing or hiding it
 * sets the attribute on its article and nothing else: what is inside is drawn apart.
 */
export const ChartCard = memo(function ChartCard({ hidden, ...props }: ChartCardProps) {
  const { entry, series, error, sources, sourcesFile } = props;
  const headingId = useId();
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
  const drawn = unsourced.length === 0 && series ? series : undefined;
  // card, card--<kind>, tile: unstyled, stable names the end-to-end tests and the benchmark find a card by.
  const tile = drawn && props.tile ? (drawn.records.length > 1 ? ` tile ${styles.tile} ${styles.wide}` : ` tile ${styles.tile}`) : '';
  return (
    <article
      className={drawn ? `card card--${drawn.chart} ${styles.card}${tile}` : `card ${styles.card}`}
      aria-labelledby={headingId}
      aria-busy={unsourced.length === 0 && !series ? !error : undefined}
      data-series={drawn?.id}
      data-gate={cardGateId(entry.id)}
      hidden={hidden}
    >
      <GatedCardContent {...props} headingId={headingId} unsourced={unsourced} />
    </article>
  );
});

export type CardContentProps = Omit<ChartCardProps, 'hidden'> & { headingId: string; unsourced: Problem[] };

const cardGateId = (seriesId: string) => `card:${seriesId}`;

/**
 * The card's content hydrates on its own, when the card nears the viewport or the reader reaches
 * it (src/shared/hydration-gate.tsx); until then it stays as prerendered. Memoised: showing or
 * hiding the card leaves it untouched.
 */
const GatedCardContent = memo(function GatedCardContent(props: CardContentProps) {
  return (
    <GatedPart id={cardGateId(props.entry.id)} lazy>
      <CardContent {...props} />
    </GatedPart>
  );
});


import { memo, Suspense, useEffect, useId, useMemo, useState, type Dispatch, type SetStateAction } from 'react';
import type { ChartKind, Lang, Source, ValueRecord } from '../data/schema';
import { describeRecord } from '../i18n/figure-text';
import { MESSAGES } from '../i18n/messages';
import { ChartImage } from './chart-image';
import type { RuleInput } from './event-rule';
import { chartHeight, drawChart, type DrawnChart } from './kinds';
import { componentOnFirstUse } from '../shared/deferred-section';
import { cssOffset } from './units';
import styles from './chart.module.css';

const FigureProvenance = componentOnFirstUse(() => import('./figure-provenance').then((m) => m.FigureProvenance));

export interface ChartProps {
  kind: ChartKind;
  records: readonly ValueRecord[];
  /** The widths it is laid out for (./bands): one drawing each, CSS shows the one that fits its frame. */
  bands: readonly number[];
  lang: Lang;
  /** Accessible name: title and subtitle. */
  label: string;
  /** Id of the text alternative. */
  describedBy: string;
  sources: readonly Source[] | undefined;
  /** The selected timeline event, ruled on charts drawn against time. */
  rule?: RuleInput | undefined;
  /** A key-figure tile: the figures in one row (the figure kind). */
  compact?: boolean | undefined;
}

/**
 * A chart, laid out once for each of its bands, each drawing in relative units so that it fills
 * whatever width its frame has; CSS shows the one band that fits (src/styles/chart-bands.css).
 * Nothing here depends on a measured width: the drawing painted from the HTML is the one kept.
 */
export function Chart({ bands, ...props }: ChartProps) {
  return bands.map((width) => (
    <div key={width} className={`chart-band chart-band--${width}`}>
      <ChartBand {...props} width={width} />
    </div>
  ));
}

/**
 * One band's drawing, and over each figure a button that shows where the figure comes from (on
 * hover, focus or click; Escape closes it).
 */
function ChartBand({ kind, records, width, lang, label, describedBy, sources, rule, compact = false }: Omit<ChartProps, 'bands'> & { width: number }) {
  const t = MESSAGES[lang];
  const size = useMemo(() => ({ width, height: chartHeight(kind, records.length, compact) }), [kind, width, records.length, compact]);
  const drawn = useMemo(() => drawChart(kind, records, size, lang, compact, 'relative'), [kind, records, size, lang, compact]);
  const [open, setOpen] = useState<OpenFigure>(null);
  const panelId = useId();
  const active = open ? drawn.anchors.find((a) => a.key === open.key) : undefined;

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(null);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  const onLeft = active !== undefined && active.x > size.width / 2;
  return (
    <div className={styles.stage} style={{ height: size.height }}>
      <ChartImage kind={kind} records={records} size={size} lang={lang} label={label} describedBy={describedBy} rule={rule} drawn={drawn} units="relative" />
      <FigureTargets anchors={drawn.anchors} width={size.width} open={open?.key ?? null} panelId={panelId} lang={lang} setOpen={setOpen} />
      {active && (
        <div
          id={panelId}
          className={styles.provenance}
          role="region"
          aria-label={t.figureSourceTitle}
          style={
            onLeft
              ? { right: cssOffset(size.width - active.x, size.width, 18), top: active.y + 16 }
              : { left: cssOffset(active.x, size.width, -18), top: active.y + 16 }
          }
          onMouseEnter={() => setOpen((o) => (o ? { ...o, pinned: true } : o))}
        >
          <Suspense fallback={<p className="loading">{t.loading}</p>}>
            <FigureProvenance record={active.record} sources={sources} lang={lang} />
          </Suspense>
        </div>
      )}
    </div>
  );
}

type OpenFigure = { key: string; pinned: boolean } | null;

/**
 * A button over each figure. Apart from the image, so that a new selected event, which rules the
 * image again, leaves them as they are.
 */
const FigureTargets = memo(function FigureTargets({ anchors, width, open, panelId, lang, setOpen }: {
  anchors: DrawnChart['anchors'];
  /** The width the anchors were laid out for: a button sits at the same share of the frame's. */
  width: number;
  /** The key of the figure whose panel is open. */
  open: string | null;
  panelId: string;
  lang: Lang;
  setOpen: Dispatch<SetStateAction<OpenFigure>>;
}) {
  const t = MESSAGES[lang];
  return anchors.map((a) => {
    const isOpen = open === a.key;
    return (
      <button
        key={a.key}
        type="button"
        // figure-target: an unstyled, stable name the search finds a figure's button by (src/search/search-actions.ts).
        className={`figure-target ${styles.target}`}
        style={{ left: cssOffset(a.x, width, -14), top: a.y - 14 }}
        aria-label={t.figureSource(describeRecord(a.record, lang))}
        aria-expanded={isOpen}
        aria-controls={isOpen ? panelId : undefined}
        onMouseEnter={() => setOpen((o) => (o?.pinned ? o : { key: a.key, pinned: false }))}
        onMouseLeave={() => setOpen((o) => (o?.pinned ? o : null))}
        onFocus={() => setOpen((o) => (o?.key === a.key ? o : { key: a.key, pinned: false }))}
        onBlur={(e) => {
          // Keep the panel while focus moves into it (to follow a source link).
          if (!e.relatedTarget || !(e.relatedTarget instanceof Element && e.relatedTarget.closest(`[id="${panelId}"]`))) setOpen(null);
        }}
        onClick={() => setOpen((o) => (o?.key === a.key && o.pinned ? null : { key: a.key, pinned: true }))}
      />
    );
  });
});

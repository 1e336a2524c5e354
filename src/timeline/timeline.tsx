import { useEffect, useMemo, useRef, type RefObject } from 'react';
import { useElementWidth } from '../shared/use-element-width';
import type { Lang, TimelineEvent } from '../data/schema';
import { formatEventDate } from '../i18n/format';
import { MESSAGES } from '../i18n/messages';
import {
  denseDefaults,
  layoutDenseTimeline,
  layoutTimeline,
  MAX_EVENT_BUTTONS,
  timelineDefaults,
  yearsFromBrush,
} from './timeline-layout';

interface TimelineProps {
  /** The events to show, in chronological order (the order arrow keys follow). */
  events: readonly TimelineEvent[];
  domain: [number, number];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  /** Called with the whole years a drag across the timeline covers. */
  onBrush: (from: number, to: number) => void;
  lang: Lang;
}

/**
 * Events on lanes by kind. Each mark is a button named by the event's title and date; arrow keys
 * move between events in time order, Enter or Space selects, Escape clears. Dragging across empty
 * space sets the year range. Past MAX_EVENT_BUTTONS events (synthetic data at scale), the events
 * are drawn as dots on a canvas instead, and the reader is asked to narrow the view to pick one.
 */
export function Timeline(props: TimelineProps) {
  return props.events.length > MAX_EVENT_BUTTONS ? <DenseTimeline {...props} /> : <ButtonTimeline {...props} />;
}

function ButtonTimeline({ events, domain, selectedId, onSelect, onBrush, lang }: TimelineProps) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const brushRef = useRef<SVGGElement>(null);
  const t = MESSAGES[lang];
  const layout = useMemo(() => (width === null ? null : layoutTimeline(events, width, domain)), [events, width, domain]);
  const order = useMemo(() => events.map((e) => e.id), [events]);
  const tabStop = selectedId !== null && order.includes(selectedId) ? selectedId : order[0];

  useYearBrush(brushRef, layout, onBrush);

  const focusEvent = (id: string | undefined) => {
    if (!id) return;
    ref.current?.querySelector<SVGGElement>(`[data-event-id="${id}"]`)?.focus();
  };

  return (
    <div className="timeline-frame" ref={ref}>
      {layout && width !== null && (
        <svg className="timeline" width={width} height={layout.height} aria-label={t.timelineChart} role="group">
          {layout.lanes.map((lane) => (
            <g key={lane.kind} className={`lane lane--${lane.kind}`}>
              <rect className="lane-bg" x={0} y={lane.y} width={width} height={lane.height - 4} />
              <text className="lane-label" x={layout.plot.x1} y={lane.y + 15}>
                {t.eventKinds[lane.kind]}
              </text>
            </g>
          ))}
          <YearAxis ticks={layout.ticks} axisY={layout.axisY} />
          <g ref={brushRef} className="brush" aria-hidden="true" />
          {layout.marks.map((m) => {
            const id = m.event.id;
            const selected = id === selectedId;
            const toggle = () => onSelect(selected ? null : id);
            return (
              <g
                key={id}
                data-event-id={id}
                role="button"
                tabIndex={id === tabStop ? 0 : -1}
                aria-pressed={selected}
                aria-label={`${m.event.title[lang]} — ${formatEventDate(m.event.date, lang)}${m.claims.length > 0 ? ` (${t.datesDisagree})` : ''}`}
                className={`event event--${m.event.kind}${selected ? ' event--selected' : ''}`}
                onClick={toggle}
                onKeyDown={(e) => {
                  const at = order.indexOf(id);
                  if (e.key === 'Enter' || e.key === ' ') toggle();
                  else if (e.key === 'Escape') onSelect(null);
                  else if (e.key === 'ArrowRight' || e.key === 'ArrowDown') focusEvent(order[Math.min(order.length - 1, at + 1)]);
                  else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') focusEvent(order[Math.max(0, at - 1)]);
                  else if (e.key === 'Home') focusEvent(order[0]);
                  else if (e.key === 'End') focusEvent(order[order.length - 1]);
                  else return;
                  e.preventDefault();
                }}
              >
                <title>{m.event.title[lang]}</title>
                {m.claims.length > 0 && (
                  <g className="claims">
                    <line x1={Math.min(...m.claims)} x2={Math.max(...m.claims)} y1={m.y} y2={m.y} />
                    {m.claims.map((cx, i) => (
                      <circle key={i} cx={cx} cy={m.y} r={timelineDefaults.pointRadius - 2} />
                    ))}
                  </g>
                )}
                {m.span ? (
                  <rect x={m.x1} y={m.y - 6} width={m.x2 - m.x1} height={12} rx={6} />
                ) : (
                  <circle cx={m.x} cy={m.y} r={timelineDefaults.pointRadius} />
                )}
              </g>
            );
          })}
        </svg>
      )}
    </div>
  );
}


let brushModules: Promise<[typeof import('d3-brush'), typeof import('d3-selection')]> | null = null;
const loadBrushModules = () => (brushModules ??= Promise.all([import('d3-brush'), import('d3-selection')]));

interface BrushableLayout {
  plot: { x1: number; x2: number };
  height: number;
  yearAt: (x: number) => number;
}

/** Dragging across empty space of the timeline sets the whole years it covers. */
function useYearBrush(brushRef: RefObject<SVGGElement | null>, layout: BrushableLayout | null, onBrush: (from: number, to: number) => void) {
  const onBrushRef = useRef(onBrush);
  useEffect(() => {
    onBrushRef.current = onBrush;
  }, [onBrush]);

  useEffect(() => {
    const g = brushRef.current;
    if (!g || !layout) return;
    // Brushing is not needed to see the dashboard: it is loaded on the way to its first use.
    let detach: (() => void) | undefined;
    let cancelled = false;
    const attach = async () => {
      const [{ brushX }, { select }] = await loadBrushModules();
      if (cancelled) return;
      const brush = brushX<unknown>()
        .extent([
          [layout.plot.x1, 0],
          [layout.plot.x2, layout.height],
        ])
        .on('end', (event: { selection: [number, number] | null; sourceEvent?: unknown }) => {
          if (!event.selection || !event.sourceEvent) return;
          const { from, to } = yearsFromBrush(event.selection[0], event.selection[1], layout.yearAt);
          select(g).call((selection) => { brush.move(selection, null); });
          onBrushRef.current(from, to);
        });
      select(g).call(brush);
      detach = () => select(g).on('.brush', null).selectAll('*').remove();
    };
    // The brush is loaded when a pointer first comes over the timeline (a drag always starts
    // there); once loaded, it is attached at once to every new layout.
    const frame = g.ownerSVGElement?.parentElement ?? g;
    const onEnter = () => void attach();
    if (brushModules) void attach();
    else frame.addEventListener('pointerenter', onEnter, { once: true });
    return () => {
      cancelled = true;
      frame.removeEventListener('pointerenter', onEnter);
      detach?.();
    };
  }, [brushRef, layout]);
}

function DenseTimeline({ events, domain, onBrush, lang }: TimelineProps) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const brushRef = useRef<SVGGElement>(null);
  const t = MESSAGES[lang];
  const layout = useMemo(() => (width === null ? null : layoutDenseTimeline(events, width, domain)), [events, width, domain]);
  useYearBrush(brushRef, layout, onBrush);

  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context || !layout || width === null) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(layout.height * ratio);
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, layout.height);
    const style = getComputedStyle(canvas);
    const colours = new Map(layout.lanes.map((l) => [l.kind, style.getPropertyValue(`--${l.kind}`).trim() || 'gray']));
    events.forEach((e, i) => {
      context.fillStyle = colours.get(e.kind) ?? 'gray';
      context.fillRect((layout.xs[i] ?? 0) - denseDefaults.dotRadius, (layout.ys[i] ?? 0) - denseDefaults.dotRadius, denseDefaults.dotRadius * 2, denseDefaults.dotRadius * 2);
    });
  }, [events, layout, width]);

  return (
    <div className="timeline-frame" ref={ref}>
      <p className="dense-note">{t.tooManyEvents(events.length, MAX_EVENT_BUTTONS)}</p>
      {layout && width !== null && (
        <div className="dense-timeline" style={{ height: layout.height }}>
          <canvas ref={canvasRef} style={{ width, height: layout.height }} aria-hidden="true" />
          <svg className="timeline" width={width} height={layout.height} aria-hidden="true">
            {layout.lanes.map((lane) => (
              <text key={lane.kind} className="lane-label" x={layout.plot.x1} y={lane.y + 14}>
                {t.eventKinds[lane.kind]}
              </text>
            ))}
            <YearAxis ticks={layout.ticks} axisY={layout.axisY} />
            <g ref={brushRef} className="brush" />
          </svg>
        </div>
      )}
    </div>
  );
}

/** Year gridlines over the lanes, labelled below them. */
function YearAxis({ ticks, axisY }: { ticks: readonly { x: number; text: string }[]; axisY: number }) {
  return (
    <>
      {ticks.map((tick) => (
        <g key={tick.text} className="tick">
          <line x1={tick.x} x2={tick.x} y1={0} y2={axisY} />
          <text x={tick.x} y={axisY + 18} textAnchor="middle">
            {tick.text}
          </text>
        </g>
      ))}
    </>
  );
}

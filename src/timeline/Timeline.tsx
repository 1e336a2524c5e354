import { useEffect, useMemo, useRef } from 'react';
import { useElementWidth } from '../charts/use-element-width';
import type { Lang, TimelineEvent } from '../data/schema';
import { formatEventDate } from '../i18n/format';
import { MESSAGES } from '../i18n/messages';
import { layoutTimeline, timelineDefaults, yearsFromBrush } from './timeline-layout';

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
 * space sets the year range.
 */
export function Timeline({ events, domain, selectedId, onSelect, onBrush, lang }: TimelineProps) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const brushRef = useRef<SVGGElement>(null);
  const t = MESSAGES[lang];
  const layout = useMemo(() => (width === null ? null : layoutTimeline(events, width, domain)), [events, width, domain]);
  const order = useMemo(() => events.map((e) => e.id), [events]);
  const tabStop = selectedId !== null && order.includes(selectedId) ? selectedId : order[0];

  const onBrushRef = useRef(onBrush);
  useEffect(() => {
    onBrushRef.current = onBrush;
  }, [onBrush]);

  useEffect(() => {
    const g = brushRef.current;
    if (!g || !layout) return;
    // Brushing is loaded once the page is idle after drawing: it is not needed to see the dashboard.
    let detach: (() => void) | undefined;
    let cancelled = false;
    const attach = async () => {
      const [{ brushX }, { select }] = await Promise.all([import('d3-brush'), import('d3-selection')]);
      if (cancelled) return;
      const brush = brushX<unknown>()
        .extent([
          [layout.plot.x1, 0],
          [layout.plot.x2, layout.height],
        ])
        .on('end', (event: { selection: [number, number] | null; sourceEvent?: unknown }) => {
          if (!event.selection || !event.sourceEvent) return;
          const { from, to } = yearsFromBrush(event.selection[0], event.selection[1], layout.yearAt);
          select(g).call(brush.move, null);
          onBrushRef.current(from, to);
        });
      select(g).call(brush);
      detach = () => select(g).on('.brush', null).selectAll('*').remove();
    };
    const idle = whenIdle(() => void attach());
    return () => {
      cancelled = true;
      idle.cancel();
      detach?.();
    };
  }, [layout]);

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
          {layout.ticks.map((tick) => (
            <g key={tick.text} className="tick">
              <line x1={tick.x} x2={tick.x} y1={0} y2={layout.axisY} />
              <text x={tick.x} y={layout.axisY + 18} textAnchor="middle">
                {tick.text}
              </text>
            </g>
          ))}
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

/** Runs `task` when the browser is idle (soon after drawing), or after a short delay where it cannot say. */
function whenIdle(task: () => void): { cancel: () => void } {
  if ('requestIdleCallback' in window) {
    const id = window.requestIdleCallback(task, { timeout: 2000 });
    return { cancel: () => window.cancelIdleCallback(id) };
  }
  const id = setTimeout(task, 300);
  return { cancel: () => clearTimeout(id) };
}

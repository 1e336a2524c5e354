import { memo, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import type { Lang, TimelineEvent } from '../data/schema';
import { formatEventDate } from '../i18n/format';
import { MESSAGES } from '../i18n/messages';
import { clipped, TEXT_LIMITS } from '../data/bounds';
import { timelineLabelWidth, type MeasureText } from './text-measure';
import { timelineDomain } from './timeline-domain';
import { pxUnits, relativeUnits, type HorizontalUnits } from './timeline-bands';
import { layoutTimeline, markEvent, sameMark, timelineDefaults, type TimelineLayout, type TimelineMark } from './timeline-layout';

/** What the interactive timeline adds to the drawing: buttons, focus, the brush. */
export interface TimelineInteraction {
  /** The key of the one mark in the tab order. */
  tabStop: string | null;
  /** The cluster whose list is open. */
  expanded: string | null;
  listId: string;
  onActivate: (mark: TimelineMark) => void;
  onKeyDown: (mark: TimelineMark, event: KeyboardEvent<SVGGElement>) => void;
}

export interface TimelineImageProps {
  /** The events to draw, in date order. */
  events: readonly TimelineEvent[];
  /** Width in px; the height follows from the layout. */
  width: number;
  lang: Lang;
  /** Drawn emphasised, and never gathered into a cluster. */
  selectedId?: string | null;
  /** The stretch of time shown, in fractional years; by default the events' own extent. */
  domain?: [number, number];
  /** Label widths; by default a conservative estimate (no browser needed). */
  measure?: MeasureText;
  /** A layout already computed from the same props (the interactive timeline passes its own). */
  layout?: TimelineLayout;
  /** Absent: a static image (for export). */
  interaction?: TimelineInteraction;
  /** Where the interactive timeline attaches its brush, under the marks. */
  brushRef?: Ref<SVGGElement>;
  /**
   * `relative`: the SVG is as wide as its frame, every horizontal position a percentage of `width`
   * (the page, where the stylesheet picks the drawing for the frame's width); `px` (the default):
   * drawn `width` px wide, as exports are.
   */
  units?: 'px' | 'relative';
}

/** The name a mark is announced by: the event's title and date, or a cluster's count and titles. */
export function markName(mark: TimelineMark, lang: Lang): string {
  const t = MESSAGES[lang];
  if (mark.cluster) return t.clusterName(mark.events.length, mark.events.map((e) => e.short[lang]).join(', '));
  const e = markEvent(mark);
  // The name begins with the label drawn beside the mark, so that a reader who speaks what they see finds it.
  const title = clipped(e.title[lang], TEXT_LIMITS.eventTitle);
  const named = title.toLocaleLowerCase(lang).includes(e.short[lang].toLocaleLowerCase(lang)) ? title : `${e.short[lang]}: ${title}`;
  return `${named} — ${formatEventDate(e.date, lang)}${e.dateConflict ? ` (${t.datesDisagree})` : ''}`;
}

/**
 * The labelled timeline as SVG: lanes by kind, a mark per event (or per cluster) with its short
 * title beside it, the axis with its widened stretches marked. Pure: no store, no fetch; the same
 * drawing serves the page and an export (at any width, 1920 px for a slide).
 */
export function TimelineImage({ events, width, lang, selectedId = null, domain, measure = timelineLabelWidth, layout, interaction, brushRef, units = 'px' }: TimelineImageProps) {
  const t = MESSAGES[lang];
  const l = layout ?? layoutTimeline(events, width, domain ?? timelineDomain(events, null, null), { lang, measure, selectedId });
  const X = units === 'relative' ? relativeUnits(width) : pxUnits;

  const body: ReactNode = (
    <>
      <Lanes layout={l} width={width} lang={lang} X={X} />
      <AxisTicks layout={l} lang={lang} X={X} />
      {brushRef && <g ref={brushRef} className="brush" aria-hidden="true" />}
      {l.marks.map((m) =>
        interaction ? (
          <MarkButton
            key={m.key}
            mark={m}
            selected={!m.cluster && markEvent(m).id === selectedId}
            lang={lang}
            tabStop={m.key === interaction.tabStop}
            open={m.cluster && interaction.expanded === m.key}
            listId={interaction.listId}
            onActivate={interaction.onActivate}
            onKeyDown={interaction.onKeyDown}
            X={X}
          />
        ) : (
          <g key={m.key} className={markClass(m, !m.cluster && markEvent(m).id === selectedId)} data-event-ids={markIds(m)}>
            <MarkDrawing mark={m} X={X} />
          </g>
        ),
      )}
    </>
  );

  return interaction ? (
    <svg className="timeline" width={units === 'relative' ? '100%' : width} height={l.height} aria-label={t.timelineChart} role="group">
      {body}
    </svg>
  ) : (
    <svg className="timeline" xmlns="http://www.w3.org/2000/svg" width={width} height={l.height} viewBox={`0 0 ${width} ${l.height}`} role="img" aria-label={t.timelineChart}>
      <title>{t.timelineChart}</title>
      {body}
    </svg>
  );
}

/** A band per lane, named on its first line. Drawn again only with a new layout: not on a selection. */
const Lanes = memo(function Lanes({ layout: l, width, lang, X }: { layout: TimelineLayout; width: number; lang: Lang; X: HorizontalUnits }) {
  const t = MESSAGES[lang];
  return l.lanes.map((lane) => (
    <g key={lane.kind} className={`lane lane--${lane.kind}`}>
      <rect className="lane-bg" x={X(0)} y={lane.y} width={X(width)} height={lane.height - 3} />
      <text className="lane-label" x={X(l.plot.x1)} y={lane.y + 14}>
        {t.eventKinds[lane.kind]}
      </text>
    </g>
  ));
});

/** Gridlines (years full height, months short) labelled under the axis, and the widened stretches marked below. Drawn again only with a new layout. */
const AxisTicks = memo(function AxisTicks({ layout: l, lang, X }: { layout: TimelineLayout; lang: Lang; X: HorizontalUnits }) {
  const t = MESSAGES[lang];
  return (
    <g className="axis-ticks" aria-hidden="true">
      {l.ticks.map((tick) => (
        <g key={`${tick.text}-${tick.x}`} className={tick.major ? 'tick' : 'tick tick--month'}>
          <line x1={X(tick.x)} x2={X(tick.x)} y1={tick.major ? 0 : l.axisY - 4} y2={l.axisY + (tick.major ? 0 : 4)} />
          <text x={X(tick.x)} y={l.axisY + 16} textAnchor="middle">
            {tick.text}
          </text>
        </g>
      ))}
      {l.widened.map((w) => (
        <g key={w.x1} className="widened">
          <title>{t.widenedTitle(w.factor)}</title>
          <rect x={X(w.x1)} y={l.axisY + 24} width={X(Math.max(1, w.x2 - w.x1))} height={14} rx={3} />
          {w.x2 - w.x1 >= 28 && (
            <text x={X((w.x1 + w.x2) / 2)} y={l.axisY + 35} textAnchor="middle">
              ×{w.factor}
            </text>
          )}
        </g>
      ))}
    </g>
  );
});

const markClass = (m: TimelineMark, selected: boolean) => `event event--${m.kind}${m.cluster ? ' event--cluster' : ''}${selected ? ' event--selected' : ''}`;
const markIds = (m: TimelineMark) => m.events.map((e) => e.id).join(' ');

interface MarkButtonProps {
  mark: TimelineMark;
  selected: boolean;
  lang: Lang;
  /** The one mark in the tab order. */
  tabStop: boolean;
  /** A cluster whose list is open. */
  open: boolean;
  listId: string;
  onActivate: TimelineInteraction['onActivate'];
  onKeyDown: TimelineInteraction['onKeyDown'];
  X: HorizontalUnits;
}

/**
 * One mark and its label on the page, as a button. Drawn again only when it is drawn differently
 * (`sameMark`) or its state changes: a new selection redraws the marks it moves, not every mark.
 */
const MarkButton = memo(function MarkButton({ mark: m, selected, lang, tabStop, open, listId, onActivate, onKeyDown, X }: MarkButtonProps) {
  return (
    <g
      className={markClass(m, selected)}
      data-event-id={m.cluster ? undefined : markEvent(m).id}
      data-event-ids={markIds(m)}
      role="button"
      tabIndex={tabStop ? 0 : -1}
      aria-pressed={m.cluster ? undefined : selected}
      aria-expanded={m.cluster ? open : undefined}
      aria-controls={open ? listId : undefined}
      aria-label={markName(m, lang)}
      onClick={() => onActivate(m)}
      onKeyDown={(e) => onKeyDown(m, e)}
    >
      <MarkDrawing mark={m} X={X} />
    </g>
  );
}, (a, b) => sameMark(a.mark, b.mark) && (Object.keys(a) as (keyof MarkButtonProps)[]).every((k) => k === 'mark' || a[k] === b[k]));

/** The mark's shape (a dot, a span, a cluster), the dates its sources claim, a leader, and the label. */
function MarkDrawing({ mark: m, X }: { mark: TimelineMark; X: HorizontalUnits }) {
  const { pointRadius } = timelineDefaults;
  return (
    <>
      {m.claims.length > 0 && (
        <g className="claims">
          <line x1={X(Math.min(...m.claims))} x2={X(Math.max(...m.claims))} y1={m.y} y2={m.y} />
          {m.claims.map((cx, i) => (
            <circle key={i} cx={X(cx)} cy={m.y} r={pointRadius - 2} />
          ))}
        </g>
      )}
      {m.cluster ? (
        <rect className="cluster-mark" x={X(m.x1)} y={m.y - 7} width={X(Math.max(14, m.x2 - m.x1))} height={14} rx={4} />
      ) : m.span ? (
        <rect x={X(m.x1)} y={m.y - 6} width={X(m.x2 - m.x1)} height={12} rx={6} />
      ) : (
        <circle cx={X(m.x)} cy={m.y} r={pointRadius} />
      )}
      {m.leader && <line className="leader" x1={X(m.leader.x)} x2={X(m.leader.x)} y1={m.leader.y1} y2={m.leader.y2} />}
      <text className="event-label" x={X(m.label.x)} y={m.label.y + m.label.height / 2} dominantBaseline="central">
        {m.label.text}
      </text>
    </>
  );
}

import { memo, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useElementWidth } from '../shared/use-element-width';
import { relativeUnits, TIMELINE_BANDS, type TimelineBand } from './timeline-bands';
import { useThemeVersion } from '../shared/use-theme-version';
import type { Lang, Source, TimelineEvent } from '../data/schema';
import { formatEventDate } from '../i18n/format';
import { MESSAGES } from '../i18n/messages';
import { EventDetail } from './event-detail';
import { EventList } from './event-list';
import { layoutOverview, overviewDefaults, yearsText } from './overview-layout';
import { TimelineImage, type TimelineInteraction } from './timeline-image';
import { denseDefaults, inCluster, layoutDenseTimeline, layoutTimeline, markEvent, MAX_EVENT_BUTTONS, timelineDefaults, yearsFromBrush, type TimelineLayout, type TimelineMark } from './timeline-layout';
import styles from './timeline.module.css';

interface TimelineProps {
  /** The events to show, in chronological order (the order Previous, Next and the arrow keys follow). */
  events: readonly TimelineEvent[];
  domain: [number, number];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  /** Called with the whole years a drag across the timeline covers. */
  onBrush: (from: number, to: number) => void;
  lang: Lang;
  /** For the source names in the event card and the list. */
  sources?: readonly Source[] | undefined;
  /** Every event and the whole range: drawn as a strip above the timeline once the years are narrowed. */
  overview?: { events: readonly TimelineEvent[]; domain: [number, number] };
  /** Label rows per lane at most: fewer for a compact timeline (more events gathered in clusters). */
  maxRows?: number;
}

/**
 * Events on lanes by kind, each mark labelled. Each mark is a button named by the event's title
 * and date; Previous and Next, or the arrow keys on a mark, select the events one after another
 * in date order; Enter or Space selects (or opens a cluster), Escape clears. Dragging across
 * empty space sets the year range. Past MAX_EVENT_BUTTONS events (synthetic data at scale), the
 * events are drawn as dots on a canvas instead, and the reader is asked to narrow the view.
 */
export const Timeline = memo(function Timeline(props: TimelineProps) {
  return props.events.length > MAX_EVENT_BUTTONS ? <DenseFrame {...props} /> : <ButtonTimeline {...props} />;
});

interface FrameProps {
  /** The frame's width, null until measured. */
  width: number | null;
}

/** Under the card's smallest width, the card sits below the timeline at full width. */
const CARD_WIDTH = 480;

/**
 * The width the dense timeline (never prerendered: the build draws the labelled one) is laid out at
 * until its frame is measured.
 */
const DENSE_FIRST_WIDTH = 1032;

/** The dense timeline is drawn in px at its frame's measured width, and again when it resizes. */
function DenseFrame(props: TimelineProps) {
  const [ref, width] = useElementWidth<HTMLDivElement>(DENSE_FIRST_WIDTH);
  return (
    <div className={`timeline-frame ${styles.frame}`} ref={ref}>
      <DenseTimeline {...props} width={width} />
    </div>
  );
}

/** The timeline laid out at one band's design width. */
interface BandLayout {
  band: TimelineBand;
  layout: TimelineLayout;
}

const markIn = (layout: TimelineLayout, id: string) => layout.marks.find((m) => m.events.some((e) => e.id === id));

/**
 * The labelled timeline, laid out once per band (`TIMELINE_BANDS`) in relative units; the
 * stylesheet shows the band that fits the frame. Nothing here measures the frame to draw: the
 * drawing the build wrote is the one kept. What looks up a mark in the page looks in the band shown.
 */
function ButtonTimeline({ events, domain, selectedId, onSelect, onBrush, lang, sources, overview, maxRows }: TimelineProps) {
  const ref = useRef<HTMLDivElement>(null);
  const t = MESSAGES[lang];
  const listId = useId();
  const tableId = useId();
  const [showList, setShowList] = useState(false);

  const order = useMemo(() => events.map((e) => e.id), [events]);
  const shownSelected = selectedId !== null && order.includes(selectedId) ? selectedId : null;
  // Laid out from the events and the bands alone: a selection changes the marks' state, not
  // where they are. Only a band that gathers the selected event into a cluster is laid out again,
  // with the event on a mark of its own.
  const unselected = useMemo<BandLayout[]>(
    () => TIMELINE_BANDS.map((band) => ({ band, layout: layoutTimeline(events, band, domain, { lang, maxRows }) })),
    [events, domain, lang, maxRows],
  );
  const layouts = useMemo<BandLayout[]>(
    () => unselected.map((l) => (inCluster(l.layout, shownSelected) ? { band: l.band, layout: layoutTimeline(events, l.band, domain, { lang, selectedId: shownSelected, maxRows }) } : l)),
    [unselected, events, domain, lang, shownSelected, maxRows],
  );
  const selectedEvent = shownSelected !== null ? events.find((e) => e.id === shownSelected) : undefined;

  const nav = useTimelineNavigation(order, shownSelected, onSelect, useMarkFocus(ref, shownSelected, layouts));
  // The marks' handlers keep their identity, so that a mark drawn alike is not drawn again.
  const navRef = useRef(nav);
  useLayoutEffect(() => {
    navRef.current = nav;
  });
  const onActivate = useCallback((m: TimelineMark) => navRef.current.onActivate(m), []);
  const onKeyDown = useCallback((m: TimelineMark, e: KeyboardEvent<SVGGElement>) => navRef.current.onKeyDown(m, e), []);
  // The cluster opened in the band shown (a cluster's key is the same in every band that has it).
  const expandedMark = nav.expanded !== null ? layouts.map((l) => l.layout.marks.find((m) => m.key === nav.expanded && m.cluster)).find((m) => m !== undefined) : undefined;
  const position = shownSelected !== null ? order.indexOf(shownSelected) : -1;
  const showOverview = overview !== undefined && (overview.domain[0] < domain[0] - 1e-9 || overview.domain[1] > domain[1] + 1e-9);

  // Where the selected mark is in the band shown, in px from the frame's left edge: for the card.
  const locateSelected = useCallback((): MarkPlace | null => {
    const band = shownBand(ref.current);
    if (!band || shownSelected === null) return null;
    const laid = layouts.find((l) => String(l.band) === band.dataset.band);
    const x = laid ? markIn(laid.layout, shownSelected)?.x : undefined;
    const width = band.getBoundingClientRect().width;
    return x === undefined || !laid || width <= 0 ? null : { markX: (x * width) / laid.band, width };
  }, [layouts, shownSelected]);

  return (
    <div className={`timeline-frame ${styles.frame}`} ref={ref}>
      <TimelineTools lang={lang} count={order.length} position={position} step={nav.step} tableId={tableId} showList={showList} onToggleList={() => setShowList((v) => !v)} />
      <p className="visually-hidden" aria-live="polite">
        {selectedEvent ? t.selectedAnnouncement(selectedEvent.short[lang], formatEventDate(selectedEvent.date, lang), position + 1, order.length) : ''}
      </p>
      {layouts.map(({ band, layout }) => {
        const tabId = shownSelected ?? order[0];
        return (
          <div key={band} className={`timeline-band ${styles.band}`} data-band={band}>
            {showOverview && <OverviewStrip events={overview.events} whole={overview.domain} shown={domain} width={band} lang={lang} />}
            <BandDrawing
              events={events}
              layout={layout}
              lang={lang}
              selectedId={shownSelected}
              interaction={{ tabStop: tabId !== undefined ? (markIn(layout, tabId)?.key ?? null) : null, expanded: expandedMark?.key ?? null, listId, onActivate, onKeyDown }}
              onBrush={onBrush}
            />
          </div>
        );
      })}
      {/* Widened stretches are a share of the width: every band has the same ones, or none. */}
      {layouts.some((l) => l.layout.widened.length > 0) && <p className={styles.note}>{t.widenedNote}</p>}
      {expandedMark && <ClusterList id={listId} mark={expandedMark} lang={lang} onSelect={(id) => nav.select(id, true)} />}
      {selectedEvent && <EventCard event={selectedEvent} locate={locateSelected} sources={sources} lang={lang} onClose={nav.closeCard} />}
      <div id={tableId} hidden={!showList}>
        {showList && <EventList id={`${tableId}-table`} events={events} sources={sources} selectedId={shownSelected} onSelect={(id) => nav.select(id)} lang={lang} />}
      </div>
    </div>
  );
}

/** One band's drawing, with its own brush. */
function BandDrawing({ events, layout, lang, selectedId, interaction, onBrush }: {
  events: readonly TimelineEvent[];
  layout: TimelineLayout;
  lang: Lang;
  selectedId: string | null;
  interaction: TimelineInteraction;
  onBrush: (from: number, to: number) => void;
}) {
  const brushRef = useRef<SVGGElement>(null);
  useYearBrush(brushRef, layout, onBrush);
  return (
    <div className="timeline-scroll">
      <TimelineImage events={events} width={layout.width} lang={lang} selectedId={selectedId} layout={layout} interaction={interaction} brushRef={brushRef} units="relative" />
    </div>
  );
}

/**
 * The band the stylesheet shows: the first one displayed (where no stylesheet applies, as in a
 * test's document, the first). Looked up when the reader acts, never to draw.
 */
function shownBand(root: HTMLElement | null): HTMLElement | undefined {
  const bands = Array.from(root?.querySelectorAll<HTMLElement>('.timeline-band') ?? []);
  return bands.find((b) => getComputedStyle(b).display !== 'none') ?? bands[0];
}

/** The mark drawn for an event, found among the timeline's marks by the ids it carries. */
function findMarkElement(root: HTMLElement | null, id: string): SVGGElement | undefined {
  return Array.from(shownBand(root)?.querySelectorAll<SVGGElement>('[data-event-ids]') ?? []).find((g) => (g.dataset.eventIds ?? '').split(' ').includes(id));
}

interface MarkFocus {
  /** The mark of `id` takes the focus once drawn (after a step by key, or closing the card). */
  focusWhenDrawn: (id: string) => void;
  /** The mark of `id` is brought into view once drawn (after a selection made here); null: none. */
  scrollWhenDrawn: (id: string | null) => void;
}

/**
 * A mark selected here (by a step, the list or a cluster) is brought into view; after a step by
 * key it takes the focus. A selection from the link does not scroll the page.
 */
function useMarkFocus(ref: RefObject<HTMLElement | null>, shownSelected: string | null, layouts: readonly BandLayout[]): MarkFocus {
  const pendingFocus = useRef<string | null>(null);
  const pendingScroll = useRef<string | null>(null);

  // On a new selection or layout only (the layout draws the marks anew). The page is looked at
  // (which band is shown) only when a mark is to take the focus or be scrolled to.
  useLayoutEffect(() => {
    if (shownSelected === null) return;
    const focus = pendingFocus.current === shownSelected;
    const scroll = pendingScroll.current === shownSelected;
    if (!focus && !scroll) return;
    const mark = findMarkElement(ref.current, shownSelected);
    if (!mark) return;
    if (focus) {
      pendingFocus.current = null;
      mark.focus();
    }
    if (scroll) {
      pendingScroll.current = null;
      mark.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
  }, [ref, shownSelected, layouts]);

  useLayoutEffect(() => {
    const id = pendingFocus.current;
    if (id === null || id === shownSelected) return;
    const mark = findMarkElement(ref.current, id);
    // While another event is selected, a cluster holding it is not yet its mark: once selected, the
    // event leaves the cluster for a mark of its own. With none selected, the cluster is its mark.
    if (mark && (mark.dataset.eventIds === id || shownSelected === null)) {
      pendingFocus.current = null;
      mark.focus();
    }
  });

  return {
    focusWhenDrawn: (id) => {
      pendingFocus.current = id;
    },
    scrollWhenDrawn: (id) => {
      pendingScroll.current = id;
    },
  };
}

/** Selecting, stepping through the events in date order, and opening clusters: what the marks, the keys and the stepper do. */
function useTimelineNavigation(order: readonly string[], shownSelected: string | null, onSelect: (id: string | null) => void, focus: MarkFocus) {
  const [expanded, setExpanded] = useState<string | null>(null);

  /** `scroll` false: the mark is where the reader acted on it, in view already. */
  const select = (id: string | null, takeFocus = false, scroll = true) => {
    if (takeFocus && id !== null) focus.focusWhenDrawn(id);
    focus.scrollWhenDrawn(scroll ? id : null);
    setExpanded(null);
    onSelect(id);
  };

  /** Steps `by` from the selected event (from before the first, when none is). */
  const step = (by: 1 | -1, takeFocus = false) => {
    if (order.length === 0) return;
    const at = shownSelected !== null ? order.indexOf(shownSelected) : by > 0 ? -1 : order.length;
    const next = order[Math.min(order.length - 1, Math.max(0, at + by))];
    if (next !== undefined) select(next, takeFocus);
  };

  const closeCard = () => {
    if (shownSelected !== null) focus.focusWhenDrawn(shownSelected);
    select(null);
  };

  const onActivate = (m: TimelineMark) => {
    if (m.cluster) setExpanded((k) => (k === m.key ? null : m.key));
    else {
      const id = markEvent(m).id;
      // A click (or Enter) on a mark: no scrolling to it, which would lay the page out at once.
      select(id === shownSelected ? null : id, false, false);
    }
  };

  // The arrow keys do what Previous and Next do, and keep the focus on the marks.
  const onKeyDown = (m: TimelineMark, e: KeyboardEvent<SVGGElement>) => {
    const first = order[0];
    const last = order[order.length - 1];
    if (e.key === 'Enter' || e.key === ' ') onActivate(m);
    else if (e.key === 'Escape') {
      setExpanded(null);
      onSelect(null);
    } else if (e.key === 'ArrowRight' || e.key === 'ArrowDown') step(1, true);
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') step(-1, true);
    else if (e.key === 'Home' && first !== undefined) select(first, true);
    else if (e.key === 'End' && last !== undefined) select(last, true);
    else return;
    e.preventDefault();
  };

  return { expanded, select, step, closeCard, onActivate, onKeyDown };
}

/** Previous and Next, and the button that shows the events as a list. */
function TimelineTools({ lang, count, position, step, tableId, showList, onToggleList }: {
  lang: Lang;
  count: number;
  position: number;
  step: (by: 1 | -1) => void;
  tableId: string;
  showList: boolean;
  onToggleList: () => void;
}) {
  const t = MESSAGES[lang];
  return (
    <div className={styles.tools}>
      <div role="group" aria-label={t.eventStepper} className={styles.stepper}>
        {/* aria-disabled rather than disabled at either end, so that the focus stays on the button. */}
        <button type="button" className="pill-button" onClick={() => step(-1)} aria-disabled={count === 0 || position === 0}>
          ← {t.previousEvent}
        </button>
        <button type="button" className="pill-button" onClick={() => step(1)} aria-disabled={count === 0 || position === count - 1}>
          {t.nextEvent} →
        </button>
      </div>
      <button type="button" className={styles.listToggle} aria-expanded={showList} aria-controls={tableId} onClick={onToggleList}>
        {showList ? t.hideList : t.showList}
      </button>
    </div>
  );
}

/** The events an open cluster holds, each a button that selects it. */
function ClusterList({ id, mark, lang, onSelect }: { id: string; mark: TimelineMark; lang: Lang; onSelect: (id: string) => void }) {
  return (
    <div className={styles.clusterList} id={id} role="region" aria-label={MESSAGES[lang].clusterList(mark.events.length)}>
      <ul>
        {mark.events.map((e) => (
          <li key={e.id}>
            <button type="button" className="pill-button" onClick={() => onSelect(e.id)}>
              <strong>{e.short[lang]}</strong> — {formatEventDate(e.date, lang)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Where a mark is, in px from the frame's left edge, and the frame's width. */
interface MarkPlace {
  markX: number;
  width: number;
}

/**
 * The selected event's card: under its mark where there is room, at full width on a phone. Placed
 * from the mark in the band shown, measured when the card opens and when the frame resizes.
 */
function EventCard({ event, locate, sources, lang, onClose }: {
  event: TimelineEvent;
  locate: () => MarkPlace | null;
  sources: readonly Source[] | undefined;
  lang: Lang;
  onClose: () => void;
}) {
  const cardRef = useRef<HTMLDivElement>(null);
  const [beside, setBeside] = useState(false);
  useLayoutEffect(() => {
    const el = cardRef.current;
    if (!el) return;
    const place = () => {
      const at = locate();
      const { cardLeft, caretLeft, beside } = cardPlace(at);
      el.style.setProperty('--card-left', `${cardLeft}px`);
      el.style.setProperty('--caret-left', `${caretLeft}px`);
      setBeside(beside);
    };
    place();
    const frame = el.parentElement;
    if (!frame) return;
    const observer = new ResizeObserver(place);
    observer.observe(frame);
    return () => observer.disconnect();
  }, [locate, event]);
  return (
    <div
      ref={cardRef}
      className={beside ? `${styles.eventCard} ${styles.beside}` : styles.eventCard}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <EventDetail event={event} sources={sources} lang={lang} onClose={onClose} />
    </div>
  );
}

/** The card's left edge and its caret's, in px: beside the mark where the frame has room for it. */
function cardPlace(at: MarkPlace | null): { cardLeft: number; caretLeft: number; beside: boolean } {
  if (!at) return { cardLeft: 0, caretLeft: 0, beside: false };
  const { markX, width } = at;
  const beside = width >= CARD_WIDTH + 160;
  const cardLeft = beside ? Math.round(Math.min(Math.max(0, markX - 40), width - CARD_WIDTH)) : 0;
  const caretLeft = Math.round(Math.min(Math.max(12, markX - cardLeft), width - 12));
  return { cardLeft, caretLeft, beside };
}

/** The whole range as a thin strip, the stretch shown in detail outlined. Not drawn again on a selection. */
const OverviewStrip = memo(function OverviewStrip({ events, whole, shown, width, lang }: { events: readonly TimelineEvent[]; whole: [number, number]; shown: [number, number]; width: number; lang: Lang }) {
  const o = useMemo(() => layoutOverview(events, whole, shown, width), [events, whole, shown, width]);
  const { margin, dotY } = overviewDefaults;
  // Laid out at the band's design width, drawn as wide as the frame.
  const X = relativeUnits(width);
  return (
    <svg className="timeline-overview" width="100%" height={o.height} role="img" aria-label={MESSAGES[lang].overviewLabel(yearsText(shown), yearsText(whole))}>
      <rect className="overview-track" x={X(margin)} y={dotY - 6} width={X(Math.max(1, width - 2 * margin))} height={12} rx={6} />
      <rect className="overview-window" x={X(o.window.x1)} y={dotY - 9} width={X(o.window.x2 - o.window.x1)} height={18} rx={4} />
      {o.dots.map((d, i) => (
        <circle key={i} className={`overview-dot event--${d.kind}`} cx={X(d.x)} cy={dotY} r={2.5} />
      ))}
      {o.ends.map((e) => (
        <text key={e.anchor} x={X(e.x)} y={o.height - 4} textAnchor={e.anchor}>
          {e.text}
        </text>
      ))}
    </svg>
  );
});

let brushModules: Promise<[typeof import('d3-brush'), typeof import('d3-selection')]> | null = null;
const loadBrushModules = () => (brushModules ??= Promise.all([import('d3-brush'), import('d3-selection')]));

interface BrushableLayout {
  /** The width laid out for: the SVG may be drawn wider or narrower (positions in relative units). */
  width: number;
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
    const svg = g.ownerSVGElement;
    // Brushing is not needed to see the dashboard: it is loaded on the way to its first use.
    let detach: (() => void) | undefined;
    let cancelled = false;
    const attach = async () => {
      const [{ brushX }, { select }] = await loadBrushModules();
      if (cancelled) return;
      // Screen px per px of the layout, measured as the pointer arrives: the drawing is as wide as its frame.
      const drawn = svg?.getBoundingClientRect().width ?? 0;
      const k = drawn > 0 ? drawn / layout.width : 1;
      const brush = brushX<unknown>()
        .extent([
          [layout.plot.x1 * k, 0],
          [layout.plot.x2 * k, layout.height],
        ])
        .on('end', (event: { selection: [number, number] | null; sourceEvent?: unknown }) => {
          if (!event.selection || !event.sourceEvent) return;
          const { from, to } = yearsFromBrush(event.selection[0] / k, event.selection[1] / k, layout.yearAt);
          select(g).call((selection) => { brush.move(selection, null); });
          onBrushRef.current(from, to);
        });
      select(g).call(brush);
      detach = () => select(g).on('.brush', null).selectAll('*').remove();
    };
    // The brush is loaded when a pointer first comes over the timeline (a drag always starts
    // there), and fitted again to the drawing's width each time a pointer comes over it; once
    // loaded, it is attached at once to every new layout.
    const frame = svg?.parentElement ?? g;
    const onEnter = () => void attach();
    if (brushModules) void attach();
    frame.addEventListener('pointerenter', onEnter);
    return () => {
      cancelled = true;
      frame.removeEventListener('pointerenter', onEnter);
      detach?.();
    };
  }, [brushRef, layout]);
}

function DenseTimeline({ events, domain, selectedId, onSelect, onBrush, lang, sources, width }: TimelineProps & FrameProps) {
  // Colours are read from the stylesheet once per draw: a theme switch draws again.
  const themeVersion = useThemeVersion();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const brushRef = useRef<SVGGElement>(null);
  const t = MESSAGES[lang];
  const layout = useMemo(() => (width === null ? null : layoutDenseTimeline(events, width, domain, lang)), [events, width, domain, lang]);
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
  }, [events, layout, width, themeVersion]);

  // The selected event (from the link, the search or a card): its dot ringed, and its card below.
  const selectedAt = selectedId !== null ? events.findIndex((e) => e.id === selectedId) : -1;
  const selectedEvent = events[selectedAt];
  const locateSelected = useCallback((): MarkPlace | null => {
    const x = layout?.xs[selectedAt];
    return x === undefined || width === null ? null : { markX: x, width };
  }, [layout, selectedAt, width]);

  return (
    <>
      <p className={styles.denseNote}>{t.tooManyEvents(events.length, MAX_EVENT_BUTTONS)}</p>
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
            {selectedEvent && (
              <g className={`event event--${selectedEvent.kind} event--selected`} data-event-ids={selectedEvent.id}>
                <circle cx={layout.xs[selectedAt]} cy={layout.ys[selectedAt]} r={timelineDefaults.pointRadius} />
              </g>
            )}
            <g ref={brushRef} className="brush" />
          </svg>
        </div>
      )}
      {selectedEvent && <EventCard event={selectedEvent} locate={locateSelected} sources={sources} lang={lang} onClose={() => onSelect(null)} />}
    </>
  );
}

/** Gridlines over the lanes (years full height, months short), labelled below them. */
function YearAxis({ ticks, axisY }: { ticks: readonly { x: number; text: string; major: boolean }[]; axisY: number }) {
  return (
    <>
      {ticks.map((tick) => (
        <g key={`${tick.text}-${tick.x}`} className={tick.major ? 'tick' : 'tick tick--month'}>
          <line x1={tick.x} x2={tick.x} y1={tick.major ? 0 : axisY - 4} y2={axisY + (tick.major ? 0 : 4)} />
          <text x={tick.x} y={axisY + 16} textAnchor="middle">
            {tick.text}
          </text>
        </g>
      ))}
    </>
  );
}

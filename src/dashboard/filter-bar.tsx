import { useEarlyInput } from '../shared/use-early-input';
import { useLayoutEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { SECTOR_IDS } from '../data/ids';
import type { Lang, TimelineEvent } from '../data/schema';
import { clipped, TEXT_LIMITS } from '../data/bounds';
import { MESSAGES } from '../i18n/messages';
import { useDashboardStore } from '../state/filter-store';
import { SiteSearch } from '../search/site-search';
import styles from './filter-bar.module.css';

interface FilterBarProps {
  years: readonly number[];
  /** Title of the selected event, for its chip; undefined while events load or when none is selected. */
  eventTitle: string | undefined;
  /** The events the filters show, in date order: what Previous and Next step through. */
  events: readonly TimelineEvent[] | undefined;
}

/**
 * The one bar of controls: sectors, years, the active filters as chips and the selected event with
 * Previous and Next. It stays at the top of the window while the page scrolls (it keeps its place
 * in the page, so nothing moves when it sticks), and the page's scroll padding is its height, so
 * that nothing scrolled to or focused lands under it.
 */
export function FilterBar({ years, eventTitle, events }: FilterBarProps) {
  const { sectors, from, to, event, lang } = useDashboardStore(
    useShallow((s) => ({ sectors: s.sectors, from: s.from, to: s.to, event: s.event, lang: s.lang })),
  );
  const { toggleSector, clearSectors, setYears, selectEvent, clearAll } = useDashboardStore(
    useShallow((s) => ({
      toggleSector: s.toggleSector,
      clearSectors: s.clearSectors,
      setYears: s.setYears,
      selectEvent: s.selectEvent,
      clearAll: s.clearAll,
    })),
  );
  const t = MESSAGES[lang];
  const ref = useStickyHeight<HTMLElement>();
  const chips = [
    ...sectors.map((id) => ({ key: id, text: t.sectorNames[id], remove: () => toggleSector(id) })),
    ...(from !== null || to !== null ? [{ key: 'years', text: t.yearsChip(from, to), remove: () => setYears(null, null) }] : []),
    ...(event !== null ? [{ key: 'event', text: t.eventChip(clipped(eventTitle ?? event, TEXT_LIMITS.eventTitle)), remove: () => selectEvent(null) }] : []),
  ];

  return (
    <section className={styles.bar} aria-label={t.filters} ref={ref}>
      {/* sector-toggles, year-range: unstyled, stable names the benchmark finds the controls by. */}
      <div role="group" aria-label={t.sectors} className={`sector-toggles ${styles.sectorToggles}`}>
        <button type="button" className={`pill-button ${styles.toggle}`} aria-pressed={sectors.length === 0} onClick={clearSectors}>
          {t.allSectors}
        </button>
        {SECTOR_IDS.map((id) => (
          <button
            key={id}
            type="button"
            className={`pill-button ${styles.toggle}`}
            aria-pressed={sectors.includes(id)}
            onClick={() => toggleSector(id)}
          >
            {t.sectorNames[id]}
          </button>
        ))}
      </div>
      {/* The one search box, in the bar: at hand from any scroll position, like the filters. */}
      <SiteSearch place="bar" lang={lang} />
      {/* On a phone one row that scrolls sideways (the search's results hang below the bar, so it stays outside). */}
      <div className={styles.row}>
        <div role="group" aria-label={t.years} className={`year-range ${styles.yearRange}`}>
          <YearSelect label={t.fromYear} anyLabel={t.anyYear} years={years} value={from} onChange={(y) => setYears(y, to)} />
          <YearSelect label={t.toYear} anyLabel={t.anyYear} years={years} value={to} onChange={(y) => setYears(from, y)} />
        </div>
        <EventStepper events={events} selected={event} lang={lang} onSelect={selectEvent} />
        {/* Always there, on one line: the bar keeps its height whatever the filters. */}
        <div className={styles.chips}>
          {chips.length > 0 && (
            <>
            <ul aria-label={t.activeFilters}>
              {chips.map((chip) => (
                <li key={chip.key}>
                  <button type="button" className={styles.chip} aria-label={t.removeFilter(chip.text)} onClick={chip.remove}>
                    {chip.text} <span aria-hidden="true">×</span>
                  </button>
                </li>
              ))}
            </ul>
            <button type="button" className={`pill-button ${styles.clearAll}`} onClick={clearAll}>
              {t.clearAll}
            </button>
            </>
          )}
        </div>
      </div>
    </section>
  );
}

interface YearSelectProps {
  label: string;
  anyLabel: string;
  years: readonly number[];
  value: number | null;
  onChange: (year: number | null) => void;
}

function YearSelect({ label, anyLabel, years, value, onChange }: YearSelectProps) {
  const choose = (year: string) => onChange(year === '' ? null : Number(year));
  // A year chosen before the page hydrated is applied once it has.
  const select = useEarlyInput<HTMLSelectElement>(String(value ?? ''), choose);
  return (
    <label>
      {label}{' '}
      <select ref={select} value={value ?? ''} onChange={(e) => choose(e.target.value)}>
        <option value="">{anyLabel}</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * The selected event's place, and Previous and Next through the events the filters show (from
 * before the first when none is selected). At either end a button is marked unavailable rather
 * than disabled, so that the focus stays on it.
 */
function EventStepper({ events, selected, lang, onSelect }: {
  events: readonly TimelineEvent[] | undefined;
  selected: string | null;
  lang: Lang;
  onSelect: (id: string) => void;
}) {
  const t = MESSAGES[lang];
  const order = events ?? [];
  const at = selected !== null ? order.findIndex((e) => e.id === selected) : -1;
  const previous = at > 0 ? order[at - 1] : undefined;
  const next = at >= 0 ? order[at + 1] : selected === null ? order[0] : undefined;
  return (
    <div role="group" aria-label={t.selectedEventLabel} className={styles.eventStepper}>
      <button type="button" className={`pill-button ${styles.toggle}`} aria-label={t.previousEvent} aria-disabled={!previous} onClick={() => previous && onSelect(previous.id)}>
        ←
      </button>
      {/* The event's title is in its chip, beside. */}
      <span className={styles.eventStepperPlace}>{at >= 0 ? t.stickyEventOf(at + 1, order.length) : t.stickyNoEvent}</span>
      <button type="button" className={`pill-button ${styles.toggle}`} aria-label={t.nextEvent} aria-disabled={!next} onClick={() => next && onSelect(next.id)}>
        →
      </button>
    </div>
  );
}


/** Keeps the page's `--sticky-bar-height` (its scroll padding) at the element's height. */
function useStickyHeight<E extends HTMLElement>() {
  const ref = useRef<E>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => root.style.setProperty('--sticky-bar-height', `${Math.ceil(element.getBoundingClientRect().height)}px`));
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--sticky-bar-height');
    };
  }, []);
  return ref;
}

import { useDeferredValue, useMemo, useRef, useSyncExternalStore } from 'react';
import type { ChartExportFormat } from '../export';
import { useShallow } from 'zustand/react/shallow';
import { useEvents } from '../data/loaders/events-loader';
import type { Source } from '../data/schema';
import { MESSAGES } from '../i18n/messages';
import { useDashboardStore } from '../state/filter-store';
import { EventDetail } from '../timeline/event-detail';
import { Timeline } from '../timeline/timeline';
import { timelineDomain } from '../timeline/timeline-domain';
import { LoadError } from '../shared/load-error';
import { loadChunk } from '../shared/chunk-error';
import { visibleEvents } from './select';
import { uniqueEvents } from '../data/identity';
import { ExportMenu } from './export-menu';
import { currentTheme } from './theme';
import styles from './timeline-section.module.css';

const neverChanges = () => () => {};

/**
 * Label rows per lane over the whole range: few enough that every lane fits the first screen beside
 * the headline figures. A narrowed range spreads its events out, and gets the usual rows.
 */
const COMPACT_ROWS = 3;

export function TimelineSection({ file, sources }: { file: string; sources: readonly Source[] | undefined }) {
  const filters = useDashboardStore(useShallow((s) => ({ sectors: s.sectors, from: s.from, to: s.to, event: s.event, lang: s.lang })));
  // Like the cards, the timeline follows the controls in a render that input can interrupt.
  const { sectors, from, to, event, lang } = useDeferredValue(filters);
  const selectEvent = useDashboardStore((s) => s.selectEvent);
  const setYears = useDashboardStore((s) => s.setYears);
  const query = useEvents(file);
  const t = MESSAGES[lang];
  // Each event id once: a repeat is named above the charts, and never drawn as a second mark.
  const all = useMemo(() => (query.data ? uniqueEvents(query.data, file).unique : undefined), [query.data, file]);
  const shown = useMemo(() => (all ? visibleEvents(all, { sectors, from, to }) : []), [all, sectors, from, to]);
  const domain = useMemo(() => timelineDomain(all ?? [], from, to), [all, from, to]);
  const wholeDomain = useMemo(() => timelineDomain(all ?? [], null, null), [all]);
  const overview = useMemo(() => (all ? { events: all, domain: wholeDomain } : undefined), [all, wholeDomain]);
  const selected = all?.find((e) => e.id === event);
  const sectionRef = useRef<HTMLElement>(null);
  // Busy until it answers input: the build draws it, the browser hydrates it once the page is idle.
  const interactive = useSyncExternalStore(neverChanges, () => true, () => false);

  const onExport = async (format: ChartExportFormat): Promise<string> => {
    const { exportTimeline, eventsCsvOmissions } = await loadChunk(() => import('../export'));
    const view = { sources, lang, filters: useDashboardStore.getState(), link: window.location.href, rule: undefined, theme: currentTheme() };
    // The timeline's frame: its drawing (the band shown) is as wide as it.
    const width = sectionRef.current?.querySelector('.timeline-frame')?.getBoundingClientRect().width ?? 960;
    const fileName = await exportTimeline(format, { events: shown, all: all ?? shown, domain, selected }, view, Math.floor(width));
    if (fileName === null) return t.copied;
    // The status names the events the CSV lacks, as the file itself does.
    return [t.downloaded(fileName), ...(format === 'csv' ? eventsCsvOmissions(all ?? shown, shown, lang) : [])].join('. ');
  };

  return (
    // timeline-section, timeline-frame: unstyled, stable names the page's start, the tests and the benchmark find the timeline by.
    <section className={`timeline-section ${styles.section}`} aria-labelledby="timeline-heading" aria-busy={interactive ? undefined : true} ref={sectionRef}>
      <div className={styles.header}>
        <h2 id="timeline-heading">{t.timeline}</h2>
        {all && !query.isError && <p className={styles.count}>{t.eventsShown(shown.length, all.length)}</p>}
        {shown.length > 0 && <ExportMenu title={t.timeline} lang={lang} onExport={onExport} />}
      </div>
      <p className={styles.intro}>{t.timelineIntro}</p>
      {query.isError ? (
        <LoadError error={query.error} file={file} lang={lang} onRetry={() => void query.refetch()} />
      ) : !all ? (
        <p className="loading">{t.loading}</p>
      ) : (
        <>
          {shown.length === 0 ? (
            <p>{t.noEvents}</p>
          ) : (
            <Timeline
              events={shown}
              domain={domain}
              selectedId={event}
              onSelect={selectEvent}
              onBrush={setYears}
              lang={lang}
              sources={sources}
              overview={overview}
              maxRows={from === null && to === null ? COMPACT_ROWS : undefined}
            />
          )}
          {/* An event the filters hide keeps its card, without a mark to sit by. */}
          {selected && !shown.includes(selected) && <EventDetail event={selected} sources={sources} lang={lang} onClose={() => selectEvent(null)} />}
        </>
      )}
    </section>
  );
}

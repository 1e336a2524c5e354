import { useMemo } from 'react';
import { useElementWidth } from '../charts/use-element-width';
import type { Lang, TimelineEvent } from '../data/schema';
import { formatEventDate } from '../i18n/format';
import { MESSAGES } from '../i18n/messages';
import { layoutTimeline } from './timeline-layout';

interface TimelineProps {
  events: readonly TimelineEvent[];
  domain: [number, number];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  lang: Lang;
}

/** Events on lanes by kind. Each mark is a button named by the event's title and date. */
export function Timeline({ events, domain, selectedId, onSelect, lang }: TimelineProps) {
  const [ref, width] = useElementWidth<HTMLDivElement>(800);
  const t = MESSAGES[lang];
  const layout = useMemo(() => layoutTimeline(events, width, domain), [events, width, domain]);
  return (
    <div className="timeline-frame" ref={ref}>
      <svg className="timeline" width={width} height={layout.height} aria-label={t.timeline} role="group">
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
        {layout.marks.map((m) => {
          const selected = m.event.id === selectedId;
          const toggle = () => onSelect(selected ? null : m.event.id);
          return (
            <g
              key={m.event.id}
              role="button"
              tabIndex={0}
              aria-pressed={selected}
              aria-label={`${m.event.title[lang]} — ${formatEventDate(m.event.date, lang)}`}
              className={`event event--${m.event.kind}${selected ? ' event--selected' : ''}`}
              onClick={toggle}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  toggle();
                }
              }}
            >
              <title>{m.event.title[lang]}</title>
              {m.span ? (
                <rect x={m.x1} y={m.y - 6} width={m.x2 - m.x1} height={12} rx={6} />
              ) : (
                <circle cx={m.x} cy={m.y} r={7} />
              )}
            </g>
          );
        })}
      </svg>
    </div>
  );
}

/** Development gallery (`npm run dev`, then /gallery.html): every snapshot fixture, drawn live, and the labelled timeline at slide, desktop and phone widths. */
// The page-wide styles first, so that a component's module (imported below) comes after them.
import './styles/global.css';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ChartImage } from './charts/chart-image';
import { CHART_FIXTURES } from './charts/fixtures';
import { chartHeight } from './charts/kinds';
import { EventsFile, type TimelineEvent } from './data/schema';
import { TIMELINE_FIXTURES } from './timeline/fixtures';
import { TimelineImage } from './timeline/timeline-image';
import './fonts.css';
import cards from './dashboard/chart-card.module.css';
import styles from './gallery.module.css';

/** The checked-in events, fetched as the page fetches them (the drawing itself never fetches). */
function useRealEvents(): TimelineEvent[] | null {
  const [events, setEvents] = useState<TimelineEvent[] | null>(null);
  useEffect(() => {
    void fetch('data/events.json')
      .then((r) => r.json())
      .then((raw: unknown) => setEvents(EventsFile.parse(raw).events));
  }, []);
  return events;
}

function Gallery() {
  const events = useRealEvents();
  return (
    <main>
      <h1>Chart fixtures</h1>
      <div className={cards.grid}>
        {CHART_FIXTURES.map(({ name, series, width, lang, rule }) => (
          <article key={name} className={cards.card}>
            <h2>{name}</h2>
            <ChartImage
              kind={series.chart}
              records={series.records}
              size={{ width, height: chartHeight(series.chart, series.records.length) }}
              lang={lang}
              label={series.title[lang]}
              describedBy={`${name}-description`}
              rule={rule}
            />
            <p id={`${name}-description`}>{series.subtitle[lang]}</p>
          </article>
        ))}
      </div>
      <h1>Timeline</h1>
      {events &&
        TIMELINE_FIXTURES.map(({ name, width, lang, selectedId }) => (
        <section key={name} className="gallery-timeline">
          <h2>
            {name} ({width} px)
          </h2>
          <div className={styles.scroll}>
            <TimelineImage events={events} width={width} lang={lang} selectedId={selectedId} />
          </div>
        </section>
        ))}
    </main>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('the page has no #root element');

createRoot(root).render(
  <StrictMode>
    <Gallery />
  </StrictMode>,
);

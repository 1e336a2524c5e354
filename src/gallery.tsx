/** Development gallery (`npm run dev`, then /gallery.html): every snapshot fixture, drawn live. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ChartImage } from './charts/chart-image';
import { CHART_FIXTURES } from './charts/fixtures';
import { chartHeight } from './charts/kinds';
import './styles.css';

function Gallery() {
  return (
    <main>
      <h1>Chart fixtures</h1>
      <div className="card-grid">
        {CHART_FIXTURES.map(({ name, series, width, lang, rule }) => (
          <article key={name} className="card">
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

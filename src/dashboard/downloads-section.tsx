import type { Lang, SeriesFile } from '../data/schema';
import { formatEventDate } from '../i18n/format';
import { PAGE_MESSAGES } from '../i18n/page-messages';
import styles from './downloads-section.module.css';

interface DownloadsProps {
  series: readonly SeriesFile[];
  eventCount: number;
  /** The data files as the index names them, for the JSON list. */
  files: readonly string[];
  /** The day the data last changed (the index's, the newest of all files'). */
  updated: string;
  lang: Lang;
}

/** "Download all data": every figure and every event as CSV (written by the build), and the JSON files themselves. */
export function DownloadsSection({ series, eventCount, files, updated, lang }: DownloadsProps) {
  const t = PAGE_MESSAGES[lang];
  const figures = series.reduce((n, s) => n + s.records.length, 0);
  return (
    <section className={styles.downloads} aria-labelledby="downloads-heading">
      <h2 id="downloads-heading">{t.downloadsHeading}</h2>
      <p className="section-intro">{t.downloadsIntro(figures, eventCount)}</p>
      <p className={styles.updated}>{t.dataUpdated(formatEventDate({ precision: 'day', start: updated }, lang))}</p>
      <ul>
        <li>
          <a href={`downloads/figures-${lang}.csv`} download>
            {t.downloadFigures}
          </a>
        </li>
        <li>
          <a href={`downloads/events-${lang}.csv`} download>
            {t.downloadEvents}
          </a>
        </li>
        <li>
          <details>
            <summary>{t.downloadJson}</summary>
            <ul>
              {files.map((file) => (
                <li key={file}>
                  <a href={`data/${file}`} download>
                    {file}
                  </a>
                </li>
              ))}
            </ul>
          </details>
        </li>
      </ul>
    </section>
  );
}

import { Fragment, Suspense, useId, useState } from 'react';
import type { Lang, Source, ValueRecord } from '../data/schema';
import { describeFlags, readFigure } from '../i18n/format';
import { sourceLine } from '../i18n/figure-text';
import { MESSAGES } from '../i18n/messages';
import { TEXT_LIMITS } from '../data/bounds';
import { ClippedText } from '../shared/clipped-text';
import { componentOnFirstUse } from '../shared/deferred-section';
import { headlineFigure } from './headline-figure';
import type { CardView } from './use-dashboard-view';
import styles from './headline-figures.module.css';

// The same panel a chart's figure opens, loaded when first asked for.
const FigureProvenance = componentOnFirstUse(() => import('../charts/figure-provenance').then((m) => m.FigureProvenance));

/**
 * The figures the dashboard exists for, as key-figure tiles above everything else: the series the
 * index marks `headline`, each with its value, change, flags and source, and its provenance on
 * demand, over the years the filters leave.
 */
export function HeadlineFigures({ cards, sources, lang }: { cards: readonly CardView[]; sources: readonly Source[] | undefined; lang: Lang }) {
  const t = MESSAGES[lang];
  // Like the cards, the tiles follow the filters: a sector or years without them leave them out.
  const headlines = cards.filter((c) => c.entry.headline === true && c.shown);
  if (headlines.length === 0) return null;
  return (
    <section className={styles.figures} aria-labelledby="headline-heading">
      <h2 id="headline-heading" className="visually-hidden">
        {t.headlineFigures}
      </h2>
      <ul className={styles.list}>
        {headlines.map((c) => {
          // Another series' file is not drawn under this title (its card says why).
          const wrongFile = c.series !== undefined && c.series.id !== c.entry.id;
          return (
            <li key={c.entry.id}>
              <HeadlineTile
                title={c.entry.title[lang]}
                file={c.entry.file}
                failed={c.error !== null || wrongFile}
                records={c.series && !wrongFile ? c.records : undefined}
                sources={sources}
                lang={lang}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

interface HeadlineTileProps {
  title: string;
  file: string;
  /** Its series could not be loaded: the tile says so (its card says why and offers to retry). */
  failed: boolean;
  records: readonly ValueRecord[] | undefined;
  sources: readonly Source[] | undefined;
  lang: Lang;
}

function HeadlineTile({ title, file, failed, records, sources, lang }: HeadlineTileProps) {
  const t = MESSAGES[lang];
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const headingId = useId();
  const figure = records ? headlineFigure(records) : undefined;
  const flags = figure ? [...new Set([...(figure.first?.flags ?? []), ...figure.last.flags])] : [];
  const shown = figure ? [figure.first, figure.last].filter((r) => r !== undefined) : [];
  return (
    <article className={styles.tile} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {/* Cut as the card cuts it, the whole in a tooltip: a title without spaces never widens the page. */}
        <ClippedText text={title} max={TEXT_LIMITS.title} />
      </h3>
      {!records || !figure ? (
        failed && !records ? (
          <p className="headline-failed">{t.loadFailed(file)}</p>
        ) : (
          <p className="loading">{t.loading}</p>
        )
      ) : (
        <>
          <p className={styles.value}>
            {shown.map((r, i) => (
              <Fragment key={i}>
                {/* The line may break between the two figures, never inside one. */}
                {i > 0 && ' '}
                <span className={styles.step}>
                  {i > 0 && <span aria-hidden="true">→ </span>}
                  <strong>{readFigure(r, lang)}</strong>
                  {r.year !== undefined && <small> {r.year}</small>}
                </span>
              </Fragment>
            ))}
          </p>
          {(figure.change || flags.length > 0) && (
            <p className={styles.change}>
              {figure.change && (
                <span title={t.headlineChangeNote}>
                  {t.headlineChange(figure.change.kind, figure.change.by)}
                  <span className="visually-hidden"> ({t.headlineChangeNote})</span>
                </span>
              )}
              {figure.change && flags.length > 0 && ' · '}
              {flags.length > 0 && (
                <span>
                  {t.flagsLabel}: {describeFlags(flags, lang)}
                </span>
              )}
            </p>
          )}
          {/* The source line opens the figures' provenance. */}
          <p className={`source-line ${styles.source}`}>
            <button type="button" className={styles.more} aria-describedby={headingId} aria-expanded={open} aria-controls={open ? panelId : undefined} onClick={() => setOpen((o) => !o)}>
              {sourceLine(records, sources, lang)}
            </button>
          </p>
          {open && (
            <div id={panelId} className={styles.provenance} role="region" aria-label={t.figureSourceTitle}>
              <Suspense fallback={<p className="loading">{t.loading}</p>}>
                {shown.map((r, i) => (
                  <FigureProvenance key={i} record={r} sources={sources} lang={lang} />
                ))}
              </Suspense>
            </div>
          )}
        </>
      )}
    </article>
  );
}

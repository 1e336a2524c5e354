import { memo, type ComponentProps, type CSSProperties, type RefObject } from 'react';
import type { Lang, Source } from '../data/schema';
import { MESSAGES } from '../i18n/messages';
import { useDashboardStore } from '../state/filter-store';
import { CardErrorBoundary } from './card-error-boundary';
import { ChartCard } from './chart-card';
import { DeckButton, type DeckView } from './deck-button';
import { DEFER_DRAWING_OVER, isTile, sectionsBySector } from './select';
import type { CardView } from './use-dashboard-view';
import styles from './chart-card.module.css';

interface ChartGridProps {
  /** Every card, in its order in the index, each saying whether the filters show it; drawn in a section per sector. */
  cards: readonly CardView[];
  /** Every series in the index. */
  total: number;
  sources: readonly Source[] | undefined;
  sourcesFile: string;
  /** The selected event's rule and the timeline as shown, for the deck: read when it is made. */
  deckView: RefObject<DeckView>;
  lang: Lang;
  onRetry: (file: string) => void;
}

/**
 * A card in the grid, in its error boundary: memoised on the card's own values, so that a filter
 * renders nothing of a card it leaves as it was (each filter makes every card's view afresh, with
 * the same values).
 */
const GridCard = memo(function GridCard(props: ComponentProps<typeof ChartCard>) {
  return (
    <CardErrorBoundary title={props.entry.title[props.lang]} lang={props.lang}>
      <ChartCard {...props} />
    </CardErrorBoundary>
  );
});

export function ChartGrid({ cards: all, total, sources, sourcesFile, deckView, lang, onRetry }: ChartGridProps) {
  const clearAll = useDashboardStore((s) => s.clearAll);
  const t = MESSAGES[lang];
  const sections = sectionsBySector(all);
  // The deck follows the page: section by section, in the order the cards are drawn.
  const cards = sections.flatMap((section) => section.cards.filter((c) => c.shown));
  const drawn = cards.flatMap(({ series, records }) => (series ? [{ series, records }] : []));
  const failed = cards.filter((c) => !c.series && c.error);
  return (
    <section className="charts" aria-labelledby="charts-heading">
      <div className={styles.chartsHeader}>
        <h2 id="charts-heading">{t.chartsShown(drawn.length, total, failed.length)}</h2>
        <DeckButton
          charts={drawn}
          leftOut={failed.map((c) => c.entry.title[lang])}
          sources={sources}
          deckView={deckView}
          lang={lang}
        />
      </div>
      {cards.length === 0 && (
        <div>
          <p>{t.noCharts}</p>
          <button type="button" className="pill-button" onClick={clearAll}>
            {t.clearAll}
          </button>
        </div>
      )}
      {/* sector-sections: an unstyled, stable name the end-to-end tests find the sections by. */}
      <div className={`sector-sections ${styles.sections}`} hidden={cards.length === 0}>
        {sections.map((section) => (
          <section
            key={section.sector}
            className={styles.section}
            aria-labelledby={`sector-${section.sector}`}
            hidden={!section.cards.some((c) => c.shown)}
            style={{ '--section-columns': section.columns } as CSSProperties}
          >
            <h2 id={`sector-${section.sector}`}>{t.sectorNames[section.sector]}</h2>
            <div className={`card-grid ${styles.grid}`}>
              {section.cards.map((card) => (
                <GridCard
                  key={card.entry.id}
                  entry={card.entry}
                  series={card.series}
                  error={card.error}
                  records={card.records}
                  onRetry={onRetry}
                  sources={sources}
                  sourcesFile={sourcesFile}
                  lang={lang}
                  hidden={!card.shown}
                  deferDrawing={all.length > DEFER_DRAWING_OVER}
                  tile={isTile(card)}
                />
              ))}
            </div>
          </section>
        ))}
      </div>
    </section>
  );
}

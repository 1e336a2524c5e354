import type { Lang, Source, ValueRecord } from '../data/schema';
import { citeChart } from '../i18n/citation';
import { describeRecord } from '../i18n/figure-text';
import { PAGE_MESSAGES } from '../i18n/page-messages';
import { quoteFor } from '../i18n/quote';
import { CopyField } from '../shared/copy-field';
import { useDetailsOpen } from '../shared/use-details-open';
import { chartPagePath } from '../shared/site-paths';

/** "Cite this figure": the figure, its sentence and its article, from the chart's own page. Made when opened. */
export function FigureCitation({ record, sources, lang }: { record: ValueRecord; sources: readonly Source[] | undefined; lang: Lang }) {
  const t = PAGE_MESSAGES[lang];
  const { ref, open, onToggle } = useDetailsOpen();
  return (
    <details className="cite-figure" ref={ref} onToggle={onToggle}>
      <summary>{t.citeFigure}</summary>
      {open &&
        record.citations.map((c, i) => {
          const source = sources?.find((s) => s.id === c.source);
          const citation = citeChart(
            {
              title: describeRecord(record, lang),
              url: new URL(chartPagePath(record.series, lang), document.baseURI).href,
              accessed: new Date(),
              sources: source ? [source] : [],
              lang,
              quote: quoteFor(c, lang).text,
            },
            `${record.series}-${String(record.year ?? '')}-${String(i + 1)}`,
          );
          return (
            <div key={i}>
              <CopyField label={t.citePlain} text={citation.plain} lang={lang} rows={4} />
              <CopyField label={t.citeBibtex} text={citation.bibtex} lang={lang} rows={5} />
            </div>
          );
        })}
    </details>
  );
}

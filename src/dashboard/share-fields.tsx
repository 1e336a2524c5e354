import { chartHeight } from '../charts/kinds';
import { citeChart } from '../i18n/citation';
import { citedSourceIds } from '../i18n/figure-text';
import { PAGE_MESSAGES } from '../i18n/page-messages';
import { CopyField } from '../shared/copy-field';
import { chartPagePath, embedPagePath } from '../shared/site-paths';
import type { ShareProps } from './share-dialog';
import styles from './share-fields.module.css';

/** What the embed page draws around its chart (title, subtitle, legend, source, link), in px at a column's width. */
const EMBED_CHROME_HEIGHT = 240;

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The `<iframe>` an article pastes: full width, as tall as the chart and its frame need. */
export function embedSnippet(embedUrl: string, title: string, height: number): string {
  return `<iframe src="${escapeAttribute(embedUrl)}" title="${escapeAttribute(title)}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

export function ShareFields({ series, records, sources, lang, withViewLink }: ShareProps) {
  const t = PAGE_MESSAGES[lang];
  const title = series.title[lang];
  const chartUrl = new URL(chartPagePath(series.id, lang), document.baseURI).href;
  const embedUrl = new URL(embedPagePath(series.id, lang), document.baseURI).href;
  const cited = citedSourceIds(records).flatMap((id) => sources?.filter((s) => s.id === id) ?? []);
  const citation = citeChart({ title, url: chartUrl, accessed: new Date(), sources: cited, lang }, series.id);
  return (
    <>
      <CopyField label={t.chartLink} text={chartUrl} lang={lang} rows={1} />
      {withViewLink && <CopyField label={t.viewLink} text={window.location.href} lang={lang} rows={1} />}
      <h3>{t.embed}</h3>
      <p className={styles.help}>{t.embedHelp}</p>
      <CopyField label={t.embed} text={embedSnippet(embedUrl, title, chartHeight(series.chart, records.length) + EMBED_CHROME_HEIGHT)} lang={lang} rows={3} />
      <h3>{t.cite}</h3>
      <CopyField label={t.citePlain} text={citation.plain} lang={lang} rows={4} />
      <CopyField label={t.citeBibtex} text={citation.bibtex} lang={lang} rows={6} />
    </>
  );
}

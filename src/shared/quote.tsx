import type { Citation, Lang } from '../data/schema';
import { MESSAGES } from '../i18n/messages';
import { quoteFor } from '../i18n/quote';
import styles from './quote.module.css';

/** A source's words in the reader's language where the article has them, always labelled with their language, the original one step away. */
export function Quote({ citation, lang, caption }: { citation: Citation; lang: Lang; caption: React.ReactNode }) {
  const t = MESSAGES[lang];
  const shown = quoteFor(citation, lang);
  return (
    <figure className={styles.quote}>
      <blockquote lang={shown.lang}>“{shown.text}”</blockquote>
      <figcaption>
        <span className="quote-lang">{shown.isOriginal ? t.quoteOriginal(shown.lang) : t.quoteTranslation(shown.lang)}</span> · {caption}
      </figcaption>
      {shown.original && (
        <details className="quote-original">
          <summary>{t.quoteOriginal(shown.original.lang)}</summary>
          <blockquote lang={shown.original.lang}>“{shown.original.text}”</blockquote>
        </details>
      )}
    </figure>
  );
}

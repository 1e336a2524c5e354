import type { ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import type { Lang } from '../data/schema';
import { MESSAGES } from '../i18n/messages';
import { isChunkLoadError } from '../shared/chunk-error';
import { ChunkReload } from '../shared/chunk-reload';
import errors from '../shared/load-error.module.css';
import styles from './chart-card.module.css';

/**
 * A fault while drawing one card stays in that card, says what it was, and offers to try again.
 * Code that did not load (the page is older than the deploy) asks for a reload instead: trying
 * again would ask for the same missing file.
 */
export function CardErrorBoundary({ title, lang, children }: { title: string; lang: Lang; children: ReactNode }) {
  const t = MESSAGES[lang];
  const fallback = ({ error, resetErrorBoundary }: FallbackProps) => (
    <article className={`card ${styles.card}`} aria-label={title}>
      <h3>{title}</h3>
      {isChunkLoadError(error) ? (
        <ChunkReload lang={lang} />
      ) : (
        <div className={errors.error} role="alert">
          <p>
            <strong>{t.drawFailed}</strong>
          </p>
          <p>{error instanceof Error ? error.message : String(error)}</p>
          <button type="button" className={errors.retry} onClick={resetErrorBoundary}>
            {t.retry}
          </button>
        </div>
      )}
    </article>
  );
  return <ErrorBoundary fallbackRender={fallback}>{children}</ErrorBoundary>;
}

import { Component, type ReactNode } from 'react';
import type { Lang } from '../data/schema';
import { MESSAGES } from '../i18n/messages';
import { isChunkLoadError } from './chunk-error';
import styles from './load-error.module.css';

/**
 * Says, where the reader acted, that this part of the page changed since it loaded; offers a
 * reload. `buttonClass` gives the Reload button the look of the actions it stands among.
 */
export function ChunkReload({ lang, reload = () => window.location.reload(), buttonClass = 'pill-button' }: { lang: Lang; reload?: () => void; buttonClass?: string | undefined }) {
  const t = MESSAGES[lang];
  return (
    <div className={`chunk-reload ${styles.error}`} role="alert">
      <p>{t.partUpdated}</p>
      <button type="button" className={buttonClass} onClick={reload}>
        {t.reloadPage}
      </button>
    </div>
  );
}

interface ChunkBoundaryProps {
  lang: Lang;
  /** The Reload button's look, where it stands among other actions. */
  buttonClass?: string | undefined;
  children: ReactNode;
}

/**
 * Catches a part's code that did not load (a lazy component) and shows `ChunkReload` in its
 * place; any other fault goes on to the boundary above, as if this one were not there.
 */
export class ChunkBoundary extends Component<ChunkBoundaryProps, { error: { caught: unknown } | null }> {
  override state: { error: { caught: unknown } | null } = { error: null };

  static getDerivedStateFromError(caught: unknown): { error: { caught: unknown } } {
    return { error: { caught } };
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    // Thrown again from here, the fault reaches the boundary above.
    if (!isChunkLoadError(error.caught)) throw error.caught;
    return <ChunkReload lang={this.props.lang} buttonClass={this.props.buttonClass} />;
  }
}

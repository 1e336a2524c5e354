import type { Lang } from '../data/schema';
import { DataFileError } from '../data/problems';
import { MESSAGES } from '../i18n/messages';
import styles from './load-error.module.css';

/** Why a data file could not be shown, in the reader's words, with a way to try again. */
export function LoadError({ error, file, lang, onRetry }: { error: Error; file: string; lang: Lang; onRetry: () => void }) {
  const t = MESSAGES[lang];
  const problems = error instanceof DataFileError ? error.problemsIn(lang) : [error.message];
  return (
    <div className={styles.error} role="alert">
      <p>
        <strong>{t.loadFailed(error instanceof DataFileError ? error.file : file)}</strong>
      </p>
      <ul>
        {problems.slice(0, 5).map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
      <button type="button" className="pill-button" onClick={onRetry}>
        {t.retry}
      </button>
    </div>
  );
}

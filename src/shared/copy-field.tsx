import { useId, useState } from 'react';
import type { Lang } from '../data/schema';
import { PAGE_MESSAGES } from '../i18n/page-messages';
import buttons from './action-button.module.css';
import styles from './copy-field.module.css';

/** A text to copy (a link, a snippet, a citation): shown whole, selectable, with a Copy button that says how it went. */
export function CopyField({ label, text, lang, rows = 2, code = false }: { label: string; text: string; lang: Lang; rows?: number; /** Lines of code: kept whole, in a monospace face. */ code?: boolean }) {
  const t = PAGE_MESSAGES[lang];
  const id = useId();
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t.copiedIt);
    } catch {
      setStatus(t.copyFailed);
    }
  };
  return (
    <div className={code ? `${styles.field} ${styles.code}` : styles.field}>
      <label htmlFor={id}>{label}</label>
      <textarea id={id} readOnly rows={rows} value={text} onFocus={(e) => e.currentTarget.select()} />
      <button type="button" className={buttons.action} onClick={() => void copy()} aria-describedby={id}>
        {t.copy}
      </button>
      <span className={styles.status} role="status">
        {status}
      </span>
    </div>
  );
}

import { useState } from 'react';
import type { ChartExportFormat } from '../export';
import type { Lang } from '../data/schema';
import { MESSAGES } from '../i18n/messages';
import { isChunkLoadError } from '../shared/chunk-error';
import { ChunkReload } from '../shared/chunk-reload';
import { useMenuButton } from '../shared/use-menu-button';
import buttons from '../shared/action-button.module.css';
import styles from './export-menu.module.css';

const FORMATS: ChartExportFormat[] = ['png-slide', 'png-2x', 'svg', 'clipboard', 'csv'];

interface ExportMenuProps {
  title: string;
  lang: Lang;
  /** Runs the export; resolves with the message to announce, or throws what went wrong. */
  onExport: (format: ChartExportFormat) => Promise<string>;
}

type Outcome = { kind: 'ok' | 'error'; text: string } | { kind: 'stale' } | null;

/** The card's Export menu, keyboard-operable as a menu button; the outcome is announced in the card. */
export function ExportMenu({ title, lang, onExport }: ExportMenuProps) {
  const t = MESSAGES[lang];
  const menu = useMenuButton();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  const run = async (format: ChartExportFormat) => {
    menu.close();
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome({ kind: 'ok', text: await onExport(format) });
    } catch (error) {
      // The export code is gone from the server: a reload, not a retry, brings it back.
      if (isChunkLoadError(error)) {
        setOutcome({ kind: 'stale' });
        return;
      }
      // The browser's own words, without a closing full stop: the message adds its own.
      const reason = (error instanceof Error ? error.message : String(error)).replace(/[.\s]+$/, '');
      setOutcome({ kind: 'error', text: format === 'clipboard' ? t.copyFailed(reason) : t.exportFailed(reason) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.menu}>
      <button type="button" className={buttons.action} aria-label={t.exportMenuLabel(title)} aria-busy={busy} {...menu.buttonProps}>
        {t.exportMenu} ▾
      </button>
      {menu.open && (
        <ul aria-label={t.exportMenuLabel(title)} className={styles.items} {...menu.menuProps}>
          {FORMATS.map((format) => (
            <li key={format} role="none">
              <button type="button" role="menuitem" tabIndex={-1} onClick={() => void run(format)}>
                {t.exportItems[format]}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className={styles.outcome} role="status">
        {outcome?.kind === 'ok' ? outcome.text : ''}
      </p>
      {outcome?.kind === 'stale' && <ChunkReload lang={lang} />}
      {outcome?.kind === 'error' && (
        <p className={`${styles.outcome} ${styles.error}`} role="alert">
          {outcome.text}
        </p>
      )}
    </div>
  );
}

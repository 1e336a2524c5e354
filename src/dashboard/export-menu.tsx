import { useEffect, useId, useRef, useState } from 'react';
import type { ChartExportFormat } from '../export';
import type { Lang } from '../data/schema';
import { MESSAGES } from '../i18n/messages';

const FORMATS: ChartExportFormat[] = ['png-slide', 'png-2x', 'svg', 'clipboard', 'csv'];

interface ExportMenuProps {
  title: string;
  lang: Lang;
  /** Runs the export; resolves with the message to announce, or throws what went wrong. */
  onExport: (format: ChartExportFormat) => Promise<string>;
}

type Outcome = { kind: 'ok' | 'error'; text: string } | null;

/**
 * A menu button (WAI-ARIA pattern): Enter, Space or Arrow Down open it on the first item, arrows
 * move, Escape closes and returns focus to the button. The outcome is announced in the card.
 */
export function ExportMenu({ title, lang, onExport }: ExportMenuProps) {
  const t = MESSAGES[lang];
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const menuId = useId();

  const items = () => [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  const focusItem = (index: number) => {
    const all = items();
    all[(index + all.length) % all.length]?.focus();
  };

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onPointerDown = (e: PointerEvent) => {
      if (!menuRef.current?.contains(e.target as Node) && e.target !== buttonRef.current) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const run = async (format: ChartExportFormat) => {
    setOpen(false);
    buttonRef.current?.focus();
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome({ kind: 'ok', text: await onExport(format) });
    } catch (error) {
      // The browser's own words, without a closing full stop: the message adds its own.
      const reason = (error instanceof Error ? error.message : String(error)).replace(/[.\s]+$/, '');
      setOutcome({ kind: 'error', text: format === 'clipboard' ? t.copyFailed(reason) : t.exportFailed(reason) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export-menu">
      <button
        ref={buttonRef}
        type="button"
        className="export-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={t.exportMenuLabel(title)}
        aria-busy={busy}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        {t.exportMenu} ▾
      </button>
      {open && (
        <ul
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={t.exportMenuLabel(title)}
          className="export-items"
          onKeyDown={(e) => {
            const at = items().indexOf(document.activeElement as HTMLElement);
            if (e.key === 'ArrowDown') focusItem(at + 1);
            else if (e.key === 'ArrowUp') focusItem(at - 1);
            else if (e.key === 'Home') focusItem(0);
            else if (e.key === 'End') focusItem(-1);
            else if (e.key === 'Escape') {
              setOpen(false);
              buttonRef.current?.focus();
            } else if (e.key === 'Tab') setOpen(false);
            else return;
            e.preventDefault();
          }}
        >
          {FORMATS.map((format) => (
            <li key={format} role="none">
              <button type="button" role="menuitem" tabIndex={-1} onClick={() => void run(format)}>
                {t.exportItems[format]}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="export-outcome" role="status">
        {outcome?.kind === 'ok' ? outcome.text : ''}
      </p>
      {outcome?.kind === 'error' && (
        <p className="export-outcome export-outcome--error" role="alert">
          {outcome.text}
        </p>
      )}
    </div>
  );
}

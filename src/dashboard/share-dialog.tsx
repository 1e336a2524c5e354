import { lazy, memo, Suspense, useEffect, useId, useRef, useState } from 'react';
import type { Lang, SeriesFile, Source, ValueRecord } from '../data/schema';
import { MESSAGES } from '../i18n/messages';
import { PAGE_MESSAGES } from '../i18n/page-messages';
import { loadChunk } from '../shared/chunk-error';
import { ChunkBoundary } from '../shared/chunk-reload';
import buttons from '../shared/action-button.module.css';
import styles from './share-dialog.module.css';

// Links, snippet and citation are made when the dialog first opens: the first load does not carry them.
// Should their code be gone (the site was deployed again since the page loaded), the dialog says so.
const ShareFields = lazy(() => loadChunk(() => import('./share-fields')).then((m) => ({ default: m.ShareFields })));

export interface ShareProps {
  series: SeriesFile;
  records: readonly ValueRecord[];
  sources: readonly Source[] | undefined;
  lang: Lang;
  /** On the dashboard, the link to the view as filtered is offered too. */
  withViewLink: boolean;
}

/**
 * The Share button and its dialog: links, the embed snippet and the citation, each with a Copy
 * button. The dialog is in the page only while open: a card that is not being shared carries the
 * button alone.
 */
export const ShareButton = memo(function ShareButton(props: ShareProps) {
  const t = PAGE_MESSAGES[props.lang];
  const [open, setOpen] = useState(false);
  const title = props.series.title[props.lang];
  return (
    <>
      <button type="button" className={buttons.action} aria-haspopup="dialog" aria-label={t.shareTitle(title)} onClick={() => setOpen(true)}>
        {t.share}
      </button>
      {open && <ShareDialog {...props} title={title} onClosed={() => setOpen(false)} />}
    </>
  );
});

function ShareDialog({ title, onClosed, ...props }: ShareProps & { title: string; onClosed: () => void }) {
  const t = PAGE_MESSAGES[props.lang];
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  // Opened as a modal once in the page; closing it (Close, Escape) takes it out again.
  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);
  return (
    <dialog ref={dialog} className={styles.dialog} aria-labelledby={headingId} onClose={onClosed}>
      <div className={styles.header}>
        <h2 id={headingId}>{t.shareTitle(title)}</h2>
        <button type="button" className={buttons.action} onClick={() => dialog.current?.close()}>
          {t.close}
        </button>
      </div>
      <ChunkBoundary lang={props.lang} buttonClass={buttons.action}>
        <Suspense fallback={<p className="loading">{MESSAGES[props.lang].loading}</p>}>
          <ShareFields {...props} />
        </Suspense>
      </ChunkBoundary>
    </dialog>
  );
}

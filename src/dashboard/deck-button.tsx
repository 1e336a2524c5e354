import { useId, useState, type RefObject } from 'react';
import type { RuleInput } from '../charts/event-rule';
import type { TimelineView } from '../export';
import type { Lang, SeriesFile, Source, ValueRecord } from '../data/schema';
import { MESSAGES } from '../i18n/messages';
import { isChunkLoadError, loadChunk } from '../shared/chunk-error';
import { ChunkReload } from '../shared/chunk-reload';
import { useDashboardStore } from '../state/filter-store';
import buttons from '../shared/action-button.module.css';
import styles from './deck-button.module.css';

interface DeckButtonProps {
  /** The charts shown under the current filters, in their order on the page. */
  charts: { series: SeriesFile; records: readonly ValueRecord[] }[];
  /** Titles of the charts the filters show that could not be loaded: the deck and its message name them. */
  leftOut: string[];
  sources: readonly Source[] | undefined;
  /** Read when the deck is made. */
  deckView: RefObject<DeckView>;
  lang: Lang;
}

/** What the deck draws besides the charts: the selected event's rule, and the timeline as shown. */
export interface DeckView {
  rule: RuleInput | undefined;
  timeline: TimelineView | undefined;
}

/** Writes a .pptx of the charts shown: the deck code is loaded only when asked for. */
export function DeckButton({ charts, leftOut, sources, deckView, lang }: DeckButtonProps) {
  const reasonId = useId();
  const t = MESSAGES[lang];
  const [state, setState] = useState<{ kind: 'busy' | 'ok' | 'error' | 'stale'; text: string } | null>(null);

  const onClick = async () => {
    setState({ kind: 'busy', text: t.buildingDeck });
    try {
      const { exportDeck } = await loadChunk(() => import('../export'));
      const { rule, timeline } = deckView.current;
      const view = { sources, lang, filters: useDashboardStore.getState(), link: window.location.href, rule, theme: 'light' as const };
      const fileName = await exportDeck(charts, view, timeline, leftOut);
      setState({ kind: 'ok', text: [t.downloaded(fileName), ...(leftOut.length > 0 ? [t.deckLeavesOut(leftOut.join('; '))] : [])].join('. ') });
    } catch (error) {
      // The deck code is gone from the server: a reload, not a retry, brings it back.
      if (isChunkLoadError(error)) setState({ kind: 'stale', text: '' });
      else setState({ kind: 'error', text: t.exportFailed(error instanceof Error ? error.message : String(error)) });
    }
  };

  return (
    // deck-export: an unstyled, stable name the end-to-end tests find the deck's controls by.
    <div className={`deck-export ${styles.deck}`}>
      <button
        type="button"
        className={buttons.action}
        onClick={() => void onClick()}
        disabled={state?.kind === 'busy' || charts.length === 0}
        aria-describedby={charts.length === 0 ? reasonId : undefined}
      >
        {t.exportDeck}
      </button>
      {charts.length === 0 && (
        <span id={reasonId} className="deck-reason">
          {t.deckNothingToExport}
        </span>
      )}
      <span role="status">{state && state.kind !== 'error' ? state.text : ''}</span>
      {state?.kind === 'stale' && <ChunkReload lang={lang} buttonClass={buttons.action} />}
      {state?.kind === 'error' && <span role="alert">{state.text}</span>}
    </div>
  );
}

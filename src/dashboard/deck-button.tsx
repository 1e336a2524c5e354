import { useState } from 'react';
import type { RuleInput } from '../charts/event-rule';
import type { TimelineView } from '../export';
import type { Lang, SeriesFile, Source, ValueRecord } from '../data/schema';
import { MESSAGES } from '../i18n/messages';
import { useDashboardStore } from '../state/filter-store';

interface DeckButtonProps {
  /** The charts shown under the current filters, in their order on the page. */
  charts: { series: SeriesFile; records: readonly ValueRecord[] }[];
  sources: readonly Source[] | undefined;
  rule: RuleInput | undefined;
  timeline: TimelineView | undefined;
  lang: Lang;
}

/** Writes a .pptx of the charts shown: the deck code is loaded only when asked for. */
export function DeckButton({ charts, sources, rule, timeline, lang }: DeckButtonProps) {
  const t = MESSAGES[lang];
  const [state, setState] = useState<{ kind: 'busy' | 'ok' | 'error'; text: string } | null>(null);

  const onClick = async () => {
    setState({ kind: 'busy', text: t.buildingDeck });
    try {
      const { exportDeck } = await import('../export');
      const view = { sources, lang, filters: useDashboardStore.getState(), link: window.location.href, rule, theme: 'light' as const };
      const fileName = await exportDeck(charts, view, timeline);
      setState({ kind: 'ok', text: t.downloaded(fileName) });
    } catch (error) {
      setState({ kind: 'error', text: t.exportFailed(error instanceof Error ? error.message : String(error)) });
    }
  };

  return (
    <div className="deck-export">
      <button type="button" onClick={() => void onClick()} disabled={state?.kind === 'busy' || charts.length === 0}>
        {t.exportDeck}
      </button>
      <span role="status">{state && state.kind !== 'error' ? state.text : ''}</span>
      {state?.kind === 'error' && <span role="alert">{state.text}</span>}
    </div>
  );
}

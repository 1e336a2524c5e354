import { useState } from 'react';
import type { RuleInput } from '../charts/event-rule';
import { sourceLine } from '../i18n/source-line';
import type { Lang, SeriesFile, Source, ValueRecord } from '../data/schema';
import { deckFileName } from '../export/file-names';
import { MESSAGES } from '../i18n/messages';
import { useDashboardStore } from '../state/filter-store';
import { chartExportInput, describeFilters, quoteNotes } from './export-input';

interface DeckButtonProps {
  /** The charts shown under the current filters, in their order on the page. */
  charts: { series: SeriesFile; records: readonly ValueRecord[] }[];
  sources: readonly Source[] | undefined;
  rule: RuleInput | undefined;
  lang: Lang;
}

/** Writes a .pptx of the charts shown: the deck code is loaded only when asked for. */
export function DeckButton({ charts, sources, rule, lang }: DeckButtonProps) {
  const t = MESSAGES[lang];
  const [state, setState] = useState<{ kind: 'busy' | 'ok' | 'error'; text: string } | null>(null);

  const onClick = async () => {
    setState({ kind: 'busy', text: t.buildingDeck });
    try {
      const { exportDeck } = await import('../export');
      const filters = useDashboardStore.getState();
      const link = window.location.href;
      const fileName = deckFileName(filters);
      await exportDeck(
        {
          title: t.appTitle,
          filters: describeFilters(filters, lang),
          link,
          sources: sources ?? [],
          labels: { sources: t.sources, filters: t.filtersLabel, link: t.linkLabel },
          lang,
          charts: charts.map(({ series, records }) => ({
            ...chartExportInput({ series, records, sources, lang, filters, link, rule, cardWidth: 480 }),
            sourceLine: sourceLine(records, sources, lang),
            notes: quoteNotes(records, sources, lang),
          })),
        },
        fileName,
      );
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

import { describe, expect, it } from 'vitest';
import { makeEvent } from '../test-support/fixtures';
import { movedSummary } from './deck';

const r1 = makeEvent('deepseek-r1', { precision: 'month', start: '2025-01' }, {
  moved: [
    { series: 'market-shock', citation: { source: 'cfr-essay', quote: 'Hơn 1 nghìn tỷ đô la đã bốc hơi.', quoteLang: 'vi' } },
    {
      series: 'market-shock',
      citation: { source: 'ft', quote: 'US stocks lost $1tn.', quoteLang: 'en', translation: { lang: 'vi', text: 'Cổ phiếu Mỹ mất 1.000 tỷ USD.' } },
    },
    { series: 'deepseek-users', citation: { source: 'wsj-ttxvn', quote: 'Vượt 22 triệu.', quoteLang: 'vi' } },
  ],
});
const titles = new Map([['market-shock', 'The DeepSeek sell-off']]);

describe('the title slide’s “What this moved”', () => {
  it('names each series once, by its title or else its id, and gives every sentence in the notes', () => {
    const summary = movedSummary(r1, titles, 'en', 'What this moved')!;
    expect(summary.line).toBe('What this moved: The DeepSeek sell-off; deepseek-users');
    expect(summary.notes.split('\n')).toEqual([
      'What this moved:',
      'The DeepSeek sell-off: “Hơn 1 nghìn tỷ đô la đã bốc hơi.”',
      'The DeepSeek sell-off: “US stocks lost $1tn.”',
      'deepseek-users: “Vượt 22 triệu.”',
    ]);
  });

  it('gives the sentence in the reader’s language where the article has it', () => {
    expect(movedSummary(r1, titles, 'vi', 'Tác động')!.notes).toContain('“Cổ phiếu Mỹ mất 1.000 tỷ USD.”');
  });

  it('is absent for an event that moved nothing', () => {
    expect(movedSummary(makeEvent('quiet', { precision: 'year', start: '2024' }), titles, 'en', 'What this moved')).toBeUndefined();
  });
});

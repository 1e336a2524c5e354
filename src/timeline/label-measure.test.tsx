import { readFileSync } from 'node:fs';
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EventsFile } from '../data/schema';
import { estimateTextWidth } from './text-measure';
import { useLabelMeasure, type LayoutInputs } from './timeline';

const EVENTS = EventsFile.parse(JSON.parse(readFileSync('data/events.json', 'utf8'))).events;
const DOMAIN: [number, number] = [2015, 2025.2];
const built: LayoutInputs = { events: EVENTS, width: 1200, domain: DOMAIN, lang: 'vi', selectedId: null };

describe('the timeline’s label widths', () => {
  it('are the build’s estimate while the timeline is the prerendered one, and the browser’s for good once anything changes', () => {
    const { result, rerender } = renderHook((inputs: LayoutInputs) => useLabelMeasure(inputs), { initialProps: built });
    expect(result.current).toBe(estimateTextWidth);
    rerender({ ...built });
    expect(result.current).toBe(estimateTextWidth);
    rerender({ ...built, width: 1248 });
    expect(result.current).not.toBe(estimateTextWidth);
    const browser = result.current;
    // Back at the build's width, the browser's measure stays: a layout is not redone with the estimate.
    rerender({ ...built });
    expect(result.current).toBe(browser);
  });

  it('are the browser’s after a selection or a filter at the build’s width', () => {
    for (const change of [{ selectedId: 'deepseek-r1' }, { events: EVENTS.slice(1) }, { lang: 'en' as const }]) {
      const { result, rerender } = renderHook((inputs: LayoutInputs) => useLabelMeasure(inputs), { initialProps: built });
      rerender({ ...built, ...change });
      expect(result.current, JSON.stringify(Object.keys(change))).not.toBe(estimateTextWidth);
    }
  });

  it('are the browser’s from the start for a timeline drawn afresh (its width not known yet)', () => {
    const { result } = renderHook(() => useLabelMeasure({ ...built, width: null }));
    expect(result.current).not.toBe(estimateTextWidth);
  });
});

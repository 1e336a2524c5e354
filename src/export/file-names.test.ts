import { describe, expect, it } from 'vitest';
import { makeRecord } from '../test-support/fixtures';
import { chartFileName, deckFileName, timelineFileName } from './file-names';

describe('chartFileName', () => {
  it('names the series and the years its figures cover', () => {
    const records = [makeRecord({ year: 2025, value: 50 }), makeRecord({ year: 2024, value: 80 })];
    expect(chartFileName('nvidia-china-share', records, 'png')).toBe('nvidia-china-share-2024-2025.png');
    expect(chartFileName('nvidia-china-share', records, 'png', '2x')).toBe('nvidia-china-share-2024-2025-2x.png');
  });

  it('names one year once, and none when the figures have no year', () => {
    expect(chartFileName('chip-imports', [makeRecord({ year: 2024, value: 400 })], 'csv')).toBe('chip-imports-2024.csv');
    expect(chartFileName('robots', [makeRecord({ label: { en: 'China', vi: 'Trung Quốc' }, value: 50 })], 'svg')).toBe('robots.svg');
  });
});

describe('deckFileName', () => {
  it('names the sectors and any year range', () => {
    expect(deckFileName({ sectors: ['semiconductors'], from: null, to: null })).toBe('china-tech-race-semiconductors.pptx');
    expect(deckFileName({ sectors: ['semiconductors', 'ev'], from: 2019, to: 2025 })).toBe('china-tech-race-semiconductors-ev-2019-2025.pptx');
    expect(deckFileName({ sectors: [], from: 2023, to: null })).toBe('china-tech-race-all-sectors-2023-latest.pptx');
  });
});

describe('timelineFileName', () => {
  it('names the years the timeline shows, and the variant', () => {
    expect(timelineFileName([2014.9, 2025.3], 'csv')).toBe('timeline-2014-2025.csv');
    expect(timelineFileName([2024, 2025.5], 'png', '2x')).toBe('timeline-2024-2025-2x.png');
  });
});

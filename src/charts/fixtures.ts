/**
 * Named chart fixtures over the checked-in data: the snapshot tests and the dev gallery
 * (`npm run dev`, then /gallery.html) draw the same ones.
 */
import chemicals from '../../data/series/chemicals-trade-balance.json';
import chipValues from '../../data/series/chip-company-values.json';
import selfSufficiency from '../../data/series/chip-self-sufficiency.json';
import ccceu from '../../data/series/ccceu-survey.json';
import nvidia from '../../data/series/nvidia-china-share.json';
import rdIntensity from '../../data/series/rd-intensity.json';
import soybeans from '../../data/series/soybean-imports.json';
import { SeriesFile, type Lang } from '../data/schema';
import type { RuleInput } from './event-rule';

export interface ChartFixture {
  name: string;
  series: SeriesFile;
  width: number;
  lang: Lang;
  rule?: RuleInput;
}

const parse = (raw: unknown) => SeriesFile.parse(raw);

export const CHART_FIXTURES: ChartFixture[] = [
  { name: 'slope-nvidia-estimate', series: parse(nvidia), width: 480, lang: 'en' },
  { name: 'slope-nvidia-with-event-rule', series: parse(nvidia), width: 480, lang: 'en', rule: { start: 2025, end: 2025 + 1 / 12, label: 'Jan 2025' } },
  // A season (autumn 2024) is a stretch of time: drawn as a band, not a line.
  { name: 'slope-nvidia-with-event-band', series: parse(nvidia), width: 480, lang: 'en', rule: { start: 2024 + 8 / 12, end: 2024 + 11 / 12, label: 'Sep–Nov 2024' } },
  { name: 'slope-soybeans-derived-phone', series: parse(soybeans), width: 340, lang: 'en' },
  { name: 'bullet-self-sufficiency-target', series: parse(selfSufficiency), width: 480, lang: 'en' },
  { name: 'range-rd-intensity', series: parse(rdIntensity), width: 480, lang: 'en' },
  { name: 'diverging-chemicals', series: parse(chemicals), width: 480, lang: 'en' },
  { name: 'bars-chip-values', series: parse(chipValues), width: 480, lang: 'en' },
  { name: 'figure-ccceu-two-figures-vi', series: parse(ccceu), width: 360, lang: 'vi' },
];

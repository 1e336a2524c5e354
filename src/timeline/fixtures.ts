import type { Lang } from '../data/schema';

export interface TimelineFixture {
  name: string;
  width: number;
  lang: Lang;
  selectedId: string | null;
}

/** The labelled timeline of the checked-in events at the widths that matter: a slide, a desktop, a phone, the narrowest. */
export const TIMELINE_FIXTURES: TimelineFixture[] = [
  { name: 'timeline-slide-1920-en', width: 1920, lang: 'en', selectedId: null },
  { name: 'timeline-desktop-1440-en', width: 1440, lang: 'en', selectedId: 'ai-diffusion-framework' },
  { name: 'timeline-phone-390-vi', width: 390, lang: 'vi', selectedId: 'deepseek-r1' },
  { name: 'timeline-narrowest-320-en', width: 320, lang: 'en', selectedId: null },
];

/**
 * What choosing a result does. On the dashboard: a chart's card is scrolled to and its title
 * focused; a figure's source panel opens, as a press on the figure would; an event is selected as
 * a click on its mark selects it (the link's `event=`, the rule on the charts) and its mark gets
 * the focus; a source's entry under Sources is scrolled to and focused. From a chart's page: a
 * chart opens its page, an event the dashboard with it selected, anything else the dashboard
 * with the search (`?q=`). Elements are found by comparing attributes with the data, never by a
 * selector built from it.
 */
import type { Lang } from '../data/schema';
import { chartPagePath, dashboardPagePath, dashboardPath } from '../shared/site-paths';
import { useDashboardStore } from '../state/filter-store';
import { DEFAULT_FILTERS, withSearchQuery } from '../state/url-state';
import type { SearchDoc } from './search-index';
import type { SearchPlace } from './site-search';

/** Runs `find` on the next frames until it finds what it looks for (a card drawn, a mark placed), at most about a second. */
function whenFound<T>(find: () => T | null | undefined, then: (found: T) => void, frames = 60): void {
  const found = find();
  if (found) then(found);
  else if (frames > 0) requestAnimationFrame(() => whenFound(find, then, frames - 1));
}

const cardOf = (seriesId: string) => [...document.querySelectorAll<HTMLElement>('article[data-series]')].find((a) => a.dataset.series === seriesId && !a.hidden);

function focusIn(element: HTMLElement) {
  element.scrollIntoView({ block: 'center' });
  element.focus({ preventScroll: true });
}

function focusCard(seriesId: string) {
  whenFound(
    () => {
      const card = cardOf(seriesId);
      // The title's link (the card's own page); a card that could not be drawn has only its heading.
      return card?.querySelector<HTMLElement>('h3 a') ?? card?.querySelector<HTMLElement>('h3');
    },
    (title) => {
      if (!title.matches('a')) title.tabIndex = -1;
      focusIn(title);
    },
  );
}

function openFigure(doc: SearchDoc, lang: Lang) {
  const name = doc.figureButton?.[lang];
  cardOf(doc.target)?.scrollIntoView({ block: 'center' });
  whenFound(
    // The button over the drawing shown: a card holds one drawing per band, the others not displayed.
    () => [...(cardOf(doc.target)?.querySelectorAll<HTMLButtonElement>('button.figure-target') ?? [])].find((b) => b.getAttribute('aria-label') === name && b.getClientRects().length > 0),
    (button) => {
      const open = button.getAttribute('aria-expanded') === 'true';
      focusIn(button);
      // Pinned open, as a press on the figure pins it (a press on an open one would close it).
      if (!open) button.click();
    },
  );
}

function selectEvent(eventId: string) {
  useDashboardStore.getState().selectEvent(eventId);
  document.getElementById('timeline-heading')?.scrollIntoView({ block: 'start' });
  whenFound(
    // The mark in the timeline's drawing shown (one per band; the others are not displayed, and have no boxes).
    () => [...document.querySelectorAll<HTMLElement>('[data-event-id]')].find((m) => m.dataset.eventId === eventId && m.getAttribute('aria-pressed') === 'true' && m.getClientRects().length > 0),
    focusIn,
  );
}

function focusSource(doc: SearchDoc, lang: Lang) {
  const title = doc.title[lang].slice(doc.title[lang].indexOf(': ') + 2);
  whenFound(
    () => [...document.querySelectorAll<HTMLElement>('.sources li.source')].find((li) => li.textContent.includes(title)),
    (li) => {
      li.tabIndex = -1;
      focusIn(li);
    },
  );
}

/** The dashboard's address from a chart page (whose base is the site's root), with the search in it. */
export function dashboardSearchPath(lang: Lang, query: string): string {
  const langQuery = lang === DEFAULT_FILTERS.lang ? '' : `?lang=${lang}`;
  return `${dashboardPagePath(lang)}${withSearchQuery(langQuery, query)}`;
}

export function chooseResult(doc: SearchDoc, place: SearchPlace, lang: Lang, query: string): void {
  if (place === 'chart-page') {
    const path =
      doc.kind === 'chart' ? chartPagePath(doc.target, lang) : doc.kind === 'event' ? dashboardPath(lang, { event: doc.target }) : dashboardSearchPath(lang, query);
    window.location.assign(new URL(path, document.baseURI).href);
    return;
  }
  if (doc.kind === 'chart') focusCard(doc.target);
  else if (doc.kind === 'figure') openFigure(doc, lang);
  else if (doc.kind === 'event') selectEvent(doc.target);
  else focusSource(doc, lang);
}

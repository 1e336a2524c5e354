import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TEXT_LIMITS } from '../data/bounds';
import { makeEvent } from '../test-support/fixtures';
import { EventDetail } from './event-detail';
import { EventList } from './event-list';

afterEach(cleanup);

const long = (first: string, n: number) => `${first}${'x'.repeat(n - 1)}`;
const title = long('T', 50_000);
const note = long('N', 5_000);
const wording = long('W', 1_000);
const event = makeEvent('long', { precision: 'year', start: '2024', label: { en: wording, vi: wording } }, {
  title: { en: title, vi: title },
  note: { en: note, vi: note },
  publicRecord: { date: '2024-05-01', note: { en: note, vi: note } },
});
const cut = (text: string, max: number) => `${text.slice(0, max - 1)}…`;

describe('an event card with texts beyond their limits', () => {
  it('cuts the title, the note and the article’s wording of the date, each whole in its tooltip', () => {
    render(<EventDetail event={event} sources={undefined} lang="en" onClose={() => {}} />);
    const heading = screen.getByRole('heading', { level: 3 });
    expect(heading.textContent).toBe(cut(title, TEXT_LIMITS.eventTitle));
    expect(within(heading).getByTitle(title)).toBeTruthy();
    const notes = screen.getAllByTitle(note);
    expect(notes.map((n) => n.textContent)).toEqual([cut(note, TEXT_LIMITS.note), cut(note, TEXT_LIMITS.note)]);
    expect(screen.getByTitle(wording).textContent).toBe(cut(wording, TEXT_LIMITS.eventTitle));
  });

  it('shows texts within their limits whole, without a tooltip', () => {
    const { container } = render(<EventDetail event={makeEvent('short', { precision: 'year', start: '2024' })} sources={undefined} lang="vi" onClose={() => {}} />);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('short');
    expect(container.querySelector('[title]')).toBeNull();
  });
});

describe('the event list with a title beyond its limit', () => {
  it('cuts the title in its button, the whole in the tooltip', () => {
    render(<EventList id="list" events={[event]} sources={undefined} selectedId={null} onSelect={() => {}} lang="en" />);
    const button = screen.getByRole('button', { name: cut(title, TEXT_LIMITS.eventTitle) });
    expect(within(button).getByTitle(title)).toBeTruthy();
    expect(screen.getByTitle(wording).textContent).toBe(cut(wording, TEXT_LIMITS.eventTitle));
  });
});

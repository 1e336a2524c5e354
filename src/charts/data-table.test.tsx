import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeRecord, makeSource } from '../test-support/fixtures';
import { DataTable } from './data-table';

afterEach(cleanup);

const ft = makeSource('ft');
const essay = makeSource('essay');

describe('a figure’s sentences in the data table', () => {
  it('are each an item of their own where a figure has several, never run together', () => {
    const record = makeRecord({
      year: 2024,
      value: 6,
      unit: 'usd-m',
      citations: [
        { source: 'ft', quote: 'trained it for 6 triệu đô la.', quoteLang: 'vi' },
        { source: 'essay', quote: 'công ty tuyên bố đã huấn luyện', quoteLang: 'vi' },
      ],
    });
    render(<DataTable caption="Chi phí" records={[record]} sources={[ft, essay]} lang="vi" />);
    const cell = screen.getAllByRole('cell').at(-1)!;
    const items = within(cell).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['trained it for 6 triệu đô la.', 'công ty tuyên bố đã huấn luyện']);
    expect(cell.querySelectorAll('li > q')).toHaveLength(2);
  });

  it('keeps a single sentence as one quotation, without a list', () => {
    render(<DataTable caption="Chi phí" records={[makeRecord({ year: 2024, value: 6 })]} sources={[ft]} lang="vi" />);
    const cell = screen.getAllByRole('cell').at(-1)!;
    expect(within(cell).queryByRole('list')).toBeNull();
    expect(cell.querySelectorAll('q')).toHaveLength(1);
  });
});

describe('the data table as labelled rows (on a phone)', () => {
  it.each(['en', 'vi'] as const)('names, in %s, each cell of a row by its column’s header, for the list it becomes', (lang) => {
    render(<DataTable caption="Chips" records={[makeRecord({ year: 2024, value: 6 })]} sources={[ft]} lang={lang} />);
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
    const row = screen.getAllByRole('row')[1]!;
    const cells = [...row.querySelectorAll('th, td')];
    expect(headers).toHaveLength(6);
    expect(cells.map((c) => c.getAttribute('data-label'))).toEqual(headers);
  });
});

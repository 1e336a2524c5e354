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

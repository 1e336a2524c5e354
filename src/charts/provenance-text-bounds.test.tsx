import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TEXT_LIMITS } from '../data/bounds';
import { makeRecord } from '../test-support/fixtures';
import { FigureProvenance } from './figure-provenance';

afterEach(cleanup);

describe('a figure’s provenance with notes beyond their limit', () => {
  it('cuts the note and the derivation’s note, each whole in its tooltip', () => {
    const note = `N${'x'.repeat(49_999)}`;
    const derivation = `D${'y'.repeat(4_999)}`;
    const record = makeRecord({
      year: 2024,
      value: 50,
      flags: ['derived'],
      note: { en: note, vi: note },
      derivation: { op: 'divide', operands: [100, 2], note: { en: derivation, vi: derivation } },
    });
    render(<FigureProvenance record={record} sources={undefined} lang="en" />);
    expect(screen.getByTitle(note).textContent).toBe(`${note.slice(0, TEXT_LIMITS.note - 1)}…`);
    expect(screen.getByTitle(derivation).textContent).toBe(`${derivation.slice(0, TEXT_LIMITS.note - 1)}…`);
  });

  it('shows a note within its limit whole, without a tooltip', () => {
    const { container } = render(<FigureProvenance record={makeRecord({ year: 2024, value: 50, note: { en: 'A short note.', vi: 'Ghi chú ngắn.' } })} sources={undefined} lang="vi" />);
    expect(screen.getByText('Ghi chú ngắn.')).toBeTruthy();
    expect(container.querySelector('[title]')).toBeNull();
  });
});

import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChunkLoadError } from '../shared/chunk-error';
import { CardErrorBoundary } from './card-error-boundary';

let broken = true;
function Chart() {
  if (broken) throw new Error('layout failed: width is NaN');
  return <p>chart drawn</p>;
}

afterEach(cleanup);

describe('CardErrorBoundary', () => {
  it('keeps a drawing fault in its card, names it, and draws again on Retry', () => {
    // React reports the caught error on the console; the test reads it from the page instead.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    broken = true;
    render(
      <>
        <CardErrorBoundary title="Nvidia share" lang="en">
          <Chart />
        </CardErrorBoundary>
        <p>the next card</p>
      </>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('This part of the dashboard could not be drawn');
    expect(alert.textContent).toContain('layout failed: width is NaN');
    expect(screen.getByText('the next card')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Nvidia share' })).toBeTruthy();

    broken = false;
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.getByText('chart drawn')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    consoleError.mockRestore();
  });

  it('asks for a reload, in the card, when the code of a part of it did not load', () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    function Stale(): never {
      throw new ChunkLoadError(new TypeError('Failed to fetch dynamically imported module: /assets/share-fields-old.js'));
    }
    render(
      <CardErrorBoundary title="Nvidia share" lang="vi">
        <Stale />
      </CardErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain('Phần này của trang đã được cập nhật');
    expect(screen.getByRole('button', { name: 'Tải lại trang' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Thử lại' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Nvidia share' })).toBeTruthy();
    consoleError.mockRestore();
  });
});

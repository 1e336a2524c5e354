import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { describe, expect, it, vi } from 'vitest';
import { ChunkLoadError } from './chunk-error';
import { componentOnFirstUse, deferredSection, releaseDeferredSections } from './deferred-section';

describe('deferredSection', () => {
  it('shows its fallback, without loading its code, until the sections are released; then the section', async () => {
    let loads = 0;
    const Section = deferredSection(
      'test-section',
      () => {
        loads += 1;
        return Promise.resolve(({ name }: { name: string }) => <p>section {name}</p>);
      },
      <p>waiting</p>,
    );
    render(<Section name="timeline" />);
    expect(screen.getByText('waiting')).toBeTruthy();
    await act(async () => {
      await Promise.resolve();
    });
    expect(loads).toBe(0);
    expect(screen.queryByText('section timeline')).toBeNull();

    act(() => releaseDeferredSections());
    expect(await screen.findByText('section timeline')).toBeTruthy();
    expect(screen.queryByText('waiting')).toBeNull();
    expect(loads).toBe(1);
  });
});

describe('componentOnFirstUse', () => {
  it('fetches its code once the sections are released; a failed fetch is tried again when it is first shown', async () => {
    releaseDeferredSections();
    let attempts = 0;
    const Panel = componentOnFirstUse(() => {
      attempts += 1;
      if (attempts === 1) return Promise.reject(new Error('offline'));
      return Promise.resolve((_: { lang: 'en' }) => <p>panel</p>);
    });
    await act(async () => {
      await Promise.resolve();
    });
    expect(attempts).toBe(1);
    render(
      <Suspense fallback={<p>waiting</p>}>
        <Panel lang="en" />
      </Suspense>,
    );
    expect(await screen.findByText('panel')).toBeTruthy();
    expect(attempts).toBe(2);
  });

  it('says in its place that the page was updated, with a Reload button, when its code is gone; what is beside it stays', async () => {
    releaseDeferredSections();
    const gone = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: http://x/assets/data-table-old.js'));
    const Panel = componentOnFirstUse<{ lang: 'en' | 'vi' }>(gone);
    render(
      <section aria-label="card">
        <h3>Card title</h3>
        <Suspense fallback={<p>waiting</p>}>
          <Panel lang="en" />
        </Suspense>
      </section>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This part of the page has been updated: reload to get it');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Card title' })).toBeTruthy();
  });
});

describe('deferredSection, its code gone', () => {
  it('throws a ChunkLoadError for the boundary around it', async () => {
    releaseDeferredSections();
    const Section = deferredSection<{ lang: 'en' }>('test-gone', () => Promise.reject(new Error('Importing a module script failed.')), <p>waiting</p>);
    let caught: unknown;
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ErrorBoundary fallbackRender={({ error }) => ((caught = error), <p>caught</p>)}>
        <Section lang="en" />
      </ErrorBoundary>,
    );
    expect(await screen.findByText('caught')).toBeTruthy();
    expect(caught).toBeInstanceOf(ChunkLoadError);
    errors.mockRestore();
  });
});

import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { componentOnFirstUse, deferredSection, releaseDeferredSections } from './deferred-section';

describe('deferredSection', () => {
  it('shows its fallback, without loading its code, until the sections are released; then the section', async () => {
    let loads = 0;
    const Section = deferredSection(
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
      return Promise.resolve(() => <p>panel</p>);
    });
    await act(async () => {
      await Promise.resolve();
    });
    expect(attempts).toBe(1);
    render(
      <Suspense fallback={<p>waiting</p>}>
        <Panel />
      </Suspense>,
    );
    expect(await screen.findByText('panel')).toBeTruthy();
    expect(attempts).toBe(2);
  });
});

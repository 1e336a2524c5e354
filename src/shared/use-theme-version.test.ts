import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useThemeVersion } from './use-theme-version';

describe('useThemeVersion', () => {
  it('changes when the page’s theme is switched', async () => {
    const { result } = renderHook(() => useThemeVersion());
    const before = result.current;
    await act(async () => {
      document.documentElement.dataset.theme = 'dark';
      await new Promise((resolve) => queueMicrotask(() => resolve(null)));
    });
    expect(result.current).not.toBe(before);
    const dark = result.current;
    await act(async () => {
      delete document.documentElement.dataset.theme;
      await new Promise((resolve) => queueMicrotask(() => resolve(null)));
    });
    expect(result.current).not.toBe(dark);
  });
});

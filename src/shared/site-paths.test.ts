import { describe, expect, it } from 'vitest';
import { absoluteUrl, baseFor, chartPagePath, dashboardPath, embedPagePath, socialImagePath } from './site-paths';

describe('site paths', () => {
  it('puts the Vietnamese pages in their own folder', () => {
    expect(chartPagePath('nvidia', 'en')).toBe('charts/nvidia/');
    expect(chartPagePath('nvidia', 'vi')).toBe('vi/charts/nvidia/');
    expect(embedPagePath('nvidia', 'vi')).toBe('vi/embed/nvidia/');
  });

  it('links the dashboard with a sector selected, in the link format the dashboard reads', () => {
    expect(dashboardPath('en')).toBe('./');
    expect(dashboardPath('en', { sectors: ['semiconductors'] })).toBe('./?sectors=semiconductors');
    expect(dashboardPath('vi', { sectors: ['ai', 'semiconductors'] })).toBe('vi/?sectors=ai,semiconductors&lang=vi');
    expect(dashboardPath('en', { event: 'deepseek-r1' })).toBe('./?event=deepseek-r1');
  });

  it('finds the way back to the root from every depth', () => {
    expect(baseFor('index.html')).toBe('./');
    expect(baseFor('vi/index.html')).toBe('../');
    expect(baseFor('charts/x/index.html')).toBe('../../');
    expect(baseFor('vi/embed/x/index.html')).toBe('../../../');
  });

  it('makes absolute URLs under a site address with or without its slash, at a sub-path too', () => {
    expect(absoluteUrl('https://example.org', 'charts/a/')).toBe('https://example.org/charts/a/');
    expect(absoluteUrl('https://example.org/dash/', './')).toBe('https://example.org/dash/');
    expect(absoluteUrl('https://example.org/dash', socialImagePath('charts/a/'))).toBe('https://example.org/dash/charts/a/social.png');
    expect(absoluteUrl('https://example.org/dash/', dashboardPath('en', { sectors: ['ev'] }))).toBe('https://example.org/dash/?sectors=ev');
  });
});

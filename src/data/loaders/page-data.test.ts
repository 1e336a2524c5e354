// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPageData } from './page-data';

function dataLink(href: string | null): HTMLLinkElement {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.id = 'dashboard-data';
  if (href !== null) link.setAttribute('href', href);
  return link;
}

function answer(response: () => Response | Promise<Response>) {
  const fetchMock = vi.fn((_url: string) => Promise.resolve(response()));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('readPageData', () => {
  it('reads the file the link names, as JSON', async () => {
    const fetchMock = answer(() => new Response('{"queries":[{"queryKey":["index"]}]}'));
    expect(await readPageData(dataLink('page-data/abc.json'))).toEqual({ queries: [{ queryKey: ['index'] }] });
    expect(fetchMock).toHaveBeenCalledWith(new URL('page-data/abc.json', document.baseURI).href);
  });

  it('is null, without a request, for a page with no data link', async () => {
    const fetchMock = answer(() => new Response('{}'));
    expect(await readPageData(null)).toBeNull();
    expect(await readPageData(dataLink(null))).toBeNull();
    expect(await readPageData(document.createElement('div'))).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it.each([
    ['a file gone since the page was loaded', () => new Response('Not found', { status: 404 }), 'the server answered 404'],
    ['a file cut short', () => new Response('{"queries":[{"queryKey"'), 'JSON'],
    ['no network', () => Promise.reject(new TypeError('Failed to fetch')), 'Failed to fetch'],
  ])('is null for %s, with a warning that names the file and the failure', async (_case, response, failure) => {
    answer(response);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await readPageData(dataLink('page-data/abc.json'))).toBeNull();
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]![0]).toContain('page-data/abc.json');
    expect(warn.mock.calls[0]![0]).toContain(failure);
  });
});

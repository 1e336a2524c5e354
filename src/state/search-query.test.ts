import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_FILTERS, SEARCH_MAX, cleanSearchQuery, parseSearchQuery, parseUrlState, serializeUrlState, withSearchQuery } from './url-state';

describe('the search in the link (?q=)', () => {
  it('reads q, decoded, and gives no notice', () => {
    expect(parseSearchQuery('?q=huawei')).toEqual({ q: 'huawei', notices: [] });
    expect(parseSearchQuery('?q=L%C6%B0%C6%A1ng+V%C4%83n+Phong&lang=vi')).toEqual({ q: 'Lương Văn Phong', notices: [] });
    expect(parseSearchQuery('')).toEqual({ q: '', notices: [] });
  });

  it('survives bad values: control and direction characters, runs of spaces, thousands of characters', () => {
    expect(parseSearchQuery('?q=%E2%80%AEsmic%00%0A++7nm').q).toBe('smic 7nm');
    expect(parseSearchQuery(`?q=${'a'.repeat(5000)}`).q).toHaveLength(SEARCH_MAX);
    expect(parseSearchQuery('?q=%20%20').q).toBe('');
  });

  it('reads Q= and q[]= as q and names them; a repeated q uses the first and names the rest', () => {
    expect(parseSearchQuery('?Q=smic')).toEqual({ q: 'smic', notices: [{ kind: 'renamed-param', given: 'Q', key: 'q' }] });
    expect(parseSearchQuery('?q=smic&q=byd&q=x')).toEqual({ q: 'smic', notices: [{ kind: 'repeated-param', key: 'q', ignored: 2 }] });
  });

  it('is no filter: the filters parse the same with or without it, and writing them keeps it', () => {
    expect(parseUrlState('?sectors=ai&q=huawei')).toEqual(parseUrlState('?sectors=ai'));
    expect(serializeUrlState({ ...DEFAULT_FILTERS, sectors: ['ev'] }, '?q=byd')).toBe('?q=byd&sectors=ev');
  });

  it('writes q beside the other parameters, and removes it when the box is empty', () => {
    expect(withSearchQuery('?sectors=ai,ev&event=deepseek-r1', '7 nm')).toBe('?sectors=ai,ev&event=deepseek-r1&q=7+nm');
    expect(withSearchQuery('?q=smic&lang=vi', '')).toBe('?lang=vi');
    expect(withSearchQuery('?Q=a&q=b', 'c')).toBe('?q=c');
  });

  it('reads back what it writes, for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom('', '?sectors=ai', '?lang=vi&event=x'), (text, search) => {
        const written = withSearchQuery(search, text);
        expect(parseSearchQuery(written).q).toBe(cleanSearchQuery(text));
        expect(parseUrlState(written).state).toEqual(parseUrlState(search).state);
      }),
    );
  });
});

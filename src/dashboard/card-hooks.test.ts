import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';

/**
 * The names the end-to-end tests, the benchmark and the search find the page's parts by: the
 * components add them on purpose, unhashed, and no stylesheet may style them (README, "Styles"),
 * so that a change of look never moves a test and a test's name never holds a look.
 */
const HOOKS = [
  'card', 'tile', 'card-grid', 'sector-sections', 'table-wrap', 'legend-symbol', 'figure-target', 'moved-by', 'moved-by-mark', 'deck-export',
  'header-controls', 'sector-toggles', 'year-range', 'timeline-section', 'timeline-frame', 'timeline-band', 'event-list', 'event-detail',
] as const;
const KIND_HOOK = /^card--/;

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return cssFiles(path);
    return e.name.endsWith('.css') ? [path] : [];
  });
}

/** The global class names a selector styles: every class of a global sheet; a module's inside :global(…) only. */
function globalClasses(selector: string, module: boolean): string[] {
  const scopes = module ? [...selector.matchAll(/:global\(([^()]*)\)/g)].map((m) => m[1] ?? '') : [selector];
  return scopes.flatMap((scope) => [...scope.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1] ?? ''));
}

/** Each rule of the file whose selector styles a hook: "file: selector". */
function hookRules(file: string): string[] {
  const module = file.endsWith('.module.css');
  const found: string[] = [];
  postcss.parse(readFileSync(file, 'utf8')).walkRules((rule) => {
    // A moved-by mark is what a card's outline keys on (:has): only a hook's own box is its look.
    const subject = rule.selector.replace(/:has\((?:[^()]|\([^()]*\))*\)/g, '');
    const styled = globalClasses(subject, module).filter((c) => (HOOKS as readonly string[]).includes(c) || KIND_HOOK.test(c));
    if (styled.length > 0) found.push(`${file}: ${rule.selector}`);
  });
  return found;
}

describe('stable hooks of the page', () => {
  it('reads a global class in a global sheet, and in a module only inside :global()', () => {
    expect(globalClasses('.sector-section .card.tile', false)).toEqual(['sector-section', 'card', 'tile']);
    expect(globalClasses('.section .card.tile', true)).toEqual([]);
    expect(globalClasses(':global(.card):has(.mark)', true)).toEqual(['card']);
  });

  it('no stylesheet styles a name the tests find a card, tile, table, figure, control or timeline part by', () => {
    expect(cssFiles('src').flatMap(hookRules)).toEqual([]);
  });
});

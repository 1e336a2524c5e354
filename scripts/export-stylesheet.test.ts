// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportStylesheet } from './export-stylesheet';

describe('the export stylesheet for drawing outside the browser', () => {
  it('keeps class rules that paint, with variables resolved to their light values', () => {
    const css = ':root { --mark: light-dark(#1f5fa8, #7fb2f0); }\n.mark { fill: var(--mark); stroke: var(--mark); display: block; }\nbutton:hover { fill: red; }\n@media print { .mark { fill: black; } }';
    expect(exportStylesheet(css)).toBe('.mark { fill: #1f5fa8; stroke: #1f5fa8 }');
  });

  it('leaves no variable unresolved in the page stylesheet', () => {
    const sheet = exportStylesheet(readFileSync(new URL('../src/styles.css', import.meta.url), 'utf8'));
    expect(sheet).toContain('.export-title { fill: #1c1c1e; font-weight: 700 }');
    expect(sheet).toMatch(/\.mark \{ fill: #1f5fa8/);
    expect(sheet).not.toContain('var(');
    expect(sheet).not.toContain('light-dark');
  });
});

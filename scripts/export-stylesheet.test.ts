// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportStylesheet, readStylesheet } from './export-stylesheet';

describe('the export stylesheet for drawing outside the browser', () => {
  it('keeps class rules that paint, with variables resolved to their light values', () => {
    const css = ':root { --mark: light-dark(#1f5fa8, #7fb2f0); }\n.mark { fill: var(--mark); stroke: var(--mark); display: block; }\nbutton:hover { fill: red; }\n@media print { .mark { fill: black; } }';
    expect(exportStylesheet(css)).toBe('.mark { fill: #1f5fa8; stroke: #1f5fa8 }');
  });

  it('leaves no variable unresolved in the page stylesheet', () => {
    const sheet = exportStylesheet(readStylesheet(fileURLToPath(new URL('../src/styles/global.css', import.meta.url))));
    expect(sheet).toContain('.export-title { fill: #1c1c1e; font-weight: 700 }');
    expect(sheet).toMatch(/\.mark \{ fill: #1f5fa8/);
    expect(sheet).not.toContain('var(');
    expect(sheet).not.toContain('light-dark');
  });

  it('reads the files a sheet imports, in their place, and names a sheet it cannot read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sheets-'));
    writeFileSync(join(dir, 'tokens.css'), ':root { --mark: #123456; }');
    writeFileSync(join(dir, 'marks.css'), '.mark { fill: var(--mark); }');
    writeFileSync(join(dir, 'all.css'), "@import './tokens.css';\n@import './marks.css';\n.last { fill: red; }");
    expect(exportStylesheet(readStylesheet(join(dir, 'all.css')))).toBe('.mark { fill: #123456 }\n.last { fill: red }');
    writeFileSync(join(dir, 'remote.css'), "@import url(https://example.org/x.css);");
    expect(() => readStylesheet(join(dir, 'remote.css'))).toThrow(/remote\.css: @import url\(https:\/\/example\.org\/x\.css\)/);
  });
});

import { describe, expect, it } from 'vitest';
import { modulePreloadTags, type BuildManifest } from './module-preloads';

const manifest: BuildManifest = {
  'index.html': { file: 'assets/index-1.js', isEntry: true, imports: ['_react.js'] },
  '_react.js': { file: 'assets/react-2.js' },
  '_card.js': { file: 'assets/card-3.js', imports: ['_react.js'] },
  'src/dashboard/app.tsx': { file: 'assets/app-4.js', imports: ['_card.js', '_react.js'] },
  'src/pages/chart-page.tsx': { file: 'assets/chart-page-5.js', imports: ['_card.js'] },
};

describe('modulePreloadTags', () => {
  it('preloads a view and what it imports, less what the entry already loads', () => {
    expect(modulePreloadTags(manifest, 'src/dashboard/app.tsx', 'index.html')).toBe(
      '<link rel="modulepreload" crossorigin href="./assets/app-4.js">\n    <link rel="modulepreload" crossorigin href="./assets/card-3.js">',
    );
    expect(modulePreloadTags(manifest, 'src/pages/chart-page.tsx', 'index.html')).not.toContain('react-2');
  });

  it('names a view the build did not write', () => {
    expect(() => modulePreloadTags(manifest, 'src/pages/missing.tsx', 'index.html')).toThrow('the build manifest has no chunk for src/pages/missing.tsx');
  });
});

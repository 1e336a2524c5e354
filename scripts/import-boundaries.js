/**
 * The one-way imports of src/, enforced by the lint: data ← state ← dashboard → charts, timeline,
 * export; i18n and shared below them all; the chart pages above the dashboard, whose card they show. A file may import only the layers listed for it.
 */
const LAYERS = {
  data: [],
  i18n: ['data'],
  state: ['data'],
  shared: ['data', 'i18n', 'state'],
  charts: ['data', 'i18n', 'shared'],
  timeline: ['data', 'i18n', 'shared'],
  export: ['data', 'i18n', 'shared', 'charts', 'timeline'],
  search: ['data', 'i18n', 'shared', 'state', 'timeline'],
  dashboard: ['data', 'i18n', 'shared', 'state', 'charts', 'timeline', 'export', 'search'],
  pages: ['data', 'i18n', 'shared', 'state', 'charts', 'timeline', 'export', 'dashboard', 'search'],
};

const ALL = Object.keys(LAYERS);

/** Relative-import patterns that reach `layer` from a file one or two folders down in src/. */
const reaching = (layer) => [`../${layer}`, `../${layer}/*`, `../../${layer}`, `../../${layer}/*`, `../../../${layer}/*`];

export const importBoundaries = Object.entries(LAYERS).map(([layer, allowed]) => {
  const forbidden = ALL.filter((other) => other !== layer && !allowed.includes(other));
  return {
    files: [`src/${layer}/**/*.{ts,tsx}`],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: forbidden.map((other) => ({
            group: reaching(other),
            message: `src/${layer} may import only ${allowed.length ? allowed.map((a) => `src/${a}`).join(', ') : 'nothing of the app'} (imports run one way: data ← state ← dashboard → charts, timeline, export).`,
          })),
        },
      ],
    },
  };
});

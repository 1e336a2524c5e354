import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { importBoundaries } from './import-boundaries.js';

const linter = new Linter({ configType: 'flat' });

/** The import-boundary errors ESLint reports for `source` as if it were the file at `filename`. */
const violations = (filename: string, source: string) =>
  linter.verify(source, importBoundaries, { filename }).filter((m) => m.ruleId === 'no-restricted-imports');

describe('one-way imports, enforced by the lint', () => {
  it('refuses a chart that reads the store', () => {
    const found = violations('src/charts/kinds/slope.tsx', "import { useDashboardStore } from '../../state/filter-store';\n");
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('src/charts may import only');
  });

  it('refuses data importing upwards, and i18n importing a view', () => {
    expect(violations('src/data/schema.ts', "import { MESSAGES } from '../i18n/messages';\n")).toHaveLength(1);
    expect(violations('src/i18n/format.ts', "import { Chart } from '../charts/chart';\n")).toHaveLength(1);
    expect(violations('src/export/index.ts', "import { App } from '../dashboard/app';\n")).toHaveLength(1);
  });

  it('lets the dashboard wire the store to the views, and any layer use data and i18n', () => {
    expect(violations('src/dashboard/app.tsx', "import { useDashboardStore } from '../state/filter-store';\nimport { Chart } from '../charts/chart';\n")).toEqual([]);
    expect(violations('src/charts/chart.tsx', "import { MESSAGES } from '../i18n/messages';\nimport type { Lang } from '../data/schema';\n")).toEqual([]);
    expect(violations('src/export/render-svg.tsx', "import { drawChart } from '../charts/kinds';\n")).toEqual([]);
  });
});

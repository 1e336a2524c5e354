import type { Linter } from 'eslint';

export const importBoundaries: Linter.Config[];

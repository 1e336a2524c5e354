import type { SeriesFile, Source } from './schema';
import { recordPath, type Problem } from './problems';

/** Citations whose source is not in the sources file: a figure must never be shown without its source. */
export function unknownSourceProblems(series: SeriesFile, sources: readonly Source[], sourcesFile: string): Problem[] {
  const known = new Set(sources.map((s) => s.id));
  return series.records.flatMap((r, i) =>
    r.citations.flatMap((c, j) => {
      if (known.has(c.source)) return [];
      const where = `${recordPath('records', i, r)}.citations[${j}].source`;
      return [
        {
          en: `${where}: unknown source '${c.source}' (not in ${sourcesFile})`,
          vi: `${where}: nguồn không xác định '${c.source}' (không có trong ${sourcesFile})`,
        },
      ];
    }),
  );
}

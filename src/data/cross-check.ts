import type { DataIndex, SeriesFile, Source, TimelineEvent, Citation } from './schema';
import { recordPath } from './problems';
import { citationArtefactProblems } from './quote-artefacts';

export interface ParsedDataset {
  index: DataIndex;
  sources: Source[];
  events: TimelineEvent[];
  /**
   * Series files by their path inside `data/`, as the index names them; null for a file that was
   * found but could not be used (its problems are reported where it was read).
   */
  series: Map<string, SeriesFile | null>;
}

export interface Problem {
  file: string;
  where: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.where}: ${p.message}`;
}

/** Checks that span files: ids and references. Shapes, and rules within one file, are the schema's job. */
export function crossCheck(data: ParsedDataset): Problem[] {
  const problems: Problem[] = [];
  const { index } = data;
  const sourceIds = new Set(data.sources.map((s) => s.id));

  const checkCitations = (file: string, where: string, citations: Citation[]) => {
    citations.forEach((c, i) => {
      problems.push(...citationArtefactProblems(file, `${where}.citations[${i}]`, c));
      if (!sourceIds.has(c.source)) {
        problems.push({
          file,
          where: `${where}.citations[${i}].source`,
          message: `unknown source id '${c.source}' (not in ${index.sources})`,
        });
      }
      if (c.translation && c.translation.lang === c.quoteLang) {
        problems.push({
          file,
          where: `${where}.citations[${i}].translation.lang`,
          message: `a translation must be in the other language than the quote ('${c.quoteLang}')`,
        });
      }
    });
  };

  for (const [kind, ids, file] of [
    ['source', data.sources.map((s) => s.id), index.sources],
    ['event', data.events.map((e) => e.id), index.events],
    ['series', index.series.map((s) => s.id), 'index.json'],
  ] as const) {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push({ file, where: `${kind} '${id}'`, message: `duplicate ${kind} id '${id}'` });
      seen.add(id);
    }
  }

  for (const entry of index.series) {
    const series = data.series.get(entry.file);
    if (series === undefined) {
      problems.push({ file: 'index.json', where: `series '${entry.id}'`, message: `file '${entry.file}' not found` });
      continue;
    }
    if (series === null) continue;
    problems.push(...entryProblems(entry, series));
    series.records.forEach((r, i) => {
      checkCitations(entry.file, recordPath('records', i, r), r.citations);
    });
  }

  const eventIds = new Set(data.events.map((e) => e.id));
  const formerSeen = new Set<string>();
  data.events.forEach((e, i) => {
    const where = recordPath('events', i, e);
    e.formerIds?.forEach((old, j) => {
      const at = `${where}.formerIds[${j}]`;
      if (eventIds.has(old)) problems.push({ file: index.events, where: at, message: `'${old}' is still the id of an event` });
      else if (formerSeen.has(old)) problems.push({ file: index.events, where: at, message: `'${old}' is a former id of more than one event` });
      formerSeen.add(old);
    });
    checkCitations(index.events, where, e.citations);
    e.dateConflict?.forEach((claim, j) => checkCitations(index.events, `${where}.dateConflict[${j}]`, [claim.citation]));
    if (e.publicRecord) {
      const day = e.publicRecord.date;
      const claims = [e.date, ...(e.dateConflict ?? []).map((c) => c.date)];
      if (!claims.some((d) => dayWithin(day, d.start, d.end ?? d.start))) {
        problems.push({
          file: index.events,
          where: `${where}.publicRecord.date`,
          message: `${day} lies outside every date the sources give (${claims.map((d) => d.start + (d.end ? `..${d.end}` : '')).join(', ')})`,
        });
      }
    }
  });

  return problems;
}

function dayWithin(day: string, start: string, end: string): boolean {
  return day.slice(0, start.length) >= start && day.slice(0, end.length) <= end;
}

/** A series file must say what its index entry says: id, titles and sectors. */
function entryProblems(entry: DataIndex['series'][number], series: SeriesFile): Problem[] {
  const problems: Problem[] = [];
  const file = entry.file;
  if (series.id !== entry.id) {
    problems.push({ file, where: 'id', message: `'${series.id}' differs from the index's id '${entry.id}'` });
  }
  for (const lang of ['en', 'vi'] as const) {
    if (series.title[lang] !== entry.title[lang]) {
      problems.push({ file, where: `title.${lang}`, message: `'${series.title[lang]}' differs from the index's '${entry.title[lang]}'` });
    }
  }
  if ([...series.sectors].sort().join() !== [...entry.sectors].sort().join()) {
    problems.push({ file, where: 'sectors', message: `${series.sectors.join(',')} differ from the index's ${entry.sectors.join(',')}` });
  }
  return problems;
}

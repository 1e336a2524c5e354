import type { DataIndex, MovedLink, SeriesFile, Source, TimelineEvent, Citation } from './schema';
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

  /** `pathOf` names a citation's place: by default the i-th of `where`'s citations. */
  const checkCitations = (file: string, where: string, citations: Citation[], pathOf = (i: number) => `${where}.citations[${i}]`) =>
    problems.push(...citationProblems(file, citations, pathOf, sourceIds, index.sources));

  const checkMoved = (at: string, link: MovedLink) => {
    checkCitations(index.events, at, [link.citation], () => `${at}.citation`);
    problems.push(...movedLinkProblems(index.events, at, link, data));
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
    e.moved?.forEach((link, j) => checkMoved(`${where}.moved[${j}]`, link));
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

/**
 * A link from an event to a figure it moved names a series of the index and, where it names a
 * record, one record of that series by its year and English label.
 */
function movedLinkProblems(file: string, where: string, link: MovedLink, data: ParsedDataset): Problem[] {
  const entry = data.index.series.find((s) => s.id === link.series);
  if (!entry) return [{ file, where: `${where}.series`, message: `unknown series id '${link.series}' (not in index.json)` }];
  const wanted = link.record;
  if (!wanted) return [];
  if (wanted.year === undefined && wanted.label === undefined) {
    return [{ file, where: `${where}.record`, message: 'names no record: give its year, its label or both' }];
  }
  const series = data.series.get(entry.file);
  if (!series) return []; // a missing or unusable file is reported where it was read
  const found = series.records.some(
    (r) => (wanted.year === undefined || r.year === wanted.year) && (wanted.label === undefined || r.label?.en === wanted.label),
  );
  if (found) return [];
  const named = [wanted.year, wanted.label === undefined ? undefined : `'${wanted.label}'`].filter((v) => v !== undefined).join(', ');
  return [{ file, where: `${where}.record`, message: `no record of series '${link.series}' at ${named}` }];
}

/** A citation's web-page artefacts, an unknown source, a translation in the quote's own language. */
function citationProblems(file: string, citations: Citation[], pathOf: (i: number) => string, sourceIds: Set<string>, sourcesFile: string): Problem[] {
  const problems: Problem[] = [];
  citations.forEach((c, i) => {
    problems.push(...citationArtefactProblems(file, pathOf(i), c));
    if (!sourceIds.has(c.source)) {
      problems.push({ file, where: `${pathOf(i)}.source`, message: `unknown source id '${c.source}' (not in ${sourcesFile})` });
    }
    if (c.translation && c.translation.lang === c.quoteLang) {
      problems.push({
        file,
        where: `${pathOf(i)}.translation.lang`,
        message: `a translation must be in the other language than the quote ('${c.quoteLang}')`,
      });
    }
  });
  return problems;
}

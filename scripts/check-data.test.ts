// @vitest-environment node
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDataFolder } from './check-data';

const REAL_DATA = fileURLToPath(new URL('../data/', import.meta.url));
const NVIDIA = 'series/nvidia-china-share.json';

let temps: string[] = [];

/** A copy of the real data folder that a test may spoil. */
function copyOfData(): string {
  const root = mkdtempSync(join(tmpdir(), 'check-data-'));
  temps.push(root);
  const dir = join(root, 'data');
  cpSync(REAL_DATA, dir, { recursive: true });
  return dir;
}

function editJson(dir: string, file: string, edit: (json: { records: Record<string, unknown>[] } & Record<string, unknown>) => void): void {
  const path = join(dir, file);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  edit(json);
  writeFileSync(path, JSON.stringify(json, null, 2));
}

afterEach(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
  temps = [];
});

describe('checkDataFolder on the real data', () => {
  it('finds no problem', () => {
    const { problems, summary } = checkDataFolder(REAL_DATA);
    expect(problems).toEqual([]);
    const index = JSON.parse(readFileSync(join(REAL_DATA, 'index.json'), 'utf8')) as { series: unknown[] };
    expect(summary.startsWith(`${index.series.length} series`)).toBe(true);
    expect(summary).toContain('no seeds folder given');
  });

  it('says when the seeds folder is missing rather than failing', () => {
    const missing = join(tmpdir(), 'no-such-seeds-folder-for-check-data');
    const { problems, summary } = checkDataFolder(REAL_DATA, missing);
    expect(problems).toEqual([]);
    expect(summary).toContain(`${missing} not found`);
  });
});

describe('checkDataFolder on spoilt data', () => {
  it('finds a share of −80000 and names the file, the record and the field', () => {
    const dir = copyOfData();
    let year: unknown;
    editJson(dir, NVIDIA, (json) => {
      year = json.records[0]!.year;
      json.records[0]!.value = -80000;
    });
    const { problems } = checkDataFolder(dir);
    expect(problems).toEqual([`${NVIDIA}: records[0] (${String(year)}).value: a share must be within 0–100% (got -80000)`]);
  });

  it('finds a value of the wrong type and shows what it got', () => {
    const dir = copyOfData();
    let year: unknown;
    editJson(dir, NVIDIA, (json) => {
      year = json.records[1]!.year;
      json.records[1]!.value = '50%';
    });
    const { problems } = checkDataFolder(dir);
    const prefix = `${NVIDIA}: records[1] (${String(year)}).value: `;
    const problem = problems.find((p) => p.startsWith(prefix));
    expect(problem).toBeDefined();
    expect(problem).toContain('(got "50%")');
  });

  it('names a file that is not valid JSON', () => {
    const dir = copyOfData();
    writeFileSync(join(dir, NVIDIA), '{ "id": "nvidia-china-share", ');
    const { problems } = checkDataFolder(dir);
    expect(problems.some((p) => p.startsWith(`${NVIDIA}: not valid JSON`))).toBe(true);
    expect(problems.every((p) => p.includes(NVIDIA))).toBe(true);
  });

  it('names a file the index lists but that is missing', () => {
    const dir = copyOfData();
    rmSync(join(dir, NVIDIA));
    const { problems } = checkDataFolder(dir);
    // Said once, where the file was looked for.
    expect(problems).toEqual([`${NVIDIA}: file not found (looked for ${join(dir, NVIDIA)})`]);
  });

  it('reports a broken series file once, not also as missing', () => {
    const dir = copyOfData();
    editJson(dir, NVIDIA, (json) => {
      json.records[1]!.value = '50%';
    });
    const { problems } = checkDataFolder(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^series\/nvidia-china-share\.json: records\[1\] \(2025\)\.value: .*got "50%"/);
  });

  it('finds a record citing a source that does not exist', () => {
    const dir = copyOfData();
    editJson(dir, NVIDIA, (json) => {
      (json.records[0]!.citations as { source: string }[])[0]!.source = 'made-up-source';
    });
    const { problems } = checkDataFolder(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^series\/nvidia-china-share\.json: records\[0\] \(\d{4}\)\.citations\[0\]\.source: unknown source id 'made-up-source'/);
  });

  it('stops at a missing index, naming it', () => {
    const dir = copyOfData();
    rmSync(join(dir, 'index.json'));
    const { problems, summary } = checkDataFolder(dir);
    expect(problems).toEqual([`index.json: file not found (looked for ${join(dir, 'index.json')})`]);
    expect(summary).toBe('');
  });

  it('names the sources file when it is broken, and skips the cross-checks that need it', () => {
    const dir = copyOfData();
    writeFileSync(join(dir, 'sources.json'), JSON.stringify({ updated: '2026-12-01', sources: [] }));
    const { problems, summary } = checkDataFolder(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^sources\.json: sources: /);
    expect(summary).toBe('');
  });

  it('refuses a series with more records than its kind draws, naming the first beyond the limit', () => {
    const dir = copyOfData();
    const file = 'series/chip-company-values.json';
    editJson(dir, file, (json) => {
      const first = json.records[0]!;
      json.records = Array.from({ length: 5000 }, (_, i) => ({ ...first, label: { en: `Firm ${i}`, vi: `Hãng ${i}` }, value: 5000 - i }));
    });
    const { problems } = checkDataFolder(dir);
    expect(problems).toEqual([
      `${file}: records[24] (Firm 24, 2025): a bars chart draws at most 24 records; this series has 5000 (the card would show only the data table and the CSV)`,
    ]);
  });

  it('refuses a link label or a ticker copied from the web page into a quote, naming file, record and field', () => {
    const dir = copyOfData();
    editJson(dir, NVIDIA, (json) => {
      const citation = (json.records[0]!.citations as { quote: string }[])[0]!;
      citation.quote = citation.quote.replace('Citigroup analysts estimate', 'Citigroup (C.N), opens new tab analysts estimate');
    });
    const { problems } = checkDataFolder(dir);
    expect(problems).toEqual([
      `${NVIDIA}: records[0] (2024).citations[0].quote: holds a stock ticker copied from the web page, "(C.N)": a quote is the article's words; cut it with "[…]" or end the quote before it`,
      `${NVIDIA}: records[0] (2024).citations[0].quote: holds a link label copied from the web page, "opens new tab": a quote is the article's words; cut it with "[…]" or end the quote before it`,
    ]);
  });

  it('refuses a key given twice ("value": 80, "value": 8), naming file, line and key', () => {
    const dir = copyOfData();
    const path = join(dir, NVIDIA);
    const text = readFileSync(path, 'utf8');
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.trim() === '"value": 80,');
    expect(line).toBeGreaterThan(0);
    lines.splice(line + 1, 0, lines[line]!.replace('80', '8'));
    writeFileSync(path, lines.join('\n'));
    const { problems } = checkDataFolder(dir);
    expect(problems).toEqual([
      `${NVIDIA}: key "value" given twice in one object (in records[0]): at line ${line + 1}, column 7 and again at line ${line + 2}, column 7`,
    ]);
  });

  it('refuses a data file with a byte-order mark, an empty one, and one with text after the JSON, naming each', () => {
    const dir = copyOfData();
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { series: { file: string }[] };
    const [a, b, c] = index.series.map((s) => s.file);
    writeFileSync(join(dir, a!), `\uFEFF${readFileSync(join(dir, a!), 'utf8')}`);
    writeFileSync(join(dir, b!), '');
    writeFileSync(join(dir, c!), `${readFileSync(join(dir, c!), 'utf8').trimEnd()}\n}\n`);
    const lineAfter = readFileSync(join(dir, c!), 'utf8').trimEnd().split('\n').length;
    const { problems } = checkDataFolder(dir);
    expect(problems).toEqual([
      `${a}: starts with a byte-order mark (U+FEFF, line 1, column 1): save the file as UTF-8 without BOM`,
      `${b}: is empty: a data file holds one JSON object`,
      `${c}: text after the JSON value at line ${lineAfter}, column 1: a data file holds one JSON value`,
    ]);
  });

  it('refuses over-long text, naming file, record, field and language', () => {
    const dir = copyOfData();
    editJson(dir, NVIDIA, (json) => {
      (json.title as { en: string }).en = 'x'.repeat(50_000);
      json.records[0]!.note = { en: 'A note.', vi: 'n'.repeat(801) };
    });
    editJson(dir, 'index.json', (json) => {
      const entry = (json.series as { file: string; title: { en: string } }[]).find((s) => s.file === NVIDIA)!;
      entry.title.en = 'x'.repeat(50_000);
    });
    const { problems } = checkDataFolder(dir);
    expect(problems).toEqual([
      `index.json: series[0] (nvidia-china-share).title.en: must be at most 120 characters (got 50000)`,
      `${NVIDIA}: title.en: must be at most 120 characters (got 50000)`,
      `${NVIDIA}: records[0] (2024).note.vi: must be at most 800 characters (got 801)`,
    ]);
  });
});

describe('checkDataFolder on text a spreadsheet would run, impossible dates and paths out of data/', () => {
  it('refuses a text beginning with =, +, -, @, tab or CR in a series, the events or the sources, naming file, record and field', () => {
    const dir = copyOfData();
    let year: unknown;
    editJson(dir, NVIDIA, (json) => {
      year = json.records[0]!.year;
      (json.title as Record<string, string>).en = '=HYPERLINK("http://evil","x")';
      json.records[0]!.note = { en: '-40% on the year', vi: 'ghi chú' };
    });
    editJson(dir, 'events.json', (json) => {
      const events = json.events as { id: string; title: Record<string, string> }[];
      events[0]!.title.vi = '@cmd';
    });
    editJson(dir, 'sources.json', (json) => {
      const sources = json.sources as { id: string; publication: Record<string, string> }[];
      sources[0]!.publication.en = '+Reuters';
    });
    const events = JSON.parse(readFileSync(join(dir, 'events.json'), 'utf8')) as { events: { id: string }[] };
    const sources = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')) as { sources: { id: string }[] };
    const formula = checkDataFolder(dir).problems.filter((p) => p.includes('would run it as a formula'));
    expect(formula.map((p) => p.split(': must not')[0])).toEqual([
      `sources.json: sources[0] (${sources.sources[0]!.id}).publication.en`,
      `events.json: events[0] (${events.events[0]!.id}).title.vi`,
      `${NVIDIA}: title.en`,
      `${NVIDIA}: records[0] (${String(year)}).note.en`,
    ]);
  });

  it('refuses a source date, an updated day and an event date not in the calendar, naming file and field', () => {
    const dir = copyOfData();
    editJson(dir, 'sources.json', (json) => {
      (json.sources as { date: string }[])[0]!.date = '2025-02-30';
    });
    editJson(dir, NVIDIA, (json) => {
      json.updated = '2025-13-45';
    });
    const { problems } = checkDataFolder(dir);
    const sources = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')) as { sources: { id: string }[] };
    expect(problems).toContain(`sources.json: sources[0] (${sources.sources[0]!.id}).date: is not a real date (got "2025-02-30")`);
    expect(problems).toContain(`${NVIDIA}: updated: is not a real date (got "2025-13-45")`);
  });

  it('refuses an index file of ../outside/x.json, naming the field', () => {
    const dir = copyOfData();
    editJson(dir, 'index.json', (json) => {
      (json.series as { file: string }[])[0]!.file = '../outside/x.json';
    });
    const { problems } = checkDataFolder(dir);
    expect(problems).toEqual([
      expect.stringMatching(/^index\.json: series\[0\] \([a-z0-9-]+\)\.file: must be a file in data\/series\/ \(series\/name\.json\), not a path out of it \(got "\.\.\/outside\/x\.json"\)$/),
    ]);
  });
});

describe('checkDataFolder with a seeds folder', () => {
  function seedsWith(content: string | null): string {
    const root = mkdtempSync(join(tmpdir(), 'check-seeds-'));
    temps.push(root);
    const sources = JSON.parse(readFileSync(join(REAL_DATA, 'sources.json'), 'utf8')) as { sources: { file: string }[] };
    mkdirSync(join(root, 'seeds'));
    if (content !== null) for (const s of sources.sources) writeFileSync(join(root, 'seeds', s.file), content);
    return join(root, 'seeds');
  }

  it('finds quotes that do not stand in the articles', () => {
    const seeds = seedsWith('An article that says nothing of the kind.');
    const { problems, summary } = checkDataFolder(REAL_DATA, seeds);
    expect(summary).toContain(`quotes compared with the articles in ${seeds}`);
    expect(problems.some((p) => p.startsWith(`${NVIDIA}: records[0] (2024).citations[0].quote: not found word for word`))).toBe(true);
    expect(problems.some((p) => p.startsWith('events.json: events[0] ('))).toBe(true);
  });

  it('finds a quote cut with "[…]" when its pieces stand in the article in order, and not otherwise', () => {
    const dir = copyOfData();
    const quote = (json: { records: Record<string, unknown>[] }) => (json.records[0]!.citations as { quote: string; translation?: unknown }[])[0]!;
    editJson(dir, NVIDIA, (json) => {
      quote(json).quote = 'Citigroup analysts estimate […] as low as 50% in 2025';
      delete quote(json).translation;
    });
    const seeds = seedsWith('Citigroup analysts estimate, opens new tab that it will fall as low as 50% in 2025.');
    const ours = (problems: string[]) => problems.filter((p) => p.startsWith(`${NVIDIA}: records[0] (2024).citations[0]`));
    expect(ours(checkDataFolder(dir, seeds).problems)).toEqual([]);
    editJson(dir, NVIDIA, (json) => {
      quote(json).quote = 'as low as 50% in 2025 […] Citigroup analysts estimate';
    });
    expect(ours(checkDataFolder(dir, seeds).problems)).toEqual([
      `${NVIDIA}: records[0] (2024).citations[0].quote: not found word for word in the 'reuters' article: "as low as 50% in 2025 […] Citigroup analysts estimate"`,
    ]);
  });

  it('says when an article cannot be read', () => {
    const seeds = seedsWith(null);
    const { problems } = checkDataFolder(REAL_DATA, seeds);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.includes('cannot be read'))).toBe(true);
  });
});

describe('checkDataFolder on the figures an event moved', () => {
  type MovedJson = { series: string; record?: { year?: number; label?: string }; citation: { quote: string; translation?: unknown } };
  type EventJson = { id: string; moved?: MovedJson[] };
  const firstMoved = (json: Record<string, unknown>) => {
    const events = json.events as EventJson[];
    const at = events.findIndex((e) => e.moved !== undefined);
    return { at, event: events[at]!, link: events[at]!.moved![0]! };
  };
  const realEvents = JSON.parse(readFileSync(join(REAL_DATA, 'events.json'), 'utf8')) as Record<string, unknown>;
  const { at, event } = firstMoved(realEvents);
  const where = `events.json: events[${at}] (${event.id}).moved[0]`;

  it('refuses a link to a series the index does not list, naming file, event and field', () => {
    const dir = copyOfData();
    editJson(dir, 'events.json', (json) => {
      firstMoved(json).link.series = 'no-such-series';
    });
    expect(checkDataFolder(dir).problems).toEqual([`${where}.series: unknown series id 'no-such-series' (not in index.json)`]);
  });

  it('refuses a link to a record the series does not hold', () => {
    const dir = copyOfData();
    editJson(dir, 'events.json', (json) => {
      firstMoved(json).link.record = { year: 2001, label: 'Nobody' };
    });
    expect(checkDataFolder(dir).problems).toEqual([`${where}.record: no record of series '${firstMoved(realEvents).link.series}' at 2001, 'Nobody'`]);
  });

  it('refuses a linking quote not found in its article, and accepts it where it stands', () => {
    const dir = copyOfData();
    const quote = 'A sentence that ties the event to the figure.';
    editJson(dir, 'events.json', (json) => {
      const { link } = firstMoved(json);
      link.citation.quote = quote;
      delete link.citation.translation;
    });
    const ours = (problems: string[]) => problems.filter((p) => p.startsWith(where));
    const root = mkdtempSync(join(tmpdir(), 'check-seeds-'));
    temps.push(root);
    const sources = JSON.parse(readFileSync(join(REAL_DATA, 'sources.json'), 'utf8')) as { sources: { file: string }[] };
    const seeds = join(root, 'seeds');
    mkdirSync(seeds);
    for (const s of sources.sources) writeFileSync(join(seeds, s.file), 'An article that says nothing of the kind.');
    expect(ours(checkDataFolder(dir, seeds).problems)).toEqual([
      `${where}.citation.quote: not found word for word in the '${(firstMoved(realEvents).link.citation as unknown as { source: string }).source}' article: "${quote}"`,
    ]);
    for (const s of sources.sources) writeFileSync(join(seeds, s.file), `Before. ${quote} After.`);
    expect(ours(checkDataFolder(dir, seeds).problems)).toEqual([]);
  });
});

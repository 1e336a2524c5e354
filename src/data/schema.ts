import * as z from 'zod/mini';
import english from 'zod/v4/locales/en.js';
import { COUNT_UNITS, CHART_KINDS, EVENT_KINDS, FLAGS, LANGS, MAX_MAGNITUDE, MAX_YEAR, MIN_YEAR, PRECISIONS, SECTOR_IDS, SHORT_TITLE_MAX, UNITS } from './ids';

export { CHART_KINDS, EVENT_KINDS, FLAGS, LANGS, MAX_MAGNITUDE, MAX_YEAR, MIN_YEAR, PRECISIONS, SECTOR_IDS, SHORT_TITLE_MAX, UNITS } from './ids';

// No code generated at run time: the site's Content-Security-Policy forbids eval. zod/mini, the
// part of zod these schemas use (it is what the page loads to validate a file it fetches), words
// its messages only in the locale it is given.
z.config({ jitless: true, ...english() });

/** `schema` with a description, for the generated JSON Schema (a copy: `schema` itself is unchanged). */
const describe = <S extends z.ZodMiniType>(schema: S, description: string): S => schema.check(z.describe(description));

export const SectorId = describe(z.enum(SECTOR_IDS), 'A sector of the dashboard’s filter.');
export type SectorId = z.infer<typeof SectorId>;

export const EventKind = describe(z.enum(EVENT_KINDS), 'The timeline lane the event is drawn in.');
export type EventKind = z.infer<typeof EventKind>;

export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;

export const Flag = describe(
  z.enum(FLAGS),
  'The sentence’s own hedge: estimate (a forecast), target (a goal), approx (“nearly”, “about”), lowerBound (“more than”), derived (computed from the article’s own numbers).',
);
export type Flag = z.infer<typeof Flag>;

export const ChartKind = describe(z.enum(CHART_KINDS), 'How the series is drawn: slope, bullet, range, diverging, bars or a lone figure.');
export type ChartKind = z.infer<typeof ChartKind>;

export const Unit = describe(z.enum(UNITS), 'The unit of every value of the series; percent is a share within 0–100.');
export type Unit = z.infer<typeof Unit>;

const Year = z.number().check(z.int(), z.gte(MIN_YEAR), z.lte(MAX_YEAR));
const Amount = z.number().check(z.gte(-MAX_MAGNITUDE), z.lte(MAX_MAGNITUDE));

const id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, -)'));
const nonEmpty = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));

/**
 * Every data file may name its JSON Schema (generated from these schemas, `npm run schema:data`)
 * so that editors check it while it is typed. The key is ignored otherwise.
 */
const schemaRef = { $schema: z.optional(z.string()) };

/** A date's shape: a year, a month of it or a day of that. */
const DATE_SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** The days in month `m` (1–12) of year `y` of the (proleptic) Gregorian calendar. */
export const daysInMonth = (y: number, m: number): number => (m === 2 ? (isLeapYear(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);

/**
 * True when `v` is a date of the calendar: a year (YYYY), a month of it (YYYY-MM, month 01–12) or a
 * day of that month (YYYY-MM-DD, no 30 February). False for any other shape.
 */
export function isRealDate(v: string): boolean {
  const match = DATE_SHAPE.exec(v);
  if (!match) return false;
  const [, year = '', month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  return day === undefined || (Number(day) >= 1 && Number(day) <= daysInMonth(Number(year), m));
}

/**
 * A date of the pattern's shape must also be one of the calendar (a wrong shape has its own
 * message), in the years the dashboard draws: a year such as 0025 would be read as 1925 by
 * JavaScript's Date wherever a date is formatted.
 */
export const inDateYears = (v: string): boolean => Number(v.slice(0, 4)) >= MIN_YEAR && Number(v.slice(0, 4)) <= MAX_YEAR;
const DATE_YEARS_MESSAGE = `must be within the years ${MIN_YEAR}–${MAX_YEAR}`;
const realDate = z.refine<string>((v) => !DATE_SHAPE.test(v) || (isRealDate(v) ? inDateYears(v) : false), {
  error: (issue) => (typeof issue.input === 'string' && isRealDate(issue.input) ? DATE_YEARS_MESSAGE : 'is not a real date'),
});

/** The day a data file was last changed: shown as "Data last updated", and held to the file's history by check:data. */
const updated = describe(
  z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD'), realDate),
  'The day this file was last changed (YYYY-MM-DD). check:data refuses a day earlier than its last change.',
);

/** Interface text in both languages of the dashboard. */
export const LocalText = z.strictObject({ en: nonEmpty, vi: nonEmpty });
export type LocalText = z.infer<typeof LocalText>;

/** The sentence a figure or event comes from, in the article's own words. */
export const Citation = z.strictObject({
  source: id,
  quote: describe(nonEmpty, 'The sentence, copied word for word from the article (check:data compares it).'),
  quoteLang: describe(Lang, 'The language of the quote: en or vi.'),
  /** The same passage in the article's other language, where the article carries both. */
  translation: z.optional(z.strictObject({ lang: Lang, text: nonEmpty })),
});
export type Citation = z.infer<typeof Citation>;

export const Source = z.strictObject({
  id,
  /** The article's file in the seeds folder, where check:data reads it: a name, never a path out of the folder. */
  file: z.string().check(z.regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/, 'must be a file name in the articles folder, not a path')),
  publication: LocalText,
  title: nonEmpty,
  author: z.optional(nonEmpty),
  date: z.string().check(z.regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be YYYY-MM or YYYY-MM-DD'), realDate),
  dateApprox: z.optional(z.boolean()),
  dateNote: z.optional(LocalText),
  url: z.optional(z.url({ protocol: /^https?$/ })),
  languages: z.array(Lang).check(z.minLength(1)),
});
export type Source = z.infer<typeof Source>;
export const SourcesFile = z.strictObject({ ...schemaRef, updated, sources: z.array(Source).check(z.minLength(1)) });

export const Derivation = z.strictObject({
  op: z.enum(['divide', 'multiply']),
  operands: z.tuple([z.number(), z.number()]),
  note: LocalText,
});
export type Derivation = z.infer<typeof Derivation>;

/** One figure. A record is placed on a chart by its year, its category label, or both. */
export const ValueRecord = z
  .strictObject({
    series: id,
    year: describe(z.optional(Year), 'The year the figure is for. A record without a year needs a label.'),
    /** Category on a chart's axis (a company, a country), when the figure is not one of a time series. */
    label: z.optional(LocalText),
    value: Amount,
    /** Upper end, when the article gives a range ("11%–19%"). */
    valueHigh: z.optional(Amount),
    unit: Unit,
    counted: describe(z.optional(LocalText), 'What a count counts ("users", "cars"), written after the number: "22 triệu người dùng".'),
    flags: z.array(Flag),
    note: describe(z.optional(LocalText), 'What the reader should know: the article’s wording, where its languages differ.'),
    derivation: z.optional(Derivation),
    citations: z.array(Citation).check(z.minLength(1)),
  })
  .check(
    z.refine((r) => r.year !== undefined || r.label !== undefined, {
      message: 'needs a year or a label',
      path: ['year'],
    }),
    z.refine((r) => r.valueHigh === undefined || r.valueHigh >= r.value, {
      message: 'valueHigh must not be below value',
      path: ['valueHigh'],
    }),
    z.refine((r) => r.counted === undefined || COUNT_UNITS.has(r.unit), {
      message: "only a count (unit 'count', 'million' or 'billion') names what it counts",
      path: ['counted'],
    }),
    z.refine((r) => r.flags.includes('derived') === (r.derivation !== undefined), {
      message: "a 'derived' flag and a derivation go together",
      path: ['derivation'],
    }),
  );
export type ValueRecord = z.infer<typeof ValueRecord>;

export const SeriesFile = z
  .strictObject({
    ...schemaRef,
    updated,
    id,
    title: LocalText,
    subtitle: LocalText,
    sectors: z.array(SectorId).check(z.minLength(1)),
    chart: ChartKind,
    unit: Unit,
    records: z.array(ValueRecord).check(z.minLength(1)),
  })
  .check(z.superRefine((series, ctx) => {
    // A figure is found on its chart by its year and label: two records at one place would be drawn as one.
    const placeOf = new Map<string, number>();
    series.records.forEach((r, i) => {
      const place = `${r.year ?? ''}|${r.label?.en ?? ''}`;
      const first = placeOf.get(place);
      if (first === undefined) placeOf.set(place, i);
      else {
        ctx.addIssue({
          code: 'custom',
          path: ['records', i],
          message: `has the same year and label as records[${first}]: one of them is a mistake`,
          params: { vi: `trùng năm và nhãn với records[${first}]: một trong hai bị nhầm` },
        });
      }
    });
    series.records.forEach((r, i) => {
      const at = (field: string) => ['records', i, field];
      if (r.series !== series.id) {
        ctx.addIssue({
          code: 'custom',
          path: at('series'),
          message: `'${r.series}' is not this file's series '${series.id}'`,
          params: { vi: `'${r.series}' không phải chuỗi số liệu '${series.id}' của tệp này` },
        });
      }
      if (r.unit !== series.unit) {
        ctx.addIssue({
          code: 'custom',
          path: at('unit'),
          message: `'${r.unit}' differs from the series unit '${series.unit}'`,
          params: { vi: `'${r.unit}' khác đơn vị '${series.unit}' của chuỗi số liệu` },
        });
      }
      if (r.unit === 'percent') {
        for (const field of ['value', 'valueHigh'] as const) {
          const v = r[field];
          if (v !== undefined && (v < 0 || v > 100)) {
            ctx.addIssue({
              code: 'custom',
              path: at(field),
              input: v,
              message: 'a share must be within 0–100%',
              params: { vi: 'tỷ trọng phải nằm trong khoảng 0–100%' },
            });
          }
        }
      }
      if (r.derivation) {
        const expected = derivedValue(r.derivation);
        // The article's own rounding: one decimal, so within 0.05 (and a hair for floats).
        // A division by zero gives no figure at all: Infinity or NaN would pass any comparison below.
        if (!Number.isFinite(expected) || Math.abs(expected - r.value) > 0.05 + Math.abs(expected) * 1e-3) {
          ctx.addIssue({
            code: 'custom',
            path: at('value'),
            input: r.value,
            message: `does not match its derivation (${expected.toFixed(2)})`,
            params: { vi: `không khớp với cách tính (${expected.toFixed(2)})` },
          });
        }
      }
    });
  }));
export type SeriesFile = z.infer<typeof SeriesFile>;

export function derivedValue(d: Derivation): number {
  const [a, b] = d.operands;
  return d.op === 'divide' ? a / b : a * b;
}

export const Precision = describe(
  z.enum(PRECISIONS),
  'day: YYYY-MM-DD; month: YYYY-MM; season: start and end YYYY-MM; year: YYYY; term: start and end YYYY.',
);
export type Precision = z.infer<typeof Precision>;

const DATE_FORMATS: Record<Precision, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  season: /^\d{4}-\d{2}$/,
  year: /^\d{4}$/,
  term: /^\d{4}$/,
};
const FORMAT_NAMES: Record<Precision, string> = {
  day: 'YYYY-MM-DD',
  month: 'YYYY-MM',
  season: 'YYYY-MM',
  year: 'YYYY',
  term: 'YYYY',
};

export const EventDate = z
  .strictObject({
    precision: Precision,
    start: z.string(),
    end: z.optional(z.string()),
    /** How the article words it: "late 2022", "mid-January". */
    label: z.optional(LocalText),
  })
  .check(z.superRefine((d, ctx) => {
    const format = DATE_FORMATS[d.precision];
    for (const key of ['start', 'end'] as const) {
      const v = d[key];
      if (v === undefined) continue;
      if (!format.test(v) || !isRealDate(v)) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `'${v}' is not a ${d.precision} date (${FORMAT_NAMES[d.precision]})`,
          params: { vi: `'${v}' không phải ngày dạng ${d.precision} (${FORMAT_NAMES[d.precision]})` },
        });
      } else if (!inDateYears(v)) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `'${v}' ${DATE_YEARS_MESSAGE}`,
          params: { vi: `'${v}' phải nằm trong các năm ${MIN_YEAR}–${MAX_YEAR}` },
        });
      }
    }
    if ((d.precision === 'season' || d.precision === 'term') && d.end === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `a ${d.precision} needs an end`,
        params: { vi: `mốc dạng ${d.precision} cần có thời điểm kết thúc` },
      });
    }
    if (d.end !== undefined && d.end < d.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `ends (${d.end}) before it starts (${d.start})`,
        params: { vi: `kết thúc (${d.end}) trước khi bắt đầu (${d.start})` },
      });
    }
  }));
export type EventDate = z.infer<typeof EventDate>;

/** A source's own claim about when an event happened, kept when sources disagree. */
export const DateClaim = z.strictObject({ date: EventDate, citation: Citation });
export type DateClaim = z.infer<typeof DateClaim>;

/**
 * A figure an event moved, as an article's sentence says: the series (and the record, by its year
 * and label, where the sentence names one) and the quote that ties them. Never by inference: no
 * sentence, no link.
 */
export const MovedLink = z.strictObject({
  series: describe(id, 'The id of the series the event moved (check:data: it must exist).'),
  record: describe(
    z.optional(
      z.strictObject({
        year: z.optional(Year),
        label: describe(z.optional(nonEmpty), 'The record’s English label.'),
      }),
    ),
    'The record the sentence names, by its year and English label (check:data: it must exist).',
  ),
  citation: describe(Citation, 'The sentence that ties the event to the figure, word for word from its article.'),
});
export type MovedLink = z.infer<typeof MovedLink>;

const shortText = nonEmpty.check(z.maxLength(SHORT_TITLE_MAX, `must be at most ${SHORT_TITLE_MAX} characters`));

export const TimelineEvent = z.strictObject({
  id,
  date: EventDate,
  /**
   * A date the articles do not give, added from public record and labelled as such: a day
   * (YYYY-MM-DD), or a month or a year where the record is no more precise than that.
   * The note names the record it comes from.
   */
  publicRecord: describe(
    z.optional(
      z.strictObject({
        date: z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'), realDate),
        note: LocalText,
      }),
    ),
    'A date the articles do not give, from public record; the note names the record.',
  ),
  /** What the reader should know about the event's sources: where they disagree, what they leave out. */
  note: describe(z.optional(LocalText), 'Where the sources or their languages disagree, what they leave out.'),
  kind: EventKind,
  sectors: z.array(SectorId).check(z.minLength(1)),
  title: LocalText,
  /** A few words the timeline writes beside the mark ("DeepSeek R1"): at most 24 characters in each language. */
  short: describe(
    z.strictObject({ en: shortText, vi: shortText }),
    'A short title for the timeline label, at most 24 characters in each language, e.g. “DeepSeek R1”.',
  ),
  /** Ids this event was known by before two events were merged, so that old links still open it. */
  formerIds: describe(z.optional(z.array(id).check(z.minLength(1))), 'Ids of events merged into this one; links with them open it.'),
  citations: z.array(Citation).check(z.minLength(1)),
  /** The figures an article's sentence ties to this event, each with that sentence. */
  moved: describe(z.optional(z.array(MovedLink).check(z.minLength(1))), 'The figures an article’s sentence ties to this event, each with that sentence.'),
  /** Present when the sources disagree on the date: every claim, each with its source. */
  dateConflict: describe(z.optional(z.array(DateClaim).check(z.minLength(2))), 'Every source’s own date, when the sources disagree.'),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;
export const EventsFile = z.strictObject({ ...schemaRef, updated, events: z.array(TimelineEvent).check(z.minLength(1)) });

/**
 * A file the index names stays inside `data/` (and a series file inside `data/series/`), where the
 * build copies from and the page fetches: one name of letters, digits, `_`, `.` and `-`, ending
 * `.json`; no `..`, no absolute path, no backslash, no other folder.
 */
const FILE_NAME = '[A-Za-z0-9_][A-Za-z0-9_.-]*\\.json';
const dataFile = describe(
  z.string().check(z.regex(new RegExp(`^${FILE_NAME}$`), 'must be a file name in data/ (name.json), not a path')),
  'A file at the top of data/, such as sources.json.',
);
const seriesFile = describe(
  z.string().check(z.regex(new RegExp(`^series/${FILE_NAME}$`), 'must be a file in data/series/ (series/name.json), not a path out of it')),
  'The series file, inside data/series/: series/<id>.json.',
);

export const DataIndex = z.strictObject({
  ...schemaRef,
  updated,
  sources: dataFile,
  events: dataFile,
  /** Title and sectors repeat the series file's, so a card can be named and filtered before its file arrives. */
  series: z
    .array(
      z.strictObject({
        id,
        file: seriesFile,
        title: LocalText,
        sectors: z.array(SectorId).check(z.minLength(1)),
        /** One of the figures the dashboard exists for: shown as a key-figure tile on the first screen. */
        headline: describe(z.optional(z.literal(true)), 'true for a headline figure, shown as a key-figure tile at the top of the dashboard.'),
      }),
    )
    .check(z.minLength(1)),
});
export type DataIndex = z.infer<typeof DataIndex>;

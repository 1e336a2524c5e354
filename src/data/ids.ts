/**
 * The ids, units and limits of the data files, without their schemas: what the page needs of
 * `schema.ts` at run time, so that the validation code loads only with a file fetched later.
 */
/** Ids used across files. Kept as enums so a typo in `data/` is caught by `check:data`. */
export const SECTOR_IDS = [
  'ai',
  'semiconductors',
  'ev',
  'shipbuilding',
  'chemicals',
  'agriculture',
  'robotics',
  'finance',
  'policy',
] as const;

export const EVENT_KINDS = ['us-control', 'china-policy', 'ai-milestone', 'chip-milestone', 'market', 'remark'] as const;

export const LANGS = ['en', 'vi'] as const;

export const FLAGS = ['estimate', 'target', 'approx', 'lowerBound', 'derived'] as const;

export const CHART_KINDS = ['slope', 'bullet', 'range', 'diverging', 'bars', 'figure'] as const;

export const UNITS = [
  /** A share of a whole: 0–100. */
  'percent',
  /** A change or a difference, in percent: may be negative or above 100. */
  'percent-change',
  'usd-bn',
  'usd-m',
  'usd-tn',
  'cny-bn',
  'cny-tn',
  'million-tonnes',
  'million',
  'billion',
  'nm',
  /** A length of time, in years ("more than four years"). */
  'years',
  /** A plain count of things (models, companies). */
  'count',
] as const;

/** Units of things counted, whose records may name what they count ("22 triệu người dùng"). */
export const COUNT_UNITS: ReadonlySet<(typeof UNITS)[number]> = new Set<(typeof UNITS)[number]>(['million', 'billion', 'count']);

/**
 * A date as precise as the article makes it.
 * day: YYYY-MM-DD; month: YYYY-MM; season: YYYY-MM..YYYY-MM; year: YYYY; term: YYYY..YYYY.
 * `end` is given for spans (a season, a run of months, a term).
 */
export const PRECISIONS = ['day', 'month', 'season', 'year', 'term'] as const;

export const MIN_YEAR = 1990;

export const MAX_YEAR = 2040;

/** No figure of these articles comes near ±1e15 in its unit; beyond that a value is a typo. */
export const MAX_MAGNITUDE = 1e15;

/** The longest short title, in characters, that the timeline is laid out for. */
export const SHORT_TITLE_MAX = 24;

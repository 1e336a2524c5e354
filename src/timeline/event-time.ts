import type { EventDate, Precision } from '../data/schema';

/** Time as fractional years (2025.0 = 1 Jan 2025), the unit of every time axis here. */
export interface Interval {
  start: number;
  end: number;
}

function daysInYear(year: number): number {
  return (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
}

/** A calendar day (months and days may overflow: 13th month = next January) as a fractional year. */
function utcToYear(year: number, monthIndex: number, day: number): number {
  const date = new Date(Date.UTC(year, monthIndex, day));
  const y = date.getUTCFullYear();
  return y + (date.getTime() - Date.UTC(y, 0, 1)) / 86_400_000 / daysInYear(y);
}

export function dayToYear(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return utcToYear(y, m - 1, d);
}

/** The midnight that ends a day. */
function dayEnd(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return utcToYear(y, m - 1, d + 1);
}

function monthStart(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return utcToYear(y, m - 1, 1);
}

function monthEnd(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return utcToYear(y, m, 1);
}

/**
 * The stretch of time a date covers: a day, a month, a season, a year or a term. Computed once per
 * date object (the data's dates are not changed once read), as sorting and laying out thousands of
 * events asks for it again and again; the interval given is shared, not to be changed.
 */
export function eventInterval(date: EventDate): Readonly<Interval> {
  let interval = intervals.get(date);
  if (!interval) intervals.set(date, (interval = computeInterval(date)));
  return interval;
}

const intervals = new WeakMap<EventDate, Readonly<Interval>>();

function computeInterval(date: EventDate): Interval {
  const { precision, start, end = start } = date;
  switch (precision) {
    case 'day':
      return { start: dayToYear(start), end: dayEnd(end) };
    case 'month':
    case 'season':
      return { start: monthStart(start), end: monthEnd(end) };
    case 'year':
      return { start: Number(start), end: Number(end) + 1 };
    case 'term':
      // A term "2017–2021" runs from early 2017 to early 2021.
      return { start: Number(start), end: Number(end) };
  }
}

/** Drawn as a span rather than a point: the article knows only a stretch of time. */
export function isSpan(date: EventDate): boolean {
  const spanPrecisions: Precision[] = ['season', 'year', 'term'];
  return spanPrecisions.includes(date.precision) || (date.end !== undefined && date.end !== date.start);
}

/** Whether an interval overlaps the inclusive year range [from, to]; null = unbounded. */
export function overlapsYears(interval: Interval, from: number | null, to: number | null): boolean {
  return (from === null || interval.end > from) && (to === null || interval.start < to + 1);
}

/** The first instant of a month (monthIndex 0–11, may overflow) as a fractional year. */
export function monthStartYear(year: number, monthIndex: number): number {
  return utcToYear(year, monthIndex, 1);
}

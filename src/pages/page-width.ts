/**
 * The width a chart's own page lays its chart out at before it can be measured (the build, and the
 * browser while it hydrates): the chart's frame at the full content width of a 1440 px window.
 * A narrower window measures its own width once the page is hydrated and draws the chart again.
 */
export const CHART_PAGE_PRERENDER_WIDTH = 1334;

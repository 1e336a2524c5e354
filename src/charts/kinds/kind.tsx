import type { ReactNode } from 'react';
import type { ValueRecord } from '../../data/schema';
import type { ChartSize, LayoutInput } from '../types';
import { xUnit, type Units, type XUnit } from '../units';

/** Where a figure sits on the drawing: the point its provenance button is placed on. */
export interface Anchor {
  key: string;
  x: number;
  y: number;
  record: ValueRecord;
}

/** A chart drawn against time, on which a selected event's date can be ruled. */
export interface TimeAxis {
  xOfYear: (year: number) => number;
  domain: [number, number];
  top: number;
  bottom: number;
}

export interface DrawnChart {
  body: ReactNode;
  anchors: Anchor[];
  timeAxis?: TimeAxis | undefined;
}

/** What each chart kind gives: how tall it is, its pure layout, where its figures sit, and its marks. */
export interface ChartKindSpec<Layout> {
  /** The height the kind needs for its records; the width is the card's. */
  height: (rows: number) => number;
  /** The height in a key-figure tile (`compact`), for a kind that can be drawn as one. */
  compactHeight?: number;
  layout: (input: LayoutInput) => Layout;
  anchors: (layout: Layout) => Anchor[];
  /** Only kinds drawn against time have one; a selected event is ruled on them. */
  timeAxis?: (layout: Layout) => TimeAxis;
  /** `u` writes a horizontal coordinate in the drawing's units (every x, width, x1, x2, cx). */
  Marks: (props: { layout: Layout; size: ChartSize; u: XUnit }) => ReactNode;
}

export interface ChartKindModule {
  hasTimeAxis: boolean;
  height: (rows: number) => number;
  compactHeight?: number | undefined;
  /** `units`: px (exports, gallery, snapshots) or relative to the laid-out width (the page). */
  draw: (input: LayoutInput, units?: Units) => DrawnChart;
}

export function defineKind<Layout>(spec: ChartKindSpec<Layout>): ChartKindModule {
  const { Marks } = spec;
  return {
    hasTimeAxis: spec.timeAxis !== undefined,
    height: spec.height,
    compactHeight: spec.compactHeight,
    draw: (input, units = 'px') => {
      const layout = spec.layout(input);
      return { body: <Marks layout={layout} size={input.size} u={xUnit(units, input.size.width)} />, anchors: spec.anchors(layout), timeAxis: spec.timeAxis?.(layout) };
    },
  };
}

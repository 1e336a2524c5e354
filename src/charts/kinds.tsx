import type { ReactNode } from 'react';
import type { ChartKind, Lang, ValueRecord } from '../data/schema';
import { Label } from './chart-svg';
import { barsHeight, layoutBars } from './layout/bars-layout';
import { bulletDefaults, layoutBullet } from './layout/bullet-layout';
import { divergingDefaults, layoutDiverging } from './layout/diverging-layout';
import { figureHeight, layoutFigure } from './layout/figure-layout';
import { layoutRange, rangeHeight } from './layout/range-layout';
import { layoutSlope, slopeDefaults } from './layout/slope-layout';
import type { ChartSize, LayoutInput } from './types';

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
  timeAxis?: TimeAxis;
}

/** Kinds drawn against time, on which a selected event's date is ruled. */
export function hasTimeAxis(kind: ChartKind): boolean {
  return kind === 'slope';
}

/** The height each kind needs for its records; the width is the card's. */
export function chartHeight(kind: ChartKind, rows: number): number {
  switch (kind) {
    case 'slope':
      return slopeDefaults.height;
    case 'bullet':
      return bulletDefaults.height;
    case 'diverging':
      return divergingDefaults.height;
    case 'range':
      return rangeHeight(rows);
    case 'bars':
      return barsHeight(rows);
    case 'figure':
      return figureHeight(rows);
  }
}

const markClass = (m: { hollow: boolean; dashed: boolean }) =>
  `mark${m.hollow ? ' mark--hollow' : ''}${m.dashed ? ' mark--dashed' : ''}`;

/** Lays out and draws one chart kind: pure, so the card and the export draw the same picture. */
export function drawChart(kind: ChartKind, records: readonly ValueRecord[], size: ChartSize, lang: Lang): DrawnChart {
  const input: LayoutInput = { records, size, lang };
  switch (kind) {
    case 'slope': {
      const layout = layoutSlope(input);
      return {
        anchors: layout.points.map((p) => ({ key: p.key, x: p.x, y: p.y, record: p.record })),
        timeAxis: { xOfYear: layout.xOfYear, domain: layout.xDomain, top: slopeDefaults.top - 8, bottom: layout.baseline.y },
        body: (
          <>
            <line className="axis" x1={layout.baseline.x1} x2={layout.baseline.x2} y1={layout.baseline.y} y2={layout.baseline.y} />
            {layout.segments.map((s, i) => (
              <line key={i} className={`connector${s.dashed ? ' mark--dashed' : ''}`} x1={s.x1} y1={s.y1} x2={s.x2} y2={s.y2} />
            ))}
            {layout.points.map((p) => (
              <g key={p.key}>
                <circle className={markClass(p)} cx={p.x} cy={p.y} r={6} />
                <Label mark={p.value} className="label label--value" />
                <Label mark={p.year} className="label label--axis" />
              </g>
            ))}
          </>
        ),
      };
    }
    case 'bullet': {
      const layout = layoutBullet(input);
      const { track } = layout;
      return {
        anchors: [
          ...layout.bars.map((b) => ({ key: b.key, x: b.x + b.width, y: b.y + b.height / 2, record: b.record })),
          ...layout.targets.map((t) => ({ key: t.key, x: t.x, y: (t.y1 + t.y2) / 2, record: t.record })),
        ],
        body: (
          <>
            <rect className="track" x={track.x} y={track.y} width={track.width} height={track.height} />
            {layout.bars.map((b) => (
              <g key={b.key}>
                <rect className="mark" x={b.x} y={b.y} width={b.width} height={b.height} />
                <Label mark={b.label} className="label label--value" />
              </g>
            ))}
            {layout.targets.map((t) => (
              <g key={t.key}>
                <line className="target mark--dashed" x1={t.x} x2={t.x} y1={t.y1} y2={t.y2} />
                <Label mark={t.label} className="label label--value" />
              </g>
            ))}
            {layout.ticks.map((t) => (
              <Label key={t.text} mark={t} className="label label--axis" />
            ))}
          </>
        ),
      };
    }
    case 'range': {
      const layout = layoutRange(input);
      return {
        anchors: layout.rows.map((r) => ({ key: r.key, x: (r.x1 + r.x2) / 2, y: r.y, record: r.record })),
        body: (
          <>
            {layout.rows.map((r) => (
              <g key={r.key}>
                <Label mark={r.category} className="label label--category" />
                {r.isRange ? (
                  <rect className={`${markClass(r)} band`} x={r.x1} y={r.y - 8} width={Math.max(2, r.x2 - r.x1)} height={16} rx={8} />
                ) : (
                  <circle className={markClass(r)} cx={r.x1} cy={r.y} r={7} />
                )}
                <Label mark={r.value} className="label label--value" />
              </g>
            ))}
            <line className="axis" x1={layout.axis.x1} x2={layout.axis.x2} y1={layout.axis.y} y2={layout.axis.y} />
            {layout.ticks.map((t) => (
              <Label key={t.text} mark={t} className="label label--axis" />
            ))}
          </>
        ),
      };
    }
    case 'diverging': {
      const layout = layoutDiverging(input);
      return {
        anchors: layout.bars.map((b) => ({ key: b.key, x: b.x + b.width / 2, y: b.negative ? b.y + b.height : b.y, record: b.record })),
        body: (
          <>
            {layout.bars.map((b) => (
              <g key={b.key}>
                <rect className={`${markClass(b)}${b.negative ? ' mark--negative' : ''}`} x={b.x} y={b.y} width={b.width} height={b.height} />
                <Label mark={b.value} className="label label--value" />
                <Label mark={b.year} className="label label--axis" />
              </g>
            ))}
            <line className="axis" x1={layout.zero.x1} x2={layout.zero.x2} y1={layout.zero.y} y2={layout.zero.y} />
          </>
        ),
      };
    }
    case 'bars': {
      const layout = layoutBars(input);
      const last = layout.ticks[layout.ticks.length - 1];
      return {
        anchors: layout.bars.map((b) => ({ key: b.key, x: b.x + b.width, y: b.y + b.height / 2, record: b.record })),
        body: (
          <>
            {layout.ticks.map((t) => (
              <g key={t.text}>
                <line className="grid" x1={t.x} x2={t.x} y1={t.y1} y2={t.y2} />
                <Label mark={t} className="label label--axis" />
              </g>
            ))}
            {layout.bars.map((b) => (
              <g key={b.key}>
                <Label mark={b.category} className="label label--category" />
                <rect className={markClass(b)} x={b.x} y={b.y} width={b.width} height={b.height} />
                <Label mark={b.value} className="label label--value" />
              </g>
            ))}
            {last && <Label mark={{ x: size.width - 4, y: last.y + 14, text: layout.scaleNote, anchor: 'end' }} className="label label--note" />}
          </>
        ),
      };
    }
    case 'figure': {
      const layout = layoutFigure(input);
      return {
        anchors: layout.items.map((item) => ({ key: item.key, x: item.value.x, y: item.value.y - 12, record: item.record })),
        body: (
          <>
            {layout.items.map((item) => (
              <g key={item.key}>
                <Label mark={item.value} fontSize={item.fontSize} className={`label label--figure${item.hollow ? ' label--flagged' : ''}`} />
                <Label mark={item.caption} className="label label--axis" />
              </g>
            ))}
          </>
        ),
      };
    }
  }
}

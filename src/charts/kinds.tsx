import { useMemo } from 'react';
import type { ChartKind, Lang, ValueRecord } from '../data/schema';
import { ChartSvg, Label } from './ChartSvg';
import { barsHeight, layoutBars } from './layout/bars-layout';
import { bulletDefaults, layoutBullet } from './layout/bullet-layout';
import { divergingDefaults, layoutDiverging } from './layout/diverging-layout';
import { figureHeight, layoutFigure } from './layout/figure-layout';
import { layoutRange, rangeHeight } from './layout/range-layout';
import { layoutSlope, slopeDefaults } from './layout/slope-layout';

export interface ChartProps {
  kind: ChartKind;
  records: readonly ValueRecord[];
  width: number;
  lang: Lang;
  label: string;
  describedBy: string;
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

export function Chart(props: ChartProps) {
  const { kind, records, width, lang } = props;
  const size = useMemo(() => ({ width, height: chartHeight(kind, records.length) }), [kind, width, records.length]);
  const frame = { size, label: props.label, describedBy: props.describedBy, className: `chart--${kind}` };
  switch (kind) {
    case 'slope':
      return <SlopeChart frame={frame} records={records} lang={lang} />;
    case 'bullet':
      return <BulletChart frame={frame} records={records} lang={lang} />;
    case 'range':
      return <RangeChart frame={frame} records={records} lang={lang} />;
    case 'diverging':
      return <DivergingChart frame={frame} records={records} lang={lang} />;
    case 'bars':
      return <BarsChart frame={frame} records={records} lang={lang} />;
    case 'figure':
      return <FigureChart frame={frame} records={records} lang={lang} />;
  }
}

interface KindProps {
  frame: Omit<Parameters<typeof ChartSvg>[0], 'children'>;
  records: readonly ValueRecord[];
  lang: Lang;
}

function SlopeChart({ frame, records, lang }: KindProps) {
  const layout = useMemo(() => layoutSlope({ records, size: frame.size, lang }), [records, frame.size, lang]);
  return (
    <ChartSvg {...frame}>
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
    </ChartSvg>
  );
}

function BulletChart({ frame, records, lang }: KindProps) {
  const layout = useMemo(() => layoutBullet({ records, size: frame.size, lang }), [records, frame.size, lang]);
  const { track } = layout;
  return (
    <ChartSvg {...frame}>
      <rect className="track" x={track.x} y={track.y} width={track.width} height={track.height} />
      {layout.bars.map((b) => (
        <g key={b.key}>
          <rect className="mark" x={b.x} y={b.y} width={b.width} height={b.height} />
          <Label mark={b.label} className="label label--value" />
        </g>
      ))}
      {layout.targets.map((t) => (
        <g key={t.key}>
          <line className="target" x1={t.x} x2={t.x} y1={t.y1} y2={t.y2} />
          <Label mark={t.label} className="label label--value" />
        </g>
      ))}
      {layout.ticks.map((t) => (
        <Label key={t.text} mark={t} className="label label--axis" />
      ))}
    </ChartSvg>
  );
}

function RangeChart({ frame, records, lang }: KindProps) {
  const layout = useMemo(() => layoutRange({ records, size: frame.size, lang }), [records, frame.size, lang]);
  return (
    <ChartSvg {...frame}>
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
    </ChartSvg>
  );
}

function DivergingChart({ frame, records, lang }: KindProps) {
  const layout = useMemo(() => layoutDiverging({ records, size: frame.size, lang }), [records, frame.size, lang]);
  return (
    <ChartSvg {...frame}>
      {layout.bars.map((b) => (
        <g key={b.key}>
          <rect className={`${markClass(b)}${b.negative ? ' mark--negative' : ''}`} x={b.x} y={b.y} width={b.width} height={b.height} />
          <Label mark={b.value} className="label label--value" />
          <Label mark={b.year} className="label label--axis" />
        </g>
      ))}
      <line className="axis" x1={layout.zero.x1} x2={layout.zero.x2} y1={layout.zero.y} y2={layout.zero.y} />
    </ChartSvg>
  );
}

function BarsChart({ frame, records, lang }: KindProps) {
  const layout = useMemo(() => layoutBars({ records, size: frame.size, lang }), [records, frame.size, lang]);
  const last = layout.ticks[layout.ticks.length - 1];
  return (
    <ChartSvg {...frame}>
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
      {last && <Label mark={{ x: frame.size.width - 4, y: last.y, text: layout.scaleNote, anchor: 'end' }} className="label label--note" />}
    </ChartSvg>
  );
}

function FigureChart({ frame, records, lang }: KindProps) {
  const layout = useMemo(() => layoutFigure({ records, size: frame.size, lang }), [records, frame.size, lang]);
  return (
    <ChartSvg {...frame}>
      {layout.items.map((item) => (
        <g key={item.key}>
          <Label mark={item.value} className={`label label--figure${item.hollow ? ' label--flagged' : ''}`} />
          <Label mark={item.caption} className="label label--axis" />
        </g>
      ))}
    </ChartSvg>
  );
}

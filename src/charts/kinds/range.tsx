import { layoutRange, rangeHeight, type RangeLayout } from '../layout/range-layout';
import { AxisLine, AxisTicks, Label, markClass } from '../marks';
import { defineKind } from './kind';
import type { XUnit } from '../units';

function RangeMarks({ layout, u }: { layout: RangeLayout; u: XUnit }) {
  return (
    <>
      {layout.rows.map((r) => (
        <g key={r.key}>
          <Label mark={r.category} className="label label--category" u={u} />
          {r.isRange ? (
            <rect className={markClass(r, 'band')} x={u(r.x1)} y={r.y - 8} width={u(Math.max(2, r.x2 - r.x1))} height={16} rx={8} />
          ) : (
            <circle className={markClass(r)} cx={u(r.x1)} cy={r.y} r={7} />
          )}
          <Label mark={r.value} className="label label--value" u={u} />
        </g>
      ))}
      <AxisLine x1={layout.axis.x1} x2={layout.axis.x2} y={layout.axis.y} u={u} />
      <AxisTicks ticks={layout.ticks} u={u} />
    </>
  );
}

/** A range ("11–19%") as a band, single figures as dots, on one axis. */
export const range = defineKind<RangeLayout>({
  height: rangeHeight,
  layout: layoutRange,
  anchors: (layout) => layout.rows.map((r) => ({ key: r.key, x: (r.x1 + r.x2) / 2, y: r.y, record: r.record })),
  Marks: RangeMarks,
});

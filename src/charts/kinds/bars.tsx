import { barsHeight, layoutBars, type BarsLayout } from '../layout/bars-layout';
import { AxisTicks, Label, markClass } from '../marks';
import { defineKind } from './kind';
import type { XUnit } from '../units';

function BarsMarks({ layout, u }: { layout: BarsLayout; u: XUnit }) {
  return (
    <>
      <AxisTicks ticks={layout.ticks} u={u} />
      {layout.bars.map((b) => (
        <g key={b.key}>
          <Label mark={b.category} className="label label--category" u={u} />
          <rect className={markClass(b)} x={u(b.x)} y={b.y} width={u(b.width)} height={b.height} />
          <Label mark={b.value} className="label label--value" u={u} />
        </g>
      ))}
    </>
  );
}

/** Figures of one kind across categories (company values) as bars from zero, each labelled with its value. */
export const bars = defineKind<BarsLayout>({
  height: barsHeight,
  layout: layoutBars,
  anchors: (layout) => layout.bars.map((b) => ({ key: b.key, x: b.x + b.width, y: b.y + b.height / 2, record: b.record })),
  Marks: BarsMarks,
});

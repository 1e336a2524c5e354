import { divergingDefaults, layoutDiverging, type DivergingLayout } from '../layout/diverging-layout';
import { AxisLine, Label, markClass } from '../marks';
import { defineKind } from './kind';
import type { XUnit } from '../units';

export { divergingDefaults };

function DivergingMarks({ layout, u }: { layout: DivergingLayout; u: XUnit }) {
  return (
    <>
      {layout.bars.map((b) => (
        <g key={b.key}>
          <rect className={markClass(b, b.negative ? 'mark--negative' : '')} x={u(b.x)} y={b.y} width={u(b.width)} height={b.height} />
          <Label mark={b.value} className="label label--value" u={u} />
          <Label mark={b.year} className="label label--axis" u={u} />
        </g>
      ))}
      <AxisLine x1={layout.zero.x1} x2={layout.zero.x2} y={layout.zero.y} u={u} />
    </>
  );
}

/** Deficits and surpluses as bars either side of zero. */
export const diverging = defineKind<DivergingLayout>({
  height: () => divergingDefaults.height,
  layout: layoutDiverging,
  anchors: (layout) =>
    layout.bars.map((b) => ({ key: b.key, x: b.x + b.width / 2, y: b.negative ? b.y + b.height : b.y, record: b.record })),
  Marks: DivergingMarks,
});

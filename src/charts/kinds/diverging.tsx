import { divergingDefaults, layoutDiverging, type DivergingLayout } from '../layout/diverging-layout';
import { AxisLine, Label, markClass } from '../marks';
import { defineKind } from './kind';

export { divergingDefaults };

function DivergingMarks({ layout }: { layout: DivergingLayout }) {
  return (
    <>
      {layout.bars.map((b) => (
        <g key={b.key}>
          <rect className={markClass(b, b.negative ? 'mark--negative' : '')} x={b.x} y={b.y} width={b.width} height={b.height} />
          <Label mark={b.value} className="label label--value" />
          <Label mark={b.year} className="label label--axis" />
        </g>
      ))}
      <AxisLine x1={layout.zero.x1} x2={layout.zero.x2} y={layout.zero.y} />
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

import { barsHeight, layoutBars, type BarsLayout } from '../layout/bars-layout';
import { AxisTicks, Label, markClass } from '../marks';
import { defineKind } from './kind';

function BarsMarks({ layout }: { layout: BarsLayout }) {
  return (
    <>
      <AxisTicks ticks={layout.ticks} />
      {layout.bars.map((b) => (
        <g key={b.key}>
          <Label mark={b.category} className="label label--category" />
          <rect className={markClass(b)} x={b.x} y={b.y} width={b.width} height={b.height} />
          <Label mark={b.value} className="label label--value" />
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

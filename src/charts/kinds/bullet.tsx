import { bulletDefaults, layoutBullet, type BulletLayout } from '../layout/bullet-layout';
import { AxisTicks, Label } from '../marks';
import { defineKind } from './kind';

export { bulletDefaults };

function BulletMarks({ layout }: { layout: BulletLayout }) {
  const { track } = layout;
  return (
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
      <AxisTicks ticks={layout.ticks} />
    </>
  );
}

/** An actual figure against its target. */
export const bullet = defineKind<BulletLayout>({
  height: () => bulletDefaults.height,
  layout: layoutBullet,
  anchors: (layout) => [
    ...layout.bars.map((b) => ({ key: b.key, x: b.x + b.width, y: b.y + b.height / 2, record: b.record })),
    ...layout.targets.map((t) => ({ key: t.key, x: t.x, y: (t.y1 + t.y2) / 2, record: t.record })),
  ],
  Marks: BulletMarks,
});

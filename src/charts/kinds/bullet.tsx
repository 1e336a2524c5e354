import { bulletDefaults, layoutBullet, type BulletLayout } from '../layout/bullet-layout';
import { AxisTicks, Label } from '../marks';
import { defineKind } from './kind';
import type { XUnit } from '../units';

export { bulletDefaults };

function BulletMarks({ layout, u }: { layout: BulletLayout; u: XUnit }) {
  const { track } = layout;
  return (
    <>
      <rect className="track" x={u(track.x)} y={track.y} width={u(track.width)} height={track.height} />
      {layout.bars.map((b) => (
        <g key={b.key}>
          <rect className="mark" x={u(b.x)} y={b.y} width={u(b.width)} height={b.height} />
          <Label mark={b.label} className="label label--value" u={u} />
        </g>
      ))}
      {layout.targets.map((t) => (
        <g key={t.key}>
          <line className="target mark--dashed" x1={u(t.x)} x2={u(t.x)} y1={t.y1} y2={t.y2} />
          <Label mark={t.label} className="label label--value" u={u} />
        </g>
      ))}
      <AxisTicks ticks={layout.ticks} u={u} />
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

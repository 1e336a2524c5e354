import { layoutSlope, slopeDefaults, type SlopeLayout } from '../layout/slope-layout';
import { AxisLine, Label, markClass } from '../marks';
import { defineKind } from './kind';
import type { XUnit } from '../units';

export { slopeDefaults };

function SlopeMarks({ layout, u }: { layout: SlopeLayout; u: XUnit }) {
  const { baseline } = layout;
  return (
    <>
      <AxisLine x1={baseline.x1} x2={baseline.x2} y={baseline.y} u={u} />
      {layout.segments.map((s, i) => (
        <line key={i} className={`connector${s.dashed ? ' mark--dashed' : ''}`} x1={u(s.x1)} y1={s.y1} x2={u(s.x2)} y2={s.y2} />
      ))}
      {layout.points.map((p) => (
        <g key={p.key}>
          <circle className={markClass(p)} cx={u(p.x)} cy={p.y} r={6} />
          <Label mark={p.value} className="label label--value" u={u} />
          {p.year && <Label mark={p.year} className="label label--axis" u={u} />}
        </g>
      ))}
    </>
  );
}

/** Before/after figures on a time axis. */
export const slope = defineKind<SlopeLayout>({
  height: () => slopeDefaults.height,
  layout: layoutSlope,
  anchors: (layout) => layout.points.map((p) => ({ key: p.key, x: p.x, y: p.y, record: p.record })),
  timeAxis: (layout) => ({ xOfYear: layout.xOfYear, domain: layout.xDomain, top: slopeDefaults.top - 8, bottom: layout.baseline.y }),
  Marks: SlopeMarks,
});

import type { Lang } from '../../data/schema';
import { layoutOversize } from '../layout/oversize-layout';
import { Label } from '../marks';
import type { ChartSize } from '../types';
import type { DrawnChart } from './kind';
import { xUnit, type Units } from '../units';

/** A series beyond its kind's record limit: the count and where to read the figures, no marks. */
export function drawOversize(count: number, max: number, size: ChartSize, lang: Lang, units: Units = 'px'): DrawnChart {
  const layout = layoutOversize(count, max, size, lang);
  const u = xUnit(units, size.width);
  return {
    body: (
      <>
        {layout.lines.map((line, i) => (
          <Label key={i} mark={line} className="label label--oversize" u={u} />
        ))}
      </>
    ),
    anchors: [],
  };
}

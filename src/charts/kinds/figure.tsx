import { figureHeight, figureTileHeight, layoutFigure, type FigureLayout } from '../layout/figure-layout';
import { Label } from '../marks';
import { defineKind } from './kind';
import type { XUnit } from '../units';

function FigureMarks({ layout, u }: { layout: FigureLayout; u: XUnit }) {
  return (
    <>
      {layout.items.map((item) => (
        <g key={item.key}>
          {layout.compact ? (
            // In a tile the figure is the tile's point: written at its fitted size, over the labels' size.
            <text x={u(item.value.x)} y={item.value.y} textAnchor={item.value.anchor} className={`label label--figure${item.hollow ? ' label--flagged' : ''}`} style={{ fontSize: item.fontSize }}>
              {item.value.text}
            </text>
          ) : (
            <Label mark={item.value} fontSize={item.fontSize} className={`label label--figure${item.hollow ? ' label--flagged' : ''}`} u={u} />
          )}
          <Label mark={item.caption} className="label label--axis" u={u} />
        </g>
      ))}
    </>
  );
}

/** Lone figures, written large with their caption. */
export const figure = defineKind<FigureLayout>({
  height: figureHeight,
  compactHeight: figureTileHeight,
  layout: layoutFigure,
  anchors: (layout) => layout.items.map((item) => ({ key: item.key, x: item.value.x, y: item.value.y - 12, record: item.record })),
  Marks: FigureMarks,
});

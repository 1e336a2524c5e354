import type { ReactNode } from 'react';
import type { ChartSize } from './types';
import type { Units } from './units';

interface ChartSvgProps {
  size: ChartSize;
  /** Accessible name: the chart's title and subtitle. */
  label: string;
  /** Id of the element holding the text alternative (the figures in words). */
  describedBy: string;
  className: string;
  /** Relative: as wide as its frame (`width="100%"`, no viewBox), so the marks' percentages are of the frame's width. */
  units?: Units | undefined;
  children: ReactNode;
}

/** The one frame every chart kind draws into: an image with a name and a description. */
export function ChartSvg({ size, label, describedBy, className, units = 'px', children }: ChartSvgProps) {
  return (
    <svg
      role="img"
      aria-label={label}
      aria-describedby={describedBy}
      className={`chart ${className}`}
      width={units === 'px' ? size.width : '100%'}
      height={size.height}
      viewBox={units === 'px' ? `0 0 ${size.width} ${size.height}` : undefined}
    >
      {children}
    </svg>
  );
}

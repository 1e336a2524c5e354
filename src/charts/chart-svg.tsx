import type { ReactNode } from 'react';
import type { ChartSize } from './types';

interface ChartSvgProps {
  size: ChartSize;
  /** Accessible name: the chart's title and subtitle. */
  label: string;
  /** Id of the element holding the text alternative (the figures in words). */
  describedBy: string;
  className: string;
  children: ReactNode;
}

/** The one frame every chart kind draws into: an image with a name and a description. */
export function ChartSvg({ size, label, describedBy, className, children }: ChartSvgProps) {
  return (
    <svg
      role="img"
      aria-label={label}
      aria-describedby={describedBy}
      className={`chart ${className}`}
      width={size.width}
      height={size.height}
      viewBox={`0 0 ${size.width} ${size.height}`}
    >
      {children}
    </svg>
  );
}

import { describe, expect, it } from 'vitest';
import { CHART_KINDS } from './kinds';
import { drawnAgainstTime, TIME_AXIS_KINDS } from './time-axis-kinds';

describe('the kinds drawn against time', () => {
  it('are the kinds whose module draws a time axis, and no other', () => {
    const byModule = Object.fromEntries(Object.entries(CHART_KINDS).map(([kind, module]) => [kind, module.hasTimeAxis]));
    expect(TIME_AXIS_KINDS).toEqual(byModule);
  });

  it('answer for a kind as its module does', () => {
    for (const [kind, module] of Object.entries(CHART_KINDS)) expect(drawnAgainstTime(kind as keyof typeof CHART_KINDS)).toBe(module.hasTimeAxis);
  });
});

import { describe, expect, it } from 'vitest';
import { makeEvent } from '../test-support/fixtures';
import { markName } from './timeline-image';
import type { TimelineMark } from './timeline-layout';

const markOf = (event: ReturnType<typeof makeEvent>): TimelineMark => ({ events: [event] }) as unknown as TimelineMark;

describe('an event mark’s accessible name', () => {
  it('begins with the label drawn beside the mark when the title does not hold it', () => {
    const event = makeEvent('cfius', { precision: 'day', start: '2018-08-13' }, {
      title: { en: 'Trump strengthens CFIUS review of Chinese investments', vi: 'Trump siết chặt thẩm định CFIUS' },
      short: { en: 'CFIUS review tightened', vi: 'CFIUS siết chặt' },
    });
    expect(markName(markOf(event), 'en')).toMatch(/^CFIUS review tightened: Trump strengthens CFIUS review of Chinese investments — /);
    expect(markName(markOf(event), 'vi')).toMatch(/^CFIUS siết chặt: Trump siết chặt thẩm định CFIUS — /);
  });

  it('is the title alone when the title already says the label', () => {
    const event = makeEvent('r1', { precision: 'day', start: '2025-01-20' }, {
      title: { en: 'DeepSeek releases R1, a reasoning model', vi: 'DeepSeek ra mắt R1' },
      short: { en: 'DeepSeek releases R1', vi: 'deepseek ra mắt r1' },
    });
    expect(markName(markOf(event), 'en')).toMatch(/^DeepSeek releases R1, a reasoning model — /);
    expect(markName(markOf(event), 'vi')).toMatch(/^DeepSeek ra mắt R1 — /);
  });
});

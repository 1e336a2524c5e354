// @vitest-environment node
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { pngSize } from './png';

const image = (width: number, height: number) => {
  const png = new PNG({ width, height });
  png.data.fill(255);
  return PNG.sync.write(png);
};

describe('a downloaded PNG', () => {
  it('is read for its size', () => {
    expect(pngSize(image(192, 108), 'a.png')).toEqual({ width: 192, height: 108 });
  });

  it('is refused, naming the file, when it is not a PNG, or truncated', () => {
    expect(() => pngSize(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'chart.png')).toThrow(/^chart\.png: not a PNG \(its first bytes are 3c737667/);
    const whole = image(192, 108);
    expect(() => pngSize(whole.subarray(0, whole.length - 20), 'cut.png')).toThrow(/^cut\.png: does not decode as a PNG/);
  });
});

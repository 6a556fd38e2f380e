import { describe, expect, it } from 'vitest';
import { maxOf, pushAll } from '../src/util/arrays.js';

describe('array helpers without the argument limit of push(...items) and Math.max(...values)', () => {
  it('append and measure two million items', () => {
    const many = Array.from({ length: 2_000_000 }, (_, i) => i);
    const target = [-1];
    pushAll(target, many);
    expect(target.length).toBe(2_000_001);
    expect(target[2_000_000]).toBe(1_999_999);
    expect(maxOf(many)).toBe(1_999_999);
    expect(() => [].push(...(many as never[]))).toThrow(RangeError);
  });

  it('maxOf of nothing is -Infinity, as Math.max()', () => {
    expect(maxOf([])).toBe(Math.max());
    expect(maxOf([3, -2, 7, 7])).toBe(7);
  });
});

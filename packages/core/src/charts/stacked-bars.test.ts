import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandScale, linearScale } from './scale.js';
import { labelIndices, stackedBarLayout } from './stacked-bars.js';

const rows = fc.array(fc.array(fc.nat(100_000), { minLength: 5, maxLength: 5 }), {
  minLength: 1,
  maxLength: 400,
});

describe('stackedBarLayout', () => {
  const margin = { top: 10, right: 10, bottom: 20, left: 40 };

  it('stacks the visible series bottom up and stops at the top tick', () => {
    const layout = stackedBarLayout({
      rows: [
        [10, 20],
        [0, 5],
      ],
      width: 250,
      height: 130,
      margin,
      tickCount: 4,
    });
    expect(layout.plot).toEqual({ x: 40, y: 10, width: 200, height: 100 });
    expect(layout.max).toBe(30);
    expect(layout.ticks.map((t) => t.value)).toEqual([0, 10, 20, 30]);
    expect(layout.ticks[0]!.y).toBe(110);
    const [first, second] = layout.bars;
    expect(first!.segments).toEqual([
      {
        series: 0,
        value: 10,
        y: expect.closeTo(110 - 100 / 3, 6),
        height: expect.closeTo(100 / 3, 6),
      },
      { series: 1, value: 20, y: expect.closeTo(10, 6), height: expect.closeTo(200 / 3, 6) },
    ]);
    expect(second!.segments.map((s) => s.series)).toEqual([1]);
    expect(first!.x).toBe(50);
    expect(first!.width).toBe(80);
  });

  it('leaves hidden series out of the stacks and the scale', () => {
    const layout = stackedBarLayout({
      rows: [[1000, 3]],
      visible: [false, true],
      width: 100,
      height: 100,
      tickCount: 3,
    });
    expect(layout.bars[0]!.total).toBe(3);
    expect(layout.bars[0]!.segments.map((s) => s.series)).toEqual([1]);
    expect(layout.max).toBe(3);
  });

  it('draws heights that add up to each total, inside the plot', () => {
    fc.assert(
      fc.property(rows, fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), (data, visible) => {
        const layout = stackedBarLayout({ rows: data, visible, width: 800, height: 300, margin });
        const bottom = layout.plot.y + layout.plot.height;
        const scale = layout.plot.height / layout.max;
        for (const bar of layout.bars) {
          const expected = data[bar.index]!.reduce((s, v, i) => (visible[i] ? s + v : s), 0);
          expect(bar.total).toBe(expected);
          const drawn = bar.segments.reduce((s, seg) => s + seg.height, 0);
          expect(drawn).toBeCloseTo(bar.total * scale, 6);
          let edge = bottom;
          for (const segment of bar.segments) {
            expect(segment.y + segment.height).toBeCloseTo(edge, 6);
            edge = segment.y;
          }
          expect(edge).toBeGreaterThanOrEqual(layout.plot.y - 1e-6);
          expect(bar.x).toBeGreaterThanOrEqual(layout.plot.x);
          expect(bar.x + bar.width).toBeLessThanOrEqual(layout.plot.x + layout.plot.width + 1e-6);
        }
      }),
    );
  });

  it('keeps a zero-size chart finite', () => {
    const layout = stackedBarLayout({ rows: [[1, 2]], width: 0, height: 0 });
    expect(layout.plot.width).toBe(0);
    expect(layout.bars[0]!.segments.every((s) => Number.isFinite(s.y))).toBe(true);
  });
});

describe('scales', () => {
  it('maps a domain onto a reversed pixel range', () => {
    const y = linearScale([0, 50], [200, 0]);
    expect(y(0)).toBe(200);
    expect(y(25)).toBe(100);
    expect(linearScale([3, 3], [10, 0])(7)).toBe(10);
  });

  it('finds the slot under a position and clamps outside ones', () => {
    const band = bandScale(4, [0, 400], 0.5);
    expect(band.step).toBe(100);
    expect(band.bandwidth).toBe(50);
    expect(band.x(1)).toBe(125);
    expect(band.indexAt(250)).toBe(2);
    expect(band.indexAt(-30)).toBe(0);
    expect(band.indexAt(9999)).toBe(3);
    expect(bandScale(0, [0, 100]).indexAt(10)).toBe(-1);
    const capped = bandScale(1, [0, 400], 0.2, 40);
    expect(capped.bandwidth).toBe(40);
    expect(capped.x(0)).toBe(180);
  });
});

describe('labelIndices', () => {
  it('spreads labels evenly and starts at the first item', () => {
    expect(labelIndices(7, 7)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(labelIndices(365, 6)).toEqual([0, 61, 122, 183, 244, 305]);
    expect(labelIndices(0, 5)).toEqual([]);
  });

  it('never gives more labels than asked for', () => {
    fc.assert(
      fc.property(fc.nat(2000), fc.integer({ min: 1, max: 20 }), (count, max) => {
        const indices = labelIndices(count, max);
        expect(indices.length).toBeLessThanOrEqual(max);
        expect(indices.every((i) => i >= 0 && i < count)).toBe(true);
      }),
    );
  });
});

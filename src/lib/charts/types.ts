/** Shapes shared by the chart geometry functions: plain numbers, ready to draw. */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Tick {
  value: number;
  /** Pixel position along the axis. */
  position: number;
  label: string;
}

export interface LegendItem {
  id: string;
  label: string;
  color: string;
}

/** Integer-only ticks for counts: "0.5 件" is never a useful gridline. */
export function countTicks(scale: { ticks(n: number): number[]; (v: number): number }, count: number, format: (n: number) => string): Tick[] {
  return scale
    .ticks(count)
    .filter((v) => Number.isInteger(v))
    .map((value) => ({ value, position: scale(value), label: format(value) }));
}

export const round = (n: number): number => Math.round(n * 100) / 100;

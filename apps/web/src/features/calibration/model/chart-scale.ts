import { MINUS } from './format';

/** A symmetric axis around 0 ("the average interviewer") that every point and interval fits on. */
export interface ChartScale {
  min: number;
  max: number;
  step: number;
  ticks: number[];
}

const steps = [0.1, 0.2, 0.25, 0.5, 1, 2, 5];

/**
 * The axis for leniency figures: symmetric around 0 so left and right read alike, at least
 * ±`minExtent`, with at most `maxTicksPerSide` round ticks each side.
 */
export function leniencyScale(
  values: (number | null)[],
  { minExtent = 0.5, maxTicksPerSide = 4 }: { minExtent?: number; maxTicksPerSide?: number } = {},
): ChartScale {
  const extent = values.reduce<number>(
    (max, value) =>
      value !== null && Number.isFinite(value) ? Math.max(max, Math.abs(value)) : max,
    minExtent,
  );
  // The tightest axis that fits, with as many round ticks as allowed.
  let step = Math.ceil(extent / maxTicksPerSide);
  let max = step * maxTicksPerSide;
  for (const candidate of steps) {
    const perSide = Math.ceil(extent / candidate - 1e-9);
    if (perSide > maxTicksPerSide) continue;
    const candidateMax = round(perSide * candidate);
    if (candidateMax < max - 1e-9) {
      step = candidate;
      max = candidateMax;
    }
  }
  const perSide = Math.round(max / step);
  const ticks: number[] = [];
  for (let i = -perSide; i <= perSide; i += 1) ticks.push(round(i * step));
  return { min: -max, max, step, ticks };
}

/** Where a value sits on the axis, 0–100 (% of the track), clamped to the ends. */
export function position(scale: Pick<ChartScale, 'min' | 'max'>, value: number): number {
  const span = scale.max - scale.min;
  if (span <= 0) return 50;
  return Math.min(100, Math.max(0, ((value - scale.min) / span) * 100));
}

/** An interval's start and width on the track, in %; null without both ends. */
export function intervalSpan(
  scale: Pick<ChartScale, 'min' | 'max'>,
  lower: number | null,
  upper: number | null,
): { left: number; width: number } | null {
  if (lower === null || upper === null) return null;
  const left = position(scale, Math.min(lower, upper));
  return { left, width: position(scale, Math.max(lower, upper)) - left };
}

/** A tick's label: "0", "+0.5", "−0.25" (as few decimals as the step needs). */
export function formatTick(value: number, step: number): string {
  if (value === 0) return '0';
  const digits = Number.isInteger(step) ? 0 : (String(step).split('.')[1]?.length ?? 1);
  return `${value > 0 ? '+' : MINUS}${Math.abs(value).toFixed(digits)}`;
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;

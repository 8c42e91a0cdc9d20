/** The true minus sign: "−0.42" reads as a number, "-0.42" as a dash. */
export const MINUS = '\u2212';

const count = new Intl.NumberFormat('en');

/** A signed figure at `digits` decimals: "+0.42", "−0.15", "0.00"; "—" when there is none. */
export function formatSigned(value: number | null, digits = 2): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const rounded = Number(value.toFixed(digits));
  if (rounded === 0) return (0).toFixed(digits);
  return `${rounded > 0 ? '+' : MINUS}${Math.abs(rounded).toFixed(digits)}`;
}

/** Leniency in rating points: "+0.42". */
export const formatLeniency = (value: number | null) => formatSigned(value, 2);

/** A 95% interval: "−0.10 to +0.94"; "—" when either end is missing. */
export function formatInterval(lower: number | null, upper: number | null, digits = 2): string {
  if (lower === null || upper === null) return '—';
  return `${formatSigned(lower, digits)} to ${formatSigned(upper, digits)}`;
}

/** A value with half its interval's width: "+0.42 ± 0.31"; the value alone without an interval. */
export function formatWithMargin(
  value: number | null,
  lower: number | null,
  upper: number | null,
): string {
  if (value === null) return '—';
  if (lower === null || upper === null) return formatLeniency(value);
  return `${formatLeniency(value)} ± ${((upper - lower) / 2).toFixed(2)}`;
}

/** An unsigned figure: "0.62"; "—" when there is none. */
export function formatPlain(value: number | null, digits = 2): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return value.toFixed(digits);
}

/** A share of a whole: "55%". */
export const formatPercent = (fraction: number) => `${Math.round(fraction * 100)}%`;

/** A count with thousands separators: "1,234". */
export const formatCount = (value: number) => count.format(value);

/** "1 scorecard", "3 scorecards". */
export const plural = (value: number, noun: string) =>
  `${formatCount(value)} ${noun}${value === 1 ? '' : 's'}`;

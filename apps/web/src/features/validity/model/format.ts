/** The true minus sign: "−0.42" reads as a number, "-0.42" as a dash. */
export const MINUS = '\u2212';

const count = new Intl.NumberFormat('en');

/**
 * A correlation (or an AUC) at two decimals, with a true minus sign and never "−0.00":
 * "0.38", "−0.12"; "—" when there is none.
 */
export function formatR(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const rounded = Number(value.toFixed(2));
  if (rounded === 0) return '0.00';
  return rounded < 0 ? `${MINUS}${Math.abs(rounded).toFixed(2)}` : rounded.toFixed(2);
}

/** A 95% interval: "0.21 to 0.55", "−0.10 to 0.34"; "—" when either end is missing. */
export function formatRInterval(lower: number | null, upper: number | null): string {
  if (lower === null || upper === null) return '—';
  return `${formatR(lower)} to ${formatR(upper)}`;
}

/** How much hiring narrowed a score (applicants' SD over hires' SD): "1.42"; "—" when unknown. */
export function formatSdRatio(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return value.toFixed(2);
}

/** A count with thousands separators: "1,234". */
export const formatCount = (value: number) => count.format(value);

/** "1 applicant", "120 applicants". */
export const plural = (value: number, noun: string) =>
  `${formatCount(value)} ${noun}${value === 1 ? '' : 's'}`;

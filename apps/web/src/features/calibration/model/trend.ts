import { CalibrationMonth, InterviewerCalibration } from '@calibrate/contracts';

/** Below this many linked scorecards a month's figure is printed dimmed: read it with care. */
export const FEW_LINKED_IN_MONTH = 10;

/** Every month any listed interviewer has a figure for, oldest first, gaps filled in. */
export function trendMonths(interviewers: InterviewerCalibration[]): string[] {
  let first: string | undefined;
  let last: string | undefined;
  for (const row of interviewers)
    for (const { month } of row.trend) {
      if (!first || month < first) first = month;
      if (!last || month > last) last = month;
    }
  if (!first || !last) return [];
  const months: string[] = [];
  let [year = 0, month = 1] = first.split('-').map(Number);
  for (let guard = 0; guard < 600; guard++) {
    const text = `${year}-${String(month).padStart(2, '0')}`;
    months.push(text);
    if (text >= last) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** Each listed month's figure for one interviewer (undefined where they had no scorecards). */
export function trendCells(
  row: InterviewerCalibration,
  months: string[],
): (CalibrationMonth | undefined)[] {
  const byMonth = new Map(row.trend.map((month) => [month.month, month]));
  return months.map((month) => byMonth.get(month));
}

/** How an interviewer's months moved, in words, for a screen reader and the sparkline's title. */
export function describeTrend(cells: (CalibrationMonth | undefined)[]): string {
  const values = cells.filter(
    (cell): cell is CalibrationMonth & { leniency: number } =>
      cell !== undefined && cell.leniency !== null,
  );
  if (values.length < 2) return 'Not enough months to show a trend.';
  const first = values[0]!;
  const last = values[values.length - 1]!;
  const change = last.leniency - first.leniency;
  if (Math.abs(change) < 0.15) return 'About level over the months shown.';
  return change > 0 ? 'Rating more leniently lately.' : 'Rating more strictly lately.';
}

export interface SparkPoint {
  x: number;
  y: number;
  value: number;
}

/**
 * Sparkline geometry: months on x, leniency on a symmetric y around 0 (at least ±1 point, so a
 * wobble of 0.1 does not look like a cliff); segments break at months without a figure.
 */
export function sparkline(
  cells: (CalibrationMonth | undefined)[],
  width: number,
  height: number,
  pad = 3,
): { segments: SparkPoint[][]; zeroY: number } {
  const values = cells.map((cell) => cell?.leniency ?? null);
  const extent = Math.max(1, ...values.map((v) => (v === null ? 0 : Math.abs(v))));
  const x = (i: number) =>
    cells.length <= 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (cells.length - 1);
  const y = (v: number) => height / 2 - (v / extent) * (height / 2 - pad);
  const segments: SparkPoint[][] = [];
  let current: SparkPoint[] = [];
  values.forEach((value, i) => {
    if (value === null) {
      if (current.length > 0) segments.push(current);
      current = [];
      return;
    }
    current.push({ x: x(i), y: y(value), value });
  });
  if (current.length > 0) segments.push(current);
  return { segments, zeroY: y(0) };
}

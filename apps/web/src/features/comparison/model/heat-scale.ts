/**
 * One sequential, colour-blind-safe scale for every score cell: light to dark blue (ColorBrewer
 * "Blues", safe for the common colour-vision deficiencies and in greyscale print). Cells always
 * print their value too: colour is never the only carrier. The fifth step is Blues' #2171b5, not
 * #3182bd: neither white nor dark text reaches 4.5:1 on #3182bd (axe flags it).
 */
const blues = ['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#2171b5', '#08519c'] as const;

export interface HeatColour {
  background: string;
  text: string;
}

const DARK_TEXT = '#1a1b1e';
const LIGHT_TEXT = '#ffffff';

/** WCAG 2 relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** The colour of a 0–100 score; null (not scored) stays neutral. */
export function heatColour(score100: number | null): HeatColour {
  if (score100 === null) return { background: 'transparent', text: 'inherit' };
  const clamped = Math.min(100, Math.max(0, score100));
  const index = Math.min(blues.length - 1, Math.floor((clamped / 100) * blues.length));
  const background = blues[index] ?? blues[0];
  return {
    background,
    // Whichever text reads better on the cell, measured rather than assumed: a threshold by
    // step put white text on a blue it failed AA on once the scale changed.
    text:
      contrastRatio(background, LIGHT_TEXT) > contrastRatio(background, DARK_TEXT)
        ? LIGHT_TEXT
        : DARK_TEXT,
  };
}

/** The legend's steps: each colour with the 0–100 range it stands for. */
export function heatLegend(): { from: number; to: number; colour: string }[] {
  return blues.map((colour, index) => ({
    from: Math.round((index / blues.length) * 100),
    to: Math.round(((index + 1) / blues.length) * 100),
    colour,
  }));
}

/** 1–5 to 0–100, the same conversion the API uses. */
export const to100 = (score: number | null) => (score === null ? null : ((score - 1) / 4) * 100);

/** The scale scores print on: 1–5 as interviewers rate, or 0–100 as weighted totals read. */
export type ScaleMode = '5' | '100';

export const scaleLabel = (scale: ScaleMode) => (scale === '100' ? '0–100' : '1–5');

/** A 0–100 score as the scale prints it; "—" when not scored. */
export function formatScore100(score100: number | null, scale: ScaleMode): string {
  if (score100 === null) return '—';
  return scale === '100' ? score100.toFixed(0) : (1 + (score100 / 100) * 4).toFixed(1);
}

/** A 1–5 mean rating as the scale prints it; "—" when not rated. */
export function formatMean(mean: number | null, scale: ScaleMode): string {
  if (mean === null) return '—';
  return scale === '100' ? (to100(mean) ?? 0).toFixed(0) : mean.toFixed(1);
}

/** A legend step's 0–100 range as the scale prints it. */
export function legendRange(step: { from: number; to: number }, scale: ScaleMode): string {
  return scale === '100'
    ? `${step.from}–${step.to}`
    : `${(1 + step.from / 25).toFixed(1)}–${(1 + step.to / 25).toFixed(1)}`;
}

/**
 * Okabe–Ito: eight colours told apart with any common colour-vision deficiency; charts also label
 * each candidate, so the colour is a help, not the key.
 */
export const candidateColours = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
] as const;

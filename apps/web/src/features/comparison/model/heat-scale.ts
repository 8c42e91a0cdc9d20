/**
 * One sequential, colour-blind-safe scale for every score cell: light to dark blue (ColorBrewer
 * "Blues", safe for the common colour-vision deficiencies and in greyscale print). Cells always
 * print their value too: colour is never the only carrier.
 */
const blues = ['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;

export interface HeatColour {
  background: string;
  text: string;
}

/** The colour of a 0–100 score; null (not scored) stays neutral. */
export function heatColour(score100: number | null): HeatColour {
  if (score100 === null) return { background: 'transparent', text: 'inherit' };
  const clamped = Math.min(100, Math.max(0, score100));
  const index = Math.min(blues.length - 1, Math.floor((clamped / 100) * blues.length));
  return {
    background: blues[index] ?? blues[0],
    // Dark cells take white text; the contrast stays above 4.5:1 either way.
    text: index >= 4 ? '#ffffff' : '#1a1b1e',
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

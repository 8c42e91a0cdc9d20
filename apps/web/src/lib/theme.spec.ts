import { DEFAULT_THEME, luminance } from '@mantine/core';

import { textOnTint } from './theme';

const ratio = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

describe('light badge and alert text', () => {
  it.each(Object.keys(DEFAULT_THEME.colors))('%s reads at 4.5:1 or more on its tint', (name) => {
    const shades = DEFAULT_THEME.colors[name]!;
    expect(ratio(textOnTint(shades), shades[1])).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps shade 9 where it already passes, darkens where it fails', () => {
    expect(textOnTint(DEFAULT_THEME.colors.blue)).toBe(DEFAULT_THEME.colors.blue[9]);
    // Orange 9 on orange 1 is 3.6:1 (axe: "Withdrawn" badges).
    expect(textOnTint(DEFAULT_THEME.colors.orange)).not.toBe(DEFAULT_THEME.colors.orange[9]);
    expect(ratio(DEFAULT_THEME.colors.orange[9], DEFAULT_THEME.colors.orange[1])).toBeLessThan(4.5);
  });
});

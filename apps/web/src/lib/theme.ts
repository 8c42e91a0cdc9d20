import {
  createTheme,
  darken,
  defaultVariantColorsResolver,
  luminance,
  MantineColorsTuple,
  Menu,
  Modal,
  Notification,
  parseThemeColor,
} from '@mantine/core';

const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

/**
 * A colour's darkest shade, darkened further where it still reads under 4.5:1 on the colour's
 * light tint (shade 1): teal, green, lime, yellow and orange 9 measure 2.7–4.3 there.
 */
export function textOnTint(shades: MantineColorsTuple): string {
  const [tint, text] = [shades[1], shades[9]];
  for (let step = 0; step <= 10; step += 1) {
    const candidate = step === 0 ? text : darken(text, step * 0.05);
    if (contrast(candidate, tint) >= 4.6) return candidate;
  }
  return darken(text, 0.6);
}

export const theme = createTheme({
  primaryColor: 'blue',
  // Shade 8: white text on filled buttons and blue links on white pass WCAG AA contrast (4.5:1).
  primaryShade: 8,
  defaultRadius: 'md',
  fontFamily:
    'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '650' },
  components: {
    // Mantine's close button is an icon only: give it a name screen readers can announce.
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss' } },
    }),
    // A menu opens on its first item (the ARIA menu pattern), not on Mantine's focus placeholder:
    // that tabindex'd div inside role="menu" fails axe aria-required-children (critical).
    Menu: Menu.extend({ defaultProps: { withInitialFocusPlaceholder: false } }),
    // Wide tables scroll natively, not in Mantine's ScrollArea: it measured the table on every
    // resize (scrollWidth, clientWidth), a forced layout of a 50-row candidates list in a mount
    // effect, ~200 ms at 4× CPU. Focusable, so a keyboard scrolls it (axe
    // scrollable-region-focusable); positioned, so visually hidden text in a far column stays
    // inside it instead of widening the page on a phone. (A plain object, not
    // Table.ScrollContainer.extend: the theme is in the first load, the Table is not.)
    TableScrollContainer: {
      defaultProps: { type: 'native', tabIndex: 0 },
      styles: { scrollContainer: { position: 'relative' } },
    },
  },
  // Light badges and alerts print their text in the colour's darkest shade (darker still where
  // that shade fails AA on the tint), readable on the tint.
  variantColorResolver: (input) => {
    const colors = defaultVariantColorsResolver(input);
    if (input.variant !== 'light') return colors;
    const parsed = parseThemeColor({
      color: input.color ?? input.theme.primaryColor,
      theme: input.theme,
    });
    const shades = parsed.isThemeColor ? input.theme.colors[parsed.color] : undefined;
    return shades ? { ...colors, color: textOnTint(shades) } : colors;
  },
});

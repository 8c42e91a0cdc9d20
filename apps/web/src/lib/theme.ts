import { createTheme, defaultVariantColorsResolver, Modal, parseThemeColor } from '@mantine/core';

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
  },
  // Light badges and alerts print their text in the colour's darkest shade, readable on the tint.
  variantColorResolver: (input) => {
    const colors = defaultVariantColorsResolver(input);
    if (input.variant !== 'light') return colors;
    const parsed = parseThemeColor({
      color: input.color ?? input.theme.primaryColor,
      theme: input.theme,
    });
    return parsed.isThemeColor
      ? { ...colors, color: `var(--mantine-color-${parsed.color}-9)` }
      : colors;
  },
});

import { useMediaQuery } from '@mantine/hooks';

/**
 * Below Mantine's `md` breakpoint (62em, 992 px): a phone, or a tablet held upright. There the
 * question comes first and progress and candidate facts wait behind buttons. Read at the first
 * render, so a phone never lays out the three desktop columns first.
 */
export const COMPACT_QUERY = '(max-width: 61.99em)';

export function useCompactLayout(): boolean {
  return useMediaQuery(COMPACT_QUERY, undefined, { getInitialValueInEffect: false });
}

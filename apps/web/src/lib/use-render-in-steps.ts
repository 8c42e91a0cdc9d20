import { startTransition, useEffect, useState } from 'react';

/**
 * A long list in two steps: the first `first` items at once, the rest in a transition right after.
 * React renders a transition in slices of about 5 ms with the browser free in between, so the
 * screen paints its first rows sooner and no single task holds the main thread for the whole list
 * (the candidates table on a mid-range phone: one task of about 700 ms at 4× CPU slowdown).
 * Once the rest has shown, later lists render whole.
 */
export function useRenderInSteps<T>(items: readonly T[], first: number): readonly T[] {
  const [whole, setWhole] = useState(false);
  const cut = !whole && items.length > first;
  useEffect(() => {
    if (cut) startTransition(() => setWhole(true));
  }, [cut]);
  return cut ? items.slice(0, first) : items;
}

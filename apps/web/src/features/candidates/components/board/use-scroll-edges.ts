import { useCallback, useEffect, useRef, useState } from 'react';

export interface ScrollEdges {
  atStart: boolean;
  atEnd: boolean;
}

/** Whether a horizontal scroller can scroll further either way (a pixel's slack for rounding). */
export function scrollEdges(element: {
  scrollLeft: number;
  scrollWidth: number;
  clientWidth: number;
}): ScrollEdges {
  return {
    atStart: element.scrollLeft <= 1,
    atEnd: element.scrollLeft + element.clientWidth >= element.scrollWidth - 1,
  };
}

/**
 * Tracks which ends of a horizontal scroller are in view, on scroll and on resize, and scrolls it
 * by most of a screen: the board's cue that more columns lie beyond the edge.
 */
export function useScrollEdges() {
  const viewportRef = useRef<HTMLDivElement>(null);
  const [edges, setEdges] = useState<ScrollEdges>({ atStart: true, atEnd: true });

  const update = useCallback(() => {
    const viewport = viewportRef.current;
    if (!viewport) return;
    const next = scrollEdges(viewport);
    setEdges((current) =>
      current.atStart === next.atStart && current.atEnd === next.atEnd ? current : next,
    );
  }, []);

  useEffect(() => {
    const viewport = viewportRef.current;
    if (!viewport) return;
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(viewport);
    if (viewport.firstElementChild) observer.observe(viewport.firstElementChild);
    return () => observer.disconnect();
  }, [update]);

  const scrollBy = (direction: 1 | -1) => {
    const viewport = viewportRef.current;
    if (!viewport) return;
    viewport.scrollBy({ left: direction * viewport.clientWidth * 0.8, behavior: 'smooth' });
  };

  return { viewportRef, edges, update, scrollBy };
}

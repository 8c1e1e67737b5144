/**
 * A value that follows `value` once the frame showing the change has painted (issue 12: answer →
 * paint within a frame). The parts that read it render in a transition started after that paint,
 * which React can interrupt, so the highlight of an answer is never held up by the rest of the
 * page. `useDeferredValue` is not enough here: its background render starts straight after the
 * urgent commit and runs ahead of the browser's next frame. The first render reads `value` as is.
 */
import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint } from '@/app/first-look';

export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    let cancelled = false;
    afterNextPaint(() => {
      if (!cancelled) startTransition(() => setShown(value));
    });
    return () => {
      cancelled = true;
    };
  }, [value, shown]);
  return shown;
}

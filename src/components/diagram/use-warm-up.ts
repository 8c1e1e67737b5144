import { useEffect } from 'react';
import { warmCandidates } from '@/engine/candidates';
import * as machine from '@/questionnaire/machine';
import type { QuestionId } from '@/questionnaire/types';

/** Leaves this much of each idle period to the browser (ms). */
const SPARE_MS = 3;

/**
 * While the page is idle before the first answer, works out the narrowing for each possible first
 * answer a small slice at a time, only in idle periods, so the diagram narrows at once when the
 * user answers. Without requestIdleCallback it does nothing (the first answer then computes it).
 */
export function useWarmUp(active: boolean): void {
  useEffect(() => {
    if (!active || typeof window.requestIdleCallback !== 'function') return;
    const first = machine.currentQuestion(machine.start());
    if (first === null) return;
    const id: QuestionId = first.id;
    const jobs = first.options.map((o) => warmCandidates({ [id]: o.value }, 10));
    let handle = 0;
    const step = (deadline: IdleDeadline) => {
      while (jobs.length > 0 && deadline.timeRemaining() > SPARE_MS) {
        if (jobs[0]?.next().done === true) jobs.shift();
      }
      if (jobs.length > 0) handle = window.requestIdleCallback(step);
    };
    handle = window.requestIdleCallback(step);
    return () => window.cancelIdleCallback(handle);
  }, [active]);
}

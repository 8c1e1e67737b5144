import { useEffect } from 'react';
import { warmCandidates } from '@/engine/candidates';
import * as machine from '@/questionnaire/machine';
import type { QuestionId } from '@/questionnaire/types';

type Idle = (cb: () => void) => number;

/**
 * While the page is idle before the first answer, works out the narrowing for each possible first
 * answer a slice at a time, so the diagram narrows at once when the user answers.
 */
export function useWarmUp(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const first = machine.currentQuestion(machine.start());
    if (first === null) return;
    const id: QuestionId = first.id;
    const jobs = first.options.map((o) => warmCandidates({ [id]: o.value }));
    const later: Idle =
      typeof window.requestIdleCallback === 'function'
        ? (cb) => window.requestIdleCallback(cb, { timeout: 500 })
        : (cb) => window.setTimeout(cb, 16);
    let cancelled = false;
    const step = () => {
      if (cancelled) return;
      const job = jobs[0];
      if (job === undefined) return;
      if (job.next().done === true) jobs.shift();
      later(step);
    };
    later(step);
    return () => {
      cancelled = true;
    };
  }, [active]);
}

/**
 * The print view's state (issue 10 §4): whether a print is under way, and an image of the stack
 * made just before printing, so the printed page holds the whole diagram at the page's width
 * instead of the on-screen viewport. The print view is rendered only while printing (the Print
 * item of the Export menu, or the browser's own print command through `beforeprint`), so the page
 * on screen carries no second copy of the record. A tiny external store read with
 * useSyncExternalStore.
 */
import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

interface PrintState {
  readonly active: boolean;
  readonly image: string | null;
}

let state: PrintState = { active: false, image: null };
const listeners = new Set<() => void>();

function update(next: Partial<PrintState>) {
  state = { ...state, ...next };
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePrintState(): PrintState {
  return useSyncExternalStore(subscribe, () => state);
}

if (typeof window !== 'undefined') {
  // The browser's own print command: render the print view before the page is laid out for paper.
  window.addEventListener('beforeprint', () => {
    if (!state.active) flushSync(() => update({ active: true }));
  });
  window.addEventListener('afterprint', () => update({ active: false }));
}

/** Makes the diagram image, renders the print view, then opens the browser's print dialog. */
export async function printWithDiagram(): Promise<void> {
  let image: string | null = null;
  try {
    const { diagramImage } = await import('@/components/export/diagram-image');
    image = await diagramImage('png');
  } catch {
    // No diagram (still loading, or failed): the print view says how to include it.
  }
  update({ active: true, image });
  await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  const img = document.querySelector<HTMLImageElement>('.print-view__diagram img');
  if (img !== null && !img.complete) {
    await new Promise<void>((resolve) => {
      img.addEventListener('load', () => resolve(), { once: true });
      img.addEventListener('error', () => resolve(), { once: true });
    });
  }
  window.print();
}

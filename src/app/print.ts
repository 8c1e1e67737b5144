/**
 * The print view's diagram (issue 10 §4): an image of the stack made just before printing, so the
 * printed page holds the whole diagram at the page's width instead of the on-screen viewport.
 * A tiny external store the print view reads with useSyncExternalStore.
 */
import { useSyncExternalStore } from 'react';

let image: string | null = null;
const listeners = new Set<() => void>();

function setImage(next: string | null) {
  image = next;
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePrintImage(): string | null {
  return useSyncExternalStore(subscribe, () => image);
}

/** Makes the diagram image, lets the print view render it, then opens the browser's print dialog. */
export async function printWithDiagram(): Promise<void> {
  try {
    const { diagramImage } = await import('@/components/export/diagram-image');
    setImage(await diagramImage('png'));
  } catch {
    // No diagram (still loading, or failed): the print view says how to include it.
    setImage(null);
  }
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

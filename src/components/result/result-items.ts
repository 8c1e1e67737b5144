/** The element id of a result item, for the summary card's "more" links. */
export function resultItemId(kind: 'warning' | 'consideration' | 'ipsec', id: string): string {
  return `result-${kind}-${id}`;
}

/** Opens the folded section holding the item, then scrolls to it and moves focus there. */
export function showResultItem(elementId: string): void {
  const el = document.getElementById(elementId);
  if (el === null) return;
  let fold = el.closest('details');
  while (fold !== null) {
    fold.open = true;
    fold = fold.parentElement?.closest('details') ?? null;
  }
  el.scrollIntoView?.({ block: 'start' });
  el.focus({ preventScroll: true });
}

/** Saves text or a data: URL as a file through a temporary link (the browser's download). */
export function download(name: string, content: string, type?: string): void {
  const url = type === undefined ? content : URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  if (type !== undefined) window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file-name stem from the record title: letters, digits and dashes only. */
export function fileStem(title: string, fallback: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/[\s_]+/g, '-')
    .toLowerCase()
    .slice(0, 60);
  return stem === '' ? fallback : stem;
}

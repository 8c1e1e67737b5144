/**
 * English words of the reviewer's tools the first paint shows: the choice between recommending and
 * reviewing, and the header's export menu (the rest of the reviewer's words, `recordsUi`, load with
 * the parts that show them: src/i18n/english.ts). Pure.
 */
export const recordTools = {
  modes: {
    label: 'What are you doing?',
    recommend: 'Recommend',
    review: 'Review a design',
  },

  exportMenu: {
    button: 'Export',
    label: 'Export and share',
    markdown: 'Markdown (MADR)',
    json: 'JSON decision record',
    png: 'Diagram as PNG',
    svg: 'Diagram as SVG',
    print: 'Print view…',
    copyLink: 'Copy share link',
    needsResult: 'Answer every question first: a record needs a recommendation.',
    working: 'Preparing the file…',
    saved: (name: string) => `Downloaded ${name}.`,
    failed: 'The export failed; nothing on the page changed. Try again.',
    linkCopied: 'Share link copied to the clipboard.',
    linkCopyFailed: 'Copy failed: copy the address from the address bar instead.',
  },
};

export type RecordToolsWords = typeof recordTools;

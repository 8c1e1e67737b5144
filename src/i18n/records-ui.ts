/**
 * UI text of the reviewer's tools (issue 10, owner: ui-records): the design-review form, the
 * record fields and checklist, the export menu and print view, import, recent records, saved-work
 * messages and the starter-code section. Plain strings and small functions, ready for the locale
 * catalogue. No WFP facts here: findings, record errors and starter code come from the core with
 * their own words (src/i18n/review.ts, src/i18n/records.ts, src/i18n/starter.ts).
 */
import type { StorageProblem } from '@/store/records-slice';

export const recordsUiText = {
  modes: {
    label: 'What are you doing?',
    recommend: 'Recommend a layer',
    review: 'Review a design',
  },

  storage: {
    title: 'Your saved work could not be restored in full',
    problems: {
      unavailable:
        'This browser does not let the page read its saved data (storage is blocked or full). The page works; your work will not survive a reload.',
      unreadable:
        'The saved data is damaged and could not be read. It was set aside and the page started fresh.',
      'wrong-shape':
        'The saved data is not in the shape this version expects. It was set aside and the page started fresh with whatever could be read.',
      'newer-version':
        'The saved data was written by a newer version of this page. It was set aside, untouched, and the page started fresh.',
      'bad-answers':
        'Some saved answers no longer fit the questionnaire; the questionnaire resumes at the first one that needs an answer.',
      'bad-records':
        'Some saved records could not be read and were left out of the list; the others are kept.',
      'write-failed':
        'Your work could not be saved in this browser (storage is full or blocked). Export a record to keep it.',
    } satisfies Record<StorageProblem, string>,
    dismiss: 'Dismiss',
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

  print: {
    button: 'Print',
    preparing: 'Preparing the print view…',
    untitled: 'WFP layer decision',
    diagramTitle: 'The Windows network stack',
    diagramMissing: 'Use the Print item of the Export menu to include the diagram.',
    decisionTitle: 'Decision',
    notesTitle: 'Notes',
    checklistTitle: 'Review checklist',
    done: 'done',
    open: 'open',
    rulesVersion: (v: string) => `Rules ${v}`,
    link: 'Share link',
  },
} as const;

/**
 * English words of the reviewer's tools: the design-review form, the record fields and checklist,
 * the export menu and print view, import, recent records, saved-work messages and the starter-code
 * section. No WFP facts here: findings, record errors and starter code come from the core with
 * their own words (the `review`, `records` and `starter` sections). Pure.
 */
import type { ProposalCallout, ProposalKind, ProposalWeight } from '@/engine/review';
import type { StorageProblem } from '@/store/records-slice';

export const recordsUi = {
  proposal: {
    title: 'The design under review',
    intro:
      "Describe a colleague's design; the review on the right checks it against the task described under \u201cRecommend\u201d.",
    layersLegend: 'Layers the design uses',
    search: 'Find a layer',
    searchHint: 'Name or FWPM name, e.g. auth connect or IPPACKET',
    noMatch: 'No layer matches.',
    chosen: (n: number) => (n === 0 ? 'No layer chosen yet' : `${n} chosen`),
    remove: (name: string) => `Remove ${name}`,
    kindLegend: 'How it filters',
    kinds: {
      filter: 'Plain filters from user mode',
      callout: 'A kernel callout',
    } satisfies Record<ProposalKind, string>,
    calloutLabel: 'What the callout does',
    callouts: {
      inspect: 'Inspection',
      modify: 'Modification',
      redirect: 'Redirection',
      inject: 'Injection',
      pend: 'Pend (hold the decision)',
    } satisfies Record<ProposalCallout, string>,
    injectLabel: 'Injection function (optional)',
    weightLabel: 'Sublayer weight (optional)',
    weights: {
      'below-universal': 'Below FWPM_SUBLAYER_UNIVERSAL',
      'above-universal': 'Above FWPM_SUBLAYER_UNIVERSAL',
    } satisfies Record<ProposalWeight, string>,
    notStated: 'Not stated',
    useRecommended: 'Start from the recommended design',
    clear: 'Clear the design',
  },

  review: {
    needsTask:
      'Answer every question under \u201cRecommend\u201d first: the review checks the design against that task.',
    needsLayers: 'Choose at least one layer the design uses.',
    firstReason: 'First reason',
    ipsec: 'IPsec status of this design',
    proposedMark: 'proposed',
    findingsTitle: 'Findings',
  },

  record: {
    title: 'Decision record',
    titleLabel: 'Title',
    titlePlaceholder: 'e.g. Per-app outbound block for the endpoint agent',
    notesLabel: 'Notes',
    notesPlaceholder: 'What the meeting decided, open questions, who follows up…',
    checklistTitle: 'Review checklist',
    checklistIntro: 'Tick what the design has taken care of; the ticks are kept in the record.',
    checklistEmpty: 'Nothing to tick for this result.',
    checklistKinds: { consideration: 'Consideration', warning: 'Warning', finding: 'Finding' },
    progress: (done: number, all: number) => `${done} of ${all} done`,
    save: 'Save to recent records',
    saved: 'Saved to the recent records.',
  },

  recent: {
    button: 'Records',
    title: 'Recent records',
    intro:
      'Records saved in this browser (the last 20). Opening one replaces the answers on the page.',
    empty: 'No records yet. Save one, export a JSON record, or import a record file.',
    open: 'Open',
    openLabel: (title: string) => `Open the record ${title}`,
    remove: 'Delete',
    removeLabel: (title: string) => `Delete the record ${title}`,
    untitled: 'Untitled record',
    import: 'Import a record file…',
    importHint: 'or drop a .json record anywhere on the page',
    close: 'Close',
    rulesBadge: (v: string) => `rules ${v}`,
  },

  importing: {
    drop: 'Drop a decision record (.json) to open it',
    failedTitle: 'That file could not be imported',
    unchanged: 'Nothing on the page changed.',
    unreadableFile: 'The file could not be read from the disk.',
    dismiss: 'Dismiss',
  },

  rules: {
    title: 'The rules changed since this was made',
    madeUnder: (old: string, now: string) => `Made under rules ${old}; this app uses rules ${now}.`,
    columns: { what: '', before: 'When it was made', now: 'Now' },
    same: 'The verdict, the primary layer and the IPsec status are the same under the current rules.',
    changesTitle: 'What changed in the rules since then',
    unknownVersion: (v: string) =>
      `This app does not know rules ${v}; here is every change it knows about.`,
    noChanges: 'The changelog lists no change since then.',
    dismiss: 'Dismiss',
    none: 'none',
  },

  starter: {
    title: 'Starter code',
    forRecommendation: 'For the recommended design',
    forProposal: 'For the design under review',
    disclaimer:
      'A starting point, compiled by nobody here: check every call against the documentation.',
    copy: 'Copy the code',
    copied: 'Code copied.',
    copyFailed: 'Copy failed: select the code and copy it.',
    verifyTitle: 'See it working on a test machine',
    copyVerify: 'Copy the commands',
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
        'Some saved records could not be read: they were left out of the list and the saved data was set aside; the others are kept.',
      'write-failed':
        'Your work could not be saved in this browser (storage is full or blocked). Export a record to keep it.',
      'bad-language':
        'The remembered language could not be read. It was set aside and the page uses the browser language.',
      'bad-theme':
        'The remembered theme could not be read. It was set aside and the page follows the system theme.',
    } satisfies Record<StorageProblem, string>,
    dismiss: 'Dismiss',
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
};

/** The shape every language's reviewer-tool words have. */
export type RecordsUiWords = typeof recordsUi;

/**
 * English words of the page shell, the questionnaire panel's chrome and the result panel. No WFP
 * facts here: question wording comes from the questionnaire data, facts and reasons from the
 * knowledge base and the recommendation. Verdict, IPsec and confidence labels are in `labels`.
 * Pure.
 */
import type { Warning } from '@/engine/types';
import type { ThemeChoice } from '@/app/theme';

export const app = {
  /** The BCP 47 tag `Intl` formats lists and numbers with. */
  locale: 'en',
  appName: 'WFP Layer Chooser',
  tagline: 'Find the highest Windows Filtering Platform layer for a networking task',
  /** The document's <title> and meta description. */
  documentTitle: 'WFP Layer Chooser',
  metaDescription:
    'Pick the highest Windows Filtering Platform layer for a networking task, with IPsec compatibility and the user-mode vs kernel callout verdict.',

  /** The language switch: each language is named in its own words, whatever the page shows. */
  language: {
    label: 'Language',
  },

  theme: {
    label: 'Theme',
    choices: { system: 'System', light: 'Light', dark: 'Dark' } satisfies Record<
      ThemeChoice,
      string
    >,
  },

  copyLink: 'Copy link',
  linkCopied: 'Link copied to the clipboard.',
  linkCopyFailed: 'Copy failed: copy the address from the address bar instead.',

  regions: {
    page: 'The page',
    questionnaire: 'Questionnaire',
    diagram: 'Windows network stack',
    result: 'Recommendation',
    details: 'Layer details',
    /** The parts each with its own error boundary (issue 13 §3). */
    review: 'Design review',
    records: 'Decision records',
    gallery: 'Scenario gallery',
    paths: 'Packet paths',
    quiz: 'Quiz',
    compare: 'Compare layers',
    present: 'Presentation',
    exportMenu: 'Export menu',
  },
  diagramLoading: 'Loading the stack diagram…',

  errorBoundary: {
    title: (region: string) => `${region} hit an unexpected error.`,
    /** What still works: the failure stays in its part of the page. */
    rest: 'The rest of the page keeps working; nothing you entered was lost.',
    /** Introduces the technical detail (for a bug report). */
    detail: 'Technical detail',
    retry: 'Try again',
    startOver: 'Start over',
    /** A part whose code did not arrive (offline, or a newer version of the site replaced it). */
    notLoaded: (region: string) => `${region} could not be loaded.`,
    notLoadedRest:
      'The connection may be down, or the site was updated. Try again, or reload the page: your answers are in the link, your saved records stay in this browser.',
    reload: 'Reload the page',
  },

  profileErrors: {
    title: 'This link could not be read in full',
    outcome: {
      loaded:
        'The rest of the link was loaded below. Whatever you had before is one step back in the browser history.',
      kept: 'Nothing in it could be used, so the questionnaire was left as it was.',
    },
    dismiss: 'Dismiss',
    /** Notices only: the link was read in full, written another way. */
    readInFull: {
      title: 'This link is written in another form',
      outcome:
        'All of it was read and loaded below. Whatever you had before is one step back in the browser history.',
    },
  },

  questionnaire: {
    title: 'Describe the task',
    intro:
      'Answer a few questions about what your product does to network traffic. The diagram and the recommendation follow each answer.',
    progress: (answered: number) => (answered === 0 ? 'No answers yet' : `${answered} answered`),
    questionNumber: (n: number) => `Question ${n}`,
    answeredTitle: 'Your answers',
    change: 'Change',
    changeLabel: (title: string) => `Change your answer to: ${title}`,
    cancel: 'Cancel',
    save: 'Save answer',
    continue: 'Continue',
    back: 'Back',
    startOver: 'Start over',
    singleHint: 'Click an option, or use the arrow keys to choose and Enter to continue.',
    multiHint: 'Tick every option that applies, then Continue (Space ticks, Enter continues).',
    chooseAtLeastOne: 'Choose at least one option.',
    /** Headings of grouped options (src/questionnaire/option-groups.ts). */
    optionGroups: {
      who: 'Who — the program, user or peer',
      where: 'Where — addresses, ports, interfaces, VMs',
      what: 'What — protocol, content, headers, volume',
    } as Readonly<Record<string, string>>,
    settingIdle: 'Cannot change the result for your answers.',
    defaultedTitle: 'Settings with defaults',
    defaultedIntro:
      'These have sensible defaults and are part of the link. Change them if your product needs to.',
    badges: { default: 'default', settled: 'follows from your answers' },
    completeTitle: 'All questions answered',
    completeText: 'The recommendation is ready. Change any answer above to compare.',
    announceQuestion: (n: number, title: string) => `Question ${n}: ${title}`,
    announceComplete: 'All questions answered. The recommendation is ready.',
    announceChanged: (title: string) => `Answer changed: ${title}.`,
    valueList: (labels: readonly string[]) => labels.join(', '),
    noneSelected: 'none',
  },

  result: {
    emptyTitle: 'No recommendation yet',
    emptyText:
      'Answer the questions on the left. When they are done, this panel gives the verdict: whether user-mode filters suffice or a kernel callout driver is needed, at which layer, and what to watch out for.',
    emptySteps: [
      'The diagram lights up the highest layer that can do the task and dims the layers that cannot, with the reason.',
      'Every layer wears its IPsec badge.',
      'The link in the address bar always holds your answers: share it with a reviewer.',
    ],
    quotable: (verdict: string, summary: string) => `${verdict}: ${summary}`,
    copyVerdict: 'Copy verdict',
    verdictCopied: 'Verdict copied.',
    buildConditions: 'Filter conditions',
    calloutType: 'Callout type',
    injection: 'Injection',
    pend: 'Holding the decision',
    primaryTitle: 'Recommended layer',
    noPrimary: 'No WFP filtering layer can do this task.',
    showDetails: 'Layer details',
    /** A layer button's name: the words it shows (the layer's name, maybe its id), then what it does. */
    showDetailsLabel: (shown: string) => `${shown}: show details`,
    companionsTitle: 'Companion layers',
    ipsecTitle: 'IPsec',
    ipsecLoud: 'IPsec is in use on your network: this design breaks it.',
    ipsecFixes: 'Fixes that exist for this task',
    technologyCost: 'What it costs',
    considerationsTitle: 'Programming considerations that apply',
    whyItApplies: 'Why here',
    warningsTitle: 'Warnings',
    severity: {
      critical: { icon: '✖', text: 'Critical' },
      warning: { icon: '⚠', text: 'Warning' },
      info: { icon: 'ℹ', text: 'Note' },
    } satisfies Record<Warning['severity'], { icon: string; text: string }>,
    whyNotHigherTitle: 'Why not a higher layer',
    whyNotHigherEmpty: 'Nothing ranks above the recommended layer for this task.',
    alternativesTitle: 'Alternatives to weigh',
    rationaleTitle: 'How the recommendation was reached',
    sourcesTitle: 'Sources',
    sourcesLabel: 'Sources:',
    rulesVersion: (version: string) => `Rules version ${version}`,
    /** The ten-second card on top of the result. */
    card: {
      layer: 'Layer',
      noLayer: 'No WFP layer',
      alternative: 'Use instead',
      whereAlternative: 'Where it works',
      outsideLayers: 'Outside the WFP filtering layers',
      companions: 'With',
      ipsec: 'IPsec',
      mustKnow: 'Must know',
      mustKnowNone: 'Nothing on this design would break it: see the sections below for notes.',
      more: 'more',
      moreLabel: (title: string) => `More about: ${title}`,
      /** A companion's role, beside its name (the role code when it has no words here). */
      roles: {
        'other-direction': 'other direction',
        'pair-protocol': 'other protocols',
        'flow-context': 'flow context',
        'ale-classify': 'ALE classification',
        'return-path': 'return path',
        'require-ipsec': 'require IPsec',
        'ipsec-policy': 'IPsec policy',
        proposed: 'proposed',
      } as Readonly<Record<string, string>>,
    },
    foldsTitle: 'Everything behind it',
    planTitle: 'Build plan',
    layersTitle: 'Layers of the design',
    sourceRef: (n: number, title: string) => `Source ${n}: ${title}`,
    sectionSources: 'Sources in this section',
    startingPoint:
      'A starting point for a design review, not the final word: check the sources for your case.',
  },
};

/** The shape every language's page words have. */
export type AppWords = typeof app;

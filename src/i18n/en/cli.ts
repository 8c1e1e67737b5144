/**
 * English words of the command line (bin/wfp-layer.mjs, src/cli/commands.ts): help, messages and
 * the check-records report. Not part of the page's catalogue (the page never shows them, so they
 * stay out of its bundle); ja/cli.ts is the twin, typed by `CliWords`.
 */
export const cliText = {
  locale: 'en',
  help: [
    'wfp-layer — WFP Layer Chooser on the command line',
    '',
    'Usage:',
    "  npx wfp-layer recommend '<fragment>' [--markdown | --record | --starter] [--title <text>]",
    '      Prints the recommendation for a share-link fragment as JSON',
    '      (v=1&action=…&traffic=…, with or without the leading # or the page address).',
    '      A fragment with p-… keys (p-layers, p-kind, p-callout, p-inject, p-weight)',
    '      also prints the review of that proposed design.',
    '      --markdown   print the decision record as Markdown (MADR) instead of JSON',
    '      --record     print the JSON decision record (wfp-layer-decision, version 1)',
    '      --starter    print the C starter code and the verify commands',
    '  npx wfp-layer check-records <file.json>… [--json]',
    '      Re-evaluates saved decision records with the current rules and prints what',
    '      changed. Fails when a verdict, a primary layer or a review verdict changed.',
    '  npx wfp-layer --help | --version',
    '',
    'Language: --lang en | --lang ja (any command), else WFP_LAYER_LANG, else LANG.',
    '      Words, Markdown and starter-code comments follow it; JSON keys, codes and links do not.',
    '',
    'Exit codes:',
    '  0  ok (check-records: no verdict, primary layer or review verdict changed)',
    '  1  check-records: at least one record changed (verdict, primary layer or review verdict)',
    '  2  bad arguments (unknown command or option, a link with problems, an incomplete profile)',
    '  3  a record file is unreadable or is not a valid decision record',
    '  4  internal error (the TypeScript core could not be loaded)',
  ].join('\n'),
  version: (rules: string, app: string) => `wfp-layer ${app}, rules ${rules}`,
  unknownCommand: (c: string) =>
    `Unknown command "${c}". Commands: recommend, check-records (see --help).`,
  unknownOption: (o: string) => `Unknown option "${o}" (see --help).`,
  missingFragment: "recommend needs a link fragment, e.g. 'v=1&action=allow-block&…'.",
  tooManyArguments: (a: string) => `Unexpected argument "${a}": quote the fragment (see --help).`,
  missingValue: (o: string) => `Option ${o} needs a value.`,
  linkProblem: (m: string) => `Link problem: ${m}`,
  incompleteProfile: (keys: readonly string[]) =>
    `The profile is incomplete: it needs ${keys.join(', ')}.`,
  incompleteProposal:
    'The proposal needs both p-layers and p-kind to be reviewed (e.g. p-layers=stream&p-kind=callout).',
  noFiles: 'check-records needs at least one record file.',
  unreadable: (file: string, why: string) => `${file}: cannot read the file (${why}).`,
  malformed: (file: string, why: string) => `${file}: not a valid decision record: ${why}`,
  unchanged: (file: string, rules: string) => `${file}: unchanged (rules ${rules}).`,
  changed: (file: string, from: string, to: string) =>
    `${file}: CHANGED (made under rules ${from}, now ${to}):`,
  sameRulesChanged: (file: string) =>
    `${file}: CHANGED under the same rules version (the saved result was edited or is from another build):`,
  difference: (what: string, before: string, after: string) => `  ${what}: ${before} → ${after}`,
  rulesNote: (version: string, lines: readonly string[]) =>
    [`  Rules changes since ${version}:`, ...lines.map((l) => `    - ${l}`)].join('\n'),
  rulesUnknown: (version: string) =>
    `  Rules ${version} are not in this app's changelog; the result was recomputed with the current rules.`,
  infoOnly: (file: string) => `${file}: IPsec status changed only (not a failure):`,
  summary: (total: number, changed: number, broken: number) =>
    `${total} record(s): ${changed} changed, ${broken} unreadable or malformed.`,
  none: 'none',
  internal: (why: string) => `wfp-layer could not load its TypeScript core: ${why}`,
  unknownLanguage: (value: string, languages: readonly string[]) =>
    `Unknown language "${value}" for --lang: use ${languages.join(' or ')}.`,
};

/** The shape every language's command-line words have (a missing key fails `tsc`). */
export type CliWords = {
  readonly [K in keyof typeof cliText]: (typeof cliText)[K] extends string
    ? string
    : (typeof cliText)[K];
};

/**
 * The catalogue sections only parts loaded after the first paint read (issue 12): English loads
 * them in their own chunk (src/i18n/english.ts). Pure.
 */
export const LATE_SECTIONS = [
  'review',
  'details',
  'caveats',
  'injection',
  'diagram',
  'records',
  'recordsUi',
  'rulesChanges',
  'starter',
] as const;

export type LateSection = (typeof LATE_SECTIONS)[number];

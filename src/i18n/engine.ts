/**
 * Words of the recommendation engine (owner: engine) that rules 1.5.0 and later added: warning
 * titles and texts, exclusion reasons, alternative and rationale texts, and IPsec reasons —
 * each keyed by the stable code the core emits, with the typed parameters it
 * passes (xyflow `errorMessages` style). The core picks the code and the parameters; the words
 * live here, so a second language is a second object of the same shape. Pure: no imports beyond
 * types.
 */

/** Headings the result panel shows around these words. */
export const engineUi = {
  ipsecFixes: 'Fixes that exist for this task',
  technologyCost: 'What it costs',
} as const;

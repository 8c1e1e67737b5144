/**
 * Version of the recommendation rules. It changes whenever any result of `recommend` can change
 * (a rule, a text, or the knowledge data the rules read), so a saved decision record can tell
 * whether it was made under the same rules. `test/engine/rules-version.test.ts` holds a
 * fingerprint of the results next to this version and fails when they drift apart.
 */
export const RULES_VERSION = '1.5.0';

/**
 * @deprecated The rules changelog words moved to the catalogue (`rulesChanges`:
 * en/rules-changelog.ts, ja/rules-changelog.ts). Kept for the CLI until it takes a catalogue.
 */
import { rulesChanges } from './en/rules-changelog';

export const rulesChangelogText = rulesChanges;

/** The words for a change code (the code itself when unknown). */
export function rulesChangeText(code: string): string {
  return rulesChangelogText[code] ?? code;
}

import { describe, expect, it } from 'vitest';
import { RULES_VERSION } from '@/engine/version';
import { en } from '@/i18n/en';
import { RULES_CHANGELOG } from '@/knowledge/rules-changelog';
import { getSource } from '@/knowledge/sources';

describe('rules changelog', () => {
  it('lists every version oldest first and ends with the current rules version', () => {
    expect(RULES_CHANGELOG.at(-1)?.version).toBe(RULES_VERSION);
    expect(RULES_CHANGELOG.map((e) => e.version)).toEqual([
      '1.0.0',
      '1.1.0',
      '1.2.0',
      '1.3.0',
      '1.4.0',
      '1.5.0',
    ]);
  });

  it('words every change and cites only known sources', () => {
    const codes = RULES_CHANGELOG.flatMap((e) => e.changes.map((c) => c.code));
    expect(new Set(codes).size).toBe(codes.length);
    for (const entry of RULES_CHANGELOG) {
      for (const change of entry.changes) {
        expect(en.rulesChanges[change.code], change.code).toBeTruthy();
        expect(change.sourceIds.length, change.code).toBeGreaterThan(0);
        for (const id of change.sourceIds)
          expect(getSource(id), `${change.code} ${id}`).toBeDefined();
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { en } from '@/i18n/en';
import { ja } from '@/i18n/ja';
import { RULES_CHANGELOG } from '@/knowledge/rules-changelog';
import { parseRecord } from '@/share/record';
import { RECORD_ERROR_CODES as CODES } from '../fixtures/record-codes';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

describe('record words in both languages', () => {
  it('words every record error, with and without its detail, and keeps the field name', () => {
    for (const code of CODES) {
      for (const e of [{ code }, { code, field: 'profile.action', detail: 'xyz' }]) {
        const english = en.records.error(e);
        const japanese = ja.records.error(e);
        expect(english, code).not.toMatch(/undefined/);
        expect(japanese, code).toMatch(JAPANESE);
        expect(japanese, code).not.toMatch(/undefined/);
        if (english.includes('profile.action')) expect(japanese, code).toContain('profile.action');
        if (english.includes('xyz')) expect(japanese, code).toContain('xyz');
      }
    }
  });

  it('words a real parse error in Japanese', () => {
    const parsed = parseRecord('[1]');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(ja.records.error(parsed.error)).toBe(
      'ファイルは JSON ですが、オブジェクトではありません。決定記録は JSON オブジェクトです。',
    );
  });

  it('words every rules change in both languages, and nothing else', () => {
    const codes = RULES_CHANGELOG.flatMap((r) => r.changes.map((c) => c.code)).sort();
    expect(Object.keys(en.rulesChanges).sort()).toEqual(codes);
    expect(Object.keys(ja.rulesChanges).sort()).toEqual(codes);
    for (const code of codes) expect(ja.rulesChanges[code], code).toMatch(JAPANESE);
  });
});

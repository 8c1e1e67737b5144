import { describe, expect, it } from 'vitest';
import { en, type Catalogue } from '@/i18n/en';
import { ja } from '@/i18n/ja';
import { recommendInWords, wordRecommendation } from '@/i18n/word';
import { recommend } from '@/engine/recommend';
import { loadPublicScenarios } from '../engine/fixtures';

describe('the English catalogue', () => {
  it('is the shape a second language must have: a wrong parameter fails tsc', () => {
    const wrong: Catalogue = {
      ...en,
      exclusions: {
        ...en.exclusions,
        // @ts-expect-error: `not-on-os` takes { from, os }, not a layer name.
        'not-on-os': (p: { layer: string }) => `Not on ${p.layer}.`,
      },
    };
    expect(Object.keys(wrong.exclusions)).toEqual(Object.keys(en.exclusions));
  });

  it('words a result in another catalogue without touching the codes', () => {
    const profile = loadPublicScenarios()[0]!.profile;
    const other: Catalogue = {
      ...en,
      rationale: { ...en.rationale, task: () => 'Aufgabe.' },
    };
    const worded = wordRecommendation(recommend(profile), other);
    expect(worded.rationale.find((s) => s.id === 'task')?.text).toBe('Aufgabe.');
    expect(worded.rationale.map((s) => s.message)).toEqual(
      recommend(profile).rationale.map((s) => s.message),
    );
  });

  it('gives every warning, exclusion, companion and step of the public scenarios words', () => {
    for (const { profile } of loadPublicScenarios()) {
      const rec = recommendInWords(profile);
      const texts = [
        ...rec.warnings.flatMap((w) => [w.title, w.text]),
        ...rec.excluded.map((e) => e.reason),
        ...rec.companions.map((c) => c.text),
        ...rec.rationale.map((s) => s.text),
        ...rec.considerations.map((c) => c.why),
        ...rec.alternatives.map((a) => a.why),
        rec.ipsec.reason,
        rec.build.summary,
      ];
      for (const t of texts) expect(t.trim().length).toBeGreaterThan(0);
    }
  });
});

/** Sections other helpers still translate; the Japanese catalogue may keep their English. */
const PENDING_FOR_OTHER_HELPERS: ReadonlySet<string> = new Set<string>([]);

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
/** An identifier, a product name or a number: no word that starts in lower case. */
const IDENTIFIER_LIKE = (s: string) => !/(^|[\s(/])[a-z]{2,}\b/.test(s);

interface Leaf {
  readonly path: string;
  readonly en: unknown;
  readonly ja: unknown;
}

/**
 * Maps each language fills only where it needs to (typed `Partial`): a shorter chip label where the
 * full one does not fit, which depends on the language's own lengths.
 */
const PER_LANGUAGE_MAPS: ReadonlySet<string> = new Set(['catalogue.diagram.minOsShort']);

/** Every leaf of the two catalogues side by side; a key only one of them has is a mismatch. */
function pair(en: unknown, ja: unknown, path: string, out: Leaf[], missing: string[]): void {
  if (en !== null && typeof en === 'object' && !Array.isArray(en)) {
    if (ja === null || typeof ja !== 'object') {
      missing.push(path);
      return;
    }
    const keys = new Set([...Object.keys(en), ...Object.keys(ja)]);
    if (PER_LANGUAGE_MAPS.has(path)) return;
    for (const key of keys) {
      if (!(key in en) || !(key in ja)) missing.push(`${path}.${key}`);
      else
        pair(
          (en as Record<string, unknown>)[key],
          (ja as Record<string, unknown>)[key],
          `${path}.${key}`,
          out,
          missing,
        );
    }
    return;
  }
  out.push({ path, en, ja });
}

describe('the Japanese catalogue', () => {
  const leaves: Leaf[] = [];
  const missing: string[] = [];
  pair(en, ja, 'catalogue', leaves, missing);
  const translated = Object.keys(ja).filter(
    (s) => !PENDING_FOR_OTHER_HELPERS.has(s),
  ) as (keyof Catalogue)[];

  it('has every key of the English one, and no other', () => {
    expect(missing).toEqual([]);
    expect(leaves.length).toBeGreaterThan(1000);
  });

  it('has message functions with the same number of parameters', () => {
    for (const { path, en: e, ja: j } of leaves) {
      expect(typeof j, path).toBe(typeof e);
      if (typeof e === 'function') expect((j as () => string).length, path).toBe(e.length);
    }
  });

  it('has a non-empty Japanese string wherever the English has words', () => {
    const notJapanese: string[] = [];
    for (const { path, en: e, ja: j } of leaves) {
      if (typeof e !== 'string') continue;
      if (path.endsWith('.locale')) {
        expect(j, path).toBe('ja'); // a language tag, not words
        continue;
      }
      if (e === '') {
        expect(j, path).toBe('');
        continue;
      }
      expect((j as string).trim().length, path).toBeGreaterThan(0);
      // A name kept as it is (EtherType for "The EtherType") is not an untranslated sentence.
      const keptName = IDENTIFIER_LIKE(j as string) && (e === j || e.includes(j as string));
      if (!JAPANESE.test(j as string) && !keptName) notJapanese.push(path);
    }
    expect(notJapanese).toEqual([]);
  });

  it('replaces every English section except those pending for other helpers', () => {
    const stillEnglish = Object.keys(ja).filter(
      (s) => ja[s as keyof Catalogue] === en[s as keyof Catalogue],
    );
    console.info(
      `Japanese sections still English (pending for other helpers): ${stillEnglish.join(', ') || 'none'}`,
    );
    for (const section of stillEnglish) expect(PENDING_FOR_OTHER_HELPERS).toContain(section);
    expect(translated.length).toBeGreaterThan(0);
  });

  it('words every public scenario in Japanese, with the same codes as in English', () => {
    for (const { profile } of loadPublicScenarios()) {
      const english = recommendInWords(profile);
      const rec = recommendInWords(profile, ja);
      const texts = [
        ...rec.warnings.flatMap((w) => [w.title, w.text]),
        ...rec.excluded.map((e) => e.reason),
        ...rec.companions.map((c) => c.text),
        ...rec.rationale.map((s) => s.text),
        ...rec.considerations.map((c) => c.why),
        ...rec.alternatives.map((a) => a.why),
        ...rec.ipsec.conditions.map((c) => c.text),
        rec.ipsec.reason,
        rec.build.summary,
      ];
      for (const t of texts) {
        expect(t, t).toMatch(JAPANESE);
        expect(t, t).not.toMatch(/undefined|\[object /);
      }
      expect(rec.excluded.map((e) => e.message)).toEqual(english.excluded.map((e) => e.message));
      expect(rec.warnings.map((w) => w.id)).toEqual(english.warnings.map((w) => w.id));
    }
  });
});

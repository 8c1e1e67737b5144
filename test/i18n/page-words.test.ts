import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proposalOf, reviewDesign, type Finding, type Proposal } from '@/engine/review';
import { wordMessage } from '@/i18n/en/common';
import { en } from '@/i18n/en';
import { ja } from '@/i18n/ja';
import { wordFinding } from '@/i18n/review-words';
import { LAYERS } from '@/knowledge/layers';
import { loadPublicScenarios, makeProfile, profileArbitrary } from '../engine/fixtures';

/** Every path to a leaf: the key path, and the leaf (a string, or a function's arity). */
function leaves(value: unknown, path = ''): Map<string, string | number> {
  const out = new Map<string, string | number>();
  if (typeof value === 'function') out.set(path, value.length);
  else if (typeof value === 'string') out.set(path, value);
  else if (value !== null && typeof value === 'object')
    for (const [key, inner] of Object.entries(value))
      for (const [p, leaf] of leaves(inner, `${path}.${key}`)) out.set(p, leaf);
  return out;
}

const SECTIONS = ['app', 'labels', 'recordTools', 'recordsUi', 'review'] as const;
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/**
 * A finding's words come from the Japanese catalogue: the review's own messages are Japanese; a
 * layer the engine excludes reads as the catalogue's exclusion reason for it.
 */
function expectJapanese(f: Finding): void {
  const words = wordFinding(f, ja);
  expect(words).not.toContain('undefined');
  if (f.code in ja.review.findings) expect(words).toMatch(JAPANESE);
  else {
    expect(f.reason).toBeDefined();
    expect(words).toContain(wordMessage(ja.exclusions, f.reason!));
  }
}

describe('the page, label, records and review words in both languages', () => {
  it.each(SECTIONS)(
    '"%s" has the same keys, and message functions of the same arity',
    (section) => {
      const english = leaves(en[section]);
      const japanese = leaves(ja[section]);
      expect([...japanese.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [path, leaf] of english)
        if (typeof leaf === 'number') expect(japanese.get(path), path).toBe(leaf);
    },
  );

  it.each(SECTIONS)('"%s" is Japanese wherever the English has words to translate', (section) => {
    const english = leaves(en[section]);
    const untranslated = [...leaves(ja[section])].filter(
      ([path, leaf]) =>
        typeof leaf === 'string' &&
        leaf === english.get(path) &&
        !path.endsWith('.icon') &&
        // Names and identifiers that stay as they are in both languages.
        !/^[\s\p{P}\p{S}]*$/u.test(leaf) &&
        !['WFP Layer Chooser', 'IPsec', 'OK', 'Markdown (MADR)', 'en'].includes(leaf),
    );
    expect(untranslated).toEqual([]);
    expect(ja.app.locale).toBe('ja');
  });

  it('words a review finding in Japanese, with the same code, in the catalogue of the page', () => {
    const profile = makeProfile({
      action: 'redirect',
      'redirect-to': 'remote-endpoint',
      basis: ['address', 'port'],
      'min-os': 'vista',
      decider: 'code',
    });
    const r = reviewDesign(profile, {
      layers: ['ale-connect-redirect'],
      kind: 'callout',
      callout: 'redirect',
    });
    const first = r.firstReason!;
    expect(wordFinding(first, en)).toContain('It would work from Windows 7');
    expect(wordFinding(first, ja)).toContain('Windows 7 以降では動作します');
  });

  it('gives every finding of any design words from the Japanese catalogue, never "undefined"', () => {
    const layerIds = LAYERS.map((l) => l.id);
    const proposalArb: fc.Arbitrary<Proposal> = fc.record(
      {
        layers: fc.uniqueArray(fc.constantFrom(...layerIds), { minLength: 1, maxLength: 3 }),
        kind: fc.constantFrom('filter' as const, 'callout' as const),
        callout: fc.constantFrom(
          'inspect' as const,
          'modify' as const,
          'redirect' as const,
          'inject' as const,
          'pend' as const,
        ),
        weight: fc.constantFrom('below-universal' as const, 'above-universal' as const),
        inject: fc.constantFrom('FwpsInjectTransportSendAsync0', 'NoSuchFunction'),
      },
      { requiredKeys: ['layers', 'kind'] },
    );
    fc.assert(
      fc.property(profileArbitrary, proposalArb, (profile, proposal) => {
        for (const f of reviewDesign(profile, proposal).findings) expectJapanese(f);
      }),
      { numRuns: 150 },
    );
    for (const { profile } of loadPublicScenarios()) {
      const proposal = proposalOf(profile);
      if (proposal === null) continue;
      for (const f of reviewDesign(profile, proposal).findings) expectJapanese(f);
    }
  });
});

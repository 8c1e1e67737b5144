/**
 * Hostile links (issue 13 §1): more than 100,000 random and mutated URL fragments through the link
 * codec (`decodeLink`) and the link policy (`openLink`). Nothing throws, only vocabulary values come
 * out, every problem is a known code with words in both languages, and any fragment that is not
 * empty and not canonical gets at least one message. fast-check prints the seed of a failure.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { PROPOSAL_CALLOUTS, PROPOSAL_KINDS, PROPOSAL_WEIGHTS } from '@/engine/review';
import { RULES_VERSION } from '@/engine/version';
import { en } from '@/i18n/en';
import { ja } from '@/i18n/ja';
import { INJECTION_FUNCTIONS } from '@/knowledge/injection';
import { LAYERS } from '@/knowledge/layers';
import { LIST_KEYS, VOCABULARY, type ProfileKey } from '@/knowledge/vocabulary';
import { WORKSHOP_SCENARIOS } from '@/knowledge/scenarios';
import { openLink } from '@/share/link-policy';
import {
  decodeLink,
  encodeLink,
  MAX_FRAGMENT_LENGTH,
  type LinkData,
  type ProfileErrorCode,
} from '@/share/url';

const KEYS = Object.keys(VOCABULARY) as ProfileKey[];
const VALUES = KEYS.flatMap((k) => VOCABULARY[k] as readonly string[]);
const LAYER_IDS = LAYERS.map((l) => l.id);

const CODES: readonly ProfileErrorCode[] = [
  'unknown-key',
  'bad-value',
  'duplicate-key',
  'unsupported-version',
  'missing-version',
  'oversized',
  'malformed',
  'empty-parts',
  'empty-items',
  'not-canonical',
  'conflict',
];

/** Japanese script: the Japanese words are not the English ones falling through. */
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9faf]/;

let cases = 0;
afterAll(() => {
  console.log(`fuzz-link: ${cases.toLocaleString('en')} fragments through decodeLink and openLink`);
});

/** A valid link as the app writes it: a partial profile, maybe a proposal and a rules version. */
const canonicalLink: fc.Arbitrary<string> = fc
  .record(
    {
      profile: fc.record(
        Object.fromEntries(
          KEYS.map((key) => {
            const values = VOCABULARY[key] as readonly string[];
            return [
              key,
              LIST_KEYS.has(key)
                ? fc.uniqueArray(fc.constantFrom(...values), { minLength: 1 })
                : fc.constantFrom(...values),
            ];
          }),
        ),
        { requiredKeys: [] },
      ),
      proposal: fc.option(
        fc.record(
          {
            layers: fc.uniqueArray(fc.constantFrom(...LAYER_IDS), { minLength: 1, maxLength: 4 }),
            kind: fc.constantFrom(...PROPOSAL_KINDS),
            callout: fc.constantFrom(...PROPOSAL_CALLOUTS),
            inject: fc.constantFrom(...INJECTION_FUNCTIONS.map((f) => f.id)),
            weight: fc.constantFrom(...PROPOSAL_WEIGHTS),
          },
          { requiredKeys: ['kind'] },
        ),
        { nil: undefined },
      ),
      rulesVersion: fc.option(fc.constantFrom(RULES_VERSION, '1.0.0', '9.9.9'), { nil: undefined }),
    },
    { requiredKeys: ['profile'] },
  )
  .map((data) => encodeLink(data as Parameters<typeof encodeLink>[0]));

/** Links people actually share: the gallery's. */
const galleryLink = fc.constantFrom(...WORKSHOP_SCENARIOS.map((s) => s.link.replace(/^#/, '')));

const CONTROL = fc
  .integer({ min: 0, max: 0x9f })
  .filter((c) => c < 0x20 || c >= 0x7f)
  .map((c) => String.fromCharCode(c));
const FORMAT_CHARS = fc.constantFrom('\u200b', '\u200e', '\u202e', '\u2066', '\ufeff', '\u2028');
const JUNK_ESCAPE = fc.constantFrom(
  '%',
  '%2',
  '%zz',
  '%E0%A4%A',
  '%C0%AF',
  '%ED%A0%80',
  '%FF',
  '%00',
  '%0A',
  '%26',
  '%3D',
  '%2C',
  '%23',
  '%25%32%35',
  '+',
  '%20',
);
const UNKNOWN_KEY = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'V',
  'Protocol',
  'BASIS',
  'p-',
  'p-layer',
  'R',
  'x',
  '',
);
const UNKNOWN_VALUE = fc.oneof(
  fc.constantFrom('', 'TCP', 'Monitor', 'null', 'undefined', '[]', '{}', '0', '-1', '1e999'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);

type Mutation = (parts: string[], rng: (n: number) => number) => string[];

/** Ways a link gets damaged in chat, in hand edits and in hostile hands. */
const MUTATIONS: readonly { readonly name: string; readonly arb: fc.Arbitrary<Mutation> }[] = [
  { name: 'drop a parameter', arb: fc.constant((p, r) => p.filter((_, i) => i !== r(p.length))) },
  {
    name: 'duplicate a parameter',
    arb: fc.constant((p, r) => {
      const i = r(p.length);
      return [...p.slice(0, i + 1), p[i] ?? '', ...p.slice(i + 1)];
    }),
  },
  {
    name: 'reorder',
    arb: fc.constant((p, r) => {
      const q = [...p];
      for (let i = q.length - 1; i > 0; i -= 1) {
        const j = r(i + 1);
        [q[i], q[j]] = [q[j] ?? '', q[i] ?? ''];
      }
      return q;
    }),
  },
  {
    name: 'empty list items',
    arb: fc.constantFrom(',', ',,', ',,,').map((commas) => (p, r) => {
      const i = r(p.length);
      return p.map((part, k) => {
        if (k !== i) return part;
        const eq = part.indexOf('=');
        if (eq < 0) return `${part}=${commas}`;
        const items = part.slice(eq + 1).split(',');
        const at = r(items.length + 1);
        items.splice(at, 0, commas.slice(1));
        return `${part.slice(0, eq + 1)}${items.join(',')}${commas}`;
      });
    }),
  },
  {
    name: 'stray separators',
    arb: fc
      .array(fc.constantFrom('&', '=', ',', '&&', '=,', '&=', '#', ';', '?'), {
        minLength: 1,
        maxLength: 6,
      })
      .map((seps) => (p, r) => {
        const q = [...p];
        for (const sep of seps) q.splice(r(q.length + 1), 0, sep === '&' ? '' : sep);
        return q;
      }),
  },
  {
    name: 'control and format characters',
    arb: fc.array(fc.oneof(CONTROL, FORMAT_CHARS), { minLength: 1, maxLength: 4 }).map(
      (chars) => (p, r) =>
        p.map((part, k) => {
          if (k !== r(p.length)) return part;
          const at = r(part.length + 1);
          return `${part.slice(0, at)}${chars.join('')}${part.slice(at)}`;
        }),
    ),
  },
  {
    name: 'percent-encoding junk',
    arb: fc.array(JUNK_ESCAPE, { minLength: 1, maxLength: 3 }).map((junk) => (p, r) => {
      const i = r(p.length);
      return p.map((part, k) => {
        if (k !== i) return part;
        const at = r(part.length + 1);
        return `${part.slice(0, at)}${junk.join('')}${part.slice(at)}`;
      });
    }),
  },
  {
    name: 'escaped letters',
    arb: fc.constant((p, r) =>
      p.map((part, k) =>
        k === r(p.length)
          ? part.replace(/[a-z]/, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
          : part,
      ),
    ),
  },
  {
    name: 'unknown key or value',
    arb: fc
      .tuple(UNKNOWN_KEY, UNKNOWN_VALUE, fc.boolean())
      .map(([key, value, asValue]) => (p, r) => {
        if (!asValue) return [...p, `${encodeURIComponent(key)}=${encodeURIComponent(value)}`];
        const i = r(p.length);
        return p.map((part, k) =>
          k === i ? `${part.split('=')[0] ?? ''}=${encodeURIComponent(value)}` : part,
        );
      }),
  },
  {
    name: 'conflicting keys',
    arb: fc
      .tuple(fc.constantFrom(...KEYS, 'v', 'p-kind', 'p-layers', 'r'), fc.constantFrom(...VALUES))
      .map(([key, value]) => (p, r) => {
        const q = [...p];
        q.splice(r(q.length + 1), 0, `${key}=${value}`);
        return q;
      }),
  },
  {
    name: 'unicode',
    arb: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }).map((text) => (p, r) => {
      const i = r(p.length);
      return p.map((part, k) => (k === i ? `${part}${text}` : part));
    }),
  },
  {
    name: 'huge length',
    arb: fc
      .tuple(
        fc.integer({ min: MAX_FRAGMENT_LENGTH - 64, max: MAX_FRAGMENT_LENGTH * 4 }),
        fc.constantFrom('app,', 'a', '&', '%', ',', '\u00e9'),
      )
      .map(([length, unit]) => (p) => [
        ...p,
        `basis=${unit.repeat(Math.ceil(length / unit.length))}`,
      ]),
  },
  {
    name: 'case changes',
    arb: fc.constant((p, r) => p.map((part, k) => (k === r(p.length) ? part.toUpperCase() : part))),
  },
  { name: 'truncated', arb: fc.constant((p, r) => p.slice(0, r(p.length + 1))) },
];

const mutatedLink: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(canonicalLink, galleryLink),
    fc.array(fc.oneof(...MUTATIONS.map((m) => m.arb)), { minLength: 1, maxLength: 4 }),
    fc.infiniteStream(fc.nat()),
    fc.boolean(),
  )
  .map(([link, mutations, stream, hash]) => {
    const numbers = stream[Symbol.iterator]();
    const rng = (n: number) => (n <= 0 ? 0 : (numbers.next().value ?? 0) % n);
    let parts = link.split('&');
    for (const mutate of mutations) parts = mutate(parts, rng);
    return `${hash ? '#' : ''}${parts.join('&')}`;
  });

/** Fragments of nothing but separators, escapes, controls and format characters. */
const separatorsAndControls: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom('&', '=', ',', '#', '%', '+', ';', ' ', '\t', '\n'),
      CONTROL,
      FORMAT_CHARS,
      JUNK_ESCAPE,
    ),
    { minLength: 1, maxLength: 30 },
  )
  .map((parts) => parts.join(''));

const hugeText: fc.Arbitrary<string> = fc
  .tuple(
    fc.integer({ min: MAX_FRAGMENT_LENGTH - 8, max: 100_000 }),
    fc.string({ minLength: 1, maxLength: 8 }),
  )
  .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)));

/** The stripped text of a fragment, as the codec reads it. */
const body = (fragment: string) => fragment.replace(/^#/, '');

/** The decoded parts again as the app writes them. */
function canonicalOf(data: LinkData): string {
  return encodeLink({
    profile: data.profile,
    ...(data.proposal !== undefined ? { proposal: data.proposal } : {}),
    ...(data.rulesVersion !== undefined ? { rulesVersion: data.rulesVersion } : {}),
  });
}

function onlyVocabulary(data: LinkData): boolean {
  const profileOk = Object.entries(data.profile).every(([key, value]) => {
    if (!Object.hasOwn(VOCABULARY, key)) return false;
    const allowed: readonly string[] = VOCABULARY[key as ProfileKey];
    return Array.isArray(value)
      ? value.every((v) => allowed.includes(v)) && new Set(value).size === value.length
      : typeof value === 'string' && allowed.includes(value);
  });
  const layersOk = (data.proposal?.layers ?? []).every((l) => LAYER_IDS.includes(l));
  return profileOk && layersOk;
}

function readable(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** Fails the property with a message naming the broken promise (plain checks: 100,000 runs). */
function must(ok: boolean, promise: string): void {
  if (!ok) throw new Error(promise);
}

/** Everything a fragment must satisfy, whatever it is. */
function checkFragment(fragment: string): void {
  cases += 1;
  const decoded = decodeLink(fragment);
  must(onlyVocabulary(decoded), 'only vocabulary values are read');
  must(Object.getPrototypeOf(decoded.profile) === Object.prototype, 'a plain profile object');
  const text = body(fragment);
  const canonical = text === '' || canonicalOf(decoded) === text;
  // Not empty and not canonical: at least one message says what was ignored or how it was read;
  // and the other way, a link without messages is exactly as the app writes it.
  must(canonical || decoded.errors.length > 0, 'a non-canonical fragment gets a message');
  must(decoded.errors.length > 0 || canonical, 'a fragment without messages is canonical');
  const opened = openLink(fragment);
  must(
    text === '' || decoded.errors.length === 0 || opened.profileErrors.length > 0,
    'the page shows the problems',
  );
  must(
    opened.linkOutcome === 'loaded' || opened.questionnaire === undefined,
    'a kept link leaves the answers alone',
  );
  const holes = !/undefined|object|nan/i.test(readable(fragment));
  for (const error of [...decoded.errors, ...opened.profileErrors]) {
    must(CODES.includes(error.code), `a known code (${error.code})`);
    const english = en.link.error(error.message);
    const japanese = ja.link.error(error.message);
    must(english.length > 10, 'English words');
    must(JAPANESE.test(japanese) && japanese !== english, 'Japanese words');
    // No hole in the words (unless the link itself wrote such a word).
    must(!holes || !/undefined|\[object Object\]|NaN/.test(`${english}${japanese}`), 'no holes');
  }
  must(({} as Record<string, unknown>).polluted === undefined, 'no prototype pollution');
}

describe('link codec fuzzing (issue 13 §1)', () => {
  const runs: readonly (readonly [string, number, fc.Arbitrary<string>])[] = [
    ['mutated canonical and gallery links', 45_000, mutatedLink],
    ['arbitrary strings', 15_000, fc.string({ maxLength: 200 })],
    ['arbitrary unicode strings', 10_000, fc.string({ unit: 'grapheme', maxLength: 60 })],
    ['separators, escapes and control characters only', 15_000, separatorsAndControls],
    ['canonical links', 12_000, canonicalLink],
    ['huge fragments', 3_000, hugeText],
  ];
  const total = runs.reduce((sum, [, n]) => sum + n, 0);

  it.each(runs)(
    '%s: %i fragments never throw and get a coded message when not canonical',
    (_name, numRuns, arbitrary) => {
      fc.assert(
        fc.property(arbitrary, (fragment) => {
          checkFragment(fragment);
        }),
        { numRuns },
      );
    },
    300_000,
  );

  it(`ran at least 100,000 fragments in all (${total.toLocaleString('en')})`, () => {
    expect(total).toBeGreaterThanOrEqual(100_000);
    expect(cases).toBeGreaterThanOrEqual(total);
  });

  it('canonical links open without any message', () => {
    fc.assert(
      fc.property(canonicalLink, (link) => {
        expect(decodeLink(link).errors).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('what the issue found: each non-canonical fragment says what was ignored', () => {
  it('empty list items are named and skipped, the other items read', () => {
    const { profile, errors } = decodeLink('#v=1&basis=app,,,port');
    expect(profile.basis).toEqual(['app', 'port']);
    expect(errors.map((e) => e.code)).toEqual(['empty-items']);
    expect(errors[0]?.message).toEqual({
      key: 'empty-items',
      params: { key: 'basis', value: 'app,,,port', count: 2 },
    });
    expect(en.link.error(errors[0]!.message)).toContain('2 empty items');
    expect(ja.link.error(errors[0]!.message)).toContain('空の項目が 2 個');
  });

  it('empty items in the proposed layers are named too, and a repeated layer', () => {
    const { proposal, errors } = decodeLink('#v=1&p-layers=stream,,stream&p-kind=callout');
    expect(proposal?.layers).toEqual(['stream']);
    expect(errors.map((e) => e.message.key)).toEqual(['empty-items', 'repeated-item']);
  });

  it('a fragment of separators only is reported and keeps what the user had', () => {
    for (const fragment of ['#&&&', '#&&&=,', '#&', '#,,,', '#===']) {
      const opened = openLink(fragment);
      expect(opened.profileErrors.length, fragment).toBeGreaterThan(0);
      expect(opened.linkOutcome, fragment).toBe('kept');
      expect(opened.questionnaire, fragment).toBeUndefined();
    }
    expect(openLink('#&&&').profileErrors.map((e) => e.message)).toEqual([
      { key: 'empty-parts', params: { count: 3 } },
    ]);
  });

  it('control characters are reported, and the message names them visibly', () => {
    for (const fragment of ['#%01%02', '#\u0001\u0002', '# ', '#%09%0A', '#\u202e']) {
      const opened = openLink(fragment);
      expect(opened.linkOutcome, fragment).toBe('kept');
      const words = opened.profileErrors.map((e) => en.link.error(e.message)).join(' ');
      expect(words, fragment).toMatch(/not a profile key/);
      // No raw control or bidi character reaches the page.
      // eslint-disable-next-line no-control-regex -- looking for control characters
      expect(words).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/);
    }
    const words = en.link.error(openLink('#%01%02').profileErrors[1]!.message);
    expect(words).toContain('U+0001U+0002');
  });

  it('keys in another order or escaped letters are read, with a notice quoting the canonical link', () => {
    const { profile, errors } = decodeLink('#protocol=tcp&v=1&%61ction=monitor');
    expect(profile).toEqual({ action: 'monitor', protocol: 'tcp' });
    expect(errors.map((e) => e.message)).toEqual([
      { key: 'not-canonical', params: { canonical: 'v=1&action=monitor&protocol=tcp' } },
    ]);
  });

  it('the empty fragment is the start page, with no message', () => {
    for (const fragment of ['', '#']) {
      const opened = openLink(fragment);
      expect(opened.profileErrors).toEqual([]);
      expect(opened.questionnaire?.answers).toEqual({});
    }
  });
});

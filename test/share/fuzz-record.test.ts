/**
 * Hostile decision records (issue 13 §1): more than 10,000 random and mutated records through the
 * record codec (`parseRecord`). Nothing throws, a rejection is one specific coded error with words in
 * both languages (never the catch-all), an accepted record is a clean, re-readable record, and no
 * `__proto__` key reaches an object's prototype. fast-check prints the seed of a failure.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { en } from '@/i18n/en';
import { ja } from '@/i18n/ja';
import { LAYERS } from '@/knowledge/layers';
import { WORKSHOP_SCENARIOS } from '@/knowledge/scenarios';
import type { Profile } from '@/knowledge/vocabulary';
import {
  makeRecord,
  MAX_NOTES_LENGTH,
  MAX_RECORD_LENGTH,
  parseRecord,
  serializeRecord,
  type DecisionRecord,
  type RecordErrorCode,
} from '@/share/record';
import { decodeLink } from '@/share/url';
import { RECORD_ERROR_CODES as CODES } from '../fixtures/record-codes';

/** Codes about the whole text; every other code names the field concerned. */
const WHOLE_TEXT: readonly RecordErrorCode[] = ['empty', 'too-large', 'not-json', 'not-object'];
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9faf]/;

let cases = 0;
let accepted = 0;
afterAll(() => {
  console.log(
    `fuzz-record: ${cases.toLocaleString('en')} records through parseRecord, ${accepted.toLocaleString('en')} accepted`,
  );
});

/** Valid records: every gallery scenario, without and with a proposed design. */
const BASES: readonly DecisionRecord[] = WORKSHOP_SCENARIOS.flatMap((s, i) => {
  const profile = decodeLink(s.link).profile as Profile;
  const layer = s.expect.primary ?? LAYERS[i % LAYERS.length]!.id;
  return [
    makeRecord({ profile, title: s.id, notes: `notes ${i}` }),
    makeRecord({
      profile,
      proposal: { layers: [layer], kind: i % 2 === 0 ? 'callout' : 'filter' },
      title: `${s.id} review`,
      now: new Date(Date.UTC(2026, 0, 1 + i)),
    }),
  ];
});

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', '', 'x'];

/** Values of every JSON type, and a few that are valid somewhere else in a record. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    0,
    -1,
    1.5,
    1e308,
    true,
    false,
    '',
    'wfp-layer-decision',
    '1.4.0',
    'app',
    'ale-auth-connect',
    '2026-01-01T00:00:00Z',
    [],
    {},
    [null],
    { __proto__: null },
  ),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
  fc.integer({ min: 1000, max: MAX_NOTES_LENGTH + 10 }).map((n) => 'x'.repeat(n)),
  fc.jsonValue({ maxDepth: 2 }),
);

type Json = Record<string, unknown> | unknown[];

/** Every path to a value inside a JSON tree (the root is []). */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  }
  return out;
}

/** Sets an own property, even `__proto__` (assignment would change the prototype instead). */
function setOwn(target: Json, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

type Mutation = { readonly kind: string; readonly value: unknown; readonly key: string };

function mutate(root: unknown, path: (string | number)[], m: Mutation): unknown {
  // A copy: fast-check hands out the same `[]` and `{}` constants to every run, and a later step
  // may write inside what this one inserts (that once made a record refer to itself).
  const value: unknown = structuredClone(m.value);
  if (path.length === 0) {
    if (m.kind === 'extra' && typeof root === 'object' && root !== null && !Array.isArray(root)) {
      setOwn(root as Json, m.key, value);
      return root;
    }
    return value;
  }
  let parent = root as Json;
  for (const step of path.slice(0, -1)) parent = (parent as Record<string, unknown>)[step] as Json;
  const last = path[path.length - 1]!;
  const container = parent as Record<string | number, unknown>;
  switch (m.kind) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete container[last];
      break;
    case 'extra': {
      const target = container[last];
      if (typeof target === 'object' && target !== null && !Array.isArray(target)) {
        setOwn(target as Json, m.key, value);
      } else setOwn(parent, last, value);
      break;
    }
    case 'rename':
      if (!Array.isArray(parent)) {
        const moved = container[last];
        delete container[last];
        setOwn(parent, m.key, moved);
      }
      break;
    case 'duplicate-item':
      if (Array.isArray(parent))
        parent.splice(Number(last), 0, structuredClone(parent[Number(last)]));
      else setOwn(parent, last, [container[last], container[last]]);
      break;
    default:
      setOwn(parent, last, value);
  }
  return root;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('replace', 'replace', 'delete', 'extra', 'rename', 'duplicate-item'),
  value: anyValue,
  key: fc.constantFrom(...HOSTILE_KEYS, 'format', 'version', 'profile', 'result', 'layers'),
});

/** A valid record, damaged at one to three random places, as JSON text. */
const mutatedRecord: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...BASES),
    fc.array(fc.tuple(fc.nat(), mutation), { minLength: 1, maxLength: 3 }),
  )
  .map(([base, steps]) => {
    let root: unknown = structuredClone(base);
    for (const [pick, m] of steps) {
      const all = paths(root);
      root = mutate(root, all[pick % all.length]!, m);
    }
    return JSON.stringify(root) ?? '';
  });

/** Text damage: cut, spliced junk, a BOM, padding past the size limit, another schema version. */
const damagedText: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...BASES).map(serializeRecord),
    fc.constantFrom('cut', 'splice', 'bom', 'huge', 'version', 'proto', 'format'),
    fc.nat(),
    fc.string({ maxLength: 8 }),
  )
  .map(([text, kind, at, junk]) => {
    const i = at % (text.length + 1);
    switch (kind) {
      case 'cut':
        return text.slice(0, i);
      case 'splice':
        return `${text.slice(0, i)}${junk}${text.slice(i)}`;
      case 'bom':
        return `\uFEFF${text}`;
      case 'huge':
        return `${text}${' '.repeat(MAX_RECORD_LENGTH)}`;
      case 'version':
        return text.replace('"version": 1', `"version": ${(at % 5) + 2}`);
      case 'proto':
        return text.replace('{', '{"__proto__": {"polluted": true}, ');
      default:
        return text.replace('wfp-layer-decision', junk);
    }
  });

/** Anything at all: random JSON and random text. */
const randomInput: fc.Arbitrary<unknown> = fc.oneof(
  fc.json({ maxDepth: 3 }),
  fc.string({ maxLength: 100 }),
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(null, undefined, 0, {}, []),
);

function must(ok: boolean, promise: string): void {
  if (!ok) throw new Error(promise);
}

function plain(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(plain);
  if (typeof value !== 'object' || value === null) return true;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype && Object.values(value).every(plain);
}

function checkRecord(input: unknown): void {
  cases += 1;
  const parsed = parseRecord(input);
  if (parsed.ok) {
    accepted += 1;
    must(plain(parsed.record), 'an accepted record is plain data');
    must(!Object.hasOwn(parsed.record, '__proto__'), 'no __proto__ key');
    const again = parseRecord(serializeRecord(parsed.record));
    must(again.ok, 'an accepted record reads again as written');
  } else {
    const { error } = parsed;
    must(CODES.includes(error.code), `a known code (${error.code})`);
    // The catch-all gives bad-field without a field: never reached means every rejection is specific.
    must(WHOLE_TEXT.includes(error.code) || error.field !== undefined, 'the field is named');
    const english = en.records.error(error);
    const japanese = ja.records.error(error);
    must(english.length > 10 && !english.includes('undefined'), 'English words');
    must(JAPANESE.test(japanese) && japanese !== english, 'Japanese words');
  }
  must(({} as Record<string, unknown>).polluted === undefined, 'no prototype pollution');
}

describe('record codec fuzzing (issue 13 §1)', () => {
  const runs = [
    ['valid records damaged at one to three places', 8_000, mutatedRecord],
    ['damaged record text', 2_000, damagedText],
    ['random JSON and text', 2_000, randomInput],
  ] as const;
  const total = runs.reduce((sum, [, n]) => sum + n, 0);

  it.each(runs)(
    '%s: %i records never throw and every rejection is a specific coded error',
    (_name, numRuns, arbitrary) => {
      fc.assert(
        fc.property(arbitrary as fc.Arbitrary<unknown>, (input) => {
          checkRecord(input);
        }),
        { numRuns },
      );
    },
    300_000,
  );

  it(`ran at least 10,000 records in all (${total.toLocaleString('en')}), some accepted`, () => {
    expect(total).toBeGreaterThanOrEqual(10_000);
    expect(cases).toBeGreaterThanOrEqual(total);
    // The mutations keep some records valid (a title replaced by another string): both sides run.
    expect(accepted).toBeGreaterThan(0);
  });

  it('every base record is valid before it is damaged', () => {
    for (const record of BASES) expect(parseRecord(serializeRecord(record)).ok).toBe(true);
  });

  it('a __proto__ key is refused by name, at the top and inside the profile', () => {
    const base = serializeRecord(BASES[0]!);
    const top = parseRecord(base.replace('{', '{"__proto__": {"polluted": true}, '));
    expect(top).toEqual({ ok: false, error: { code: 'unknown-field', field: '__proto__' } });
    const inner = parseRecord(base.replace('"profile": {', '"profile": {"__proto__": {"x": 1}, '));
    expect(inner.ok ? null : inner.error).toMatchObject({
      code: 'bad-profile',
      field: 'profile.__proto__',
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

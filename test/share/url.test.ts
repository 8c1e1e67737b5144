import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { en } from '@/i18n/en';
import { ja } from '@/i18n/ja';
import type { ProfileError } from '@/share/url';

/** A link problem in the English words the page shows. */
const words = (e: ProfileError | undefined) => (e === undefined ? '' : en.link.error(e.message));
import {
  LIST_KEYS,
  VOCABULARY,
  type PartialProfile,
  type ProfileKey,
} from '@/knowledge/vocabulary';
import { enumerateCompletePaths } from '@/questionnaire/paths';
import {
  decodeProfile,
  encodeProfile,
  MAX_FRAGMENT_LENGTH,
  URL_FORMAT_VERSION,
  type ProfileErrorCode,
} from '@/share/url';

const KEYS = Object.keys(VOCABULARY) as ProfileKey[];

const arbitraryPartialProfile: fc.Arbitrary<PartialProfile> = fc.record(
  Object.fromEntries(
    KEYS.map((key) => {
      const values = VOCABULARY[key] as readonly string[];
      return [
        key,
        LIST_KEYS.has(key)
          ? fc.uniqueArray(fc.constantFrom(...values))
          : fc.constantFrom(...values),
      ];
    }),
  ),
  { requiredKeys: [] },
) as fc.Arbitrary<PartialProfile>;

/** Strings built from the pieces links are made of, so the parser's branches are all reached. */
const arbitraryLinkish: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom(...KEYS, 'v', 'V', 'Protocol', '__proto__', 'constructor', ''),
      fc.constantFrom(...KEYS.flatMap((k) => VOCABULARY[k] as readonly string[])),
      fc.constantFrom('&', '=', ',', '#', '%', '%2', '%zz', '%E0%A4%A', '%26', '+', '1', '2'),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

function onlyVocabulary(profile: PartialProfile): boolean {
  return Object.entries(profile).every(([key, value]) => {
    if (!Object.hasOwn(VOCABULARY, key)) return false;
    const allowed: readonly string[] = VOCABULARY[key as ProfileKey];
    if (LIST_KEYS.has(key as ProfileKey)) {
      return (
        Array.isArray(value) &&
        value.every((v) => allowed.includes(v)) &&
        new Set(value).size === value.length
      );
    }
    return typeof value === 'string' && allowed.includes(value);
  });
}

describe('encodeProfile', () => {
  it('writes the DESIGN example exactly', () => {
    expect(
      encodeProfile({
        'min-os': 'win10',
        basis: ['app', 'port'],
        ipsec: 'unknown',
        decider: 'rules',
        moment: 'connection',
        direction: 'outbound',
        protocol: 'tcp',
        traffic: 'local',
        action: 'allow-block',
      }),
    ).toBe(
      'v=1&action=allow-block&traffic=local&protocol=tcp&direction=outbound&moment=connection&basis=app,port&decider=rules&ipsec=unknown&min-os=win10',
    );
  });

  it('writes only the version for an empty profile', () => {
    expect(encodeProfile({})).toBe(`v=${URL_FORMAT_VERSION}`);
  });

  it('writes every key in vocabulary order after the version', () => {
    fc.assert(
      fc.property(arbitraryPartialProfile, (p) => {
        const names = encodeProfile(p)
          .split('&')
          .map((part) => part.split('=')[0]);
        expect(names).toEqual(['v', ...KEYS.filter((k) => p[k] !== undefined)]);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('round trips', () => {
  it('decodes every enumerated path profile losslessly', () => {
    const failures = enumerateCompletePaths().filter((path) => {
      const { profile, errors } = decodeProfile(`#${encodeProfile(path.profile)}`);
      return errors.length > 0 || !isDeepStrictEqual(profile, path.profile);
    });
    expect(failures.slice(0, 5)).toEqual([]);
  }, 60_000);

  it('decodes any encoded partial profile to the same profile, without errors', () => {
    fc.assert(
      fc.property(arbitraryPartialProfile, (p) => {
        const decoded = decodeProfile(encodeProfile(p));
        expect(decoded.errors).toEqual([]);
        expect(decoded.profile).toEqual(p);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('decodeProfile on anything', () => {
  const codes: readonly ProfileErrorCode[] = [
    'unknown-key',
    'bad-value',
    'duplicate-key',
    'unsupported-version',
    'missing-version',
    'oversized',
    'malformed',
    'empty-parts',
    'empty-items',
  ];

  it.each([
    ['any string', fc.string({ maxLength: 300 })],
    ['any unicode string', fc.string({ unit: 'grapheme', maxLength: 100 })],
    ['link-like strings', arbitraryLinkish],
  ] as const)('never throws and returns only vocabulary values for %s', (_, strings) => {
    fc.assert(
      fc.property(strings, (text) => {
        const { profile, errors } = decodeProfile(text);
        expect(onlyVocabulary(profile)).toBe(true);
        for (const error of errors) {
          expect(codes).toContain(error.code);
          expect(en.link.error(error.message).length).toBeGreaterThan(10);
          expect(ja.link.error(error.message).length).toBeGreaterThan(10);
        }
        expect(Object.getPrototypeOf(profile)).toBe(Object.prototype);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('problems in a link', () => {
  it('reads a link with or without the leading #', () => {
    const link = 'v=1&action=monitor&basis=payload';
    expect(decodeProfile(`#${link}`)).toEqual(decodeProfile(link));
    expect(decodeProfile(link)).toEqual({
      profile: { action: 'monitor', basis: ['payload'] },
      errors: [],
    });
  });

  it('treats an empty fragment as no profile and no problem', () => {
    expect(decodeProfile('')).toEqual({ profile: {}, errors: [] });
    expect(decodeProfile('#')).toEqual({ profile: {}, errors: [] });
  });

  const cases: readonly {
    name: string;
    link: string;
    profile: PartialProfile;
    errors: readonly {
      code: ProfileErrorCode;
      key?: string;
      value?: string;
      says: readonly string[];
    }[];
  }[] = [
    {
      name: 'an unknown key',
      link: '#v=1&action=monitor&colour=red',
      profile: { action: 'monitor' },
      errors: [{ code: 'unknown-key', key: 'colour', value: 'red', says: ['`colour`', 'action'] }],
    },
    {
      name: 'a key in the wrong case',
      link: '#v=1&Protocol=tcp',
      profile: {},
      errors: [{ code: 'unknown-key', key: 'Protocol', says: ['`protocol`'] }],
    },
    {
      name: 'a bad value',
      link: '#v=1&protocol=tcpp&action=monitor',
      profile: { action: 'monitor' },
      errors: [
        {
          code: 'bad-value',
          key: 'protocol',
          value: 'tcpp',
          says: [
            '`protocol=tcpp` is not a known protocol; expected one of tcp, udp, icmp, icmp-error, any-ip, non-ip, tcp,udp.',
          ],
        },
      ],
    },
    {
      name: 'a value in the wrong case',
      link: '#v=1&protocol=TCP',
      profile: {},
      errors: [{ code: 'bad-value', key: 'protocol', value: 'TCP', says: ['`tcp`'] }],
    },
    {
      name: 'an empty value',
      link: '#v=1&action=',
      profile: {},
      errors: [{ code: 'bad-value', key: 'action', value: '', says: ['no value', 'allow-block'] }],
    },
    {
      name: 'a bad item inside basis (the good items are kept)',
      link: '#v=1&basis=app,nope,port',
      profile: { basis: ['app', 'port'] },
      errors: [
        { code: 'bad-value', key: 'basis', value: 'nope', says: ['`basis=nope`', 'payload'] },
      ],
    },
    {
      name: 'a basis item listed twice',
      link: '#v=1&basis=app,app',
      profile: { basis: ['app'] },
      errors: [{ code: 'bad-value', key: 'basis', value: 'app', says: ['more than once'] }],
    },
    {
      name: 'a duplicate key (the first counts)',
      link: '#v=1&protocol=tcp&protocol=udp',
      profile: { protocol: 'tcp' },
      errors: [
        {
          code: 'duplicate-key',
          key: 'protocol',
          value: 'udp',
          says: ['more than once', '`protocol=tcp`', '`protocol=udp`'],
        },
      ],
    },
    {
      name: 'an unsupported version (the keys are still read)',
      link: '#v=2&action=monitor&traffic=local',
      profile: { action: 'monitor', traffic: 'local' },
      errors: [{ code: 'unsupported-version', key: 'v', value: '2', says: ['`2`', 'version 1'] }],
    },
    {
      name: 'a missing version (the keys are still read)',
      link: '#action=monitor&moment=close',
      profile: { action: 'monitor', moment: 'close' },
      errors: [{ code: 'missing-version', says: ['v=1'] }],
    },
    {
      name: 'a broken percent-escape (the other keys are read)',
      link: '#v=1&action=%E0%A4%A&protocol=tcp',
      profile: { protocol: 'tcp' },
      errors: [{ code: 'malformed', key: 'action', value: '%E0%A4%A', says: ['%XX'] }],
    },
    {
      name: 'an object-prototype key',
      link: '#v=1&__proto__=polluted&constructor=x',
      profile: {},
      errors: [
        { code: 'unknown-key', key: '__proto__', says: ['not a profile key'] },
        { code: 'unknown-key', key: 'constructor', says: ['not a profile key'] },
      ],
    },
  ];

  it.each(cases)('reports $name', ({ link, profile, errors }) => {
    const decoded = decodeProfile(link);
    expect(decoded.profile).toEqual(profile);
    expect(decoded.errors).toHaveLength(errors.length);
    errors.forEach((expected, i) => {
      const actual = decoded.errors[i];
      expect(actual?.code).toBe(expected.code);
      if (expected.key !== undefined) expect(actual?.key).toBe(expected.key);
      if (expected.value !== undefined) expect(actual?.value).toBe(expected.value);
      for (const text of expected.says) expect(words(actual)).toContain(text);
    });
  });

  it('reads percent-escaped and plus-encoded parameters like URLSearchParams', () => {
    expect(decodeProfile('#v=1&%61ction=%6Donitor&basis=app%2Cport').profile).toEqual({
      action: 'monitor',
      basis: ['app', 'port'],
    });
    expect(decodeProfile('#v=1&action=allow+block').errors[0]?.value).toBe('allow block');
  });

  it('reads an empty basis as an empty list and skips empty items', () => {
    expect(decodeProfile('#v=1&basis=').profile).toEqual({ basis: [] });
    expect(decodeProfile('#v=1&basis=app,,port,&&').profile).toEqual({ basis: ['app', 'port'] });
  });

  it('reads nothing from an oversized link and says so', () => {
    const link = `#v=1&action=monitor&basis=${'app,'.repeat(MAX_FRAGMENT_LENGTH)}`;
    const decoded = decodeProfile(link);
    expect(decoded.profile).toEqual({});
    expect(decoded.errors).toHaveLength(1);
    expect(decoded.errors[0]?.code).toBe('oversized');
    expect(decoded.errors[0]?.message).toEqual({
      key: 'oversized',
      params: { length: link.length - 1, max: MAX_FRAGMENT_LENGTH },
    });
    expect(words(decoded.errors[0])).toContain(String(MAX_FRAGMENT_LENGTH));
  });

  it('reads a link of exactly the maximum length', () => {
    const head = 'v=1&action=monitor&x=';
    const link = head + 'y'.repeat(MAX_FRAGMENT_LENGTH - head.length);
    const decoded = decodeProfile(`#${link}`);
    expect(decoded.profile).toEqual({ action: 'monitor' });
    expect(decoded.errors.map((e) => e.code)).toEqual(['unknown-key']);
  });

  it('shortens long values quoted in messages', () => {
    const { errors } = decodeProfile(`#v=1&action=${'x'.repeat(500)}`);
    expect(words(errors[0]).length).toBeLessThan(200);
    expect(errors[0]?.value).toBe('x'.repeat(500));
  });
});

// DESIGN §4: `protocol` may be the list `tcp,udp` ("TCP and UDP only"); one-value links keep their meaning.
describe('protocol=tcp,udp', () => {
  it('encodes the pair with a plain comma, in vocabulary order', () => {
    expect(encodeProfile({ protocol: 'tcp,udp' })).toBe('v=1&protocol=tcp,udp');
  });

  it('reads every spelling of the pair as the one canonical value', () => {
    for (const text of [
      'protocol=tcp,udp',
      'protocol=udp,tcp',
      'protocol=tcp%2Cudp',
      'protocol=udp,tcp,',
    ]) {
      const { profile, errors } = decodeProfile(`v=1&${text}`);
      expect(errors).toEqual([]);
      expect(profile.protocol).toBe('tcp,udp');
    }
  });

  it('round-trips through the link unchanged and leaves one-value links alone', () => {
    const link = encodeProfile({ action: 'allow-block', protocol: 'tcp,udp', basis: ['app'] });
    expect(decodeProfile(link).profile).toEqual({
      action: 'allow-block',
      protocol: 'tcp,udp',
      basis: ['app'],
    });
    expect(decodeProfile('v=1&protocol=udp').profile.protocol).toBe('udp');
    expect(encodeProfile({ protocol: 'udp' })).toBe('v=1&protocol=udp');
  });

  it('refuses a list the vocabulary does not hold, naming the value', () => {
    const { profile, errors } = decodeProfile('v=1&protocol=tcp,icmp');
    expect(profile.protocol).toBeUndefined();
    expect(errors.map((e) => [e.code, e.key, e.value])).toEqual([
      ['bad-value', 'protocol', 'tcp,icmp'],
    ]);
  });
});

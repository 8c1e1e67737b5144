import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proposalOf } from '@/engine/review';
import { RULES_VERSION } from '@/engine/version';
import { en } from '@/i18n/en';
import { RULES_CHANGELOG } from '@/knowledge/rules-changelog';
import {
  MAX_RECORD_LENGTH,
  makeRecord,
  parseRecord,
  recheckRecord,
  serializeRecord,
  type RecordErrorCode,
} from '@/share/record';
import { changesSince } from '@/share/rules-diff';
import { makeProfile } from '../fixtures/profiles';
import { loadPublicScenarios } from '../fixtures/scenarios';

const SCHEMA = JSON.parse(
  readFileSync(join(process.cwd(), 'schemas', 'wfp-layer-decision.v1.schema.json'), 'utf8'),
) as object;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(SCHEMA);
const NOW = new Date('2026-11-28T12:00:00.000Z');
const SCENARIOS = loadPublicScenarios();

function recordsOfScenarios() {
  return SCENARIOS.flatMap((s) => {
    const proposal = proposalOf(s.profile);
    return [
      makeRecord({ profile: s.profile, title: s.title, now: NOW }),
      ...(proposal
        ? [makeRecord({ profile: s.profile, proposal, title: s.title, notes: 'n', now: NOW })]
        : []),
      makeRecord({
        profile: s.profile,
        proposal: { layers: ['inbound-ippacket'], kind: 'callout', callout: 'inspect' },
        now: NOW,
      }),
    ];
  });
}

describe('decision records', () => {
  it('JSON round trip: what makeRecord writes, parseRecord reads back unchanged', () => {
    for (const record of recordsOfScenarios()) {
      const parsed = parseRecord(serializeRecord(record));
      expect(parsed.ok).toBe(true);
      if (parsed.ok) {
        expect(parsed.record).toEqual(record);
        expect(parsed.notices).toEqual([]);
      }
    }
  });

  it('every produced record validates against the published JSON Schema', () => {
    for (const record of recordsOfScenarios()) {
      const ok = validate(JSON.parse(serializeRecord(record)));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('the schema rejects what parseRecord rejects (spot checks)', () => {
    const good = JSON.parse(serializeRecord(recordsOfScenarios()[0]!)) as Record<string, unknown>;
    expect(validate({ ...good, format: 'other' })).toBe(false);
    expect(validate({ ...good, profile: { ...(good.profile as object), protocol: 'tcpp' } })).toBe(
      false,
    );
    expect(validate({ ...good, extra: 1 })).toBe(false);
  });

  it('keeps title, notes and the checklist with its ticks; a fresh checklist lists considerations, warnings and findings', () => {
    const profile = makeProfile();
    const first = makeRecord({
      profile,
      proposal: { layers: ['outbound-transport'], kind: 'callout' },
      now: NOW,
    });
    const kinds = new Set(first.checklist.map((i) => i.kind));
    expect(kinds).toEqual(new Set(['consideration', 'warning', 'finding']));
    const ticked = first.checklist.map((i, n) => ({ ...i, done: n === 0 }));
    const again = makeRecord({
      profile,
      proposal: first.proposal,
      title: 'T',
      notes: 'N',
      checklist: ticked,
      now: NOW,
    });
    expect(again.checklist[0]?.done).toBe(true);
    expect(again.checklist.slice(1).every((i) => !i.done)).toBe(true);
    expect(again.title).toBe('T');
    expect(again.notes).toBe('N');
  });
});

describe('malformed records: each kind gets its own specific error', () => {
  const good = JSON.parse(
    serializeRecord(makeRecord({ profile: makeProfile(), now: NOW })),
  ) as Record<string, unknown>;
  const withField = (patch: Record<string, unknown>) => JSON.stringify({ ...good, ...patch });
  const without = (key: string) => {
    const copy: Record<string, unknown> = { ...good };
    delete copy[key];
    return JSON.stringify(copy);
  };
  const cases: readonly [string, string, RecordErrorCode, string?][] = [
    ['an empty file', '   ', 'empty'],
    ['a huge file', `{"x":"${'a'.repeat(MAX_RECORD_LENGTH)}"}`, 'too-large'],
    ['not JSON', '{"format": "wfp-layer-decision",', 'not-json'],
    ['a JSON array', '[1,2,3]', 'not-object'],
    ['a foreign JSON object', '{"name":"package","version":"1.0.0"}', 'wrong-format', 'format'],
    ['a future format version', withField({ version: 2 }), 'unsupported-version', 'version'],
    ['a missing field', without('createdAt'), 'missing-field', 'createdAt'],
    ['an unknown field', withField({ extra: true }), 'unknown-field', 'extra'],
    [
      'a bad rules version',
      withField({ rulesVersion: 'latest' }),
      'bad-rules-version',
      'rulesVersion',
    ],
    [
      'a profile value outside the vocabulary',
      withField({ profile: { ...(good.profile as object), protocol: 'tcpp' } }),
      'bad-profile',
      'profile.protocol',
    ],
    [
      'a profile missing a key',
      withField({ profile: { ...(good.profile as object), action: undefined } }),
      'bad-profile',
      'profile.action',
    ],
    [
      'a proposal with an unknown layer',
      withField({ proposal: { layers: ['nope'], kind: 'callout' } }),
      'bad-proposal',
      'proposal.layers',
    ],
    [
      'a result with a bad verdict',
      withField({ result: { ...(good.result as object), verdict: 'maybe' } }),
      'bad-result',
      'result.verdict',
    ],
    [
      'a checklist item without done',
      withField({ checklist: [{ id: 'x', kind: 'warning' }] }),
      'bad-checklist',
      'checklist[0]',
    ],
    ['a title that is not text', withField({ title: 42 }), 'bad-field', 'title'],
    ['a date that is not ISO 8601', withField({ createdAt: 'yesterday' }), 'bad-date', 'createdAt'],
  ];

  it.each(cases)('%s', (_what, text, code, field) => {
    const parsed = parseRecord(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.code).toBe(code);
      if (field) expect(parsed.error.field).toBe(field);
      const message = en.records.error(parsed.error);
      expect(message.length).toBeGreaterThan(15);
      expect(message).not.toContain('undefined');
    }
  });

  it('covers at least ten distinct kinds', () => {
    expect(new Set(cases.map((c) => c[2])).size).toBeGreaterThanOrEqual(10);
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.anything().map((v) => JSON.stringify(v) ?? ''),
        ),
        (text) => {
          const parsed = parseRecord(text);
          expect(typeof parsed.ok).toBe('boolean');
        },
      ),
      { numRuns: 500 },
    );
    expect(parseRecord(undefined).ok).toBe(false);
  });
});

describe('re-checking records under the current rules', () => {
  const profile = makeProfile();

  it('a record made under the current rules is unchanged', () => {
    const check = recheckRecord(makeRecord({ profile, now: NOW }));
    expect(check).toMatchObject({
      changed: false,
      breaking: false,
      rulesChanged: false,
      differences: [],
    });
  });

  it('a stale record (older rules, another result) says what changed and what changed in the rules', () => {
    const record = makeRecord({
      profile,
      proposal: { layers: ['stream'], kind: 'callout' },
      now: NOW,
    });
    const stale = {
      ...record,
      rulesVersion: '1.2.0',
      result: {
        ...record.result,
        verdict: 'kernel-callout' as const,
        primary: 'stream' as const,
        review: { verdict: 'sound' as const, findings: [] },
      },
    };
    const parsed = parseRecord(JSON.stringify(stale));
    expect(parsed.ok && parsed.notices.map((n) => n.code)).toEqual(['rules-changed']);
    const check = recheckRecord(stale);
    expect(check.breaking).toBe(true);
    expect(check.differences).toEqual(['verdict', 'primary', 'review']);
    expect(check.after.verdict).toBe('user-mode');
    expect(check.rules.known).toBe(true);
    expect(check.rules.releases.map((r) => r.version)).toEqual(
      RULES_CHANGELOG.slice(RULES_CHANGELOG.findIndex((r) => r.version === '1.2.0') + 1).map(
        (r) => r.version,
      ),
    );
    expect(check.rules.releases.at(-1)?.version).toBe(RULES_VERSION);
  });

  it('the changelog knows every rules version up to the current one, oldest first', () => {
    const versions = RULES_CHANGELOG.map((r) => r.version);
    expect(versions.at(-1)).toBe(RULES_VERSION);
    expect(versions[0]).toBe('1.0.0');
    expect(changesSince(RULES_VERSION)).toEqual({ known: true, releases: [] });
    expect(changesSince('0.9.0').known).toBe(false);
  });
});

describe('the published schema and the words stay in step with the code', () => {
  /**
   * When the vocabulary, the layers or the injection functions gain a value, re-write the schema's
   * lists from the code and review the diff:
   *   UPDATE_SCHEMA=1 npx vitest run --project unit test/share/record.test.ts && npx prettier --write schemas
   */
  it('the schema lists exactly the vocabulary, the layer ids and the injection functions', async () => {
    const { VOCABULARY } = await import('@/knowledge/vocabulary');
    const { LAYERS } = await import('@/knowledge/layers');
    const { INJECTION_FUNCTIONS } = await import('@/knowledge/injection');
    if (process.env.UPDATE_SCHEMA === '1') {
      const { writeFileSync } = await import('node:fs');
      const schema = SCHEMA as {
        $defs: {
          profile: { properties: Record<string, { enum?: string[]; items?: { enum: string[] } }> };
          layerId: { enum: string[] };
          proposal: { properties: { inject: { enum: string[] } } };
        };
      };
      for (const [key, values] of Object.entries(VOCABULARY)) {
        const prop = schema.$defs.profile.properties[key];
        if (prop?.items) prop.items.enum = [...values];
        else if (prop) prop.enum = [...values];
      }
      schema.$defs.layerId.enum = LAYERS.map((l) => l.id);
      schema.$defs.proposal.properties.inject.enum = INJECTION_FUNCTIONS.map((f) => f.id);
      writeFileSync(
        join(process.cwd(), 'schemas', 'wfp-layer-decision.v1.schema.json'),
        `${JSON.stringify(schema, null, 2)}\n`,
      );
    }
    const defs = (
      SCHEMA as { $defs: Record<string, { properties?: Record<string, unknown>; enum?: unknown }> }
    ).$defs;
    for (const [key, values] of Object.entries(VOCABULARY)) {
      const prop = defs.profile?.properties?.[key] as {
        enum?: string[];
        items?: { enum: string[] };
      };
      expect(prop.enum ?? prop.items?.enum, key).toEqual([...values]);
    }
    expect(defs.layerId?.enum).toEqual(LAYERS.map((l) => l.id));
    expect((defs.proposal?.properties?.inject as { enum: string[] }).enum).toEqual(
      INJECTION_FUNCTIONS.map((f) => f.id),
    );
  });

  it('every rules change has words', async () => {
    for (const r of RULES_CHANGELOG)
      for (const c of r.changes) expect(en.rulesChanges[c.code], c.code).toBeTruthy();
  });
});

describe('rules notices for links', () => {
  it('none under the same rules or without r; the changelog since an older version', async () => {
    const { rulesNotice } = await import('@/share/rules-diff');
    expect(rulesNotice(undefined)).toBeNull();
    expect(rulesNotice(RULES_VERSION)).toBeNull();
    const old = rulesNotice('1.0.0');
    expect(old).toMatchObject({ known: true, newer: false, recordRules: '1.0.0' });
    expect(old?.releases.map((r) => r.version)).toEqual(
      RULES_CHANGELOG.filter((r) => r.version !== '1.0.0').map((r) => r.version),
    );
    expect(rulesNotice('9.0.0')).toMatchObject({ known: false, newer: true, releases: [] });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recommend } from '@/engine/recommend';
import { proposalOf } from '@/engine/review';
import { BUILT_IN_CALLOUTS } from '@/knowledge/rule-facts';
import { CONDITIONS } from '@/knowledge/conditions';
import { INJECTION_FUNCTIONS } from '@/knowledge/injection';
import { LAYERS } from '@/knowledge/layers';
import { SOURCES } from '@/knowledge/sources';
import { WFP_API_NAMES, WFP_API_NAME_SET, WFP_API_SOURCES } from '@/knowledge/wfp-api';
import { ja } from '@/i18n/ja';
import { starterCode } from '@/share/starter-code';
import { profileArbitrary } from '../engine/fixtures';
import { makeProfile } from '../fixtures/profiles';
import { loadPublicScenarios, publicScenario } from '../fixtures/scenarios';

/** Every WFP identifier the knowledge base knows. */
const KNOWN = new Set<string>([
  ...WFP_API_NAME_SET,
  ...LAYERS.flatMap((l) => [...l.fwpm, ...l.fwps]),
  ...CONDITIONS.map((c) => c.id),
  ...INJECTION_FUNCTIONS.map((f) => f.id),
  ...BUILT_IN_CALLOUTS.map((b) => b.name),
]);

const WFP_NAME = /\b(?:Fwp[ms][A-Za-z0-9]+|FWP[MS]?_[A-Z0-9_]+|RPC_C_[A-Z_]+)\b/g;

function unknownNames(code: string): string[] {
  return [...new Set(code.match(WFP_NAME) ?? [])].filter((n) => !KNOWN.has(n));
}

describe('starter code', () => {
  it('the allow-list cites a source for every name', () => {
    const ids = new Set([...SOURCES, ...WFP_API_SOURCES].map((s) => s.id));
    for (const n of WFP_API_NAMES) {
      expect(n.sourceIds.length, n.name).toBeGreaterThan(0);
      for (const id of n.sourceIds) expect(ids.has(id), `${n.name}: ${id}`).toBe(true);
    }
  });

  it.each(loadPublicScenarios())(
    'every API and constant name for "$id" (and its review) is in the knowledge base',
    (s) => {
      const proposal = proposalOf(s.profile);
      for (const out of [
        starterCode(s.profile),
        ...(proposal ? [starterCode(s.profile, proposal)] : []),
      ]) {
        expect(unknownNames(out.code)).toEqual([]);
        expect(unknownNames(out.verify.join('\n'))).toEqual([]);
        if (out.kind !== 'none') expect(out.code).toContain('compiled by nobody here');
      }
    },
  );

  it.each(loadPublicScenarios())(
    'in Japanese, "$id" has Japanese comments and exactly the same code and commands',
    (s) => {
      const code = (text: string) =>
        text
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\/\/.*$/gm, '')
          .replace(/[ \t]+$/gm, '');
      const commands = (lines: readonly string[]) => lines.filter((l) => !l.startsWith('rem '));
      const proposal = proposalOf(s.profile);
      for (const p of [null, ...(proposal ? [proposal] : [])]) {
        const english = starterCode(s.profile, p);
        const japanese = starterCode(s.profile, p, ja);
        expect(japanese.kind).toBe(english.kind);
        expect(code(japanese.code)).toBe(code(english.code));
        expect(commands(japanese.verify)).toEqual(commands(english.verify));
        expect(japanese.title).toMatch(/[\u3040-\u30ff]/);
        expect(japanese.code).toMatch(/[\u3040-\u30ff]/);
        expect(japanese.code).not.toContain('compiled by nobody here');
        for (const line of japanese.verify.filter((l) => l.startsWith('rem ')))
          expect(line).toMatch(/[\u3040-\u30ff]/);
      }
    },
  );

  it('every name is known for any profile (sampled)', () => {
    fc.assert(
      fc.property(profileArbitrary, (p) => {
        expect(unknownNames(starterCode(p).code)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('user mode: the management-API sequence at the primary layer with the named conditions', () => {
    const out = starterCode(publicScenario('block-app-outbound').profile);
    expect(out.kind).toBe('user-mode');
    const order = [
      'FwpmEngineOpen0',
      'FwpmTransactionBegin0',
      'FwpmProviderAdd0',
      'FwpmSubLayerAdd0',
      'FwpmFilterAdd0',
      'FwpmTransactionCommit0',
    ].map((n) => out.code.indexOf(n));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(out.code).toContain('filter.layerKey = FWPM_LAYER_ALE_AUTH_CONNECT_V4;');
    expect(out.code).toContain('filter.layerKey = FWPM_LAYER_ALE_AUTH_CONNECT_V6;');
    expect(out.code).toContain('cond[0].fieldKey = FWPM_CONDITION_ALE_APP_ID;');
    expect(out.code).toContain('filter.action.type = FWP_ACTION_BLOCK;');
    expect(out.code).not.toContain('FwpsCalloutRegister');
  });

  it.each([
    ['dynamic', 'session.flags = FWPM_SESSION_FLAG_DYNAMIC;', 'FWPM_FILTER_FLAG_PERSISTENT'],
    ['persistent', 'filter.flags = FWPM_FILTER_FLAG_PERSISTENT;', 'FWPM_SESSION_FLAG_DYNAMIC'],
    ['boot-time', 'filter.flags = FWPM_FILTER_FLAG_BOOTTIME;', 'FWPM_FILTER_FLAG_PERSISTENT'],
  ] as const)('lifetime=%s', (lifetime, present, absent) => {
    const code = starterCode(makeProfile({ lifetime })).code;
    expect(code).toContain(present);
    expect(code).not.toContain(absent);
  });

  it('kernel callout: the registration version follows the minimum Windows', () => {
    const prompt = publicScenario('prompt-outbound').profile;
    const byOs = (os: 'vista' | 'win7' | 'win10') => starterCode({ ...prompt, 'min-os': os }).code;
    expect(byOs('vista')).toContain('FwpsCalloutRegister0(');
    expect(byOs('vista')).not.toContain('classifyContext');
    expect(byOs('win7')).toContain('FwpsCalloutRegister1(');
    expect(byOs('win7')).toContain('FWPS_CALLOUT1 sCallout');
    expect(byOs('win10')).toContain('FwpsCalloutRegister2(');
    expect(byOs('win10')).toContain('const FWPS_FILTER2 *filter');
  });

  it('kernel callout: action type, fail flag, IPsec sublayer weight and considerations where they bite', () => {
    const prompt = publicScenario('prompt-outbound').profile;
    expect(recommend(prompt).primary).toBe('ale-auth-connect');
    const closed = starterCode({ ...prompt, fail: 'closed' }).code;
    const open = starterCode({ ...prompt, fail: 'open' }).code;
    expect(closed).toContain('filter.action.type = FWP_ACTION_CALLOUT_TERMINATING;');
    expect(closed).not.toContain(
      'filter.flags = FWPM_FILTER_FLAG_PERSISTENT | FWPM_FILTER_FLAG_PERMIT_IF_CALLOUT_UNREGISTERED;',
    );
    expect(open).toContain('FWPM_FILTER_FLAG_PERMIT_IF_CALLOUT_UNREGISTERED;');
    // An ALE callout is IPsec-conditional: its sublayer weighs less than FWPM_SUBLAYER_UNIVERSAL.
    expect(closed).toContain('sublayer.weight = 0x0000;');
    expect(closed).toContain('case FWPS_LAYER_ALE_AUTH_CONNECT_V4:');
    expect(closed).toContain('FwpsPendOperation0');
    const classify = closed.slice(closed.indexOf('ClassifyFn('), closed.indexOf('NotifyFn('));
    expect(classify).toContain('DISPATCH_LEVEL');
    expect(classify).toContain('FWPS_RIGHT_ACTION_WRITE');
  });

  it('a persistent or boot-time callout filter references a persistent callout (FWPM_CALLOUT0 flags)', () => {
    const prompt = publicScenario('prompt-outbound').profile;
    const callout = (lifetime: 'persistent' | 'boot-time' | 'dynamic') =>
      starterCode({ ...prompt, lifetime }).code;
    expect(callout('persistent')).toContain('mCallout.flags = FWPM_CALLOUT_FLAG_PERSISTENT;');
    expect(callout('boot-time')).toContain('mCallout.flags = FWPM_CALLOUT_FLAG_PERSISTENT;');
    expect(callout('dynamic')).not.toContain('FWPM_CALLOUT_FLAG_PERSISTENT');
  });

  it('a monitoring callout observes (inspection action, CONTINUE) and says the fail flag does not apply', () => {
    const out = starterCode(publicScenario('dlp-outbound-http').profile);
    expect(out.kind).toBe('kernel-callout');
    expect(out.code).toContain('FWP_ACTION_CALLOUT_INSPECTION');
    expect(out.code).toContain('classifyOut->actionType = FWP_ACTION_CONTINUE;');
    expect(out.code).not.toContain(
      'filter.flags = FWPM_FILTER_FLAG_PERSISTENT | FWPM_FILTER_FLAG_PERMIT',
    );
  });

  it('the proposal under review gets its own skeleton', () => {
    const profile = makeProfile({
      decider: 'code',
      action: 'allow-block',
      basis: ['app', 'payload'],
      moment: 'data',
    });
    const out = starterCode(profile, {
      layers: ['stream', 'ale-flow-established'],
      kind: 'callout',
      callout: 'inspect',
    });
    expect(out.code).toContain('FWPM_LAYER_STREAM_V4');
    expect(out.code).toContain('case FWPS_LAYER_ALE_FLOW_ESTABLISHED_V4:');
    expect(out.code).toContain('FWP_CALLOUT_FLAG_CONDITIONAL_ON_FLOW');
  });

  it('verify commands: netsh wfp and auditpol, each explained', () => {
    const v = starterCode(makeProfile()).verify;
    expect(v).toContain('netsh wfp show filters');
    expect(v).toContain('netsh wfp show state');
    expect(v).toContain('netsh wfp capture start');
    expect(v).toContain('netsh wfp capture stop');
    expect(v).toContain(
      'auditpol /set /subcategory:"Filtering Platform Connection" /success:enable /failure:enable',
    );
    v.forEach((line, i) => {
      if (i % 2 === 0) expect(line.startsWith('rem ')).toBe(true);
    });
  });

  it('no WFP layer, no code: says so', () => {
    const out = starterCode(publicScenario('ethertype-win7').profile);
    expect(out.kind).toBe('none');
    expect(out.code).not.toContain('Fwpm');
  });
});

/**
 * Starter code for a design: a short C skeleton — the management-API sequence
 * for user-mode filters, or callout registration, filters and a classifyFn outline for a kernel
 * callout — plus the `netsh wfp` and `auditpol` commands that show it working. Every API and
 * constant name comes from the knowledge base (layer records, conditions, injection functions,
 * src/knowledge/wfp-api.ts); comments come from the catalogue's `starter` words (English by default). A starting point, compiled
 * by nobody here. Pure.
 */
import { designFor, type Proposal } from '@/engine/review';
import { RULES_VERSION } from '@/engine/version';
import { en, type Catalogue } from '@/i18n/en';
import type { StarterWords } from '@/i18n/en/starter';
import { getCondition } from '@/knowledge/conditions';
import type { Layer } from '@/knowledge/types';
import { osAtLeast, type Profile } from '@/knowledge/vocabulary';
import * as C from '@/knowledge/c-templates';

export interface StarterCode {
  readonly language: 'c';
  readonly kind: 'user-mode' | 'kernel-callout' | 'none';
  readonly title: string;
  readonly code: string;
  /** Commands for a test machine (an elevated prompt), each with a `rem` comment line before it. */
  readonly verify: readonly string[];
}

type Words = StarterWords;

/** The registration version for the oldest Windows (FwpsCalloutRegister0/1/2). */
function calloutVersion(profile: Profile): 0 | 1 | 2 {
  if (osAtLeast(profile['min-os'], 'win8')) return 2;
  if (osAtLeast(profile['min-os'], 'win7')) return 1;
  return 0;
}

/** One condition per basis item the filter can match, in the plan's order. */
function conditions(conditionIds: readonly string[]): { id: string; flag: boolean }[] {
  const out: { id: string; flag: boolean }[] = [];
  const basisSeen = new Set<string>();
  for (const id of conditionIds) {
    const c = getCondition(id);
    if (!c || c.basis === null || basisSeen.has(c.basis)) continue;
    basisSeen.add(c.basis);
    out.push({ id, flag: id.startsWith('FWP_CONDITION_FLAG_') });
  }
  return out;
}

function verifyCommands(profile: Profile, words: Words): string[] {
  const v = words.verify;
  const out = [
    ...C.verifyLine(v.filters, C.NETSH_SHOW_FILTERS),
    ...C.verifyLine(v.state, C.NETSH_SHOW_STATE),
    ...C.verifyLine(v.captureStart, C.NETSH_CAPTURE_START),
    ...C.verifyLine(v.captureStop, C.NETSH_CAPTURE_STOP),
    ...C.verifyLine(v.auditConnection, C.AUDITPOL_CONNECTION),
  ];
  if (profile.action === 'allow-block' || profile.moment === 'discard')
    out.push(...C.verifyLine(v.auditDrop, C.AUDITPOL_DROP));
  if (osAtLeast(profile['min-os'], 'win7'))
    out.push(...C.verifyLine(v.netevents, C.NETSH_SHOW_NETEVENTS));
  return out;
}

/** The C skeleton and verify commands for the recommendation, or for the proposal under review. */
export function starterCode(
  profile: Profile,
  proposal?: Proposal | null,
  catalogue: Catalogue = en,
): StarterCode {
  const words = catalogue.starter;
  const layerName = (layer: Layer) => catalogue.common.layerName(layer.id);
  const { design, plan, considerations, ipsec } = designFor(profile, proposal);
  const p = design.task.profile;
  const verify = verifyCommands(p, words);
  const primary = design.primary;
  if (!primary || design.mode === null || design.driverAvoided) {
    return {
      language: 'c',
      kind: 'none',
      title: words.titleNone,
      code: C.comment([words.noCode]),
      verify,
    };
  }
  if (design.mode === 'audit' || design.mode === 'ipsec-policy') {
    const text = design.mode === 'audit' ? words.auditOnly : words.ipsecPolicy;
    return {
      language: 'c',
      kind: 'user-mode',
      title: words.titleUserMode(layerName(primary)),
      code: C.comment([text]),
      verify,
    };
  }
  const callout = design.mode === 'callout';
  const title = callout
    ? words.titleCallout(layerName(primary))
    : words.titleUserMode(layerName(primary));
  const conds = conditions(plan.conditions);
  const belowUniversal = ipsec.conditions.some((c) => c.id === 'sublayer-below-universal');
  const mustWin = p.precedence === 'must-win';
  const weight = callout && belowUniversal ? '0x0000' : mustWin ? '0xFFFF' : '0x1000';
  const weightWhy =
    callout && belowUniversal
      ? [words.weightBelowUniversal, ...(mustWin ? [words.mustWinAtAle] : [])]
      : [mustWin ? words.weightMustWin : words.weightNormal];
  const lifetime = p.lifetime ?? 'persistent';
  const lifetimeWhy =
    lifetime === 'dynamic'
      ? words.dynamic
      : lifetime === 'boot-time'
        ? words.bootTime
        : words.persistent;

  // Filters: the primary and the layers that serve other slices, at every V4/V6 variant.
  const filterLayers: { layer: Layer; role: string }[] = [
    { layer: primary, role: 'primary' },
    ...design.companions.map((c) => ({ layer: c.layer, role: c.role })),
  ];
  const header = C.comment([...words.header(title, RULES_VERSION), words.guids, lifetimeWhy]);

  const filterFlags: string[] = [];
  if (lifetime === 'persistent') filterFlags.push('FWPM_FILTER_FLAG_PERSISTENT');
  if (lifetime === 'boot-time') filterFlags.push('FWPM_FILTER_FLAG_BOOTTIME');
  if (mustWin) filterFlags.push('FWPM_FILTER_FLAG_CLEAR_ACTION_RIGHT');

  if (!callout) {
    const action = plan.builtInCallout ? 'FWP_ACTION_CALLOUT_TERMINATING' : 'FWP_ACTION_BLOCK';
    const body = C.userModeProgram({
      dynamic: lifetime === 'dynamic',
      persistentObjects: lifetime === 'persistent',
      weight,
      weightWhy,
      conditions: conds,
      conditionWords: { value: words.conditionValue, appId: words.appId },
      filters: filterLayers.flatMap((f) => f.layer.fwpm.map((key) => ({ layerKey: key, action }))),
      filterFlags,
      builtInCallout: plan.builtInCallout,
    });
    return { language: 'c', kind: 'user-mode', title, code: `${header}\n${body}`, verify };
  }

  // Kernel callout: one callout per layer variant, one classifyFn that switches on the layer.
  const version = calloutVersion(p);
  const terminatingAction = plan.filterAction?.split(' ')[0] ?? 'FWP_ACTION_CALLOUT_TERMINATING';
  const failOpen = p.fail === 'open';
  const entries = filterLayers.flatMap(({ layer, role }) => {
    const action = role === 'flow-context' ? 'FWP_ACTION_CALLOUT_INSPECTION' : terminatingAction;
    const canFailOpen = action !== 'FWP_ACTION_CALLOUT_INSPECTION';
    return layer.fwpm.map((layerKey, i) => ({
      layerKey,
      runtimeId: layer.fwps[i] ?? layer.fwps[0] ?? '',
      role,
      action,
      flags: [
        ...filterFlags,
        ...(failOpen && canFailOpen ? ['FWPM_FILTER_FLAG_PERMIT_IF_CALLOUT_UNREGISTERED'] : []),
      ],
      failWhy: canFailOpen ? (failOpen ? words.failOpen : words.failClosed) : words.failInspection,
      conditionsHere: layer.id === primary.id ? conds : [],
      conditionalOnFlow: design.flowContext && role !== 'flow-context' && role !== 'ale-classify',
    }));
  });
  const cons = considerations
    .filter((c) => c.id !== 'user-mode-first' && c.id !== 'highest-layer')
    .map((c) => words.considerations[c.id] ?? c.id);
  const inject = plan.injection[0];
  const work =
    p.action === 'monitor'
      ? [words.observe]
      : design.pend
        ? [
            words.pend(
              design.pend === 'pend-classify'
                ? 'FwpsPendClassify0'
                : design.pend === 'pend-operation'
                  ? 'FwpsPendOperation0'
                  : 'FWPS_CLASSIFY_OUT_FLAG_ABSORB',
            ),
          ]
        : p.action === 'redirect' && !design.rewriteRedirect
          ? [words.redirect]
          : p.action === 'shape'
            ? [words.defer]
            : inject
              ? [words.modify(inject)]
              : [words.decide];
  const body = C.calloutProgram({
    version,
    entries,
    weight,
    weightWhy,
    dynamic: lifetime === 'dynamic',
    persistentObjects: lifetime === 'persistent',
    persistentCallout: lifetime !== 'dynamic',
    conditionWords: { value: words.conditionValue, appId: words.appId },
    writeRight: words.writeRight,
    considerations: cons,
    ipsecRules: ipsec.conditions.map((c) => `${words.ipsecRule}: ${c.id}`),
    flowContextWords: words.flowContext,
    work,
    observe: p.action === 'monitor',
    noBlockHere: words.considerations['no-block-at-flow-established'] ?? '',
  });
  return { language: 'c', kind: 'kernel-callout', title, code: `${header}\n${body}`, verify };
}

/**
 * The ordered steps that led to the result, each citing sources, each with the id of the rule
 * that produced it (so the UI can show "why" without knowing the logic). Pure.
 */
import { engineRationale } from '@/i18n/engine';
import type { Design } from './design';
import { ipsecResult } from './ipsec-status';
import { FLOW_INVARIANT_SOURCES, RUNG_NAMES } from './tables';
import type { RationaleStep } from './types';
import {
  ACTION_WORDS,
  BASIS_WORDS,
  DECIDER_WORDS,
  MOMENT_WORDS,
  OS_NAMES,
  PROTOCOL_WORDS,
  TRAFFIC_WORDS,
  listWords,
} from './words';

function step(id: string, text: string, sourceIds: readonly string[]): RationaleStep {
  return { id, text, sourceIds };
}

const MAX_NAMED = 6;

/** The rationale for a design, in order. */
export function rationaleFor(design: Design): readonly RationaleStep[] {
  const { task } = design;
  const p = task.profile;
  const out: RationaleStep[] = [];
  const basis =
    p.basis.length > 0 ? listWords(p.basis.map((b) => BASIS_WORDS[b])) : 'nothing in particular';
  const when = p.moment ? `, ${MOMENT_WORDS[p.moment]}` : '';
  out.push(
    step(
      'task',
      `Task: ${ACTION_WORDS[p.action]} ${PROTOCOL_WORDS[p.protocol]} (${TRAFFIC_WORDS[p.traffic]}; ${p.direction}${when}), based on ${basis}, decided by ${DECIDER_WORDS[p.decider]}, on ${OS_NAMES[task.os]} and later.`,
      ['wdk-pc'],
    ),
  );
  if (p.traffic === 'vswitch') {
    out.push(
      step(
        'vswitch-path',
        'VM traffic crossing the Hyper-V switch is classified on the vSwitch path: leaving a VM at the ingress layers, arriving at a VM at the egress layers.',
        ['wdk-vsw', 'wdk-vsw-overview'],
      ),
    );
  }
  if (p.action === 'protect') {
    out.push(
      step(
        'protect-route',
        'Requiring or configuring IPsec is IPsec policy, set from user mode at the IKE/IPsec layers.',
        ['w32-ipseccfg', 'w32-layers'],
      ),
    );
  }
  if (task.basis.has('rpc-interface')) {
    out.push(
      step(
        'rpc-route',
        'Decisions on RPC interfaces and operations are made at the user-mode RPC layers.',
        ['w32-layers', 'w32-cond'],
      ),
    );
  }
  if (task.decisionAtAle) {
    out.push(
      step(
        'decision-at-ale',
        'The decision rests on facts that do not change within a flow, so it belongs at the ALE authorization: ALE decides once and the rest of the flow follows.',
        FLOW_INVARIANT_SOURCES,
      ),
    );
  }
  if (design.mode === 'audit' && (p.moment === 'data' || p.moment === 'established')) {
    out.push(
      step(
        'recorded-at-authorization',
        'The facts to record do not change within a connection, and the audit log and net events record them when ALE authorizes the connection.',
        ['w32-audit', 'w32-alestate'],
      ),
    );
  }
  if (task.shapingDelegated) {
    out.push(
      step('shaping-outbound-qos', engineRationale['shaping-outbound-qos'], [
        'qos-top',
        'qos-works',
        'wdk-stream',
      ]),
    );
  }
  if (design.pend === 'out-of-band' && p.action === 'shape') {
    out.push(
      step('shaping-out-of-band', engineRationale['shaping-out-of-band'], ['wdk-types', 'wdk-inj']),
    );
  }
  if (p.direction === 'turnaround') {
    out.push(
      step(
        'turnaround',
        'Turnaround: the packet is captured on the receive path and the answer is injected into the send path.',
        ['wdk-inj'],
      ),
    );
  }

  const primary = design.primary;
  if (design.verdict === 'user-mode' && primary) {
    out.push(
      step(
        'user-mode-first',
        `Built-in filtering does it from user mode at ${primary.name}, so no driver is needed.`,
        ['wdk-pc', 'w32-arch'],
      ),
    );
  } else if (design.mode === 'callout' && primary) {
    const tried = (p.action === 'allow-block' || p.action === 'monitor') && p.decider === 'rules';
    out.push(
      step(
        'user-mode-first',
        tried
          ? 'No layer lets built-in filtering alone do it (no filter condition or user-mode event covers every basis item), so the design needs a callout.'
          : `The task needs code on the data path (${ACTION_WORDS[p.action]}, decided by ${DECIDER_WORDS[p.decider]}), which built-in filtering cannot provide: a callout is needed.`,
        ['wdk-pc', 'wdk-intro'],
      ),
    );
  }

  if (primary) {
    const higher = design.exclusions.filter((e) => design.whyNotHigherIds.has(e.layerId));
    const named = higher.slice(0, MAX_NAMED).map((e) => `${e.layerId} (${e.code})`);
    const more = higher.length > MAX_NAMED ? ` and ${higher.length - MAX_NAMED} more` : '';
    out.push(
      step(
        'highest-layer',
        `Highest workable layer: ${primary.name}${primary.rung ? ` (${RUNG_NAMES[primary.rung]})` : ''}.` +
          (higher.length > 0 ? ` Ruled out above it: ${named.join(', ')}${more}.` : ''),
        ['wdk-pc', 'w32-bp'],
      ),
    );
    for (const c of design.companions) {
      out.push(step(`companion-${c.role}`, `${c.layer.name}: ${c.text}`, c.sourceIds));
    }
    if (design.pend) {
      out.push(
        step(
          'hold-decision',
          `The outside decision is held with ${design.pend === 'pend-operation' ? 'FwpsPendOperation0 (first authorization only)' : design.pend === 'pend-classify' ? 'FwpsPendClassify0' : 'out-of-band processing (absorb, reinject later)'}.`,
          ['wdk-async', 'ddi-pendop'],
        ),
      );
    }
    if (design.injection.length > 0) {
      out.push(
        step(
          'injection',
          `Injection: ${listWords([...new Set(design.injection.map((u) => `${u.fn.id} from ${u.layer.name}`))])}.`,
          ['wdk-inj'],
        ),
      );
    }
    const ipsec = ipsecResult(design);
    out.push(
      step(
        'ipsec',
        `IPsec: ${ipsec.status}. ${ipsec.reason}`,
        ipsec.sourceIds.length > 0 ? ipsec.sourceIds : ['wdk-ipsec'],
      ),
    );
    if (design.driverAvoided) {
      out.push(
        step(
          'own-driver-avoided',
          'The product cannot ship a driver of its own, so the callout design is replaced by another technology (see the alternatives).',
          ['wdk-sig', 'wd-doc'],
        ),
      );
    }
  } else {
    out.push(
      step(
        'nothing-workable',
        `No WFP layer can do this on ${OS_NAMES[task.os]}: every layer was ruled out (see why). The verdict is another technology.`,
        ['wdk-pc', 'wdk-port'],
      ),
    );
  }
  return out;
}

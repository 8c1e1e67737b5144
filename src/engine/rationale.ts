/**
 * The ordered steps that led to the result, each citing sources, each with the id of the rule
 * that produced it (so the UI can show "why" without knowing the logic). Pure.
 */
import type { SourceId } from '@/knowledge/types';
import type { Design } from './design';
import { ipsecResult } from './ipsec-status';
import { FLOW_INVARIANT_SOURCES } from '@/knowledge/rule-facts';
import type { RationaleMessage, RationaleStep } from './types';

function step(
  id: string,
  message: RationaleMessage,
  sourceIds: readonly SourceId[],
): RationaleStep {
  return { id, message, sourceIds };
}

const NONE = {} as const;

/** The rationale for a design, in order. */
export function rationaleFor(design: Design): readonly RationaleStep[] {
  const { task } = design;
  const p = task.profile;
  const out: RationaleStep[] = [];
  out.push(
    step(
      'task',
      {
        key: 'task',
        params: {
          action: p.action,
          protocol: p.protocol,
          traffic: p.traffic,
          direction: p.direction,
          moment: p.moment ?? null,
          basis: p.basis,
          decider: p.decider,
          os: task.os,
        },
      },
      ['wdk-pc'],
    ),
  );
  if (p.traffic === 'vswitch') {
    out.push(
      step('vswitch-path', { key: 'vswitch-path', params: NONE }, ['wdk-vsw', 'wdk-vsw-overview']),
    );
  }
  if (p.action === 'protect') {
    out.push(
      step('protect-route', { key: 'protect-route', params: NONE }, ['w32-ipseccfg', 'w32-layers']),
    );
  }
  if (task.basis.has('rpc-interface')) {
    out.push(step('rpc-route', { key: 'rpc-route', params: NONE }, ['w32-layers', 'w32-cond']));
  }
  if (task.decisionAtAle) {
    out.push(
      step('decision-at-ale', { key: 'decision-at-ale', params: NONE }, FLOW_INVARIANT_SOURCES),
    );
  }
  if (design.mode === 'audit' && (p.moment === 'data' || p.moment === 'established')) {
    out.push(
      step('recorded-at-authorization', { key: 'recorded-at-authorization', params: NONE }, [
        'w32-audit',
        'w32-alestate',
      ]),
    );
  }
  if (task.shapingDelegated) {
    out.push(
      step('shaping-outbound-qos', { key: 'shaping-outbound-qos', params: NONE }, [
        'qos-top',
        'qos-works',
        'wdk-stream',
      ]),
    );
  }
  if (design.pend === 'out-of-band' && p.action === 'shape') {
    out.push(
      step('shaping-out-of-band', { key: 'shaping-out-of-band', params: NONE }, [
        'wdk-types',
        'wdk-inj',
      ]),
    );
  }
  if (p.direction === 'turnaround') {
    out.push(step('turnaround', { key: 'turnaround', params: NONE }, ['wdk-inj']));
  }

  const primary = design.primary;
  if (design.verdict === 'user-mode' && primary) {
    out.push(
      step('user-mode-first', { key: 'user-mode-filtering', params: { layer: primary.id } }, [
        'wdk-pc',
        'w32-arch',
      ]),
    );
  } else if (design.mode === 'callout' && primary) {
    const tried = (p.action === 'allow-block' || p.action === 'monitor') && p.decider === 'rules';
    out.push(
      step(
        'user-mode-first',
        tried
          ? { key: 'no-filter-covers', params: NONE }
          : { key: 'code-on-data-path', params: { action: p.action, decider: p.decider } },
        ['wdk-pc', 'wdk-intro'],
      ),
    );
  }

  if (primary) {
    const higher = design.exclusions.filter((e) => design.whyNotHigherIds.has(e.layerId));
    out.push(
      step(
        'highest-layer',
        {
          key: 'highest-layer',
          params: {
            layer: primary.id,
            rung: primary.rung,
            ruledOut: higher.map((e) => ({ layerId: e.layerId, code: e.code })),
          },
        },
        ['wdk-pc', 'w32-bp'],
      ),
    );
    for (const c of design.companions) {
      out.push(
        step(
          `companion-${c.role}`,
          { key: 'companion', params: { layer: c.layer.id, message: c.message } },
          c.sourceIds,
        ),
      );
    }
    if (design.pend) {
      out.push(
        step('hold-decision', { key: 'hold-decision', params: { pend: design.pend } }, [
          'wdk-async',
          'ddi-pendop',
        ]),
      );
    }
    if (design.injection.length > 0) {
      out.push(
        step(
          'injection',
          {
            key: 'injection',
            params: {
              uses: design.injection
                .map((u) => ({ fn: u.fn.id, layer: u.layer.id }))
                .filter(
                  (u, i, all) => all.findIndex((v) => v.fn === u.fn && v.layer === u.layer) === i,
                ),
            },
          },
          ['wdk-inj'],
        ),
      );
    }
    const ipsec = ipsecResult(design);
    out.push(
      step(
        'ipsec',
        { key: 'ipsec', params: { status: ipsec.status, reason: ipsec.message } },
        ipsec.sourceIds.length > 0 ? ipsec.sourceIds : ['wdk-ipsec'],
      ),
    );
    if (design.driverAvoided) {
      out.push(
        step('own-driver-avoided', { key: 'own-driver-avoided', params: NONE }, [
          'wdk-sig',
          'wd-doc',
        ]),
      );
    }
  } else {
    out.push(
      step('nothing-workable', { key: 'nothing-workable', params: { os: task.os } }, [
        'wdk-pc',
        'wdk-port',
      ]),
    );
  }
  return out;
}

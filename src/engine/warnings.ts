/**
 * The warning table: every pitfall the engine can raise, keyed by a stable id that is never
 * reused, with its severity, confidence, sources and the parameters its words take (the words
 * are in the locale catalogue, src/i18n/en/warnings.ts). When a warning is attached is decided by
 * the named predicates in `warning-rules.ts`. Pure data.
 */
import type { Confidence, LayerId, SourceId } from '@/knowledge/types';
import { ipsecFixes } from './ipsec-status';
import type { Design } from './design';
import type { NoParams } from './messages';
import type { IpsecFix, Warning } from './types';

/** The parameters each warning's words take. */
export interface WarningParams {
  readonly 'no-app-identity-below-ale': { readonly primary: LayerId | null };
  readonly 'ipsec-incompatible-in-use': {
    readonly diversion: boolean;
    readonly layer: LayerId | null;
    readonly fixes: readonly IpsecFix[];
  };
  readonly 'ip-forwarding-must-be-enabled': NoParams;
  readonly 'unregistered-callout-blocks': { readonly failOpen: boolean };
  readonly 'pend-across-power-transitions': NoParams;
  readonly 'self-injection-loop': NoParams;
  readonly 'redirect-loop-local-proxy': NoParams;
  readonly 'proxy-must-not-redirect-itself': NoParams;
  readonly 'icmpv6-type-numbering': { readonly errors: boolean };
  readonly 'loopback-flag-vista-sp1': NoParams;
  readonly 'dual-stack-v6-layers': NoParams;
  readonly 'app-id-device-path': NoParams;
  readonly 'tls-ciphertext-at-stream': NoParams;
  readonly 'tunnel-mode-outer-addresses': { readonly primary: LayerId | null };
  readonly 'auditing-off-by-default': { readonly beforeWin8: boolean };
  readonly 'no-close-event-in-user-mode': NoParams;
  readonly 'pend-first-authorization-only': NoParams;
  readonly 'pend-flushes-non-tcp-data': NoParams;
  readonly 'ale-classify-required-permit': NoParams;
  readonly 'fragments-indicated-three-times': NoParams;
  readonly 'forward-fragment-groups': NoParams;
  readonly 'offload-disabled-without-flags': NoParams;
  readonly 'receive-injection-bypasses-ipsec': NoParams;
  readonly 'vswitch-rules': NoParams;
  readonly 'l2-injection-rules': NoParams;
  readonly 'mac-filter-doc-conflict': NoParams;
  readonly 'boot-time-filters': { readonly callout: boolean };
  readonly 'dynamic-session': NoParams;
  readonly 'persistent-provider': NoParams;
  readonly 'must-win-arbitration': { readonly callout: boolean };
  readonly 'no-vswitch-before-win8': NoParams;
  readonly 'local-proxy-needs-win8': NoParams;
  readonly 'diversion-driver-limits': NoParams;
  readonly 'ipv4-header-checksum': NoParams;
  readonly 'flow-context-lifecycle': NoParams;
  readonly 'flow-context-after-handshake': NoParams;
  readonly 'companion-ipsec-conditions': { readonly layers: readonly LayerId[] };
  readonly 'shaping-outside-wfp': NoParams;
  readonly 'vswitch-ingress-injection-only': NoParams;
  readonly 'out-of-band-shaping-costs': NoParams;
  readonly 'both-directions-need-two-filters': NoParams;
  readonly 'reauthorization-on-policy-change': NoParams;
  readonly 'vista-sp1-for-ipsec-rules': NoParams;
  readonly 'tcp-connect-has-no-packet': NoParams;
}

/** Id of a catalogued warning. */
export type WarningId = keyof WarningParams;

/** A table entry: how serious a warning is, where it comes from, and its parameters. */
interface WarningEntry<K extends WarningId> {
  readonly severity: Warning['severity'];
  readonly confidence: Confidence;
  readonly sourceIds: readonly SourceId[];
  readonly params?: (design: Design) => WarningParams[K];
}

/** Every warning the engine knows, by id. */
export const WARNINGS: { readonly [K in WarningId]: WarningEntry<K> } = {
  'no-app-identity-below-ale': {
    severity: 'warning',
    confidence: 'documented',
    sourceIds: ['w32-ale', 'wdk-flowctx', 'wdk-metadata', 'ddi-flowassociate'],
    params: (d) => ({ primary: d.primary?.id ?? null }),
  },
  'ipsec-incompatible-in-use': {
    severity: 'critical',
    confidence: 'documented',
    sourceIds: ['wdk-ipsec', 'wdk-mgmtlayers'],
    params: (d) => ({
      diversion: d.driverAvoided,
      layer: d.primary?.id ?? null,
      fixes: ipsecFixes(d),
    }),
  },
  'ip-forwarding-must-be-enabled': {
    severity: 'warning',
    confidence: 'documented',
    sourceIds: ['wdk-layerreq', 'wdk-mgmtlayers', 'ddi-fwd'],
  },
  'unregistered-callout-blocks': {
    severity: 'warning',
    confidence: 'documented',
    sourceIds: ['w32-op', 'api-filter0', 'api-filteradd'],
    params: (d) => ({ failOpen: d.task.profile.fail === 'open' }),
  },
  'pend-across-power-transitions': {
    severity: 'warning',
    confidence: 'sample',
    sourceIds: ['smp-wfpsampler'],
  },
  'self-injection-loop': {
    severity: 'warning',
    confidence: 'documented',
    sourceIds: ['wdk-inj', 'ddi-trecv', 'wd-doc'],
  },
  'redirect-loop-local-proxy': {
    severity: 'warning',
    confidence: 'documented',
    sourceIds: ['wdk-redir', 'wdk-proxytrack'],
  },
  'proxy-must-not-redirect-itself': {
    severity: 'warning',
    confidence: 'documented',
    sourceIds: ['wdk-redir', 'wdk-proxytrack'],
  },
  'icmpv6-type-numbering': {
    severity: 'warning',
    confidence: 'documented',
    sourceIds: ['rfc-4443', 'w32-portscan'],
    params: (d) => ({ errors: d.task.profile.protocol === 'icmp-error' }),
  },
  'loopback-flag-vista-sp1': {
    severity: 'info',
    confidence: 'documented',
    sourceIds: ['w32-flags', 'wdk-vsp1'],
  },
  'dual-stack-v6-layers': {
    severity: 'info',
    confidence: 'documented',
    sourceIds: ['w32-ale'],
  },
  'app-id-device-path': {
    severity: 'info',
    confidence: 'documented',
    sourceIds: ['w32-appuser', 'w32-cond'],
  },
  'tls-ciphertext-at-stream': {
    severity: 'info',
    confidence: 'inferred',
    sourceIds: ['wdk-insppts', 'wdk-stream'],
  },
  'tunnel-mode-outer-addresses': {
    severity: 'info',
    confidence: 'inferred',
    sourceIds: ['wdk-ipsec', 'w32-layers', 'w32-tunnel'],
    params: (d) => ({ primary: d.primary?.id ?? null }),
  },
  'auditing-off-by-default': {
    severity: 'info',
    confidence: 'documented',
    sourceIds: ['w32-audit', 'w32-log', 'w32-new'],
    params: (d) => ({ beforeWin8: d.task.os === 'vista' || d.task.os === 'win7' }),
  },
  'no-close-event-in-user-mode': {
    severity: 'info',
    confidence: 'documented',
    sourceIds: ['w32-tcpflow', 'wdk-endpoint', 'w32-audit', 'wdk-procflowdel'],
  },
  'pend-first-authorization-only': {
    severity: 'warning',
    confidence: 'documented',
    sourceIds: ['ddi-pendop', 'wdk-async', 'w32-reauth'],
  },
  'pend-flushes-non-tcp-data': {
    severity: 'info',
    confidence: 'documented',
    sourceIds: ['ddi-pendop'],
  },
  'ale-classify-required-permit': {
    severity: 'warning',
    confidence: 'documented',
    sourceIds: ['wdk-ipsec', 'wdk-async', 'wdk-layerreq'],
  },
  'fragments-indicated-three-times': {
    severity: 'info',
    confidence: 'documented',
    sourceIds: ['wdk-layerreq', 'wdk-insppts'],
  },
  'forward-fragment-groups': {
    severity: 'info',
    confidence: 'documented',
    sourceIds: ['ddi-fwd', 'wdk-vsp1', 'wdk-layerreq'],
  },
  'offload-disabled-without-flags': {
    severity: 'info',
    confidence: 'documented',
    sourceIds: ['ddi-callout2'],
  },
  'receive-injection-bypasses-ipsec': {
    severity: 'warning',
    confidence: 'inferred',
    sourceIds: ['ddi-trecv', 'wdk-inj'],
  },
  'vswitch-rules': {
    severity: 'warning',
    confidence: 'documented',
    sourceIds: ['wdk-vsw', 'wdk-vswenable'],
  },
  'l2-injection-rules': {
    severity: 'info',
    confidence: 'documented',
    sourceIds: ['wdk-l2', 'wdk-injection-handle', 'ddi-macinject'],
  },
  'mac-filter-doc-conflict': {
    severity: 'info',
    confidence: 'documented',
    sourceIds: ['wdk-port', 'w32-cond', 'w32-new', 'smp-wfpsampler'],
  },
  'boot-time-filters': {
    severity: 'info',
    confidence: 'documented',
    sourceIds: ['w32-obj', 'w32-op', 'api-filter0'],
    params: (d) => ({ callout: d.verdict === 'kernel-callout' }),
  },
  'dynamic-session': {
    severity: 'info',
    confidence: 'documented',
    sourceIds: ['w32-obj', 'w32-bp'],
  },
  'persistent-provider': {
    severity: 'info',
    confidence: 'documented',
    sourceIds: ['api-filter0', 'w32-obj'],
  },
  'must-win-arbitration': {
    severity: 'warning',
    confidence: 'documented',
    sourceIds: ['w32-arb', 'w32-weight', 'w32-sublayers', 'wdk-layerreq'],
    params: (d) => ({ callout: d.verdict === 'kernel-callout' }),
  },
  'no-vswitch-before-win8': {
    severity: 'critical',
    confidence: 'documented',
    sourceIds: ['wdk-vsw', 'wdk-w8', 'wdk-vswstart'],
  },
  'local-proxy-needs-win8': {
    severity: 'warning',
    confidence: 'documented',
    sourceIds: ['wdk-redir', 'wdk-proxytrack', 'wdk-w8'],
  },
  'diversion-driver-limits': {
    severity: 'warning',
    confidence: 'inferred',
    sourceIds: ['wd-doc', 'wdk-ipsec'],
  },
  'ipv4-header-checksum': {
    severity: 'warning',
    confidence: 'documented',
    sourceIds: ['wdk-inj'],
  },
  'flow-context-lifecycle': {
    severity: 'info',
    confidence: 'documented',
    sourceIds: ['wdk-flowctx', 'wdk-procflowdel', 'ddi-flowassociate', 'ddi-callout2'],
  },
  'flow-context-after-handshake': {
    severity: 'info',
    confidence: 'inferred',
    sourceIds: ['w32-alelayers', 'wdk-layerreq', 'wdk-flowctx'],
  },
  'companion-ipsec-conditions': {
    severity: 'info',
    confidence: 'documented',
    sourceIds: ['wdk-layerreq', 'wdk-ipsec'],
    params: (d) => ({
      layers: d.companions
        .filter((c) => c.layer.ipsec.callout === 'conditional')
        .map((c) => c.layer.id),
    }),
  },
  'shaping-outside-wfp': {
    severity: 'info',
    confidence: 'documented',
    sourceIds: ['qos-top', 'qos-works', 'wdk-stream', 'wdk-types'],
  },
  'vswitch-ingress-injection-only': {
    severity: 'info',
    confidence: 'documented',
    sourceIds: ['ddi-vswinject', 'wdk-vsw-flow', 'wdk-vsw'],
  },
  'out-of-band-shaping-costs': {
    severity: 'warning',
    confidence: 'inferred',
    sourceIds: ['wdk-types', 'wdk-inj', 'smp-wfpsampler'],
  },
  'both-directions-need-two-filters': {
    severity: 'info',
    confidence: 'inferred',
    sourceIds: ['api-filter0', 'w32-cond'],
  },
  'reauthorization-on-policy-change': {
    severity: 'info',
    confidence: 'documented',
    sourceIds: ['w32-reauth', 'w32-alestate'],
  },
  'vista-sp1-for-ipsec-rules': {
    severity: 'info',
    confidence: 'documented',
    sourceIds: ['wdk-ipsec', 'wdk-vsp1'],
  },
  'tcp-connect-has-no-packet': {
    severity: 'info',
    confidence: 'documented',
    sourceIds: ['wdk-layerreq', 'wdk-offsets', 'wdk-deep'],
  },
};

const NO_PARAMS: NoParams = {};

/** The warning `id` for this design, with the parameters its words take. */
export function warningFor(id: WarningId, design: Design): Warning {
  const entry = WARNINGS[id];
  return {
    id,
    severity: entry.severity,
    params: entry.params ? entry.params(design) : NO_PARAMS,
    confidence: entry.confidence,
    sourceIds: entry.sourceIds,
  } as Warning;
}

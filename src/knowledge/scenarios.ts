/**
 * The workshop gallery's worked scenarios as data (issue 11 §1): each is a share link (the
 * profile as a URL fragment, DESIGN §4), the outcome the engine gives for it today, where the
 * pattern comes from (the public scenarios, a WFPSampler scenario family, a real-product pattern
 * from the peer survey, or a Microsoft sample) and its sources. A unit test checks every stated
 * outcome against `recommend()`, so a rules change that alters one is caught. The stories are
 * words: src/i18n/<lang>/workshop.ts, keyed by scenario id. Pure data.
 */
import type { ConsiderationId, IpsecStatus, LayerId, SourceId } from './types';

/** Where a scenario's pattern comes from. */
export type ScenarioOrigin = 'public' | 'wfpsampler' | 'peer' | 'sample';

/** The product pattern a scenario teaches (words in the workshop catalogue). */
export type ScenarioPattern =
  | 'per-app-firewall'
  | 'admin-access'
  | 'dlp-stream'
  | 'stream-edit'
  | 'transparent-proxy'
  | 'interactive-prompt'
  | 'connection-telemetry'
  | 'router-filtering'
  | 'stealth'
  | 'packet-modification'
  | 'packet-injection'
  | 'l2-filtering'
  | 'split-tunnel'
  | 'vm-traffic'
  | 'traffic-shaping'
  | 'nat'
  | 'app-data-monitor'
  | 'app-container'
  | 'drop-diagnostics';

/** The verdict a scenario expects (the engine's `Verdict`, restated: knowledge sits below it). */
export type ExpectedVerdict = 'user-mode' | 'kernel-callout' | 'other-technology';

export interface WorkshopScenario {
  readonly id: string;
  readonly origin: ScenarioOrigin;
  readonly pattern: ScenarioPattern;
  /** The WFPSampler scenario (`WFPSampler.exe -s …`) that demonstrates the same mechanism. */
  readonly wfpSampler?: string;
  /** The share link's fragment (with '#'): one click loads it. */
  readonly link: string;
  /** What `recommend()` returns for the link's profile today. */
  readonly expect: {
    readonly verdict: ExpectedVerdict;
    readonly primary: LayerId | null;
    readonly ipsec: IpsecStatus;
    readonly considerations: readonly ConsiderationId[];
  };
  readonly sourceIds: readonly SourceId[];
}

/** The gallery, in the order it is shown: the public scenarios first, then the product patterns. */
export const WORKSHOP_SCENARIOS: readonly WorkshopScenario[] = [
  {
    id: 'block-app-outbound',
    origin: 'public',
    pattern: 'per-app-firewall',
    wfpSampler: 'BASIC_ACTION_BLOCK',
    link: '#v=1&action=allow-block&traffic=local&protocol=tcp&direction=outbound&moment=connection&basis=app&decider=rules&ipsec=unknown&min-os=win10',
    expect: {
      verdict: 'user-mode',
      primary: 'ale-auth-connect',
      ipsec: 'compatible',
      considerations: ['user-mode-first', 'highest-layer'],
    },
    sourceIds: ['w32-appuser', 'wdk-pc'],
  },
  {
    id: 'rdp-from-admin-subnet',
    origin: 'public',
    pattern: 'admin-access',
    wfpSampler: 'BASIC_ACTION_BLOCK',
    link: '#v=1&action=allow-block&traffic=local&protocol=tcp&direction=inbound&moment=connection&basis=address,port&decider=rules&ipsec=unknown&min-os=win10',
    expect: {
      verdict: 'user-mode',
      primary: 'ale-auth-recv-accept',
      ipsec: 'compatible',
      considerations: ['user-mode-first', 'highest-layer'],
    },
    sourceIds: ['w32-alelayers', 'w32-cond'],
  },
  {
    id: 'dlp-outbound-http',
    origin: 'public',
    pattern: 'dlp-stream',
    link: '#v=1&action=monitor&traffic=local&protocol=tcp&direction=outbound&moment=data&basis=payload&decider=code&ipsec=unknown&min-os=win10',
    expect: {
      verdict: 'kernel-callout',
      primary: 'stream',
      ipsec: 'compatible',
      considerations: ['user-mode-first', 'highest-layer', 'classify-at-dispatch'],
    },
    sourceIds: ['wdk-stream', 'wdk-ipsec', 'smp-msnmntr'],
  },
  {
    id: 'tcp-find-replace',
    origin: 'public',
    pattern: 'stream-edit',
    wfpSampler: 'BASIC_STREAM_INJECTION',
    link: '#v=1&action=modify&traffic=local&protocol=tcp&direction=both&moment=data&basis=payload&decider=code&ipsec=unknown&min-os=win10',
    expect: {
      verdict: 'kernel-callout',
      primary: 'stream',
      ipsec: 'compatible',
      considerations: ['user-mode-first', 'highest-layer', 'classify-at-dispatch'],
    },
    sourceIds: ['wdk-modstream', 'smp-stmedit'],
  },
  {
    id: 'transparent-proxy',
    origin: 'public',
    pattern: 'transparent-proxy',
    wfpSampler: 'PROXY',
    link: '#v=1&action=redirect&traffic=local&protocol=tcp&direction=outbound&moment=connection&basis=app&decider=rules&redirect-to=local-proxy&ipsec=unknown&min-os=win10',
    expect: {
      verdict: 'kernel-callout',
      primary: 'ale-connect-redirect',
      ipsec: 'conditional',
      considerations: ['user-mode-first', 'highest-layer', 'classify-at-dispatch'],
    },
    sourceIds: ['wdk-redir', 'wdk-proxytrack'],
  },
  {
    id: 'prompt-outbound',
    origin: 'public',
    pattern: 'interactive-prompt',
    wfpSampler: 'PEND_AUTHORIZATION',
    link: '#v=1&action=allow-block&traffic=local&protocol=tcp&direction=outbound&moment=connection&basis=app&decider=outside&ipsec=unknown&min-os=win10',
    expect: {
      verdict: 'kernel-callout',
      primary: 'ale-auth-connect',
      ipsec: 'conditional',
      considerations: ['user-mode-first', 'highest-layer', 'classify-at-dispatch'],
    },
    sourceIds: ['wdk-async', 'ddi-pendop'],
  },
  {
    id: 'telemetry-established',
    origin: 'public',
    pattern: 'connection-telemetry',
    wfpSampler: 'FLOW_ASSOCIATION',
    link: '#v=1&action=monitor&traffic=local&protocol=tcp&direction=both&moment=established&basis=app,address,port&decider=code&ipsec=unknown&min-os=win10',
    expect: {
      verdict: 'kernel-callout',
      primary: 'ale-flow-established',
      ipsec: 'conditional',
      considerations: [
        'user-mode-first',
        'highest-layer',
        'no-block-at-flow-established',
        'classify-at-dispatch',
      ],
    },
    sourceIds: ['wdk-pc', 'wdk-flowctx'],
  },
  {
    id: 'router-block-network',
    origin: 'public',
    pattern: 'router-filtering',
    wfpSampler: 'BASIC_ACTION_BLOCK',
    link: '#v=1&action=allow-block&traffic=forwarded&protocol=any-ip&direction=both&moment=data&basis=address&decider=rules&ipsec=unknown&min-os=win10',
    expect: {
      verdict: 'user-mode',
      primary: 'ipforward',
      ipsec: 'not-applicable',
      considerations: ['user-mode-first', 'highest-layer'],
    },
    sourceIds: ['w32-cond', 'wdk-ipsec'],
  },
  {
    id: 'stealth-udp',
    origin: 'public',
    pattern: 'stealth',
    link: '#v=1&action=allow-block&traffic=local&protocol=icmp-error&direction=outbound&moment=data&basis=icmp-type&decider=rules&ipsec=unknown&min-os=win10',
    expect: {
      verdict: 'user-mode',
      primary: 'outbound-icmp-error',
      ipsec: 'compatible',
      considerations: ['user-mode-first', 'highest-layer'],
    },
    sourceIds: ['w32-portscan', 'w32-udpflow'],
  },
  {
    id: 'rewrite-inbound-udp',
    origin: 'public',
    pattern: 'packet-modification',
    wfpSampler: 'BASIC_PACKET_MODIFICATION',
    link: '#v=1&action=modify&traffic=local&protocol=udp&direction=inbound&moment=data&basis=payload&decider=code&ipsec=unknown&min-os=win10',
    expect: {
      verdict: 'kernel-callout',
      primary: 'datagram-data',
      ipsec: 'conditional',
      considerations: [
        'user-mode-first',
        'highest-layer',
        'classify-at-dispatch',
        'receive-injection-checksum',
      ],
    },
    sourceIds: ['wdk-pc', 'wdk-ipsec', 'smp-ddproxy'],
  },
  {
    id: 'inject-tcp-segments',
    origin: 'public',
    pattern: 'packet-injection',
    wfpSampler: 'ADVANCED_PACKET_INJECTION',
    link: '#v=1&action=inject&traffic=local&protocol=tcp&direction=outbound&moment=data&basis=transport-header&decider=code&ipsec=unknown&min-os=win10',
    expect: {
      verdict: 'kernel-callout',
      primary: 'outbound-transport',
      ipsec: 'conditional',
      considerations: [
        'user-mode-first',
        'highest-layer',
        'classify-at-dispatch',
        'tcp-injection-needs-dpc',
      ],
    },
    sourceIds: ['wdk-pc', 'wdk-inj'],
  },
  {
    id: 'rewrite-outbound-ttl',
    origin: 'public',
    pattern: 'packet-modification',
    wfpSampler: 'BASIC_PACKET_MODIFICATION',
    link: '#v=1&action=modify&traffic=local&protocol=any-ip&direction=outbound&moment=data&basis=ip-header&decider=code&ipsec=unknown&min-os=win10',
    expect: {
      verdict: 'kernel-callout',
      primary: 'outbound-ippacket',
      ipsec: 'incompatible',
      considerations: [
        'user-mode-first',
        'highest-layer',
        'classify-at-dispatch',
        'outbound-header-alignment',
      ],
    },
    sourceIds: ['wdk-pc', 'wdk-offsets'],
  },
  {
    id: 'ethertype-win7',
    origin: 'public',
    pattern: 'l2-filtering',
    link: '#v=1&action=allow-block&traffic=l2&protocol=non-ip&direction=inbound&moment=data&basis=ethertype&decider=rules&ipsec=unknown&min-os=win7',
    expect: {
      verdict: 'other-technology',
      primary: null,
      ipsec: 'not-applicable',
      considerations: ['user-mode-first', 'highest-layer'],
    },
    sourceIds: ['wdk-l2', 'wdk-port'],
  },
  {
    id: 'dlp-verdict-from-service',
    origin: 'public',
    pattern: 'dlp-stream',
    link: '#v=1&action=allow-block&traffic=local&protocol=tcp&direction=outbound&moment=data&basis=payload&decider=outside&ipsec=unknown&min-os=win10',
    expect: {
      verdict: 'kernel-callout',
      primary: 'stream',
      ipsec: 'compatible',
      considerations: ['user-mode-first', 'highest-layer', 'classify-at-dispatch'],
    },
    sourceIds: ['wdk-async', 'wdk-stream', 'smp-inspect'],
  },
  {
    id: 'split-tunnel-app',
    origin: 'peer',
    pattern: 'split-tunnel',
    wfpSampler: 'PROXY',
    link: '#v=1&action=redirect&traffic=local&protocol=tcp,udp&direction=outbound&moment=bind&basis=app,address&decider=code&redirect-to=local-endpoint&ipsec=unknown&min-os=win10',
    expect: {
      verdict: 'kernel-callout',
      primary: 'ale-bind-redirect',
      ipsec: 'conditional',
      considerations: ['user-mode-first', 'highest-layer', 'classify-at-dispatch'],
    },
    sourceIds: ['wdk-redir', 'smp-wfpsampler'],
  },
  {
    id: 'stealth-tcp',
    origin: 'peer',
    pattern: 'stealth',
    link: '#v=1&action=allow-block&traffic=local&protocol=tcp&direction=inbound&moment=discard&basis=port&decider=rules&ipsec=unknown&min-os=win10',
    expect: {
      verdict: 'user-mode',
      primary: 'inbound-transport-discard',
      ipsec: 'compatible',
      considerations: ['user-mode-first', 'highest-layer'],
    },
    sourceIds: ['w32-portscan', 'w32-builtin', 'w32-tcpflow'],
  },
  {
    id: 'ethertype-win10',
    origin: 'peer',
    pattern: 'l2-filtering',
    wfpSampler: 'BASIC_ACTION_BLOCK',
    link: '#v=1&action=allow-block&traffic=l2&protocol=non-ip&direction=inbound&basis=ethertype&decider=rules&ipsec=unknown&min-os=win10',
    expect: {
      verdict: 'user-mode',
      primary: 'inbound-mac-frame-ethernet',
      ipsec: 'not-applicable',
      considerations: ['user-mode-first', 'highest-layer'],
    },
    sourceIds: ['wdk-l2', 'w32-cond'],
  },
  {
    id: 'vm-port-block',
    origin: 'peer',
    pattern: 'vm-traffic',
    wfpSampler: 'BASIC_ACTION_BLOCK',
    link: '#v=1&action=allow-block&traffic=vswitch&protocol=tcp&direction=inbound&basis=vm,port&decider=rules&ipsec=unknown&min-os=win10',
    expect: {
      verdict: 'user-mode',
      primary: 'egress-vswitch-transport',
      ipsec: 'not-applicable',
      considerations: ['user-mode-first', 'highest-layer'],
    },
    sourceIds: ['wdk-vsw', 'w32-cond'],
  },
  {
    id: 'vm-payload-inspect',
    origin: 'peer',
    pattern: 'vm-traffic',
    wfpSampler: 'BASIC_PACKET_EXAMINATION',
    link: '#v=1&action=monitor&traffic=vswitch&protocol=any-ip&direction=both&basis=payload&decider=code&ipsec=unknown&min-os=win10',
    expect: {
      verdict: 'kernel-callout',
      primary: 'ingress-vswitch-ethernet',
      ipsec: 'incompatible',
      considerations: ['user-mode-first', 'highest-layer', 'classify-at-dispatch'],
    },
    sourceIds: ['wdk-vsw', 'wdk-offsets', 'wdk-ipsec'],
  },
  {
    id: 'shape-inbound-tcp',
    origin: 'peer',
    pattern: 'traffic-shaping',
    link: '#v=1&action=shape&traffic=local&protocol=tcp&direction=inbound&moment=data&basis=volume&decider=code&ipsec=unknown&min-os=win10',
    expect: {
      verdict: 'kernel-callout',
      primary: 'stream',
      ipsec: 'compatible',
      considerations: ['user-mode-first', 'highest-layer', 'classify-at-dispatch'],
    },
    sourceIds: ['wdk-stream', 'qos-top'],
  },
  {
    id: 'nat-forwarded',
    origin: 'peer',
    pattern: 'nat',
    link: '#v=1&action=modify&traffic=forwarded&protocol=any-ip&direction=both&basis=address,port&decider=code&ipsec=unknown&min-os=win10',
    expect: {
      verdict: 'kernel-callout',
      primary: 'ipforward',
      ipsec: 'incompatible',
      considerations: [
        'user-mode-first',
        'highest-layer',
        'classify-at-dispatch',
        'outbound-header-alignment',
      ],
    },
    sourceIds: ['ddi-fwd', 'w32-layers', 'wdk-ipsec', 'ps-netnat'],
  },
  {
    id: 'monitor-app-tcp',
    origin: 'sample',
    pattern: 'app-data-monitor',
    wfpSampler: 'FLOW_ASSOCIATION',
    link: '#v=1&action=monitor&traffic=local&protocol=tcp&direction=both&moment=data&basis=app,payload&decider=code&ipsec=unknown&min-os=win10',
    expect: {
      verdict: 'kernel-callout',
      primary: 'stream',
      ipsec: 'compatible',
      considerations: [
        'user-mode-first',
        'highest-layer',
        'no-block-at-flow-established',
        'classify-at-dispatch',
      ],
    },
    sourceIds: ['smp-msnmntr', 'wdk-flowctx', 'wdk-stream'],
  },
  {
    id: 'appcontainer-block',
    origin: 'wfpsampler',
    pattern: 'app-container',
    wfpSampler: 'APP_CONTAINER',
    link: '#v=1&action=allow-block&traffic=local&protocol=tcp&direction=outbound&moment=connection&basis=package&decider=rules&ipsec=unknown&min-os=win10',
    expect: {
      verdict: 'user-mode',
      primary: 'ale-auth-connect',
      ipsec: 'compatible',
      considerations: ['user-mode-first', 'highest-layer'],
    },
    sourceIds: ['w32-cond', 'smp-wfpsampler'],
  },
  {
    id: 'audit-connections',
    origin: 'peer',
    pattern: 'connection-telemetry',
    link: '#v=1&action=monitor&traffic=local&protocol=tcp&direction=both&moment=connection&basis=app,address,port&decider=rules&ipsec=unknown&min-os=win10',
    expect: {
      verdict: 'user-mode',
      primary: 'ale-auth-connect',
      ipsec: 'compatible',
      considerations: ['user-mode-first', 'highest-layer'],
    },
    sourceIds: ['w32-audit', 'w32-alelayers'],
  },
  {
    id: 'discard-log',
    origin: 'wfpsampler',
    pattern: 'drop-diagnostics',
    wfpSampler: 'BASIC_PACKET_EXAMINATION',
    link: '#v=1&action=monitor&traffic=local&protocol=any-ip&direction=inbound&moment=discard&basis=address&decider=code&ipsec=unknown&min-os=win10',
    expect: {
      verdict: 'kernel-callout',
      primary: 'ale-auth-recv-accept-discard',
      ipsec: 'conditional',
      considerations: ['user-mode-first', 'highest-layer', 'classify-at-dispatch'],
    },
    sourceIds: ['w32-alelayers', 'smp-wfpsampler'],
  },
];

export function getScenario(id: string): WorkshopScenario | undefined {
  return WORKSHOP_SCENARIOS.find((s) => s.id === id);
}

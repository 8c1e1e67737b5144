/**
 * What changed in the recommendation rules, version by version (RULES_VERSION in
 * src/engine/version.ts), so a saved link or decision record can say "the rules changed since
 * this link was made" and list how. One entry per change: a stable code (its English text is in
 * src/i18n/engine.ts, `rulesChangeText`) and the Microsoft pages that settle it. Newest first.
 * Pure data.
 */
import type { SourceId } from './types';

export interface RulesChange {
  /** Stable code, never reused; words in `rulesChangeText`. */
  readonly code: string;
  readonly sourceIds: readonly SourceId[];
}

export interface RulesVersionEntry {
  readonly version: string;
  /** ISO date the version was recorded. */
  readonly date: string;
  readonly changes: readonly RulesChange[];
}

export const RULES_CHANGELOG: readonly RulesVersionEntry[] = [
  {
    version: '1.5.0',
    date: '2026-11-28',
    changes: [
      { code: 'shaping-out-of-band', sourceIds: ['wdk-types', 'wdk-inj', 'qos-top'] },
      {
        code: 'vswitch-ingress-then-egress',
        sourceIds: ['wdk-vsw-flow', 'ddi-vswinject', 'w32-cond'],
      },
      { code: 'nat-return-path-and-checksums', sourceIds: ['wdk-inj', 'ddi-fwd', 'ps-netnat'] },
      { code: 'driverless-technology-named', sourceIds: ['wd-doc', 'wdk-ipsec', 'qos-top'] },
      { code: 'layer-2-ipsec-not-applicable', sourceIds: ['wdk-l2', 'rfc-4303'] },
      { code: 'ipsec-alert-exact', sourceIds: ['wdk-ipsec', 'rfc-4302', 'rfc-4303'] },
      { code: 'connection-policy-offered', sourceIds: ['api-connpolicy', 'ddi-connpolicy'] },
      {
        code: 'build-plan-mechanisms',
        sourceIds: ['wdk-procflowdel', 'w32-portscan', 'rfc-4443', 'w32-flags'],
      },
      { code: 'protocol-tcp-udp', sourceIds: ['wdk-insppts', 'w32-alelayers'] },
    ],
  },
  {
    version: '1.4.0',
    date: '2026-11-26',
    changes: [{ code: 'slice-at-highest-layer', sourceIds: ['wdk-insppts', 'wdk-layerreq'] }],
  },
  {
    version: '1.3.0',
    date: '2026-11-26',
    changes: [
      { code: 'modify-at-connection-works-on-packets', sourceIds: ['wdk-layerreq'] },
      { code: 'rewriting-redirect-serves-replies', sourceIds: ['wdk-inj', 'wdk-ipsec'] },
      { code: 'driver-avoided-no-callout-plan', sourceIds: ['wd-doc'] },
    ],
  },
  {
    version: '1.2.0',
    date: '2026-11-26',
    changes: [
      { code: 'close-before-win7-flow-context', sourceIds: ['wdk-procflowdel', 'wdk-flowctx'] },
      { code: 'ale-first-packet-only', sourceIds: ['wdk-layerreq', 'wdk-offsets'] },
    ],
  },
  {
    version: '1.1.0',
    date: '2026-11-26',
    changes: [{ code: 'user-mode-filter-ipsec-reason', sourceIds: ['wdk-ipsec'] }],
  },
];

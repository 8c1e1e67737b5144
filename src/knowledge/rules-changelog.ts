/**
 * What changed in the recommendation rules, release by release (RULES_VERSION, src/engine/version.ts),
 * so a link or record made under older rules can say what changed when its result cannot be
 * recomputed under those rules (the app carries only the current rules). Taken from the commits
 * that bumped the version. Codes only; the words are the catalogue's `rulesChanges` (`src/i18n/en/rules-changelog.ts`). Pure data.
 */
import type { SourceId } from './types';

export interface RulesChange {
  readonly code: string;
  readonly sourceIds: readonly SourceId[];
}

export interface RulesRelease {
  readonly version: string;
  /** ISO date (YYYY-MM-DD). */
  readonly date: string;
  readonly changes: readonly RulesChange[];
}

/** Every rules release, oldest first. */
export const RULES_CHANGELOG: readonly RulesRelease[] = [
  {
    version: '1.0.0',
    date: '2026-11-26',
    changes: [{ code: 'first-release', sourceIds: ['wdk-pc', 'w32-layers', 'wdk-ipsec'] }],
  },
  {
    version: '1.1.0',
    date: '2026-11-26',
    changes: [{ code: 'user-mode-filter-ipsec-reason', sourceIds: ['wdk-ipsec', 'wdk-layerreq'] }],
  },
  {
    version: '1.2.0',
    date: '2026-11-26',
    changes: [
      { code: 'close-before-win7-flow-context', sourceIds: ['wdk-flowctx', 'wdk-procflowdel'] },
      { code: 'ale-first-packet-payload-only', sourceIds: ['w32-ale', 'w32-alelayers'] },
      { code: 'alternatives-and-warnings-narrowed', sourceIds: ['w32-audit', 'wdk-stream'] },
    ],
  },
  {
    version: '1.3.0',
    date: '2026-11-26',
    changes: [
      { code: 'modify-inject-at-connection-on-packets', sourceIds: ['wdk-modex', 'wdk-inj'] },
      { code: 'rewriting-redirect-serves-replies', sourceIds: ['wdk-port', 'ddi-construct'] },
      { code: 'own-driver-avoid-build-plan', sourceIds: ['wdk-pc'] },
      { code: 'redirect-warnings-narrowed', sourceIds: ['wdk-redir', 'wdk-async'] },
    ],
  },
  {
    version: '1.4.0',
    date: '2026-11-26',
    changes: [
      { code: 'slice-at-highest-layer', sourceIds: ['wdk-pc', 'wdk-insppts'] },
      { code: 'fragments-at-ippacket-and-mac', sourceIds: ['wdk-insppts', 'wdk-l2'] },
    ],
  },
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
];

/**
 * English words of the engine's warnings: a title and a text per warning id, the text a function
 * of the parameters the core passes (src/engine/warnings.ts `WarningParams`). The titles are here
 * (the summary card's must-knows show them with the first result); the texts load with the late
 * words (warning-texts.ts, issue 12): only the folded warnings section, the records and the
 * Markdown export show them. Pure.
 */
import type { WarningId, WarningParams } from '@/engine/warnings';
import { lateNotes } from '../late-pending';

/** How one warning reads. */
export interface WarningWords<P> {
  readonly title: string;
  readonly text: (params: P) => string;
}

/** The words of every warning, by id. */
export type WarningCatalogue = { readonly [K in WarningId]: WarningWords<WarningParams[K]> };

/** The text of every warning, by id (warning-texts.ts). */
export type WarningTexts = { readonly [K in WarningId]: (params: WarningParams[K]) => string };

const texts = lateNotes<WarningTexts>();
/** Called by late.ts once, when the late words load. */
export const provideWarningTexts = texts.provide;

/** Each warning's title. */
const TITLES: { readonly [K in WarningId]: string } = {
  'no-app-identity-below-ale': 'App and user identity exist only at ALE',
  'ipsec-incompatible-in-use': 'IPsec is in use and this design is IPsec-incompatible',
  'ip-forwarding-must-be-enabled': 'The forward layer needs IP forwarding',
  'unregistered-callout-blocks': 'Filters block while the callout is not registered',
  'pend-across-power-transitions': 'Long pends can bugcheck on power transitions',
  'self-injection-loop': 'Injected packets come back to the callout',
  'redirect-loop-local-proxy': 'Redirected connections come back to the redirect callout',
  'proxy-must-not-redirect-itself': "The proxy's own connections must not be redirected",
  'icmpv6-type-numbering': 'ICMPv6 type numbers differ from ICMPv4',
  'loopback-flag-vista-sp1': 'The loopback flag needs Vista SP1 at some layers',
  'dual-stack-v6-layers': 'Add the V6 filter too',
  'app-id-device-path': 'App ids are device paths',
  'tls-ciphertext-at-stream': 'Encrypted protocols stay encrypted here',
  'tunnel-mode-outer-addresses': 'Tunnel-mode traffic is seen by its outer addresses',
  'auditing-off-by-default': 'Auditing must be switched on',
  'no-close-event-in-user-mode': 'Nothing in user mode reports a connection closing',
  'pend-first-authorization-only': 'Only the first authorization can be pended',
  'pend-flushes-non-tcp-data': 'Pending flushes non-TCP data',
  'ale-classify-required-permit': 'Leave ALE-classify-required packets to recv-accept',
  'fragments-indicated-three-times': 'Inbound fragments are indicated three times',
  'forward-fragment-groups': 'Forwarded fragment groups',
  'offload-disabled-without-flags': 'Per-packet callouts switch offloads off',
  'receive-injection-bypasses-ipsec': 'Receive-injected packets skip IPsec',
  'vswitch-rules': 'Rules of the vSwitch layers',
  'l2-injection-rules': 'Rules for MAC-layer callouts',
  'mac-filter-doc-conflict': 'The docs disagree on plain filters at the MAC layers',
  'boot-time-filters': 'Boot-time filters',
  'dynamic-session': 'Dynamic filters live as long as the session',
  'persistent-provider': 'Persistent filters and their provider',
  'must-win-arbitration': 'Making a decision hold against other filters',
  'no-vswitch-before-win8': 'Nothing filters the Hyper-V switch before Windows 8',
  'local-proxy-needs-win8': 'Local-proxy redirection needs Windows 8',
  'diversion-driver-limits': 'Limits of a packet-diversion driver',
  'ipv4-header-checksum': 'Fix the checksums after changing a header',
  'flow-context-lifecycle': 'Flow context lifecycle',
  'flow-context-after-handshake': 'No flow context during the TCP handshake',
  'companion-ipsec-conditions': 'The companion callouts have IPsec rules too',
  'shaping-outside-wfp': 'WFP has no shaping action',
  'vswitch-ingress-injection-only': 'The vSwitch has one injection function, on the ingress path',
  'out-of-band-shaping-costs': 'What holding traffic out of band costs',
  'both-directions-need-two-filters': 'One filter per direction',
  'reauthorization-on-policy-change': 'Filter changes reauthorize existing flows',
  'vista-sp1-for-ipsec-rules': 'The IPsec rules need Vista SP1',
  'tcp-connect-has-no-packet': 'A TCP connect has no packet at ALE',
};

function warningWords<K extends WarningId>(id: K): WarningWords<WarningParams[K]> {
  return {
    title: TITLES[id],
    // A text read before the late words have loaded suspends the rendering part (late-pending.ts).
    get text() {
      return texts.read()[id];
    },
  };
}

export const warnings = Object.fromEntries(
  (Object.keys(TITLES) as WarningId[]).map((id) => [id, warningWords(id)]),
) as unknown as WarningCatalogue;

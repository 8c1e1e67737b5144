/**
 * Words for the rules changelog (src/knowledge/rules-changelog.ts): one line per change code.
 * A second language is a second object of the same shape.
 */
export const rulesChangelogText: Readonly<Record<string, string>> = {
  'first-release':
    'First rules: highest workable layer, verdict, IPsec status, considerations, warnings and exclusions for every layer.',
  'user-mode-filter-ipsec-reason':
    'The IPsec status of a plain user-mode filter gets its own reason instead of the callout rules.',
  'close-before-win7-flow-context':
    'Closing connections before Windows 7: a flow context at flow-established whose flowDeleteFn sees the end, instead of another technology.',
  'ale-first-packet-payload-only':
    'ALE layers see only the first packet of a flow: they no longer serve payload work at the discard moment or per datagram.',
  'alternatives-and-warnings-narrowed':
    'No audit-log alternative for closing connections; no TLS warning for ICMP payload; socket options only for headers this host sends.',
  'modify-inject-at-connection-on-packets':
    'Modifying or injecting at the connection or established moment works on the packets instead of finding no layer.',
  'rewriting-redirect-serves-replies':
    'A rewriting redirect at a layer that sees both directions also serves the replies.',
  'own-driver-avoid-build-plan':
    'With own-driver=avoid the build plan names no callout, pend or injection.',
  'redirect-warnings-narrowed':
    'Redirect warnings only where they apply; a pended rewriting redirect is out of band.',
  'slice-at-highest-layer':
    'Each traffic slice at the highest layer that serves it, instead of the whole design dropping to one lower layer.',
  'fragments-at-ippacket-and-mac': 'Fragments are watched at inbound IP packet and outbound MAC.',
};

/** The words for a change code (the code itself when unknown). */
export function rulesChangeText(code: string): string {
  return rulesChangelogText[code] ?? code;
}

/**
 * English words of the IPsec result (src/engine/ipsec-status.ts): reasons by key, the note and
 * the fixes. A layer's documented status is quoted from the knowledge base. Pure.
 */
import { layerWordsIn } from './knowledge';
import type { LayerWords } from './knowledge';
import type { IpsecReasonParams, IpsecFixMessage } from '@/engine/types';
import { alternatives } from './alternatives';
import { layerName, wordMessage, type Messages } from './common';
import { knowledge } from './knowledge';

/** A layer's IPsec reasons, from the knowledge words. */
function layerIpsec(id: string): LayerWords {
  return layerWordsIn(knowledge.layers, id);
}

export const ipsecReasons: Messages<IpsecReasonParams> = {
  'configures-ipsec': () =>
    'The design configures IPsec itself (keying and security-association policy from user mode); compatibility with IPsec does not apply.',
  'diversion-driver': () =>
    'The product would run an off-the-shelf packet-diversion driver, not a callout of its own. Such a driver works on IP packets at the network and forward layers, below IPsec processing: under IPsec it sees ciphertext (ESP), and dropping, changing or reinjecting protected packets there is what Microsoft calls incompatible with IPsec for network-layer callouts.',
  'qos-policy': () =>
    'The product would use Policy-based QoS, which adds no WFP callout; IPsec compatibility does not apply.',
  'no-substitute': () =>
    'Nothing without a driver of your own can do this task, so no WFP component runs and there is no IPsec status to give.',
  'layer-2-only': () =>
    'The design works on layer-2 frames or fields (MAC addresses, EtherType, VLAN tags, non-IP frames such as ARP) and never touches an IP payload, which is all IPsec protects: IPsec compatibility does not apply.',
  'no-wfp-layer': () =>
    'No WFP layer is part of this design, so there is no WFP IPsec status to give.',
  'user-mode-filter': (p) => {
    const ipsec = layerIpsec(p.layer);
    const why = ipsec.ipsecFilterReason || ipsec.ipsecReason;
    return p.audit ? `Monitoring through audit and net events adds no callout. ${why}` : why;
  },
  callout: (p) =>
    `For a callout at ${layerName(p.layer)}${p.reinjects ? ' that reinjects into the receive path' : ''}: ${layerIpsec(p.layer).ipsecReason}`,
};

export const ipsecNotes: Readonly<Record<'mutable-header-fields', string>> = {
  'mutable-header-fields':
    'What Microsoft documents is a rule for callouts at the network and forwarding layers as a whole. The header fields IPsec does not protect are another matter: AH leaves the mutable fields out of its integrity check (TTL or hop limit, DSCP/ECN, flags, fragment offset, header checksum), and ESP never covers the outer IP header. Changing only those fields does not itself break the protection; changing addresses, the protocol or the payload does. Microsoft does not say this; it follows from RFC 4302 and RFC 4303.',
};

type FixParams = {
  readonly [K in IpsecFixMessage['key']]: Extract<IpsecFixMessage, { key: K }>['params'];
};

export const ipsecFixes: Messages<FixParams> = {
  ...alternatives,
  'leave-ipsec-untouched': () =>
    'Leave IPsec-protected packets alone: permit ESP and AH (IP protocols 50 and 51) and UDP-encapsulated ESP (port 4500) without changing them, so only unprotected traffic is handled.',
};

/** One fix offered in the IPsec alert. */
export function ipsecFixText(fix: { readonly message: IpsecFixMessage }): string {
  return wordMessage(ipsecFixes, fix.message);
}

/**
 * Words of the recommendation engine (owner: engine) that rules 1.5.0 and later added: warning
 * titles and texts, exclusion reasons, alternative and rationale texts, and IPsec reasons —
 * each keyed by the stable code the core emits, with the typed parameters it
 * passes (xyflow `errorMessages` style). The core picks the code and the parameters; the words
 * live here, so a second language is a second object of the same shape. Pure: no imports beyond
 * types.
 */

/** IPsec reasons, notes and fixes, by code. */
export const engineIpsec = {
  reasons: {
    'diversion-driver':
      'The product would run an off-the-shelf packet-diversion driver, not a callout of its own. Such a driver works on IP packets at the network and forward layers, below IPsec processing: under IPsec it sees ciphertext (ESP), and dropping, changing or reinjecting protected packets there is what Microsoft calls incompatible with IPsec for network-layer callouts.',
    'qos-policy':
      'The product would use Policy-based QoS, which adds no WFP callout; IPsec compatibility does not apply.',
    'no-substitute':
      'Nothing without a driver of your own can do this task, so no WFP component runs and there is no IPsec status to give.',
    'layer-2-only':
      'The design works on layer-2 frames or fields (MAC addresses, EtherType, VLAN tags, non-IP frames such as ARP) and never touches an IP payload, which is all IPsec protects: IPsec compatibility does not apply.',
  },
  notes: {
    'mutable-header-fields':
      'What Microsoft documents is a rule for callouts at the network and forwarding layers as a whole. The header fields IPsec does not protect are another matter: AH leaves the mutable fields out of its integrity check (TTL or hop limit, DSCP/ECN, flags, fragment offset, header checksum), and ESP never covers the outer IP header. Changing only those fields does not itself break the protection; changing addresses, the protocol or the payload does. Microsoft does not say this; it follows from RFC 4302 and RFC 4303.',
  },
  fixes: {
    'leave-ipsec-untouched':
      'Leave IPsec-protected packets alone: permit ESP and AH (IP protocols 50 and 51) and UDP-encapsulated ESP (port 4500) without changing them, so only unprotected traffic is handled.',
  },
} as const;

/** The technology the verdict names when the product avoids a driver of its own, with its cost. */
export const engineTechnology = {
  'packet-diversion-driver': {
    summary: (p: { layer: string }) =>
      `Use an off-the-shelf signed packet-diversion driver instead of a driver of your own: a user-mode program captures, drops, changes and reinjects IP packets through it. A callout at ${p.layer} would be the WFP design.`,
    cost: 'It works on IP packets at the network and forward layers only: no process identity per packet, ciphertext under IPsec, a user-mode round trip per packet (throughput suffers above roughly 1 Gbps), and a third-party driver to ship and trust.',
  },
  'policy-based-qos': {
    summary: (p: { layer: string }) =>
      `Use Policy-based QoS instead of a driver of your own: a throttle rate per application, address, protocol or port. A callout at ${p.layer} would be the WFP design.`,
    cost: 'Fixed rates only, outbound traffic only, and no logic of your own on the data path.',
  },
  none: (p: { layer: string }) =>
    `A callout at ${p.layer} would do it; nothing without a driver of your own can, so either allow a driver or change the task.`,
} as const;

/** Build-plan words: mechanisms and why a condition is in the filter. */
export const engineBuild = {
  calloutType: {
    'flow-delete':
      'flow context: FwpsFlowAssociateContext0 at flow established, and the flowDeleteFn that WFP calls when the flow ends',
    'endpoint-closure':
      'inline inspection at ALE endpoint closure (classified as each endpoint closes)',
  },
  why: {
    'loopback-excluded':
      'Not set: leave loopback traffic out, as Microsoft’s port-scanning example does — otherwise local clients that connect to a closed local port hang instead of being refused.',
  },
  /** FWP_CONDITION_FLAG_* tests are written with their sense. */
  notSet: (flag: string) => `${flag} (not set)`,
} as const;

/** Headings the result panel shows around these words. */
export const engineUi = {
  ipsecFixes: 'Fixes that exist for this task',
  technologyCost: 'What it costs',
} as const;

/** Companion roles, by role code. */
export const engineCompanions = {
  'nat-return-path': (p: { layer: string; slices: string; injection: string }) =>
    `Replies to the gateway's translated address (${p.slices}) are addressed to this host, so they arrive here as local inbound traffic, not at IP forward. The callout at ${p.layer} translates them back and sends them on with ${p.injection}.`,
} as const;

/** Why an alternative fits this design, by alternative id. */
export const engineAlternatives = {
  'connection-policy': (p: { minOs: string }) =>
    `On Windows 11, a connection policy (FwpmConnectionPolicyAdd0) routes an application's new outgoing connections through the interface, source address or next hop you choose, from user mode with no driver — process-based routing for per-app split tunnelling. Documented from ${p.minOs} on the FWPS_FIELDS page and from Windows 11 24H2 on FWPS_CONNECTION_POLICY0; check the target builds.`,
  'windows-nat':
    'If the job is plain source NAT for an internal prefix or fixed port forwarding, Windows NAT (New-NetNat) translates both directions, replies included, with no driver.',
} as const;

/** Rationale steps, by id. */
export const engineRationale = {
  'shaping-outbound-qos':
    'The rate comes from fixed rules and the traffic leaves this host, so Policy-based QoS throttles it with no driver; only inbound traffic is left to WFP.',
  'shaping-out-of-band':
    'WFP has no rate-limiting action, but a callout can delay traffic: it holds the data out of band (clone, block and absorb) and reinjects it when the rate allows, as the out-of-band callout types describe.',
} as const;

/** Why a user-mode filter cannot do the task, by code. */
export const engineWhyNotUserMode = {
  shape: 'a filter cannot delay traffic; only a callout can hold it and release it later',
} as const;

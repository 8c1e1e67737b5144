/**
 * Words of the recommendation engine (owner: engine) that rules 1.5.0 and later added: warning
 * titles and texts, exclusion reasons, alternative and rationale texts, and IPsec reasons —
 * each keyed by the stable code the core emits, with the typed parameters it
 * passes (xyflow `errorMessages` style). The core picks the code and the parameters; the words
 * live here, so a second language is a second object of the same shape. Pure: no imports beyond
 * types.
 */

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

/** Why a user-mode filter cannot do the task, by code. */
export const engineWhyNotUserMode = {
  shape: 'a filter cannot delay traffic; only a callout can hold it and release it later',
} as const;

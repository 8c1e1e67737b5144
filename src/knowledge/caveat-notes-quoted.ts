/**
 * The notes of the caveats that facts the first paint reads quote (a condition's note, an
 * alternative's limits, an IPsec rule), by caveat key: these few notes load with those records;
 * caveat-notes.ts words every caveat and reads these from here, so each note is written once.
 * Pure data.
 */
import type { CaveatKey } from './caveats';

export const QUOTED_CAVEAT_NOTES = {
  garbledIpsecCheck:
    'The IPsec page says to check whether "the FWPS_PACKET_LIST_INFORMATION0 flag is set in the queryFlags parameter"; that is a structure, and the query flag is FWPS_PACKET_LIST_INFORMATION_QUERY_IPSEC. The practical test is probably ipsecInformation.inbound.isSecure (with the tunnel and transport fields). Unverified on a live system.',
  firewallAndRoutedTraffic:
    'No authoritative statement was found on whether Windows Firewall rules apply to forwarded traffic; the app does not claim either way.',
  delayedReinjectionShaping:
    'No Microsoft page documents holding absorbed packets and reinjecting them later as a shaping technique. It follows from the out-of-band callout model; its interaction with TCP timers and other callouts is untested.',
  packageFamilyNameVersion:
    'FWPM_CONDITION_ALE_PACKAGE_FAMILY_NAME is listed at the ALE layers with no version heading; a header copy guards it for a Windows 10 release. Modelled as Windows 10.',
  icmpTypeInPortFields:
    'The condition page lists FWPM_CONDITION_ICMP_TYPE/ICMP_CODE only at the ICMP-error layers, but the FWPS field pages for the ALE connect/receive-accept, transport and datagram-data layers say the ICMP type and code travel in the local and remote port fields, and fwpmu.h defines FWPM_CONDITION_ICMP_TYPE as FWPM_CONDITION_IP_LOCAL_PORT (ICMP_CODE as IP_REMOTE_PORT). No user-mode page says which spelling to use; either matches the same field.',
  conditionNamingAcrossVersions:
    'At the ICMP-error and receive-accept layers the Win32 page says Vista/7 used SUB_INTERFACE_INDEX / INTERFACE_INDEX / INTERFACE_TYPE / TUNNEL_TYPE and newer releases ARRIVAL_SUB_INTERFACE_INDEX / LOCAL_INTERFACE_* / LOCAL_TUNNEL_TYPE; the WDK copy says the reverse for Vista RTM and that both are valid from Vista SP1. Accept both spellings.',
  wdkConditionCopyTypos:
    'The WDK copy writes FWPM_CONDITION_P_PROTOCOL for IP_PROTOCOL and lists L2_FLAGS where the Win32 page lists VSWITCH_L2_FLAGS at the vSwitch layers.',
} as const satisfies Partial<Record<CaveatKey, string>>;

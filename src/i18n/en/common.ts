/**
 * English helpers shared by the catalogue's modules: names for ids and lists in words, collected
 * as the catalogue's `common` section (`CommonWords`, which every language's twin satisfies).
 * Pure.
 */
import type { LayerWords } from './knowledge';
import { wordsById } from '../message';
import type {
  Action,
  Basis,
  Decider,
  MinOs,
  Moment,
  PathDirection,
  Traffic,
} from '@/knowledge/vocabulary';
import type { Unit, UnitProtocol } from '@/engine/design';
import { knowledge } from './knowledge';

export { wordMessage, type Messages } from '../message';

/** A layer's name, or its id when the knowledge base does not know it. */
export function layerName(id: string): string {
  return wordsById<LayerWords>(knowledge.layers, id)?.name ?? id;
}

const LIST = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** "a, b and c" */
export function listWords(items: readonly string[]): string {
  return LIST.format(items);
}

/** Product names of the minimum-OS values. */
export const OS_NAMES: Readonly<Record<MinOs, string>> = {
  vista: 'Windows Vista',
  win7: 'Windows 7',
  win8: 'Windows 8',
  win10: 'Windows 10',
  'win11-22h2': 'Windows 11 22H2',
};

/** What each kind of traffic is, in words. */
export const TRAFFIC_WORDS: Readonly<Record<Traffic, string>> = {
  local: "this host's own sockets",
  forwarded: 'traffic routed through this host',
  vswitch: 'traffic crossing the Hyper-V switch',
  l2: "layer-2 frames at this host's adapters",
};

/** Protocols and coverage slices, in words. */
export const PROTOCOL_WORDS: Readonly<Record<UnitProtocol, string>> = {
  tcp: 'TCP',
  udp: 'UDP',
  icmp: 'ICMP (non-error)',
  'icmp-error': 'ICMP error messages',
  'any-ip': 'all IP traffic',
  'tcp,udp': 'TCP and UDP',
  'non-ip': 'non-IP frames',
  'non-tcp': 'UDP and the other non-TCP protocols',
};

/** When a layer classifies, in words. */
export const MOMENT_WORDS: Readonly<Record<Moment, string>> = {
  bind: 'at bind',
  listen: 'at listen',
  connection: 'when a connection is authorized',
  established: 'when a connection is established',
  data: 'on the data',
  close: 'when an endpoint closes',
  discard: 'for dropped traffic',
};

/** Actions as verbs. */
export const ACTION_WORDS: Readonly<Record<Action, string>> = {
  'allow-block': 'allow or block',
  monitor: 'monitor',
  modify: 'modify',
  redirect: 'redirect',
  inject: 'inject packets into',
  shape: 'shape',
  protect: 'protect with IPsec',
};

/** Who decides, in words. */
export const DECIDER_WORDS: Readonly<Record<Decider, string>> = {
  rules: 'fixed rules',
  code: 'logic in the classify function',
  outside: 'someone outside the classify who answers later',
};

/** Basis items, in words. */
export const BASIS_WORDS: Readonly<Record<Basis, string>> = {
  app: 'application',
  user: 'user',
  package: 'app package',
  'remote-identity': 'remote user or machine',
  address: 'addresses',
  port: 'ports',
  protocol: 'IP protocol',
  interface: 'interface',
  loopback: 'loopback',
  'icmp-type': 'ICMP type',
  mac: 'MAC addresses',
  ethertype: 'EtherType',
  vlan: 'VLAN',
  vm: 'virtual machine',
  'rpc-interface': 'RPC interface',
  payload: 'payload',
  'transport-header': 'TCP/UDP header fields',
  'ip-header': 'IP header fields',
  fragments: 'fragments',
  volume: 'traffic volume',
};

/** A path direction in words; for vSwitch traffic, as the VM sees it. */
export function directionWord(d: PathDirection, traffic: Traffic): string {
  if (traffic === 'vswitch') return d === 'outbound' ? 'leaving a VM' : 'arriving at a VM';
  return d;
}

/** Slices of the traffic in words: "TCP inbound and UDP outbound". */
export function unitWords(units: readonly Unit[], traffic: Traffic): string {
  return listWords(
    units.map((u) => `${PROTOCOL_WORDS[u.protocol]} ${directionWord(u.direction, traffic)}`),
  );
}

/** The shared words of one language: names of ids, lists and slices of traffic. */
export interface CommonWords {
  /** The BCP 47 tag of the language (Intl formatting). */
  readonly locale: string;
  readonly layerName: (id: string) => string;
  /** "a, b and c" in the language's own list style. */
  readonly listWords: (items: readonly string[]) => string;
  readonly osNames: Readonly<Record<MinOs, string>>;
  readonly traffic: Readonly<Record<Traffic, string>>;
  readonly protocols: Readonly<Record<UnitProtocol, string>>;
  readonly moments: Readonly<Record<Moment, string>>;
  readonly actions: Readonly<Record<Action, string>>;
  readonly deciders: Readonly<Record<Decider, string>>;
  readonly basis: Readonly<Record<Basis, string>>;
  readonly direction: (d: PathDirection, traffic: Traffic) => string;
  readonly unitWords: (units: readonly Unit[], traffic: Traffic) => string;
}

export const common: CommonWords = {
  locale: 'en',
  layerName,
  listWords,
  osNames: OS_NAMES,
  traffic: TRAFFIC_WORDS,
  protocols: PROTOCOL_WORDS,
  moments: MOMENT_WORDS,
  actions: ACTION_WORDS,
  deciders: DECIDER_WORDS,
  basis: BASIS_WORDS,
  direction: directionWord,
  unitWords,
};

/**
 * The public vocabulary (DESIGN §4): requirement-profile keys and values. Share links, decision
 * records, tests and the command line all use these strings, so values are only ever added,
 * never renamed. Pure data.
 */

export const ACTIONS = [
  'allow-block',
  'monitor',
  'modify',
  'redirect',
  'inject',
  'shape',
  'protect',
] as const;
export type Action = (typeof ACTIONS)[number];

export const TRAFFIC = ['local', 'forwarded', 'vswitch', 'l2'] as const;
export type Traffic = (typeof TRAFFIC)[number];

/**
 * `tcp,udp` is the list "TCP and UDP only" (DESIGN §4): one value of the vocabulary whose spelling
 * is the comma-separated pair, so a one-value link keeps its meaning.
 */
export const PROTOCOLS = [
  'tcp',
  'udp',
  'icmp',
  'icmp-error',
  'any-ip',
  'non-ip',
  'tcp,udp',
] as const;
export type Protocol = (typeof PROTOCOLS)[number];

export const DIRECTIONS = ['inbound', 'outbound', 'both', 'turnaround'] as const;
export type Direction = (typeof DIRECTIONS)[number];
/** A single packet/connection direction, as a layer sees it. */
export type PathDirection = 'inbound' | 'outbound';

export const MOMENTS = [
  'bind',
  'listen',
  'connection',
  'established',
  'data',
  'close',
  'discard',
] as const;
export type Moment = (typeof MOMENTS)[number];

export const BASIS = [
  'app',
  'user',
  'package',
  'remote-identity',
  'address',
  'port',
  'protocol',
  'interface',
  'loopback',
  'icmp-type',
  'mac',
  'ethertype',
  'vlan',
  'vm',
  'rpc-interface',
  'payload',
  'transport-header',
  'ip-header',
  'fragments',
  'volume',
] as const;
export type Basis = (typeof BASIS)[number];

export const DECIDERS = ['rules', 'code', 'outside'] as const;
export type Decider = (typeof DECIDERS)[number];

export const REDIRECT_TARGETS = ['remote-endpoint', 'local-endpoint', 'local-proxy'] as const;
export type RedirectTarget = (typeof REDIRECT_TARGETS)[number];

export const IPSEC_USE = ['in-use', 'not-used', 'unknown'] as const;
export type IpsecUse = (typeof IPSEC_USE)[number];

/** Oldest Windows the product must support, oldest first (the order is meaningful). */
export const MIN_OS = ['vista', 'win7', 'win8', 'win10', 'win11-22h2'] as const;
export type MinOs = (typeof MIN_OS)[number];

export const OWN_DRIVER = ['allowed', 'avoid'] as const;
export type OwnDriver = (typeof OWN_DRIVER)[number];

export const LIFETIME = ['persistent', 'dynamic', 'boot-time'] as const;
export type Lifetime = (typeof LIFETIME)[number];

export const FAIL = ['closed', 'open'] as const;
export type Fail = (typeof FAIL)[number];

export const PRECEDENCE = ['normal', 'must-win'] as const;
export type Precedence = (typeof PRECEDENCE)[number];

/** A complete requirement profile. `moment` only for local traffic; `redirect-to` only for redirect. */
export interface Profile {
  readonly action: Action;
  readonly traffic: Traffic;
  readonly protocol: Protocol;
  readonly direction: Direction;
  readonly moment?: Moment;
  readonly basis: readonly Basis[];
  readonly decider: Decider;
  readonly 'redirect-to'?: RedirectTarget;
  readonly ipsec: IpsecUse;
  readonly 'min-os': MinOs;
  readonly 'own-driver'?: OwnDriver;
  readonly lifetime?: Lifetime;
  readonly fail?: Fail;
  readonly precedence?: Precedence;
}

/** Any subset of a profile: what a share link or an unfinished questionnaire holds. */
export type PartialProfile = { -readonly [K in keyof Profile]?: Profile[K] };

export type ProfileKey = keyof Profile;

/** Every public key with its allowed values, in the order the URL writes them. */
export const VOCABULARY = {
  action: ACTIONS,
  traffic: TRAFFIC,
  protocol: PROTOCOLS,
  direction: DIRECTIONS,
  moment: MOMENTS,
  basis: BASIS,
  decider: DECIDERS,
  'redirect-to': REDIRECT_TARGETS,
  ipsec: IPSEC_USE,
  'min-os': MIN_OS,
  'own-driver': OWN_DRIVER,
  lifetime: LIFETIME,
  fail: FAIL,
  precedence: PRECEDENCE,
} as const satisfies Record<ProfileKey, readonly string[]>;

/** Keys whose value is a list (comma-separated in the URL). */
export const LIST_KEYS: ReadonlySet<ProfileKey> = new Set<ProfileKey>(['basis']);

/** Defaults for the design-constraint keys (the first value of each, DESIGN §4). */
/** The keys every complete profile has (`moment` and `redirect-to` only on some paths). */
export const REQUIRED_PROFILE_KEYS: readonly ProfileKey[] = [
  'action',
  'traffic',
  'protocol',
  'direction',
  'basis',
  'decider',
  'ipsec',
  'min-os',
];

export const CONSTRAINT_DEFAULTS = {
  'own-driver': 'allowed',
  lifetime: 'persistent',
  fail: 'closed',
  precedence: 'normal',
} as const satisfies Partial<Profile>;

/** True when `os` is the same as or newer than `minimum`. */
export function osAtLeast(os: MinOs, minimum: MinOs): boolean {
  return MIN_OS.indexOf(os) >= MIN_OS.indexOf(minimum);
}

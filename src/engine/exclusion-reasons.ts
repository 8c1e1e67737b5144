/**
 * Why a layer is ruled out, as a key with typed parameters (the words are in the locale
 * catalogue, src/i18n/en/exclusions.ts). Several reasons can share one exclusion code. Pure types.
 */
import type { LayerId } from '@/knowledge/types';
import type {
  Basis,
  Moment,
  MinOs,
  PathDirection,
  RedirectTarget,
  Traffic,
} from '@/knowledge/vocabulary';
import type { Unit, UnitProtocol } from './design';
import type { Coded, NoParams } from './messages';

/** Who would do the work at the layer. */
export type Worker = 'filter' | 'callout' | 'audit';

/** The injection path a layer lacks. */
export type MissingPath =
  'local-receive' | 'same-send' | 'same-receive' | 'turnaround-send' | 'turnaround-receive';

/** The parameters of each exclusion reason. */
export interface ExclusionParams {
  readonly 'block-forbidden': { readonly who: Worker; readonly layer: LayerId };
  readonly 'no-decision-point': { readonly layer: LayerId };
  readonly 'block-undocumented': { readonly layer: LayerId };
  readonly 'internal-layer': NoParams;
  readonly 'no-os-documents-layer': NoParams;
  readonly 'not-on-os': { readonly from: MinOs; readonly os: MinOs };
  readonly 'vswitch-path-only': NoParams;
  readonly 'not-vswitch-path': NoParams;
  readonly 'ipsec-at-keying-layers': NoParams;
  readonly 'keying-layer': NoParams;
  readonly 'rpc-layer': NoParams;
  readonly 'user-mode-other-job': { readonly layer: LayerId };
  readonly 'discard-only': NoParams;
  readonly 'traffic-not-seen': { readonly traffic: Traffic; readonly layer: LayerId };
  readonly 'refused-operations-only': NoParams;
  readonly 'moment-not-seen': { readonly seen: readonly Moment[]; readonly asked: Moment | null };
  readonly 'no-callouts': NoParams;
  readonly 'no-user-mode-event': NoParams;
  readonly 'user-mode-event-os': { readonly from: MinOs };
  readonly 'cannot-inspect': NoParams;
  readonly 'cannot-modify': { readonly layer: LayerId };
  readonly 'no-injection': { readonly layer: LayerId };
  readonly 'redirect-other-target': {
    readonly supported: readonly RedirectTarget[];
    readonly target: RedirectTarget;
  };
  readonly 'cannot-redirect': NoParams;
  readonly 'no-shaping': { readonly layer: LayerId };
  readonly 'identity-via-flow-context': NoParams;
  readonly 'identity-never-here': NoParams;
  readonly 'basis-not-visible': { readonly who: Worker; readonly missing: readonly Basis[] };
  readonly 'not-rewritable': NoParams;
  readonly 'cannot-pend': { readonly layer: LayerId };
  readonly 'protocol-not-seen': { readonly protocol: UnitProtocol; readonly layer: LayerId };
  readonly 'direction-not-seen': {
    readonly seen: readonly PathDirection[];
    readonly direction: PathDirection;
    readonly traffic: Traffic;
  };
  readonly 'vm-not-known-here': { readonly layer: LayerId; readonly condition: string };
  readonly 'tcp-payload-before-data': NoParams;
  readonly 'first-packet-payload-only': NoParams;
  readonly 'no-injection-path': {
    readonly path: MissingPath;
    readonly os: MinOs;
    readonly layer: LayerId;
  };
  readonly 'outside-wfp': NoParams;
  readonly 'partial-coverage': {
    readonly units: readonly Unit[];
    readonly traffic: Traffic;
    readonly rest: 'served' | 'unserved';
  };
  readonly 'needs-callout': { readonly primary: LayerId | null };
  readonly 'not-workable': NoParams;
}

/** One exclusion reason with its parameters. */
export type ExclusionReason = Coded<ExclusionParams>;

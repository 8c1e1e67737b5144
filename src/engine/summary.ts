/**
 * The ten-second summary: which considerations and warnings a reviewer must know first,
 * ranked by how badly ignoring them breaks the design. Decided here, from the recommendation
 * alone, so every view (result card, records) ranks them the same way. Pure.
 */
import type { ConsiderationId } from '@/knowledge/types';
import type { Recommendation } from './types';

export type MustKnowSeverity = 'critical' | 'warning' | 'info';

/** One must-know: a pointer into the recommendation (the words stay where they are). */
export interface MustKnow {
  readonly kind: 'ipsec' | 'warning' | 'consideration';
  /** The warning or consideration id; `ipsec` for the IPsec alert. */
  readonly id: string;
  readonly severity: MustKnowSeverity;
}

/**
 * What ignoring each consideration does to the design. `user-mode-first` and `highest-layer`
 * explain the verdict and the rank rather than warn, so they are never must-knows.
 * Sources: the seed page (callout-driver-programming-considerations) states each rule; a BLOCK at
 * flow-established, inline TCP injection and a misaligned send-path header break the product
 * (wrong verdicts, deadlock, a crash), a stale checksum drops packets, slow classify work stalls.
 */
const CONSIDERATION_SEVERITY: Readonly<Partial<Record<ConsiderationId, MustKnowSeverity>>> = {
  'no-block-at-flow-established': 'critical',
  'tcp-injection-needs-dpc': 'critical',
  'outbound-header-alignment': 'critical',
  'receive-injection-checksum': 'warning',
  'classify-at-dispatch': 'warning',
};

const RANK: Readonly<Record<MustKnowSeverity, number>> = { critical: 0, warning: 1, info: 2 };
const KIND_RANK: Readonly<Record<MustKnow['kind'], number>> = {
  ipsec: 0,
  consideration: 1,
  warning: 2,
};

/** At most this many must-knows: the card is read in ten seconds. */
export const MUST_KNOW_MAX = 5;
/** Informational warnings fill the card only up to this many items. */
export const MUST_KNOW_MIN = 3;

/**
 * The 3–5 things to know first, most severe first: a loud IPsec alert, then critical warnings and
 * considerations, then the other warnings and considerations; informational warnings only fill
 * the card up to three items. Ties keep the recommendation's own order.
 */
export function mustKnows(rec: Recommendation): readonly MustKnow[] {
  const items: MustKnow[] = [];
  if (rec.ipsec.emphasis === 'loud')
    items.push({ kind: 'ipsec', id: 'ipsec', severity: 'critical' });
  for (const c of rec.considerations) {
    const severity = CONSIDERATION_SEVERITY[c.id];
    if (severity !== undefined) items.push({ kind: 'consideration', id: c.id, severity });
  }
  for (const w of rec.warnings) items.push({ kind: 'warning', id: w.id, severity: w.severity });
  const ranked = items
    .map((item, order) => ({ item, order }))
    .sort(
      (a, b) =>
        RANK[a.item.severity] - RANK[b.item.severity] ||
        KIND_RANK[a.item.kind] - KIND_RANK[b.item.kind] ||
        a.order - b.order,
    )
    .map((x) => x.item);
  const serious = ranked.filter((i) => i.severity !== 'info');
  const take = Math.max(Math.min(serious.length, MUST_KNOW_MAX), MUST_KNOW_MIN);
  return ranked.slice(0, Math.min(take, MUST_KNOW_MAX));
}

/** Alternatives that are WFP itself configured from user mode, not another technology. */
const WITHIN_WFP = new Set(['user-mode-wfp-api', 'windows-firewall-rules', 'security-auditing']);

/**
 * The alternative that does the work when the verdict is another technology: the first listed
 * one outside WFP's own user-mode configuration (the first listed when none is). Null otherwise.
 */
export function chosenAlternative(rec: Recommendation): string | null {
  if (rec.verdict !== 'other-technology') return null;
  const outside = rec.alternatives.find((a) => !WITHIN_WFP.has(a.id));
  return (outside ?? rec.alternatives[0])?.id ?? null;
}

/**
 * The recommender (DESIGN §5): profile → the highest workable WFP layer, the verdict (user-mode
 * filters, a kernel callout, or another technology), IPsec status, considerations, warnings,
 * exclusions, alternatives, rationale and a build plan — all read from the knowledge base.
 * Pure, total and deterministic.
 */
import type { Profile } from '@/knowledge/vocabulary';
import { alternativesFor } from './alternative-rules';
import { buildPlanFor } from './build-plan';
import { considerationsFor } from './consideration-rules';
import { ipsecResult } from './ipsec-status';
import { rationaleFor } from './rationale';
import { selectDesign } from './select';
import { makeTask, normalizeProfile } from './task';
import type { Recommendation } from './types';
import { RULES_VERSION } from './version';
import { warningsFor } from './warning-rules';

/**
 * Recommends a design for a requirement profile. Pure: same profile, same result; never throws.
 *
 * @example
 * recommend({ action: 'allow-block', traffic: 'local', protocol: 'tcp', direction: 'outbound',
 *   moment: 'connection', basis: ['app'], decider: 'rules', ipsec: 'unknown', 'min-os': 'win10' })
 * // → verdict 'user-mode', primary 'ale-auth-connect'
 */
export function recommend(profile: Profile): Recommendation {
  const task = makeTask(normalizeProfile(profile));
  const design = selectDesign(task);
  return {
    rulesVersion: RULES_VERSION,
    profile: task.profile,
    verdict: design.verdict,
    primary: design.primary?.id ?? null,
    companions: design.companions.map((c) => ({
      layerId: c.layer.id,
      role: c.role,
      message: c.message,
      sourceIds: c.sourceIds,
    })),
    ipsec: ipsecResult(design),
    considerations: considerationsFor(design),
    warnings: warningsFor(design),
    workable: design.workable.map((l) => l.id),
    excluded: design.exclusions,
    whyNotHigher: design.whyNotHigher,
    alternatives: alternativesFor(design),
    rationale: rationaleFor(design),
    build: buildPlanFor(design),
  };
}

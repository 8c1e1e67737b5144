import { describe, expect, it } from 'vitest';
import { COMPANION_RULES } from '@/engine/companion-rules';
import { MOMENT_RULES, expandMoments } from '@/engine/moment-rules';
import { RATIONALE_RULES } from '@/engine/rationale';
import { recommend } from '@/engine/recommend';
import { makeTask, normalizeProfile } from '@/engine/task';
import { SOURCES } from '@/knowledge/sources';
import { enumerateCompletePaths } from '@/questionnaire/paths';
import { makeProfile } from './fixtures';

const KNOWN_SOURCES = new Set<string>(SOURCES.map((s) => s.id));
const SLOW = 120_000;

describe('moment expansion table', () => {
  it('moves a decision on flow-invariant facts up to the ALE authorization', () => {
    const facts = {
      profile: normalizeProfile(makeProfile({ moment: 'established', basis: ['app'] })),
      moment: 'established' as const,
      basis: new Set(['app'] as const),
    };
    const expanded = expandMoments(facts);
    expect([...expanded.moments].sort()).toEqual(['connection', 'data', 'established']);
    expect(expanded.applied).toEqual(['flow-invariant-at-ale', 'established-stops-at-data']);
    expect(makeTask(facts.profile).decisionAtAle).toBe(true);
  });

  it('adds the connection moment for monitoring only to the audit route', () => {
    const profile = normalizeProfile(
      makeProfile({ action: 'monitor', moment: 'established', basis: ['app'] }),
    );
    const task = makeTask(profile);
    expect(task.moments?.has('connection')).toBe(false);
    expect(task.auditMoments?.has('connection')).toBe(true);
  });

  it('leaves forwarded and vSwitch traffic without moments', () => {
    const task = makeTask(normalizeProfile(makeProfile({ traffic: 'forwarded', basis: [] })));
    expect(task.moments).toBeNull();
    expect(task.auditMoments).toBeNull();
  });
});

describe('rule tables', () => {
  it('have unique ids and cite known sources', () => {
    for (const table of [MOMENT_RULES, RATIONALE_RULES, COMPANION_RULES]) {
      const ids = table.map((r) => r.id);
      expect(new Set(ids).size, ids.join()).toBe(ids.length);
    }
    const cited = [
      ...MOMENT_RULES.flatMap((r) => r.sourceIds),
      ...RATIONALE_RULES.flatMap((r) => (Array.isArray(r.sourceIds) ? r.sourceIds : [])),
      ...COMPANION_RULES.flatMap((r) =>
        Object.values(r.sourceIds).flatMap((s) => (s === 'layer' ? [] : s)),
      ),
    ];
    expect(cited.filter((id) => !KNOWN_SOURCES.has(id))).toEqual([]);
  });

  it(
    'each rule applies to some questionnaire path (no dead rows)',
    () => {
      const moments = new Set<string>();
      const steps = new Set<string>();
      const roles = new Set<string>();
      // The paths keep the settings' defaults; every tenth is also asked on Vista without a driver.
      const paths = enumerateCompletePaths().map((p) => p.profile);
      const profiles = [
        ...paths,
        ...paths
          .filter((_, i) => i % 10 === 0)
          .map((p) => ({ ...p, 'min-os': 'vista' as const, 'own-driver': 'avoid' as const })),
      ];
      for (const profile of profiles) {
        const task = makeTask(normalizeProfile(profile));
        if (task.profile.moment !== undefined && task.moments !== null) {
          const facts = { profile: task.profile, moment: task.profile.moment, basis: task.basis };
          for (const id of expandMoments(facts).applied) moments.add(id);
        }
        const rec = recommend(profile);
        for (const s of rec.rationale)
          steps.add(s.id.startsWith('companion-') ? 'companion' : s.id);
        for (const c of rec.companions) roles.add(c.role);
      }
      expect(MOMENT_RULES.map((r) => r.id).filter((id) => !moments.has(id))).toEqual([]);
      expect(RATIONALE_RULES.map((r) => r.id).filter((id) => !steps.has(id))).toEqual([]);
      const givenRoles = COMPANION_RULES.flatMap((r) => Object.keys(r.sourceIds));
      expect(givenRoles.filter((role) => !roles.has(role))).toEqual([]);
    },
    SLOW,
  );
});

/**
 * What changed in the rules since a version: the releases after `version` from
 * the changelog, and whether the version is one this app knows. Pure.
 */
import { RULES_VERSION } from '@/engine/version';
import { RULES_CHANGELOG, type RulesRelease } from '@/knowledge/rules-changelog';

/** Compares two `major.minor.patch` versions; non-numeric parts compare as 0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((n) => Number.parseInt(n, 10) || 0);
  const pb = b.split('.').map((n) => Number.parseInt(n, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The releases newer than `version` up to the current rules, oldest first. `known` is false when
 * the changelog has no such version (a typo, or rules newer than this app's): then every release
 * after it that the app knows is listed.
 */
export function changesSince(version: string): { known: boolean; releases: RulesRelease[] } {
  const known = RULES_CHANGELOG.some((r) => r.version === version);
  const releases = RULES_CHANGELOG.filter(
    (r) =>
      compareVersions(r.version, version) > 0 && compareVersions(r.version, RULES_VERSION) <= 0,
  );
  return { known, releases };
}

/** Whether `version` is newer than the rules this app carries. */
export function isNewerThanApp(version: string): boolean {
  return compareVersions(version, RULES_VERSION) > 0;
}

/** What a link or record made under `version` should tell the reader; null under the same rules. */
export function rulesNotice(version: string | undefined): {
  readonly recordRules: string;
  readonly appRules: string;
  readonly known: boolean;
  readonly newer: boolean;
  readonly releases: readonly RulesRelease[];
} | null {
  if (version === undefined || version === RULES_VERSION) return null;
  const { known, releases } = changesSince(version);
  return {
    recordRules: version,
    appRules: RULES_VERSION,
    known,
    newer: isNewerThanApp(version),
    releases,
  };
}

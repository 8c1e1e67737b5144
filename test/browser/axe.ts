/**
 * axe-core for every browser test: the release pinned in package.json (`axe-core`), not the one
 * @axe-core/playwright bundles, run over the WCAG 2.0/2.1/2.2 A and AA rules and axe's
 * best-practice rules.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);

/** The axe-core script the tests inject (package.json pins its version). */
export const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The version in package.json, which the page must report as the one that ran. */
export const AXE_VERSION: string = (
  JSON.parse(readFileSync(require.resolve('axe-core/package.json'), 'utf8')) as {
    version: string;
  }
).version;

/**
 * The rule tags run: WCAG 2.0, 2.1 and 2.2 at levels A and AA (label-in-name is `wcag21a`,
 * colour contrast `wcag2aa`) and axe's best practices (landmarks, headings, region, …). AAA rules
 * and axe's experimental rules are not run.
 */
export const AXE_TAGS = [
  'wcag2a',
  'wcag2aa',
  'wcag21a',
  'wcag21aa',
  'wcag22aa',
  'best-practice',
] as const;

export function axeBuilder(page: Page): AxeBuilder {
  return new AxeBuilder({ page, axeSource: AXE_SOURCE }).withTags([...AXE_TAGS]);
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null | undefined;
  readonly help: string;
  /** How many elements break the rule. */
  readonly count: number;
  /** The first few of them (CSS selectors). */
  readonly nodes: readonly string[];
}

/** Every violation axe finds on the page (or inside the `include` selectors), all impacts. */
export async function axeViolations(
  page: Page,
  include: readonly string[] = [],
): Promise<AxeViolation[]> {
  let builder = axeBuilder(page);
  for (const selector of include) builder = builder.include(selector);
  const results = await builder.analyze();
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    count: v.nodes.length,
    nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
  }));
}

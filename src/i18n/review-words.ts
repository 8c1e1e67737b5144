/**
 * Words of one review finding in a catalogue's language: the section's message for the finding's
 * code, with the names it mentions taken from the same catalogue. Used by the review panel, the
 * checklist, the print view, the Markdown export and the CLI. Pure.
 */
import type { Finding } from '@/engine/review';
import { CONSIDERATIONS } from '@/knowledge/considerations';
import { en, type Catalogue } from './en';
import { OS_NAMES, wordMessage } from './en/common';
import type { FindingNames } from './en/review';

const isOs = (id: string): id is keyof typeof OS_NAMES => Object.hasOwn(OS_NAMES, id);

const NAMES = new WeakMap<Catalogue, FindingNames>();

/** The names a finding mentions, in the catalogue's language (made once per catalogue). */
export function findingNames(catalogue: Catalogue): FindingNames {
  const known = NAMES.get(catalogue);
  if (known !== undefined) return known;
  const locale = catalogue.app.locale;
  const and = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const or = new Intl.ListFormat(locale, { style: 'long', type: 'disjunction' });
  const names: FindingNames = {
    // Layer names, Windows versions and consideration titles in the catalogue's language.
    layer: (id) => catalogue.common.layerName(id),
    os: (id) => (isOs(id) ? catalogue.common.osNames[id] : id),
    considerationTitle: (id) =>
      (catalogue.knowledge.considerations as Partial<Record<string, { readonly title: string }>>)[
        id
      ]?.title ??
      CONSIDERATIONS.find((c) => c.id === id)?.title ??
      id,
    warningTitle: (id) =>
      (catalogue.warnings as Partial<Record<string, { readonly title: string }>>)[id]?.title ?? id,
    exclusion: (reason) => wordMessage(catalogue.exclusions, reason),
    list: (items) => and.format(items),
    orList: (items) => or.format(items),
  };
  NAMES.set(catalogue, names);
  return names;
}

/** The message for one finding. */
export function wordFinding(finding: Finding, catalogue: Catalogue = en): string {
  const words = catalogue.review.findings[finding.code] ?? catalogue.review.layerFailure;
  return words(finding, findingNames(catalogue));
}

/**
 * A decision record as Markdown in the MADR layout: title, status, context and
 * problem (the profile in words), decision drivers, considered options (the layers and the
 * alternatives, with why each was ruled out), decision outcome (verdict, primary, companions),
 * consequences (IPsec status, considerations, warnings), the review of a proposal with each
 * finding, the checklist, notes and links (sources, the share link, the rules version). The
 * saved result gives the verdict, layers and ids; the explanations are the current rules' words.
 * User text (title, notes) is escaped. Pure; words come from the catalogue given (`records`,
 * `common`, `review`, `knowledge`, …; English by default), identifiers and codes stay as they are.
 */
import { recommend } from '@/engine/recommend';
import { reviewDesign } from '@/engine/review';
import { en, type Catalogue } from '@/i18n/en';
import { wordFinding } from '@/i18n/review-words';
import { wordRecommendation } from '@/i18n/word';
import { ALTERNATIVES } from '@/knowledge/alternatives';
import { CONSIDERATIONS } from '@/knowledge/considerations';
import { getSource } from '@/knowledge/sources';
import type { SourceId } from '@/knowledge/types';
import type { Profile, ProfileKey } from '@/knowledge/vocabulary';
import type { ChecklistItem, DecisionRecord } from './record';
import { encodeLink } from './url';

/**
 * ASCII punctuation Markdown or HTML could read (the backtick as an escape; `=` would make the
 * line before a heading).
 */
const MD_SPECIAL = '\\*_{}[]()#+-.!|<>~&=\u0060';

/** Escapes user text for Markdown: every ASCII punctuation that Markdown or HTML could read. */
export function escapeMarkdown(text: string): string {
  let out = '';
  for (const c of text.replace(/\r\n?/g, '\n')) out += MD_SPECIAL.includes(c) ? `\\${c}` : c;
  return out;
}

/** Escaped text kept on one line (a title: a line break would end the heading). */
function escapeLine(text: string): string {
  return escapeMarkdown(text.replace(/[ \t]*[\r\n]+[ \t]*/g, ' '));
}

/** Escaped multi-line text: each line kept as a line (hard break), blank lines as paragraphs. */
function escapeBlock(text: string): string {
  return escapeMarkdown(text)
    .split('\n')
    .map((line) => line.trimEnd())
    .join('  \n');
}

const TICK = '\u0060';

/** Inline code (backticks inside are dropped). */
function code(text: string): string {
  return TICK + text.split(TICK).join('') + TICK;
}

function profileValue(key: ProfileKey, p: Profile, t: Catalogue): string | null {
  const c = t.common;
  const list = t.records.markdown.list;
  switch (key) {
    case 'action':
      return `${c.actions[p.action]} (${code(p.action)})`;
    case 'traffic':
      return `${c.traffic[p.traffic]} (${code(p.traffic)})`;
    case 'protocol':
      return `${c.protocols[p.protocol]} (${code(p.protocol)})`;
    case 'moment':
      return p.moment ? `${c.moments[p.moment]} (${code(p.moment)})` : null;
    case 'basis':
      return p.basis.length > 0 ? list(p.basis.map((b) => `${c.basis[b]} (${code(b)})`)) : null;
    case 'decider':
      return `${c.deciders[p.decider]} (${code(p.decider)})`;
    case 'min-os':
      return `${c.osNames[p['min-os']]} (${code(p['min-os'])})`;
    default: {
      const v = p[key];
      return v === undefined ? null : code(String(v));
    }
  }
}

function sourceLines(ids: ReadonlySet<SourceId>): string[] {
  const out: string[] = [];
  for (const id of ids) {
    const s = getSource(id);
    if (s) out.push(`- [${s.title.replace(/[[\]\\]/g, (c) => `\\${c}`)}](${s.url})`);
  }
  return out;
}

/** A consideration's title in the catalogue's words (the id when unknown). */
function considerationTitle(id: string, t: Catalogue): string {
  return (
    (t.knowledge.considerations as Partial<Record<string, { title: string }>>)[id]?.title ??
    CONSIDERATIONS.find((c) => c.id === id)?.title ??
    id
  );
}

function checklistLabel(item: ChecklistItem, record: DecisionRecord, t: Catalogue): string {
  const [, rest = ''] = item.id.split(/:(.*)/s);
  if (item.kind === 'consideration') return considerationTitle(rest, t);
  if (item.kind === 'warning')
    return (t.warnings as Partial<Record<string, { title: string }>>)[rest]?.title ?? rest;
  if (record.proposal) {
    const f = reviewDesign(record.profile, record.proposal).findings.find((x) => x.id === rest);
    if (f) return wordFinding(f, t);
  }
  return rest;
}

/** The record as MADR Markdown in the catalogue's language (English by default). Pure. */
export function toMarkdown(
  record: DecisionRecord,
  catalogue: Catalogue = en,
  options: { readonly baseUrl?: string } = {},
): string {
  const t = catalogue;
  const w = t.records.markdown;
  const layerName = (id: string) => t.common.layerName(id);
  const rec = wordRecommendation(recommend(record.profile), t);
  const result = record.result;
  const sources = new Set<SourceId>();
  const L: string[] = [];
  const title = record.title.trim() === '' ? w.untitled : record.title;

  L.push(`# ${escapeLine(title)}`, '');
  L.push(`- ${w.status}: ${w.statusAccepted}`);
  L.push(`- ${w.date}: ${record.createdAt.slice(0, 10)}`);
  L.push(`- ${w.rulesVersion}: ${record.rulesVersion}`, '');

  L.push(`## ${w.context}`, '');
  for (const key of Object.keys(w.profileKeys) as ProfileKey[]) {
    if (w.driverKeys.includes(key)) continue;
    const v = profileValue(key, record.profile, t);
    if (v !== null) L.push(`- ${w.profileKeys[key]}: ${v}`);
  }
  L.push('');

  L.push(`## ${w.drivers}`, '');
  for (const key of w.driverKeys as ProfileKey[]) {
    const v = profileValue(key, rec.profile, t);
    if (v !== null) L.push(`- ${w.profileKeys[key]}: ${v}`);
  }
  for (const c of rec.considerations.filter(
    (x) => x.id === 'user-mode-first' || x.id === 'highest-layer',
  )) {
    const known = CONSIDERATIONS.find((k) => k.id === c.id);
    L.push(`- ${considerationTitle(c.id, t)}: ${c.why}`);
    for (const s of known?.sourceIds ?? []) sources.add(s);
  }
  L.push('');

  L.push(`## ${w.options}`, '');
  if (result.primary) L.push(`- **${layerName(result.primary)}** — ${w.chosenMark}`);
  for (const id of rec.workable.filter((l) => l !== result.primary))
    L.push(`- ${layerName(id)} — ${w.workable}`);
  for (const e of rec.whyNotHigher) {
    L.push(`- ${layerName(e.layerId)} — ${w.ruledOut}: ${e.reason}`);
  }
  for (const a of rec.alternatives) {
    const alt = ALTERNATIVES.find((x) => x.id === a.id);
    const name = t.knowledge.alternatives[a.id]?.name ?? alt?.name ?? a.id;
    L.push(`- ${w.alternatives}: ${name} — ${a.why}`);
    for (const s of alt?.sourceIds ?? []) sources.add(s);
  }
  L.push('');

  L.push(`## ${w.outcome}`, '');
  L.push(
    w.outcomeLine(
      result.primary ? layerName(result.primary) : w.none,
      w.verdicts[result.verdict],
      code(result.verdict),
    ),
    '',
  );
  L.push(`- ${w.verdict}: ${w.verdicts[result.verdict]}`);
  L.push(`- ${w.primary}: ${result.primary ? code(result.primary) : w.none}`);
  L.push(
    `- ${w.companions}: ${
      result.companions.length > 0
        ? w.list(result.companions.map((c) => `${layerName(c.layerId)} (${code(c.role)})`))
        : w.noCompanions
    }`,
  );
  for (const c of rec.companions) for (const s of c.sourceIds) sources.add(s);
  L.push('');

  L.push(`### ${w.consequences}`, '');
  L.push(`- ${w.ipsec}: ${code(result.ipsec)} — ${rec.ipsec.reason}`);
  for (const c of rec.ipsec.conditions) L.push(`  - ${c.text}`);
  for (const s of rec.ipsec.sourceIds) sources.add(s);
  if (result.considerations.length > 0) {
    L.push(`- ${w.considerations}:`);
    for (const id of result.considerations) {
      const why = rec.considerations.find((c) => c.id === id)?.why;
      L.push(`  - ${considerationTitle(id, t)}${why ? `: ${why}` : ''}`);
    }
  }
  if (result.warnings.length > 0) {
    L.push(`- ${w.warnings}:`);
    for (const id of result.warnings) {
      const warning = rec.warnings.find((x) => x.id === id);
      L.push(`  - ${warning ? `**${warning.title}** ${warning.text}` : code(id)}`);
      for (const s of warning?.sourceIds ?? []) sources.add(s);
    }
  }
  L.push('');

  if (record.proposal) {
    const review = reviewDesign(record.profile, record.proposal);
    const p = record.proposal;
    L.push(`## ${w.review}`, '');
    L.push(`### ${w.proposal}`, '');
    L.push(`- ${w.layers}: ${w.list(p.layers.map((l) => `${layerName(l)} (${code(l)})`))}`);
    L.push(`- ${w.kind}: ${t.review.kinds[p.kind]}`);
    if (p.callout) L.push(`- ${w.calloutType}: ${code(p.callout)}`);
    if (p.inject) L.push(`- ${w.injection}: ${code(p.inject)}`);
    if (p.weight) L.push(`- ${w.weight}: ${code(p.weight)}`);
    L.push('');
    L.push(`${w.verdict}: **${t.review.verdicts[result.review?.verdict ?? review.verdict]}**`, '');
    L.push(`### ${w.findings}`, '');
    for (const f of review.findings) {
      L.push(`- ${w.findingSeverity[f.severity] ?? f.severity}: ${wordFinding(f, t)}`);
      for (const s of f.sourceIds) sources.add(s);
    }
    L.push('');
  }

  if (record.checklist.length > 0) {
    L.push(`## ${w.checklist}`, '');
    for (const item of record.checklist)
      L.push(`- [${item.done ? 'x' : ' '}] ${checklistLabel(item, record, t)}`);
    L.push('');
  }

  if (record.notes.trim() !== '') {
    L.push(`## ${w.notes}`, '', escapeBlock(record.notes), '');
  }

  L.push(`## ${w.links}`, '');
  const link = encodeLink({
    profile: record.profile,
    proposal: record.proposal,
    rulesVersion: record.rulesVersion,
  });
  L.push(
    options.baseUrl
      ? `- ${w.shareLink}: <${options.baseUrl}#${link}>`
      : `- ${w.shareLink}: ${code(`#${link}`)}`,
  );
  L.push(`- ${w.rulesVersion}: ${code(record.rulesVersion)}`);
  const refs = sourceLines(sources);
  if (refs.length > 0) L.push(`- ${w.sources}:`, ...refs.map((r) => `  ${r}`));
  L.push('');
  return L.join('\n');
}

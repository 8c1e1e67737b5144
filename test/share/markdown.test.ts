import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { proposalOf, type Proposal } from '@/engine/review';
import { ja } from '@/i18n/ja';
import { escapeMarkdown, toMarkdown } from '@/share/markdown';
import { makeRecord } from '@/share/record';
import { decodeLink } from '@/share/url';
import { publicScenario } from '../fixtures/scenarios';

/**
 * Golden Markdown exports for three public scenarios. When the rules or the layout change on
 * purpose, re-record them and review the diff:
 *   UPDATE_GOLDEN=1 npx vitest run --project unit test/share/markdown.test.ts
 */
const GOLDEN_DIR = join(process.cwd(), 'test', 'share', 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const NOW = new Date('2026-11-28T12:00:00.000Z');

const CASES: readonly {
  id: string;
  title: string;
  notes: string;
  proposal: () => Proposal | null;
}[] = [
  {
    id: 'block-app-outbound',
    title: "Review: a colleague's callout at outbound transport for *one app*",
    notes: 'Raised in the design review.\nThe colleague wants <per-packet> control.',
    proposal: () => ({
      layers: ['outbound-transport'],
      kind: 'callout',
      callout: 'inspect',
      weight: 'above-universal',
    }),
  },
  {
    id: 'dlp-outbound-http',
    title: 'DLP on outbound HTTP',
    notes: '',
    proposal: () => proposalOf(publicScenario('dlp-outbound-http').profile),
  },
  {
    id: 'rewrite-outbound-ttl',
    title: 'Rewrite the TTL of outgoing packets',
    notes: '',
    proposal: () => null,
  },
];

describe('Markdown export (MADR)', () => {
  it.each(CASES)('$id matches its golden file', ({ id, title, notes, proposal }) => {
    const record = makeRecord({
      profile: publicScenario(id).profile,
      proposal: proposal(),
      title,
      notes,
      now: NOW,
    });
    const md = toMarkdown(record);
    const file = join(GOLDEN_DIR, `${id}.md`);
    if (UPDATE || !existsSync(file)) {
      if (!UPDATE)
        throw new Error(`Golden file ${file} is missing; run with UPDATE_GOLDEN=1 to record it.`);
      writeFileSync(file, md);
    }
    expect(md).toBe(readFileSync(file, 'utf8'));
  });

  it('in Japanese matches its golden file: Japanese words, the same identifiers and link', () => {
    const { id, title, notes, proposal } = CASES[0]!;
    const record = makeRecord({
      profile: publicScenario(id).profile,
      proposal: proposal(),
      title,
      notes,
      now: NOW,
    });
    const md = toMarkdown(record, ja);
    const file = join(GOLDEN_DIR, `${id}.ja.md`);
    if (UPDATE || !existsSync(file)) {
      if (!UPDATE)
        throw new Error(`Golden file ${file} is missing; run with UPDATE_GOLDEN=1 to record it.`);
      writeFileSync(file, md);
    }
    expect(md).toBe(readFileSync(file, 'utf8'));
    expect(md).toContain(`## ${ja.records.markdown.context}`);
    expect(md).toContain(`## ${ja.records.markdown.review}`);
    expect(md).not.toContain(`## Context and problem statement`);
    // Identifiers, codes and the share link are the same as in the English export.
    const english = toMarkdown(record);
    const ticks = (text: string) => [...text.matchAll(/`[^`]+`/g)].map((m) => m[0]).sort();
    expect(ticks(md)).toEqual(ticks(english));
  });

  it('has the MADR sections, the review, the share link and the rules version', () => {
    const record = makeRecord({
      profile: publicScenario('block-app-outbound').profile,
      proposal: { layers: ['outbound-transport'], kind: 'callout' },
      title: 'x',
      now: NOW,
    });
    const md = toMarkdown(record);
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '# x',
      '## Context and problem statement',
      '## Decision drivers',
      '## Considered options',
      '## Decision outcome',
      '### Consequences',
      '## Review of the proposed design',
      '### Proposal',
      '### Findings',
      '## Review checklist',
      '## Links',
    ]);
    const link = /Share link: `#([^`]+)`/.exec(md)?.[1] ?? '';
    const back = decodeLink(link);
    expect(back.errors).toEqual([]);
    expect(back.proposal).toEqual(record.proposal);
    expect(back.rulesVersion).toBe(record.rulesVersion);
  });

  it('escapes user text: no heading, link, HTML or emphasis can be injected', () => {
    const record = makeRecord({
      profile: publicScenario('block-app-outbound').profile,
      title: '# <img src=x onerror=alert(1)> [a](javascript:x) *b*',
      notes: '## Not a heading\n<script>alert(1)</script>\n- [x] not a checkbox',
      now: NOW,
    });
    const md = toMarkdown(record);
    // Every '<' of the user's text is escaped, so no HTML tag starts.
    expect(md).not.toMatch(/(?<!\\)<img/);
    expect(md).not.toMatch(/(?<!\\)<script/);
    expect(md).not.toContain('](javascript');
    expect(md).not.toMatch(/^## Not a heading/m);
    expect(md).not.toMatch(/^- \[x\] not a checkbox/m);
    expect(md.split('\n')[0]).toBe(`# ${escapeMarkdown(record.title)}`);
  });
});

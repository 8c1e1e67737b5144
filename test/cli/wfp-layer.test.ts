import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { proposalOf } from '@/engine/review';
import { makeRecord, serializeRecord } from '@/share/record';
import { encodeLink } from '@/share/url';
import { publicScenario } from '../fixtures/scenarios';

/** The command line, spawned as a user runs it (node + the bin), from the repository root. */
const BIN = join(process.cwd(), 'bin', 'wfp-layer.mjs');
const dir = mkdtempSync(join(tmpdir(), 'wfp-layer-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** English unless a test says otherwise, whatever the locale of the machine running the tests. */
function cliIn(language: Record<string, string>, ...args: string[]) {
  const env = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8', ...language };
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function cli(...args: string[]) {
  return cliIn({ WFP_LAYER_LANG: '' }, ...args);
}

function file(name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return name;
}

const PROMPT = publicScenario('prompt-outbound').profile;
const LINK = encodeLink({ profile: PROMPT });
const NOW = new Date('2026-11-28T12:00:00.000Z');

describe('wfp-layer command line', { timeout: 120_000 }, () => {
  it('--help documents the commands and the exit codes', () => {
    const r = cli('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('recommend');
    expect(r.stdout).toContain('check-records');
    for (const code of ['0', '1', '2', '3'])
      expect(r.stdout).toMatch(new RegExp(`^  ${code}  `, 'm'));
  });

  it('speaks Japanese when LANG says so, and --lang en wins over it', () => {
    const ja = cliIn({ WFP_LAYER_LANG: '', LANG: 'ja_JP.UTF-8' }, 'recommend', LINK, '--markdown');
    expect(ja.code).toBe(0);
    expect(ja.stdout).toMatch(/[\u3040-\u30ff]/);
    expect(ja.stdout).toContain('FwpmFilterAdd0');
    const en = cliIn({ LANG: 'ja_JP.UTF-8' }, '--lang', 'en', 'recommend', LINK, '--markdown');
    expect(en.stdout).not.toMatch(/[\u3040-\u30ff]/);
  });

  it('bad arguments exit 2 with a clear message', () => {
    const none = cli();
    expect(none.code).toBe(2);
    const unknown = cli('recomend', LINK);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "recomend"');
    const badValue = cli('recommend', LINK.replace('protocol=tcp', 'protocol=tcpp'));
    expect(badValue.code).toBe(2);
    expect(badValue.stderr).toContain('protocol=tcpp');
    const incomplete = cli('recommend', 'v=1&action=monitor');
    expect(incomplete.code).toBe(2);
    expect(incomplete.stderr).toContain('incomplete');
  });

  it('recommend prints the result as JSON; with p-… keys, the review too', () => {
    const r = cli('recommend', `https://example.invalid/#${LINK}`);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { recommendation: { primary: string; verdict: string } };
    expect(out.recommendation.primary).toBe('ale-auth-connect');
    expect(out.recommendation.verdict).toBe('kernel-callout');

    const reviewed = cli('recommend', `${LINK}&p-layers=inbound-ippacket&p-kind=callout`);
    expect(reviewed.code).toBe(0);
    const withReview = JSON.parse(reviewed.stdout) as {
      review: { verdict: string; findings: { message: string }[] };
    };
    expect(withReview.review.verdict).toBe('does-not-work');
    expect(withReview.review.findings[0]?.message).toMatch(/Inbound IP packet/);
  });

  it('recommend --markdown prints the MADR record', () => {
    const r = cli('recommend', LINK, '--markdown', '--title', 'Prompt before connecting');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('# Prompt before connecting');
    expect(r.stdout).toContain('## Decision outcome');
  });

  it('check-records: good records pass (0), stale ones fail (1) with what changed, broken ones exit 3', () => {
    const proposal = proposalOf(PROMPT);
    const good = makeRecord({ profile: PROMPT, proposal, now: NOW });
    const goodFile = file('good.json', serializeRecord(good));
    const stale = {
      ...good,
      rulesVersion: '1.2.0',
      result: { ...good.result, verdict: 'user-mode', primary: 'ale-auth-recv-accept' },
    };
    const staleFile = file('stale.json', JSON.stringify(stale));
    const brokenFile = file('broken.json', '{"format": "wfp-layer-decision", ');
    const foreignFile = file('package.json', '{"name":"x","version":"1.0.0"}');

    const ok = cli('check-records', goodFile);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('good.json: unchanged');

    const changed = cli('check-records', goodFile, staleFile);
    expect(changed.code).toBe(1);
    expect(changed.stdout).toContain('stale.json: CHANGED (made under rules 1.2.0');
    expect(changed.stdout).toContain('Verdict: user-mode → kernel-callout');
    expect(changed.stdout).toContain('Primary layer: ale-auth-recv-accept → ale-auth-connect');
    expect(changed.stdout).toContain('1.4.0:');

    const broken = cli('check-records', brokenFile, staleFile);
    expect(broken.code).toBe(3);
    expect(broken.stderr).toContain(
      'broken.json: not a valid decision record: The file is not JSON',
    );

    const foreign = cli('check-records', foreignFile);
    expect(foreign.code).toBe(3);
    expect(foreign.stderr).toContain('not a WFP layer decision record');

    const missing = cli('check-records', 'nope.json');
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('nope.json: cannot read the file (no such file)');

    const json = cli('check-records', staleFile, '--json');
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as {
      records: { status: string; differences: string[] }[];
    };
    expect(report.records[0]).toMatchObject({
      status: 'changed',
      differences: ['verdict', 'primary'],
    });
  });

  it('npx wfp-layer runs the local bin from the clone, without asking the registry', () => {
    // A registry that cannot answer: if npx tried to fetch a package, this would fail.
    const r = spawnSync('npx', ['--no-install', 'wfp-layer', '--version'], {
      cwd: process.cwd(),
      encoding: 'utf8',
      env: { ...process.env, npm_config_registry: 'http://127.0.0.1:9/' },
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^wfp-layer \S+, rules \d+\.\d+\.\d+/);
  });
});

import { describe, expect, it } from 'vitest';
import { run, type CliIo } from '@/cli/commands';
import { parseRecord } from '@/share/record';
import { encodeLink } from '@/share/url';
import { publicScenario } from '../fixtures/scenarios';

/** The commands in-process (the spawned bin is tested in wfp-layer.test.ts). */
const io: CliIo = {
  appVersion: '0.0.0-test',
  readFile: (path) => {
    throw new Error(`no such file: ${path}`);
  },
};
const LINK = encodeLink({ profile: publicScenario('block-app-outbound').profile });

describe('wfp-layer commands', () => {
  it('--record prints a decision record that parses back', () => {
    const r = run(['recommend', LINK, '--record', '--title', 'T'], io);
    expect(r.code).toBe(0);
    const parsed = parseRecord(r.stdout);
    expect(parsed.ok && parsed.record.title).toBe('T');
    expect(parsed.ok && parsed.record.result.primary).toBe('ale-auth-connect');
  });

  it('--starter prints the C skeleton and the verify commands', () => {
    const r = run(['recommend', LINK, '--starter'], io);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('FwpmFilterAdd0(engine, &filter, NULL, NULL);');
    expect(r.stdout).toContain('netsh wfp show filters');
  });

  it.each([
    [['recommend', LINK, '--bogus'], 'Unknown option "--bogus"'],
    [['recommend', LINK, '--title'], 'Option --title needs a value'],
    [['recommend', LINK, 'extra'], 'Unexpected argument "extra"'],
    [['recommend', `${LINK}&p-kind=callout`], 'needs both p-layers and p-kind'],
    [['recommend', `${LINK}&p-layers=stream&p-kind=driver`], 'p-kind=driver'],
    [['check-records'], 'needs at least one record file'],
    [['check-records', 'a.json', '--fast'], 'Unknown option "--fast"'],
  ])('%j → exit 2: %s', (argv, message) => {
    const r = run(argv, io);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it('a link read in full but spelled otherwise (keys reordered) is fine; one with empty items is not', () => {
    const [version = '', ...rest] = LINK.split('&');
    expect(run(['recommend', [...rest.reverse(), version].join('&')], io).code).toBe(0);
    const r = run(['recommend', LINK.replace('basis=app', 'basis=app,,')], io);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('2 empty items');
  });

  it('an unreadable file is exit 3, with the reason', () => {
    const r = run(['check-records', 'gone.json'], io);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('gone.json: cannot read the file (no such file: gone.json)');
  });

  describe('--lang', () => {
    const JAPANESE = /[\u3040-\u30ff]/;

    it('ja: help, link problems and the Markdown record are in Japanese; identifiers stay', () => {
      const help = run(['--lang', 'ja', '--help'], io);
      expect(help.stdout).toContain('終了コード');
      expect(help.stdout).toContain('check-records');
      const bad = run(['recommend', 'v=1&action=teleport', '--lang=ja'], io);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('リンクの問題');
      expect(bad.stderr).toContain('teleport');
      const md = run(['recommend', LINK, '--markdown', '--lang', 'ja'], io);
      expect(md.code).toBe(0);
      expect(md.stdout).toMatch(JAPANESE);
      expect(md.stdout).toContain('FwpmFilterAdd0');
    });

    it('the JSON output keeps its codes and link whatever the language', () => {
      const en = JSON.parse(run(['recommend', LINK], io).stdout);
      const ja = JSON.parse(run(['recommend', LINK, '--lang', 'ja'], io).stdout);
      expect(ja.link).toBe(en.link);
      expect(ja.recommendation).toEqual(en.recommendation);
    });

    it('io.language is the default; --lang overrides it', () => {
      const r = run(['--help'], { ...io, language: 'ja' });
      expect(r.stdout).toContain('使い方');
      expect(run(['--help', '--lang', 'en'], { ...io, language: 'ja' }).stdout).toContain('Usage');
    });

    it.each([['fr'], ['']])('an unknown language %j is exit 2 naming the languages', (value) => {
      const r = run(['--lang', value, '--help'], io);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('use en or ja');
    });
  });
});

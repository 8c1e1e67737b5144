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
});

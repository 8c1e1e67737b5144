/**
 * The command line's work (bin/wfp-layer.mjs loads this file through Vite's module runner):
 * `recommend '<fragment>'` and `check-records <files…>`. No file system or process access here —
 * the launcher passes a file reader in and prints what `run` returns — so the commands are
 * tested like any other function. Words and exit codes: src/i18n/cli.ts.
 */
import { recommend } from '@/engine/recommend';
import { reviewDesign } from '@/engine/review';
import { RULES_VERSION } from '@/engine/version';
import { EXIT_CODES, cliText } from '@/i18n/cli';
import { en } from '@/i18n/en';
import { wordFinding } from '@/i18n/review-words';
import { REQUIRED_PROFILE_KEYS, type Profile } from '@/knowledge/vocabulary';
import { toMarkdown } from '@/share/markdown';
import { makeRecord, parseRecord, recheckRecord, serializeRecord } from '@/share/record';
import { starterCode } from '@/share/starter-code';
import { decodeLink, encodeLink, isCompleteProposal } from '@/share/url';

export interface CliIo {
  /** Reads a file as UTF-8 text; throws with a readable message when it cannot. */
  readonly readFile: (path: string) => string;
  /** The app's package version. */
  readonly appVersion: string;
}

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function fail(code: number, message: string): CliResult {
  return { code, stdout: '', stderr: `${message}\n` };
}

function fragmentOf(arg: string): string {
  const hash = arg.indexOf('#');
  return hash >= 0 ? arg.slice(hash + 1) : arg;
}

function recommendCommand(args: readonly string[]): CliResult {
  let fragment: string | undefined;
  let format: 'json' | 'markdown' | 'record' | 'starter' = 'json';
  let title = '';
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--markdown') format = 'markdown';
    else if (a === '--record') format = 'record';
    else if (a === '--starter') format = 'starter';
    else if (a === '--title') {
      const v = args[i + 1];
      if (v === undefined) return fail(EXIT_CODES.badArguments, cliText.missingValue(a));
      title = v;
      i++;
    } else if (a.startsWith('--')) return fail(EXIT_CODES.badArguments, cliText.unknownOption(a));
    else if (fragment === undefined) fragment = a;
    else return fail(EXIT_CODES.badArguments, cliText.tooManyArguments(a));
  }
  if (fragment === undefined || fragment.trim() === '')
    return fail(EXIT_CODES.badArguments, cliText.missingFragment);

  const link = decodeLink(fragmentOf(fragment));
  // Notices, not problems: a missing `v=1`, or a link read in full but spelled otherwise.
  const problems = link.errors.filter(
    (e) => e.code !== 'missing-version' && e.code !== 'not-canonical',
  );
  if (problems.length > 0) {
    return fail(
      EXIT_CODES.badArguments,
      problems.map((e) => cliText.linkProblem(en.link.error(e.message))).join('\n'),
    );
  }
  const missing = REQUIRED_PROFILE_KEYS.filter((k) => link.profile[k] === undefined);
  if (missing.length > 0) return fail(EXIT_CODES.badArguments, cliText.incompleteProfile(missing));
  const profile = link.profile as Profile;
  if (link.proposal !== undefined && !isCompleteProposal(link.proposal))
    return fail(EXIT_CODES.badArguments, cliText.incompleteProposal);
  const proposal = isCompleteProposal(link.proposal) ? link.proposal : null;

  if (format === 'starter') {
    const s = starterCode(profile, proposal);
    return {
      code: EXIT_CODES.ok,
      stdout: `${s.code}\n${s.verify.join('\n')}\n`,
      stderr: '',
    };
  }
  const record = makeRecord({ profile, proposal, title, now: new Date() });
  if (format === 'markdown') return { code: EXIT_CODES.ok, stdout: toMarkdown(record), stderr: '' };
  if (format === 'record')
    return { code: EXIT_CODES.ok, stdout: serializeRecord(record), stderr: '' };

  const rec = recommend(profile);
  const review = proposal ? reviewDesign(profile, proposal) : null;
  const out = {
    rulesVersion: RULES_VERSION,
    link: `#${encodeLink({ profile, proposal, rulesVersion: RULES_VERSION })}`,
    recommendation: rec,
    ...(review
      ? {
          review: {
            ...review,
            verdictText: en.review.verdicts[review.verdict],
            findings: review.findings.map((f) => ({ ...f, message: wordFinding(f, en) })),
          },
        }
      : {}),
  };
  return { code: EXIT_CODES.ok, stdout: `${JSON.stringify(out, null, 2)}\n`, stderr: '' };
}

function show(value: string | null | undefined): string {
  return value === null || value === undefined || value === '' ? cliText.none : value;
}

function checkRecordsCommand(args: readonly string[], io: CliIo): CliResult {
  const json = args.includes('--json');
  const files: string[] = [];
  for (const a of args) {
    if (a === '--json') continue;
    if (a.startsWith('--')) return fail(EXIT_CODES.badArguments, cliText.unknownOption(a));
    files.push(a);
  }
  if (files.length === 0) return fail(EXIT_CODES.badArguments, cliText.noFiles);

  const out: string[] = [];
  const err: string[] = [];
  const report: unknown[] = [];
  let changed = 0;
  let broken = 0;
  for (const file of files) {
    let text: string;
    try {
      text = io.readFile(file);
    } catch (e) {
      broken++;
      const why = e instanceof Error ? e.message : String(e);
      err.push(cliText.unreadable(file, why));
      report.push({ file, status: 'unreadable', error: why });
      continue;
    }
    const parsed = parseRecord(text);
    if (!parsed.ok) {
      broken++;
      err.push(cliText.malformed(file, en.records.error(parsed.error)));
      report.push({ file, status: 'malformed', error: parsed.error });
      continue;
    }
    const check = recheckRecord(parsed.record);
    report.push({
      file,
      status: check.breaking ? 'changed' : 'ok',
      rulesVersion: parsed.record.rulesVersion,
      differences: check.differences,
      before: check.before,
      after: check.after,
    });
    if (!check.changed) {
      out.push(cliText.unchanged(file, parsed.record.rulesVersion));
      continue;
    }
    if (check.breaking) changed++;
    out.push(
      !check.breaking
        ? cliText.infoOnly(file)
        : check.rulesChanged
          ? cliText.changed(file, parsed.record.rulesVersion, RULES_VERSION)
          : cliText.sameRulesChanged(file),
    );
    const d = en.records.differences;
    for (const what of check.differences) {
      const [b, a] =
        what === 'verdict'
          ? [check.before.verdict, check.after.verdict]
          : what === 'primary'
            ? [check.before.primary, check.after.primary]
            : what === 'ipsec'
              ? [check.before.ipsec, check.after.ipsec]
              : [check.before.review?.verdict, check.after.review?.verdict];
      out.push(cliText.difference(d[what], show(b), show(a)));
    }
    if (check.rulesChanged) {
      out.push(
        check.rules.known
          ? cliText.rulesNote(
              parsed.record.rulesVersion,
              check.rules.releases.flatMap((r) =>
                r.changes.map((c) => `${r.version}: ${en.rulesChanges[c.code] ?? c.code}`),
              ),
            )
          : cliText.rulesUnknown(parsed.record.rulesVersion),
      );
    }
  }
  out.push(cliText.summary(files.length, changed, broken));
  const code =
    broken > 0 ? EXIT_CODES.unreadable : changed > 0 ? EXIT_CODES.changed : EXIT_CODES.ok;
  if (json) {
    return {
      code,
      stdout: `${JSON.stringify({ rulesVersion: RULES_VERSION, records: report }, null, 2)}\n`,
      stderr: err.length > 0 ? `${err.join('\n')}\n` : '',
    };
  }
  return {
    code,
    stdout: `${out.join('\n')}\n`,
    stderr: err.length > 0 ? `${err.join('\n')}\n` : '',
  };
}

/** Runs one command line (without `node` and the script path). Never throws. */
export function run(argv: readonly string[], io: CliIo): CliResult {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help')
    return {
      code: command === undefined ? EXIT_CODES.badArguments : EXIT_CODES.ok,
      stdout: command === undefined ? '' : `${cliText.help}\n`,
      stderr: command === undefined ? `${cliText.help}\n` : '',
    };
  if (command === '--version' || command === '-v')
    return {
      code: EXIT_CODES.ok,
      stdout: `${cliText.version(RULES_VERSION, io.appVersion)}\n`,
      stderr: '',
    };
  if (rest.includes('--help') || rest.includes('-h'))
    return { code: EXIT_CODES.ok, stdout: `${cliText.help}\n`, stderr: '' };
  if (command === 'recommend') return recommendCommand(rest);
  if (command === 'check-records') return checkRecordsCommand(rest, io);
  return fail(EXIT_CODES.badArguments, cliText.unknownCommand(command));
}

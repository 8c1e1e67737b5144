/**
 * The command line's work (bin/wfp-layer.mjs loads this file through Vite's module runner):
 * `recommend '<fragment>'` and `check-records <files…>`. No file system or process access here —
 * the launcher passes a file reader in and prints what `run` returns — so the commands are
 * tested like any other function. Words: src/i18n/en/cli.ts and its twins (`--lang`).
 */
import { recommend } from '@/engine/recommend';
import { reviewDesign } from '@/engine/review';
import { RULES_VERSION } from '@/engine/version';
import { en, type Catalogue } from '@/i18n/en';
import { cliText as enCli, type CliWords } from '@/i18n/en/cli';
import { ja } from '@/i18n/ja';
import { cliText as jaCli } from '@/i18n/ja/cli';
import { DEFAULT_LANGUAGE, LANGUAGES, isLanguage, type Language } from '@/i18n/languages';
import { wordFinding } from '@/i18n/review-words';
import { REQUIRED_PROFILE_KEYS, type Profile } from '@/knowledge/vocabulary';
import { toMarkdown } from '@/share/markdown';
import { makeRecord, parseRecord, recheckRecord, serializeRecord } from '@/share/record';
import { starterCode } from '@/share/starter-code';
import { decodeLink, encodeLink, isCompleteProposal, isLinkNotice } from '@/share/url';

export const EXIT_CODES = {
  ok: 0,
  changed: 1,
  badArguments: 2,
  unreadable: 3,
  internal: 4,
} as const;

/** The words of one language: the command line's own and the page catalogue (exports, codes). */
interface Speech {
  readonly say: CliWords;
  readonly catalogue: Catalogue;
}

const SPEECH: Readonly<Record<Language, Speech>> = {
  en: { say: enCli, catalogue: en },
  ja: { say: jaCli, catalogue: ja },
};

export interface CliIo {
  /** Reads a file as UTF-8 text; throws with a readable message when it cannot. */
  readonly readFile: (path: string) => string;
  /** The app's package version. */
  readonly appVersion: string;
  /** The language when no `--lang` is given (the launcher derives it from the environment). */
  readonly language?: Language;
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

function recommendCommand(args: readonly string[], { say, catalogue }: Speech): CliResult {
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
      if (v === undefined) return fail(EXIT_CODES.badArguments, say.missingValue(a));
      title = v;
      i++;
    } else if (a.startsWith('--')) return fail(EXIT_CODES.badArguments, say.unknownOption(a));
    else if (fragment === undefined) fragment = a;
    else return fail(EXIT_CODES.badArguments, say.tooManyArguments(a));
  }
  if (fragment === undefined || fragment.trim() === '')
    return fail(EXIT_CODES.badArguments, say.missingFragment);

  const link = decodeLink(fragmentOf(fragment));
  // Notices, not problems: a missing `v=1`, or a link read in full but spelled otherwise.
  const problems = link.errors.filter((e) => !isLinkNotice(e));
  if (problems.length > 0) {
    return fail(
      EXIT_CODES.badArguments,
      problems.map((e) => say.linkProblem(catalogue.link.error(e.message))).join('\n'),
    );
  }
  const missing = REQUIRED_PROFILE_KEYS.filter((k) => link.profile[k] === undefined);
  if (missing.length > 0) return fail(EXIT_CODES.badArguments, say.incompleteProfile(missing));
  const profile = link.profile as Profile;
  if (link.proposal !== undefined && !isCompleteProposal(link.proposal))
    return fail(EXIT_CODES.badArguments, say.incompleteProposal);
  const proposal = isCompleteProposal(link.proposal) ? link.proposal : null;

  if (format === 'starter') {
    const s = starterCode(profile, proposal, catalogue);
    return {
      code: EXIT_CODES.ok,
      stdout: `${s.code}\n${s.verify.join('\n')}\n`,
      stderr: '',
    };
  }
  const record = makeRecord({ profile, proposal, title, now: new Date() });
  if (format === 'markdown')
    return { code: EXIT_CODES.ok, stdout: toMarkdown(record, catalogue), stderr: '' };
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
            verdictText: catalogue.review.verdicts[review.verdict],
            findings: review.findings.map((f) => ({ ...f, message: wordFinding(f, catalogue) })),
          },
        }
      : {}),
  };
  return { code: EXIT_CODES.ok, stdout: `${JSON.stringify(out, null, 2)}\n`, stderr: '' };
}

function show(value: string | null | undefined, none: string): string {
  return value === null || value === undefined || value === '' ? none : value;
}

function checkRecordsCommand(
  args: readonly string[],
  io: CliIo,
  { say, catalogue }: Speech,
): CliResult {
  const json = args.includes('--json');
  const files: string[] = [];
  for (const a of args) {
    if (a === '--json') continue;
    if (a.startsWith('--')) return fail(EXIT_CODES.badArguments, say.unknownOption(a));
    files.push(a);
  }
  if (files.length === 0) return fail(EXIT_CODES.badArguments, say.noFiles);

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
      err.push(say.unreadable(file, why));
      report.push({ file, status: 'unreadable', error: why });
      continue;
    }
    const parsed = parseRecord(text);
    if (!parsed.ok) {
      broken++;
      err.push(say.malformed(file, catalogue.records.error(parsed.error)));
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
      out.push(say.unchanged(file, parsed.record.rulesVersion));
      continue;
    }
    if (check.breaking) changed++;
    out.push(
      !check.breaking
        ? say.infoOnly(file)
        : check.rulesChanged
          ? say.changed(file, parsed.record.rulesVersion, RULES_VERSION)
          : say.sameRulesChanged(file),
    );
    const d = catalogue.records.differences;
    for (const what of check.differences) {
      const [b, a] =
        what === 'verdict'
          ? [check.before.verdict, check.after.verdict]
          : what === 'primary'
            ? [check.before.primary, check.after.primary]
            : what === 'ipsec'
              ? [check.before.ipsec, check.after.ipsec]
              : [check.before.review?.verdict, check.after.review?.verdict];
      out.push(say.difference(d[what], show(b, say.none), show(a, say.none)));
    }
    if (check.rulesChanged) {
      out.push(
        check.rules.known
          ? say.rulesNote(
              parsed.record.rulesVersion,
              check.rules.releases.flatMap((r) =>
                r.changes.map((c) => `${r.version}: ${catalogue.rulesChanges[c.code] ?? c.code}`),
              ),
            )
          : say.rulesUnknown(parsed.record.rulesVersion),
      );
    }
  }
  out.push(say.summary(files.length, changed, broken));
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

/**
 * Takes `--lang <language>` (or `--lang=<language>`) out of the arguments, wherever it stands.
 * An unknown value is an error naming the languages there are.
 */
function takeLanguage(
  argv: readonly string[],
  fallback: Language,
): { readonly language: Language; readonly rest: readonly string[] } | { readonly bad: string } {
  let language = fallback;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const inline = a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (a !== '--lang' && inline === undefined) {
      rest.push(a);
      continue;
    }
    const value = inline ?? argv[i + 1] ?? '';
    if (inline === undefined) i++;
    if (!isLanguage(value)) return { bad: value };
    language = value;
  }
  return { language, rest };
}

/** Runs one command line (without `node` and the script path). Never throws. */
export function run(argv: readonly string[], io: CliIo): CliResult {
  const taken = takeLanguage(argv, io.language ?? DEFAULT_LANGUAGE);
  if ('bad' in taken)
    return fail(
      EXIT_CODES.badArguments,
      SPEECH[io.language ?? DEFAULT_LANGUAGE].say.unknownLanguage(taken.bad, LANGUAGES),
    );
  const speech = SPEECH[taken.language];
  const { say } = speech;
  const [command, ...rest] = taken.rest;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help')
    return {
      code: command === undefined ? EXIT_CODES.badArguments : EXIT_CODES.ok,
      stdout: command === undefined ? '' : `${say.help}\n`,
      stderr: command === undefined ? `${say.help}\n` : '',
    };
  if (command === '--version' || command === '-v')
    return {
      code: EXIT_CODES.ok,
      stdout: `${say.version(RULES_VERSION, io.appVersion)}\n`,
      stderr: '',
    };
  if (rest.includes('--help') || rest.includes('-h'))
    return { code: EXIT_CODES.ok, stdout: `${say.help}\n`, stderr: '' };
  if (command === 'recommend') return recommendCommand(rest, speech);
  if (command === 'check-records') return checkRecordsCommand(rest, io, speech);
  return fail(EXIT_CODES.badArguments, say.unknownCommand(command));
}

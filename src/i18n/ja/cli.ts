/**
 * Japanese words of the command line: the twin of en/cli.ts (`--lang ja`, or WFP_LAYER_LANG / LANG
 * starting with `ja`). Options, keys, codes and identifiers stay as they are.
 */
import type { CliWords } from '../en/cli';
import { withTidySpacing } from './spacing';

export const cliText: CliWords = withTidySpacing({
  locale: 'ja',
  help: [
    'wfp-layer — コマンド ラインで使う WFP Layer Chooser',
    '',
    '使い方:',
    "  npx wfp-layer recommend '<fragment>' [--markdown | --record | --starter] [--title <text>]",
    '      共有リンクのフラグメントに対する推奨を JSON で出力します',
    '      (v=1&action=…&traffic=…。先頭の # やページのアドレスは付いていても構いません)。',
    '      p-… キー (p-layers、p-kind、p-callout、p-inject、p-weight) を含むフラグメントでは、',
    '      その設計案のレビューも出力します。',
    '      --markdown   JSON の代わりに決定記録を Markdown (MADR) で出力します',
    '      --record     JSON の決定記録 (wfp-layer-decision、バージョン 1) を出力します',
    '      --starter    C のスターター コードと確認用コマンドを出力します',
    '  npx wfp-layer check-records <file.json>… [--json]',
    '      保存された決定記録を現在のルールで評価し直し、変わった点を出力します。',
    '      判定、主レイヤー、またはレビューの判定が変わった場合は失敗します。',
    '  npx wfp-layer --help | --version',
    '',
    '言語: --lang en | --lang ja (どのコマンドでも)。指定がなければ WFP_LAYER_LANG、次に LANG。',
    '      文言、Markdown、スターター コードのコメントが従います。JSON のキー、コード、リンクは変わりません。',
    '',
    '終了コード:',
    '  0  正常 (check-records: 判定、主レイヤー、レビューの判定のどれも変わっていない)',
    '  1  check-records: 少なくとも 1 件の記録が変わった (判定、主レイヤー、またはレビューの判定)',
    '  2  引数の誤り (不明なコマンドやオプション、問題のあるリンク、不完全なプロファイル)',
    '  3  記録ファイルを読み取れない、または有効な決定記録ではない',
    '  4  内部エラー (TypeScript のコアを読み込めなかった)',
  ].join('\n'),
  version: (rules, app) => `wfp-layer ${app}、ルール ${rules}`,
  unknownCommand: (c) =>
    `不明なコマンド "${c}" です。コマンドは recommend と check-records です (--help を参照)。`,
  unknownOption: (o) => `不明なオプション "${o}" です (--help を参照)。`,
  missingFragment:
    "recommend にはリンクのフラグメントが必要です (例: 'v=1&action=allow-block&…')。",
  tooManyArguments: (a) =>
    `予期しない引数 "${a}" です。フラグメントは引用符で囲んでください (--help を参照)。`,
  missingValue: (o) => `オプション ${o} には値が必要です。`,
  linkProblem: (m) => `リンクの問題: ${m}`,
  incompleteProfile: (keys) => `プロファイルが不完全です。${keys.join('、')} が必要です。`,
  incompleteProposal:
    '設計案をレビューするには p-layers と p-kind の両方が必要です (例: p-layers=stream&p-kind=callout)。',
  noFiles: 'check-records には記録ファイルが少なくとも 1 つ必要です。',
  unreadable: (file, why) => `${file}: ファイルを読み取れません (${why})。`,
  malformed: (file, why) => `${file}: 有効な決定記録ではありません: ${why}`,
  unchanged: (file, rules) => `${file}: 変更なし (ルール ${rules})。`,
  changed: (file, from, to) => `${file}: 変更あり (作成時のルール ${from}、現在 ${to}):`,
  sameRulesChanged: (file) =>
    `${file}: ルールのバージョンは同じなのに変更あり (保存された結果が編集されたか、別のビルドのものです):`,
  difference: (what, before, after) => `  ${what}: ${before} → ${after}`,
  rulesNote: (version, lines) =>
    [`  ${version} 以降のルールの変更:`, ...lines.map((l) => `    - ${l}`)].join('\n'),
  rulesUnknown: (version) =>
    `  ルール ${version} はこのアプリの変更履歴にありません。結果は現在のルールで計算し直しました。`,
  infoOnly: (file) => `${file}: IPsec の状態だけが変わりました (失敗ではありません):`,
  summary: (total, changed, broken) =>
    `記録 ${total} 件: 変更あり ${changed} 件、読み取れないか不正なもの ${broken} 件。`,
  none: 'なし',
  internal: (why) => `wfp-layer は TypeScript のコアを読み込めませんでした: ${why}`,
  unknownLanguage: (value, languages) =>
    `--lang の言語 "${value}" は不明です。${languages.join(' または ')} を指定してください。`,
});

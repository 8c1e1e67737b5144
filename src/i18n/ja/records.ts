/**
 * 決定記録の日本語 (Japanese twin of `en/records.ts`): 記録のエラー コードごとのメッセージ、差異のある
 * 結果の行の名前、ルール変更の通知の注記、Markdown エクスポートの MADR 見出し。Field names, format
 * names and codes stay as they are. Pure.
 */
import type { RecordDifference, RecordError, RecordErrorCode } from '@/share/record';
import type { RecordWords } from '../en/records';

const ERRORS: Readonly<Record<RecordErrorCode, (e: RecordError) => string>> = {
  empty: () => 'ファイルが空です。',
  'too-large': (e) =>
    `ファイルが大きすぎるため、決定記録として読み取れません (${e.detail ?? '?'} 文字。読み取るのは最大 262144 文字です)。`,
  'not-json': (e) => `ファイルが JSON ではありません${e.detail ? ` (${e.detail})` : ''}。`,
  'not-object': () =>
    'ファイルは JSON ですが、オブジェクトではありません。決定記録は JSON オブジェクトです。',
  'wrong-format': (e) =>
    `これは WFP レイヤーの決定記録ではありません。"format" は ${e.detail ?? 'ありません'} ですが、"wfp-layer-decision" である必要があります。`,
  'unsupported-version': (e) =>
    `この決定記録の形式バージョンは ${e.detail ?? '不明'} です。このアプリが読み取れるのはバージョン 1 です。`,
  'missing-field': (e) => `記録に "${e.field ?? '?'}" フィールドがありません。`,
  'unknown-field': (e) =>
    `記録に、この形式で定義されていないフィールドがあります: "${e.field ?? '?'}"。`,
  'bad-field': (e) => `記録の "${e.field ?? '?'}" が無効です (${e.detail ?? '?'})。`,
  'bad-rules-version': (e) =>
    `記録のルール バージョン ${e.detail ?? '?'} は、1.4.0 のような形式のバージョンではありません。`,
  'bad-profile': (e) =>
    `記録のタスク プロファイルが "${e.field ?? 'profile'}" で無効です${e.detail ? ` (${e.detail})` : ' (値がありません)'}。`,
  'bad-proposal': (e) =>
    `記録の提案された設計が "${e.field ?? 'proposal'}" で無効です${e.detail ? ` (${e.detail})` : ''}。`,
  'bad-result': (e) =>
    `記録に保存された結果が "${e.field ?? 'result'}" で無効です${e.detail ? ` (${e.detail})` : ''}。`,
  'bad-checklist': (e) =>
    `記録のチェックリストが "${e.field ?? 'checklist'}" で無効です${e.detail ? ` (${e.detail})` : ''}。`,
  'bad-date': (e) =>
    e.detail
      ? `記録の作成日時 ${e.detail} は ISO 8601 形式の日付と時刻ではありません。`
      : '記録に作成日時がありません。',
};

const DIFFERENCES: Readonly<Record<RecordDifference, string>> = {
  verdict: '判定',
  primary: '主レイヤー',
  ipsec: 'IPsec の状態',
  review: 'レビューの判定',
};

export const records: RecordWords = {
  error: (e) => ERRORS[e.code](e),
  differences: DIFFERENCES,
  rulesChanged: 'この記録の作成後にルールが変更されました。',
  rulesNewer: (v) =>
    `これはルール ${v} で作成されましたが、このアプリはそのバージョンを認識していません (このアプリが持つルールの変更履歴は、自身のバージョンまでです)。`,
  recomputedNote:
    '作成時の結果は記録に保存されたものです。現在の結果は現在のルールで計算しています。',
  markdown: {
    list: (items) => items.join('、'),
    outcomeLine: (layer, verdict, code) =>
      `選択したオプション: **${layer}** — ${verdict} (${code})。`,
    untitled: 'WFP レイヤーの決定',
    status: '状態',
    statusAccepted: '提案',
    date: '日付',
    context: 'コンテキストと問題の説明',
    drivers: '決定の要因',
    options: '検討したオプション',
    outcome: '決定の結果',
    consequences: '影響',
    review: '提案された設計のレビュー',
    proposal: '提案',
    findings: '指摘事項',
    checklist: 'レビューのチェックリスト',
    notes: 'メモ',
    links: 'リンク',
    primary: '主レイヤー',
    companions: '併用レイヤー',
    noCompanions: 'なし',
    verdict: '判定',
    ipsec: 'IPsec の状態',
    considerations: '考慮事項',
    warnings: '警告',
    alternatives: 'WFP 以外の代替手段',
    ruledOut: '除外',
    chosenMark: '選択',
    workable: '使用可能 (優先順位が低い)',
    shareLink: '共有リンク',
    rulesVersion: 'ルール バージョン',
    sources: '出典',
    layers: 'レイヤー',
    kind: '種類',
    calloutType: 'コールアウトの種類',
    injection: '挿入',
    weight: 'サブレイヤーの重み',
    none: 'なし',
    profileKeys: {
      action: '動作',
      traffic: 'トラフィック',
      protocol: 'プロトコル',
      direction: '方向',
      moment: 'タイミング',
      basis: '判断の基準',
      decider: '判断する主体',
      'redirect-to': 'リダイレクト先',
      ipsec: 'IPsec',
      'min-os': '最も古い Windows',
      'own-driver': '独自のドライバー',
      lifetime: 'フィルターの有効期間',
      fail: 'ドライバーが読み込まれていないとき',
      precedence: '優先順位',
    },
    driverKeys: ['basis', 'ipsec', 'min-os', 'own-driver', 'lifetime', 'fail', 'precedence'],
    findingSeverity: {
      blocker: '阻害要因',
      better: 'より良い選択肢',
      gap: '不足',
      ok: 'OK',
      info: '注意',
    },
    verdicts: {
      'user-mode': 'ユーザー モードのフィルター (ドライバーなし)',
      'kernel-callout': 'カーネル モードのコールアウト ドライバー',
      'other-technology': '他のテクノロジ',
    },
  },
};

/**
 * スタック図の日本語の言葉 (en/diagram.ts と同じ形。`tsc` が確認する)。用語は
 * docs/i18n/ja/glossary.md (Microsoft の日本語 WFP ドキュメント) に従う: レイヤー、コールアウト、
 * 送信/受信、破棄、IPsec 互換/条件付き互換/非互換、併用、実現可能。Pure.
 */
import type { DiagramWords, NarrowingParts, NodeLabelParts } from '../en/diagram';

const LIST = new Intl.ListFormat('ja', { style: 'long', type: 'conjunction' });

const states = {
  recommended: '推奨',
  companion: '併用',
  workable: '実現可能',
  excluded: '除外',
  idle: '未評価',
  candidate: '候補',
};

const ipsec = {
  compatible: { icon: '✓', tiny: '互換', short: 'IPsec 互換', long: 'IPsec 互換' },
  conditional: {
    icon: '◐',
    tiny: '条件付き',
    short: 'IPsec 条件付き',
    long: 'IPsec 条件付き互換',
  },
  incompatible: { icon: '✕', tiny: '非互換', short: 'IPsec 非互換', long: 'IPsec と互換性がない' },
  'not-applicable': {
    icon: '–',
    tiny: '該当なし',
    short: 'IPsec 該当なし',
    long: 'IPsec 該当なし',
  },
};

/** 除外コードを短く (ナローイング行用。ノードは完全な理由を持つ)。主語は「n 個のレイヤーが…」。 */
const exclusionWords: Readonly<Record<string, string>> = {
  'traffic-not-seen': 'そのトラフィックを認識しない',
  'direction-not-seen': 'その方向を認識しない',
  'protocol-not-seen': 'そのプロトコルを認識しない',
  'moment-not-seen': 'そのタイミングを認識しない',
  'basis-not-visible': '判断の根拠を認識できない',
  'no-identity-here': 'アプリやユーザーの ID がない',
  'not-on-os': 'その Windows にない',
  'block-forbidden': 'ブロックしてはならない',
  'block-undocumented': 'ブロックがドキュメントに記載されていない',
  'cannot-modify': 'トラフィックを変更できない',
  'cannot-pend': '判断を保留できない',
  'cannot-inspect': '検査できない',
  'no-redirect': 'リダイレクトできない',
  'no-injection': '適した挿入がない',
  'no-shaping': 'シェーピングできない',
  'no-user-mode-event': 'ユーザー モードのイベントがない',
  'no-callouts': 'コールアウトを実行しない',
  'no-decision-point': '判断ポイントではない',
  'not-rewritable': '書き換えできない',
  'discard-only': '破棄されたトラフィックのみ認識する',
  'internal-layer': 'Microsoft 内部',
  'not-vswitch-path': 'vSwitch のパス上にない',
  'vswitch-path-only': 'vSwitch のパスのみ',
  'serves-other-task': '別の種類のタスク用',
  'outside-wfp': 'WFP の外',
  'needs-callout': 'コールアウトが必要',
  'partial-coverage': 'トラフィックの一部しか扱わない',
};

const ROLE_WORDS: Readonly<Record<string, string>> = {
  'ale-classify': 'ALE 分類',
  'flow-context': 'フロー コンテキスト',
  'ipsec-policy': 'IPsec ポリシー',
  proposed: '提案',
  'require-ipsec': 'IPsec 必須',
  'return-path': '戻りパス',
};

const rungNames: Readonly<Record<number, string>> = {
  1: 'ALE',
  2: 'ストリーム / データグラム データ',
  3: 'ストリーム パケット、トランスポート、ICMP エラー',
  4: 'IP パケット、IP 転送',
  5: 'MAC フレーム',
  6: '別のパス (vSwitch、ユーザー モード)',
};

export const diagram: DiagramWords = {
  locale: 'ja',
  title: 'Windows ネットワーク スタック',
  regionLabel: 'Windows ネットワーク スタック図',
  regionHelp:
    'レイヤー全体で 1 つの Tab 位置です。方向キーで隣のレイヤーに、Home キーと End キーで最初と最後のレイヤーに移動し、Enter キーで詳細を開きます。Esc キーまたは Tab キーで図から出ます。',
  keyboardHint: '←↑↓→ 移動 · Home/End · Enter 詳細 · Esc 図から出る',
  leaveDiagram: '図から出る',
  controlsLabel: '図のズーム コントロール',
  zoomIn: '拡大',
  zoomOut: '縮小',
  fitAll: 'スタック全体',
  fitRecommended: '推奨レイヤー',
  skipToResult: 'レイヤーをスキップして推奨事項へ移動',
  legendLabel: '凡例',
  proposedMark: '◆ 提案',
  legend: {
    discard: '破棄レイヤー (対応するレイヤーの下)',
    arrows: 'パケットの方向 (送信は下、受信は上)',
    dependsOnTask: '回答によって変わるもの:',
    fixed: '各レイヤーの固定の事実:',
    likely: '有力な答え (残りの段が 1 つ)',
    alternative: '代替案が使える場所',
  },
  narrowing: {
    start: '最初の質問に答えてください。回答で除外されたレイヤーが図で薄く表示されます。',
    line: (p: NarrowingParts): string => {
      const answer = LIST.format(p.answer);
      const step =
        p.ruledOut === 0
          ? `${answer}: これ以上除外されたレイヤーはありません`
          : `${answer}: ${p.ruledOut} 個のレイヤーを除外`;
      const reasons = p.reasons.map(
        (r) => `${r.count} 個が${exclusionWords[r.code] ?? 'その他の理由'}`,
      );
      const parts = [
        reasons.length > 0 ? `${step} (${reasons.join('、')})` : step,
        p.complete
          ? `すべて回答済み: 実現可能なレイヤーは ${p.left} 個`
          : `残りの候補は ${p.left} 個`,
      ];
      if (!p.complete && p.likelyRung !== null) {
        parts.push(`有力な答え: ${rungNames[p.likelyRung] ?? ''}`);
      }
      return parts.join(' · ');
    },
  },
  exclusionWords,
  rungNames,
  likelyMark: '有力',
  alternativeShort: 'ここで代替案が使えます',

  bands: {
    'user-mode': {
      title: 'ユーザー モード',
      detail: 'IKE、IPsec、RPC のレイヤー · BFE で実行、コールアウトなし',
    },
    ale: { title: 'ALE', detail: 'ソケット操作とフローの最初のパケット' },
    data: { title: 'ストリームとデータグラム', detail: 'フローのデータ' },
    transport: { title: 'トランスポートと ICMP エラー', detail: 'パケット単位' },
    network: { title: 'IP パケットと転送', detail: 'パケット単位、IP ヘッダー付き' },
    mac: { title: 'MAC フレーム', detail: 'レイヤー 2、フレーム単位' },
    vswitch: { title: 'Hyper-V 拡張可能スイッチ', detail: '別のデータ パス' },
    internal: { title: '内部レイヤー', detail: '使用しないでください' },
  },

  columns: {
    outbound: '↓ 送信',
    inbound: '受信 ↑',
  },

  states,

  statesShort: {
    recommended: '推奨',
    companion: '併用',
    workable: '実現可能',
    excluded: '除外',
    idle: '',
    candidate: '候補',
  },

  stateMark: {
    recommended: '★ ',
    companion: '◆ ',
    workable: '⊘ ',
    excluded: '⊘ ',
    idle: '⊘ ',
    candidate: '○ ',
  },

  overviewMark: {
    recommended: '★',
    companion: '◆',
    workable: '●',
    excluded: '✕',
    idle: '',
    candidate: '○',
  },

  ipsec,

  minOs: {
    vista: 'Vista 以降',
    win7: 'Win 7 以降',
    win8: 'Win 8 以降',
    win10: 'Win 10 以降',
    'win11-22h2': 'Win 11 22H2 以降',
  },
  minOsUnknown: 'OS の指定なし',
  // 「以降」の分だけ長いので、チップでは IPsec バッジを短い形にする (全文はアクセシブル名に残る)。
  minOsShort: {
    vista: 'Vista 以降',
    win7: 'Win 7 以降',
    win8: 'Win 8 以降',
    win10: 'Win 10 以降',
    'win11-22h2': 'W11 22H2+',
  },

  discardChip: '破棄',
  internalChip: '内部',

  /** 併用レイヤーの役割 (ノード上の短い形。結果パネルが役割を説明する)。 */
  roleWords: (role: string) => ROLE_WORDS[role] ?? role.replace(/-/g, ' '),
  nodeDetails: (p: NodeLabelParts): string =>
    '。' +
    [
      states[p.state],
      p.role,
      ipsec[p.ipsec].long,
      p.minOs,
      p.likely === true ? '有力な答え' : undefined,
      p.alternative !== undefined ? `${p.alternative} が使える場所` : undefined,
      p.reason !== undefined ? `除外の理由: ${p.reason}` : undefined,
      p.proposed === true ? 'レビュー中の設計に含まれる' : undefined,
    ]
      .filter((part) => part !== undefined && part !== '')
      .join('。') +
    '。',
  excludedBecause: (reason: string) => `除外: ${reason}`,
};

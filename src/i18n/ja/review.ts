/**
 * 設計レビューの日本語: タイトル、4 つの判定、重大度、指摘コードごとのメッセージ (Japanese twin of
 * `en/review.ts`). メッセージが挙げる名前 (レイヤー、Windows のバージョン、警告と考慮事項のタイトル、
 * 除外理由) は `FindingNames` から受け取ります。Pure.
 */
import type { Finding, FindingParam } from '@/engine/review';
import { list, str, type FindingNames, type ReviewWords } from '../en/review';
import { labels } from './labels';

function unitWords(p: FindingParam | undefined, n: FindingNames): string {
  const protocol: Readonly<Record<string, string>> = {
    'icmp-error': 'ICMP エラー',
    'any-ip': 'すべての IP',
    'tcp,udp': 'TCP と UDP',
    'non-ip': 'IP 以外',
    'non-tcp': 'TCP 以外',
  };
  const direction: Readonly<Record<string, string>> = { inbound: '受信', outbound: '送信' };
  return n.list(
    list(p).map((unit) => {
      const [proto = '', dir = ''] = unit.split('/');
      const p1 = protocol[proto] ?? proto.toUpperCase();
      return dir === '' ? p1 : `${p1} ${direction[dir] ?? dir}`;
    }),
  );
}

const ROLE: Readonly<Record<string, string>> = {
  'flow-context':
    'アプリケーションとユーザーの ID をデータ レイヤーに渡すため (フロー コンテキスト)',
  'ale-classify': 'ALE 分類がまだ必要な受信パケットのため',
  'return-path': '応答を元に書き換えるため',
  'require-ipsec': 'IPsec で保護されていないものをブロックするため',
  'other-direction': 'もう一方の方向のため',
  'pair-protocol': '他のプロトコルのため',
};

const role = (f: Finding) => ROLE[str(f.params.role)] ?? `(${str(f.params.role)})`;
const layerOf = (f: Finding, n: FindingNames) =>
  f.layerId === undefined ? '' : n.layer(f.layerId);

/** An IPsec status code in the words of the one IPsec label table (the code when unknown). */
function ipsecText(status: string): string {
  const words = (labels.ipsec as Readonly<Record<string, { readonly long: string } | undefined>>)[
    status
  ];
  return words?.long ?? status;
}

export const review: ReviewWords = {
  title: '提案された設計のレビュー',
  verdicts: {
    sound: '妥当',
    gaps: '妥当 (不足あり)',
    'higher-better': '動作するが、より高いレイヤーの方が適切',
    'does-not-work': '動作しない',
  },
  severities: {
    blocker: '阻害要因',
    better: 'より良い選択肢',
    gap: '不足',
    ok: 'OK',
    info: '注意',
  },
  kinds: { filter: '通常のフィルター (ユーザー モード)', callout: 'カーネル モードのコールアウト' },
  findings: {
    'no-layers': () => '設計でレイヤーが指定されていません。',
    'unknown-layer': (f) =>
      `「${str(f.params.layerId)}」は、このアプリが認識している WFP レイヤーではありません。`,
    'filter-cannot-do-action': (f) =>
      `通常のフィルターは固定ルールに基づいて許可またはブロックすることしかできません。このタスク (${str(f.params.action)}、判断方法: ${str(f.params.decider)}) にはコールアウトが必要です。`,
    'callout-for-protect': () =>
      'IPsec の要求は、コールアウトではなく、ユーザー モードから IPsec ポリシーとして構成します。',
    'own-driver-avoided': () =>
      '製品は独自のドライバーを出荷できませんが、この設計はカーネル モードのコールアウトです。',
    'traffic-not-covered': (f, n) =>
      list(f.params.suggested).length > 0
        ? `このトラフィックを処理する提案レイヤーがありません: ${unitWords(f.params.units, n)}。推奨された設計では ${n.list(list(f.params.suggested).map(n.layer))} を追加します。`
        : `このトラフィックを処理する提案レイヤーがありません: ${unitWords(f.params.units, n)}。`,
    'missing-companion': (f, n) => `${role(f)}、${layerOf(f, n)} を追加してください。`,
    'supporting-companion': (f, n) => `${layerOf(f, n)} は、${role(f)}に必要な併用レイヤーです。`,
    'not-needed': (f, n) =>
      `${layerOf(f, n)} はタスクを実行できますが、より高い提案レイヤーがそのトラフィックをすべて処理しています。`,
    'ok-sees-traffic': (f, n) =>
      `${layerOf(f, n)} は、トラフィック (${unitWords(f.params.units, n)})、タイミング、すべての判断材料を認識し、アクションを許可します。`,
    'higher-workable': (f, n) =>
      `より高いレイヤーが使えます: ${n.layer(str(f.params.recommended))} は ${n.layer(str(f.params.proposed))} より上位です。`,
    'user-mode-suffices': (f, n) =>
      `ユーザー モードからの組み込みのフィルター機能で、${n.layer(str(f.params.recommended))} で実現できます。コールアウト ドライバーは不要です。`,
    'callout-type-mismatch': (f, n) =>
      `${str(f.params.proposed)} のコールアウトはこのタスクに合いません。必要なのは ${n.orList(list(f.params.fitting))} です。`,
    'inject-unknown': (f) =>
      `「${str(f.params.name)}」は、このアプリが認識している挿入関数ではありません。`,
    'inject-needs-callout': (f) =>
      `${str(f.params.name)} は通常のフィルターではなく、カーネル モードのコールアウトから呼び出します。`,
    'inject-not-at-layer': (f, n) =>
      `${str(f.params.name)} は ${n.list(list(f.params.fromLayers).map(n.layer))} から使用しますが、設計ではどれも使用していません。`,
    'inject-not-on-os': (f, n) =>
      `${str(f.params.name)} は ${n.os(str(f.params.minOs))} 以降で使用できます。製品は ${n.os(str(f.params.taskOs))} をサポートする必要があります。`,
    'inject-not-needed': (f) => `このタスクには ${str(f.params.name)} は不要です。`,
    'ipsec-status': (f) => `この設計の IPsec の状態: ${ipsecText(str(f.params.status))}。`,
    'ipsec-incompatible': (f) =>
      f.params.forced === true
        ? 'この設計は IPsec と互換性がありません。このタスクを実行する設計はすべて同様です。'
        : f.params.ipsec === 'in-use'
          ? 'IPsec が使用されていますが、この設計は IPsec と互換性がありません。推奨された設計は互換性があります。'
          : 'この設計は IPsec と互換性がありません。推奨された設計は互換性があります。',
    'weight-above-universal': () =>
      'コールアウトのサブレイヤーの重みが FWPM_SUBLAYER_UNIVERSAL より大きくなっています。組み込みの IPsec コールアウトが先に受信パケットを認識できるよう、重みはそれより小さくする必要があります。',
    consideration: (f, n) => `考慮事項: ${n.considerationTitle(str(f.params.id))}。`,
    warning: (f, n) => `警告: ${n.warningTitle(str(f.params.id))}。`,
  },
  layerFailure: (f, n) => {
    const reason = f.reason ? n.exclusion(f.reason) : '';
    const from = str(f.params.worksFrom);
    return from
      ? `${layerOf(f, n)}: ${reason} (${n.os(from)} 以降では動作します。)`
      : `${layerOf(f, n)}: ${reason}`;
  },
};

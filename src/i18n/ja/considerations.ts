/**
 * Japanese words of why each of the seven considerations applies (the twin of
 * en/considerations.ts), and of the user-mode events a monitor relies on. Pure.
 */
import type { ConsiderationParams, NotUserModeParams } from '@/engine/consideration-rules';
import type { AuditEvents } from '@/engine/design';
import { wordMessage, type Messages } from '../message';
import { ACTION_WORDS, BASIS_WORDS, OS_NAMES, layerName, listWords } from './common';
import { RUNG_NAMES } from './rationale';

/** The user-mode events that report a layer's classifications. */
export const AUDIT_EVENTS: Readonly<Record<AuditEvents, string>> = {
  connection:
    'セキュリティ監査イベント 5156/5157 (接続の許可/ブロック)。ブロックされた接続のネット イベントと、Windows 8 以降では許可された接続のネット イベント (FWPM_NET_EVENT_TYPE_CLASSIFY_ALLOW)',
  bind: 'セキュリティ監査イベント 5158/5159 (バインドの許可/ブロック)',
  listen: 'セキュリティ監査イベント 5154/5155 (リッスンの許可/ブロック)',
  discard:
    'セキュリティ監査イベント 5152/5153 (パケットの破棄) と ALE の「ブロック」イベント。種類 FWPM_NET_EVENT_TYPE_CLASSIFY_DROP のネット イベント',
};

/** Why user-mode filtering cannot do the task (a clause: 「…ため」 follows). */
export const notUserMode: Messages<NotUserModeParams> = {
  'changes-traffic': (p) =>
    `このタスクはトラフィックを変更し (${ACTION_WORDS[p.action]})、組み込みのフィルター機能ではそれができない`,
  shape: () =>
    'フィルターではトラフィックを遅延させられず、保持して後で解放できるのはコールアウトだけである',
  'code-decides': () => '判断は分類関数内のコードで計算される',
  'outside-decides': () =>
    '判断は分類の外部の判断者を待つものであり、それを保留できるのはコールアウトだけである',
  'no-close-event': () => 'エンドポイントが閉じたことを報告する監査イベントやネット イベントがない',
  'no-monitor-event': () => 'この監視に必要な内容を報告する監査イベントやネット イベントがない',
  'not-filter-conditions': (p) =>
    `トラフィックを認識する最も高いレイヤーである ${layerName(p.layer)} では、${listWords(p.missing.map((b) => BASIS_WORDS[b]))}がフィルター条件ではない`,
  'nothing-covers': () => 'このタスクに対応する組み込みのフィルター条件やアクションがない',
};

export const considerations: Messages<ConsiderationParams> = {
  'ipsec-policy-user-mode': () =>
    'IPsec ポリシーはユーザー モードから構成します (IKE/IPsec レイヤー、接続のセキュリティ規則)。ドライバーは不要です。',
  'audit-events': (p) =>
    `監視に必要な内容は監査イベントとネット イベントが報告します (${p.events ? AUDIT_EVENTS[p.events] : '接続イベント'})。ドライバーは不要です。`,
  'built-in-callout': (p) =>
    `組み込みのコールアウト ${p.name} を呼び出すフィルターで、ユーザー モードから実現できます。ドライバーは不要です。`,
  'plain-filters': () =>
    'ここではユーザー モードから追加する通常のフィルター (FwpmFilterAdd0) ですべての判断材料を照合できます。ドライバーは不要です。',
  'callout-avoided': (p) =>
    `${wordMessage(notUserMode, p.because)}ため、カーネル コールアウトが必要になりますが、製品は独自のドライバーを配布できません。`,
  'callout-needed': (p) =>
    `${wordMessage(notUserMode, p.because)}ため、カーネル コールアウトが必要です。`,
  'nothing-on-os': (p) =>
    `${OS_NAMES[p.os]} では、ドライバーの有無にかかわらず、このタスクを実行できる WFP レイヤーはありません。`,
  'no-layer': () =>
    'このタスクを実行できる WFP レイヤーがないため、レイヤーは選択されていません。各レイヤーが除外された理由を確認してください。',
  'highest-layer': (p) =>
    `${layerName(p.layer)} は、優先順位 (ALE → ストリーム/データグラム データ → ストリーム パケット/トランスポート/ICMP エラー → IP パケット/転送 → MAC フレーム) の中で実現可能な最も高いレイヤーです${p.rung ? ` (${RUNG_NAMES[p.rung]} の段)` : ''}。それより上位の ${p.higher} 個のレイヤーは除外されました。`,
  'flow-established-primary': () =>
    'この設計は ALE フロー確立レイヤーで実行されます。そのコールアウトは監視を行い、BLOCK を返してはなりません (セキュリティに関わるエラーの後に接続を閉じる場合を除きます)。',
  'flow-established-companion': () =>
    'この設計では、フロー コンテキストのために ALE フロー確立レイヤーにコールアウトを登録します。そこで BLOCK を返してはなりません。',
  'flow-established-ruled-out': (p) =>
    `ALE フロー確立レイヤーではブロックが禁止されているため除外されました。判断は${p.primary ? ` ${layerName(p.primary)} ` : '別のレイヤー'}で行います。`,
  'dispatch-pended': () =>
    'classifyFn は IRQL ≤ DISPATCH_LEVEL で実行されます。外部の判断はその外で待機します (保留または吸収し、PASSIVE_LEVEL で処理を終えて、後で完了します)。',
  'dispatch-short': () =>
    'classifyFn は IRQL ≤ DISPATCH_LEVEL で実行されます。処理は短くし、時間のかかる処理 (I/O、ユーザー モードとの往復、大規模なスキャン) はワーカーに移してください。',
  'receive-injection': (p) =>
    `この設計は ${listWords(p.fns)} で受信パスに挿入します${p.pended ? ' (保留した承認の後に複製を再挿入します)' : ''}。再構成されたパケットのチェックサムは古いままなので、先に IP チェックサムを再計算してください。`,
  'tcp-injection': (p) =>
    `TCP パケットを ${listWords(p.layers.map(layerName))} から ${listWords(p.fns)} で挿入します。TCP は帯域外でしか挿入できないため、classifyFn 内で挿入せずに DPC をキューに登録してください。`,
  'ip-header-send': (p) =>
    `この設計は ${listWords(p.fns)} で送信します。そのバッファーは IP ヘッダーから始まるため、ヘッダーを保持する MDL はポインターでアラインされている必要があります。`,
  'turnaround-alignment': () =>
    '受信したパケットを送り返します (折り返し)。その IP ヘッダー MDL はポインターでアラインされていない可能性があるため、送信パスに挿入する前に、アラインされたバッファーでヘッダーを再構築してください。',
  'raw-send-alignment': () =>
    'raw (header-include) 送信では、トランスポート送信の挿入に渡すバッファーに IP ヘッダーが含まれます。このヘッダーは、ポインターでアラインされた MDL に置く必要があります。',
};

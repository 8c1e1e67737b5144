/**
 * Japanese words of the rationale steps (the twin of en/rationale.ts). Pure.
 */
import type { RationaleParams } from '@/engine/types';
import type { Direction } from '@/knowledge/vocabulary';
import type { IpsecStatus, PreferenceRung } from '@/knowledge/types';
import { wordMessage, type Messages } from '../message';
import {
  ACTION_WORDS,
  BASIS_WORDS,
  DECIDER_WORDS,
  MOMENT_WORDS,
  OS_NAMES,
  PROTOCOL_WORDS,
  TRAFFIC_WORDS,
  layerName,
  listWords,
} from './common';
import { companions } from './companions';
import { ipsecReasons } from './ipsec';

/** Preference order of the rungs, in words (DESIGN §5.1). */
export const RUNG_NAMES: Readonly<Record<NonNullable<PreferenceRung>, string>> = {
  1: 'ALE',
  2: 'ストリーム / データグラム データ',
  3: 'ストリーム パケット、トランスポート、ICMP エラー',
  4: 'IP パケット、IP 転送',
  5: 'MAC フレーム',
};

/** How many ruled-out layers the highest-layer step names. */
const MAX_NAMED = 6;

const PEND: Readonly<Record<RationaleParams['hold-decision']['pend'], string>> = {
  'pend-operation': 'FwpsPendOperation0 (最初の承認のみ)',
  'pend-classify': 'FwpsPendClassify0',
  'out-of-band': '帯域外処理 (吸収して後で再挿入)',
};

const DIRECTIONS: Readonly<Record<Direction, string>> = {
  inbound: '受信',
  outbound: '送信',
  both: '双方向',
  turnaround: '折り返し',
};

const IPSEC: Readonly<Record<IpsecStatus, string>> = {
  compatible: '互換',
  conditional: '条件付き互換',
  incompatible: '非互換',
  'not-applicable': '該当なし',
};

export const rationale: Messages<RationaleParams> = {
  task: (p) => {
    const basis =
      p.basis.length > 0 ? listWords(p.basis.map((b) => BASIS_WORDS[b])) : '特定の判断材料なし';
    const when = p.moment ? `、${MOMENT_WORDS[p.moment]}` : '';
    return `タスク: ${PROTOCOL_WORDS[p.protocol]} の${ACTION_WORDS[p.action]} (${TRAFFIC_WORDS[p.traffic]}、${DIRECTIONS[p.direction]}${when})。判断材料は${basis}、判断するのは${DECIDER_WORDS[p.decider]}、対象は ${OS_NAMES[p.os]} 以降です。`;
  },
  'vswitch-path': () =>
    'Hyper-V スイッチを通過する VM トラフィックは vSwitch のパスで分類されます。VM から出ていくトラフィックはイングレス レイヤーで、VM に到着するトラフィックはエグレス レイヤーで分類されます。',
  'protect-route': () =>
    'IPsec の要求や構成は IPsec ポリシーの役割であり、ユーザー モードから IKE/IPsec レイヤーで設定します。',
  'rpc-route': () =>
    'RPC のインターフェイスと操作に関する判断は、ユーザー モードの RPC レイヤーで行います。',
  'decision-at-ale': () =>
    '判断はフロー内で変化しない事実に基づいているため、ALE の承認で行うべきです。ALE は 1 回だけ判断し、フローの残りはそれに従います。',
  'recorded-at-authorization': () =>
    '記録する事実は接続内で変化せず、ALE が接続を承認するときに監査ログとネット イベントがそれを記録します。',
  turnaround: () => '折り返し: パケットを受信パスで取得し、応答を送信パスに挿入します。',
  'own-driver-avoided': () =>
    '製品は独自のドライバーを配布できないため、コールアウトの設計は他のテクノロジに置き換えられます (代替案を参照してください)。',
  'shaping-outbound-qos': () =>
    'レートは固定の規則で決まり、トラフィックはこのホストから出ていくため、ポリシー ベースの QoS がドライバーなしで調整します。WFP に残るのは受信トラフィックだけです。',
  'shaping-out-of-band': () =>
    'WFP にはレート制限のアクションはありませんが、コールアウトはトラフィックを遅延させられます。帯域外のコールアウトの種類で説明されているとおり、データを帯域外で保持し (複製、ブロック、吸収)、レートが許すときに再挿入します。',
  'user-mode-filtering': (p) =>
    `${layerName(p.layer)} で、組み込みのフィルター機能がユーザー モードから実現するため、ドライバーは不要です。`,
  'no-filter-covers': () =>
    '組み込みのフィルター機能だけで実現できるレイヤーがない (すべての判断材料に対応するフィルター条件やユーザー モード イベントがない) ため、この設計にはコールアウトが必要です。',
  'code-on-data-path': (p) =>
    `このタスクにはデータ パス上のコード (${ACTION_WORDS[p.action]}、判断するのは${DECIDER_WORDS[p.decider]}) が必要で、組み込みのフィルター機能では提供できません。コールアウトが必要です。`,
  'highest-layer': (p) => {
    const named = p.ruledOut.slice(0, MAX_NAMED).map((e) => `${e.layerId} (${e.code})`);
    const more = p.ruledOut.length > MAX_NAMED ? ` ほか ${p.ruledOut.length - MAX_NAMED} 個` : '';
    return (
      `実現可能な最も高いレイヤー: ${layerName(p.layer)}${p.rung ? ` (${RUNG_NAMES[p.rung]})` : ''}。` +
      (p.ruledOut.length > 0 ? `それより上で除外されたレイヤー: ${named.join('、')}${more}。` : '')
    );
  },
  companion: (p) => `${layerName(p.layer)}: ${wordMessage(companions, p.message)}`,
  'hold-decision': (p) => `外部の判断は ${PEND[p.pend]} で保留します。`,
  injection: (p) => `挿入: ${listWords(p.uses.map((u) => `${layerName(u.layer)} から ${u.fn}`))}。`,
  ipsec: (p) => `IPsec: ${IPSEC[p.status]}。${wordMessage(ipsecReasons, p.reason)}`,
  'nothing-workable': (p) =>
    `${OS_NAMES[p.os]} ではこのタスクを実行できる WFP レイヤーがありません。すべてのレイヤーが除外されました (理由を参照してください)。判定は他のテクノロジです。`,
};

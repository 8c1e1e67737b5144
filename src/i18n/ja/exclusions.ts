/**
 * Japanese words of the exclusion reasons (the twin of en/exclusions.ts). Layer facts quoted in
 * a reason come from the Japanese knowledge words. Pure.
 */
import { layerWordsIn } from '../en/knowledge';
import type { ExclusionParams, MissingPath, Worker } from '@/engine/exclusion-reasons';
import type { RedirectTarget } from '@/knowledge/vocabulary';
import type { LayerWords } from '../en/knowledge';
import type { Messages } from '../message';
import {
  BASIS_WORDS,
  MOMENT_WORDS,
  OS_NAMES,
  PROTOCOL_WORDS,
  TRAFFIC_WORDS,
  directionWord,
  layerName,
  listWords,
  unitWords,
} from './common';
import { knowledge } from './knowledge';

const WHO: Readonly<Record<Worker, string>> = {
  filter: 'フィルター',
  callout: 'コールアウト',
  audit: '監査とネット イベント',
};

const PATH: Readonly<Record<MissingPath, string>> = {
  'local-receive': 'ローカルの受信パス',
  'same-send': '送信パス',
  'same-receive': '受信パス',
  'turnaround-send': '送信パス (折り返し)',
  'turnaround-receive': '受信パス (折り返し)',
};

const TARGET: Readonly<Record<RedirectTarget, string>> = {
  'remote-endpoint': 'リモート エンドポイント',
  'local-endpoint': 'ローカル エンドポイント',
  'local-proxy': 'ローカル プロキシ',
};

/** The Japanese knowledge words of a layer, for quoting. */
function facts(id: string): LayerWords {
  return layerWordsIn(knowledge.layers, id);
}

export const exclusions: Messages<ExclusionParams> = {
  'block-forbidden': (p) =>
    `${WHO[p.who]}はここでブロックしてはなりません: ${facts(p.layer).blocking}`,
  'no-decision-point': (p) => `判断ポイントではありません: ${facts(p.layer).blocking}`,
  'block-undocumented': (p) =>
    `ここでのブロックの動作を記載したドキュメントはありません: ${facts(p.layer).blocking}`,
  'internal-layer': () => 'Microsoft 内部用に予約されています。追加したフィルターは失敗します。',
  'no-os-documents-layer': () => 'このレイヤーを記載している Windows バージョンはありません。',
  'not-on-os': (p) =>
    `${OS_NAMES[p.from]} 以降に存在しますが、製品は ${OS_NAMES[p.os]} をサポートする必要があります。`,
  'vswitch-path-only': () =>
    'vSwitch レイヤーです。Hyper-V スイッチを通過するトラフィックだけを認識します。',
  'not-vswitch-path': () =>
    'Hyper-V スイッチを通過するトラフィックは、ホストのスタックではなく、スイッチ独自のパス (vSwitch レイヤー) で分類されます。',
  'ipsec-at-keying-layers': () =>
    'IPsec ポリシーは、ここではなくユーザー モードの IKE/IPsec レイヤーで構成されます。',
  'keying-layer': () =>
    'ユーザー モードのキーイング レイヤーです。このタスクではなく、IPsec ポリシー (保護) のためのものです。',
  'rpc-layer': () =>
    'ユーザー モードの RPC レイヤーです。RPC 呼び出し (インターフェイス、操作、認証) をフィルター処理しますが、このタスクはそれを求めていません。',
  'user-mode-other-job': (p) =>
    `別の用途のためのユーザー モードのレイヤーです: ${facts(p.layer).summary}`,
  'discard-only': () =>
    '破棄レイヤーです。破棄されたトラフィック (時点「破棄されたトラフィックに対して」) だけを認識します。',
  'traffic-not-seen': (p) => `${TRAFFIC_WORDS[p.traffic]}を認識しません: ${facts(p.layer).sees}`,
  'refused-operations-only': () =>
    '拒否されたソケット操作 (バインド、リッスン) を報告するもので、破棄されたトラフィックではありません。それらを扱うには、バインドまたはリッスンの時点を選択してください。',
  'moment-not-seen': (p) =>
    `分類されるのは${p.seen.length > 0 ? listWords(p.seen.map((m) => MOMENT_WORDS[m])) : 'ローカル ソケットのどの時点でもなく'}、${p.asked ? MOMENT_WORDS[p.asked] : '指定された時点'}ではありません。`,
  'no-callouts': () => 'このレイヤーにはカーネル コールアウトを登録できません。',
  'no-user-mode-event': () =>
    'ここで分類されたトラフィックを報告する監査イベントやネット イベントはありません。監視にはコールアウトが必要です。',
  'user-mode-event-os': (p) => `それを報告するイベントは ${OS_NAMES[p.from]} 以降に存在します。`,
  'cannot-inspect': () => 'ここではコールアウトでトラフィックを検査できません。',
  'cannot-modify': (p) =>
    `ここではコールアウトでトラフィックを変更できません: ${facts(p.layer).injection}`,
  'no-injection': (p) => `このレイヤーに適合する挿入関数はありません: ${facts(p.layer).injection}`,
  'redirect-other-target': (p) =>
    `このリダイレクト レイヤーが変更するのは${listWords(p.supported.map((r) => TARGET[r]))}で、${TARGET[p.target]}ではありません。`,
  'cannot-redirect': () =>
    'ここではリダイレクトできません。リダイレクトのサポートがなく、パケットを書き換えて再挿入する方法もありません。',
  'no-shaping': (p) =>
    `${layerName(p.layer)} ではトラフィックを遅延させられません。ここのコールアウトは、ストリームを遅延させることも、帯域外で保持したトラフィックを再挿入することもできません。`,
  'identity-via-flow-context': () =>
    'アプリとユーザーの ID は ALE より下ではフィルター条件ではありません。これらを読み取れるのは、フロー コンテキストを使うコールアウトだけです。',
  'identity-never-here': () =>
    'アプリとユーザーの ID はこのレイヤーに届きません。これらは ALE の条件であり、このレイヤーにはフロー コンテキスト用のフロー ハンドルがありません。',
  'basis-not-visible': (p) =>
    `ここでは${WHO[p.who]}から${listWords(p.missing.map((b) => BASIS_WORDS[b]))}が見えません。`,
  'not-rewritable': () =>
    'アドレスとポートは、ここでコールアウトが扱うデータに含まれていないため、書き換えることはできません。',
  'cannot-pend': (p) => `ここでは外部の判断者のために判断を保留できません: ${facts(p.layer).pend}`,
  'protocol-not-seen': (p) =>
    `${PROTOCOL_WORDS[p.protocol]} を認識しません: ${facts(p.layer).sees}`,
  'direction-not-seen': (p) => {
    const seen = p.seen.map((d) => directionWord(d, p.traffic));
    const asked = directionWord(p.direction, p.traffic);
    return seen.length > 0
      ? `認識するのは${listWords(seen)}のトラフィックだけで、${asked}のトラフィックは認識しません。`
      : `どの方向のトラフィックも認識せず、${asked}のトラフィックも認識しません。`;
  },
  'vm-not-known-here': (p) =>
    `${layerName(p.layer)} では、このトラフィックがどの VM に関するものかを判別できません。${p.condition} はここではフィルター条件ではありません (宛先の VM が判明するのは、スイッチがフレームを転送した後のエグレス レイヤーだけです)。`,
  'tcp-payload-before-data': () =>
    'TCP 接続は、ペイロードが流れる前にここで承認されます (接続にはパケットがなく、SYN はデータを運びません)。',
  'first-packet-payload-only': () =>
    '認識できるのは各フローの最初のパケット (ALE が承認するパケット) のペイロードだけで、すべてのデータグラムのペイロードではありません。',
  'no-injection-path': (p) =>
    `${OS_NAMES[p.os]} で、ここから${PATH[p.path]}に挿入できる関数はありません: ${facts(p.layer).injection}`,
  'outside-wfp': () =>
    '送信のシェーピングは WFP では行いません。送信トラフィックはポリシー ベースの QoS で調整します。',
  'partial-coverage': (p) =>
    p.rest === 'served'
      ? `扱うのは ${unitWords(p.units, p.traffic)} のトラフィックだけで、それは設計内の上位のレイヤーが既に扱っています。`
      : `扱うのは ${unitWords(p.units, p.traffic)} のトラフィックだけで、残りを扱うレイヤーがありません。`,
  'needs-callout': (p) =>
    `ここではカーネル コールアウトでしか実現できませんが、${p.primary ? `${layerName(p.primary)} での` : ''}組み込みのフィルター機能でユーザー モードから実現できます。`,
  'not-workable': () => 'このタスクは実行できません。',
};

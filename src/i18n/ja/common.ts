/**
 * Japanese shared words (the twin of en/common.ts): layer names from the Japanese knowledge words,
 * lists with `Intl.ListFormat('ja')`, product names and the vocabulary values as nouns. Pure.
 */
import type { LayerWords } from '../en/knowledge';
import { wordsById } from '../message';
import type { Unit } from '@/engine/design';
import type { PathDirection, Traffic } from '@/knowledge/vocabulary';
import type { CommonWords } from '../en/common';
import { knowledge } from './knowledge';

const LIST = new Intl.ListFormat('ja', { style: 'long', type: 'conjunction' });

/** 「a、b、c」 */
export function listWords(items: readonly string[]): string {
  return LIST.format(items);
}

/** A layer's Japanese name, or its id when the knowledge base does not know it. */
export function layerName(id: string): string {
  return wordsById<LayerWords>(knowledge.layers, id)?.name ?? id;
}

/** A path direction in words; for vSwitch traffic, as the VM sees it. */
export function directionWord(d: PathDirection, traffic: Traffic): string {
  if (traffic === 'vswitch') return d === 'outbound' ? 'VM から出ていく' : 'VM に到着する';
  return DIRECTIONS[d];
}

const DIRECTIONS: Readonly<Record<PathDirection, string>> = {
  inbound: '受信',
  outbound: '送信',
};

export const common: CommonWords = {
  locale: 'ja',
  layerName,
  listWords,
  osNames: {
    vista: 'Windows Vista',
    win7: 'Windows 7',
    win8: 'Windows 8',
    win10: 'Windows 10',
    'win11-22h2': 'Windows 11 22H2',
  },
  traffic: {
    local: 'このホスト自身のソケット',
    forwarded: 'このホストを経由してルーティングされるトラフィック',
    vswitch: 'Hyper-V スイッチを通過するトラフィック',
    l2: 'このホストのアダプターでのレイヤー 2 フレーム',
  },
  protocols: {
    tcp: 'TCP',
    udp: 'UDP',
    icmp: 'ICMP (エラー以外)',
    'icmp-error': 'ICMP エラー メッセージ',
    'any-ip': 'すべての IP トラフィック',
    'tcp,udp': 'TCP と UDP',
    'non-ip': 'IP 以外のフレーム',
    'non-tcp': 'UDP とその他の TCP 以外のプロトコル',
  },
  moments: {
    bind: 'バインド時',
    listen: 'リッスン時',
    connection: '接続の承認時',
    established: '接続の確立時',
    data: 'データに対して',
    close: 'エンドポイントが閉じるとき',
    discard: '破棄されたトラフィックに対して',
  },
  actions: {
    'allow-block': '許可またはブロック',
    monitor: '監視',
    modify: '変更',
    redirect: 'リダイレクト',
    inject: 'パケット挿入',
    shape: 'シェーピング',
    protect: 'IPsec による保護',
  },
  deciders: {
    rules: '固定の規則',
    code: '分類関数内のロジック',
    outside: '分類の外部で後から応答する判断者',
  },
  basis: {
    app: 'アプリケーション',
    user: 'ユーザー',
    package: 'アプリ パッケージ',
    'remote-identity': 'リモート ユーザーまたはコンピューター',
    address: 'アドレス',
    port: 'ポート',
    protocol: 'IP プロトコル',
    interface: 'インターフェイス',
    loopback: 'ループバック',
    'icmp-type': 'ICMP の種類',
    mac: 'MAC アドレス',
    ethertype: 'EtherType',
    vlan: 'VLAN',
    vm: '仮想マシン',
    'rpc-interface': 'RPC インターフェイス',
    payload: 'ペイロード',
    'transport-header': 'TCP/UDP ヘッダー フィールド',
    'ip-header': 'IP ヘッダー フィールド',
    fragments: 'フラグメント',
    volume: 'トラフィック量',
  },
  direction: directionWord,
  unitWords: (units: readonly Unit[], traffic: Traffic) =>
    listWords(
      units.map((u) => `${common.protocols[u.protocol]} (${directionWord(u.direction, traffic)})`),
    ),
};

export const {
  osNames: OS_NAMES,
  traffic: TRAFFIC_WORDS,
  protocols: PROTOCOL_WORDS,
  moments: MOMENT_WORDS,
  actions: ACTION_WORDS,
  deciders: DECIDER_WORDS,
  basis: BASIS_WORDS,
  unitWords,
} = common;

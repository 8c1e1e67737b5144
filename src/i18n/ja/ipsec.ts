/**
 * Japanese words of the IPsec result (the twin of en/ipsec.ts): reasons by key, the note and the
 * fixes. A layer's documented status is quoted from the Japanese knowledge words. Pure.
 */
import { layerWordsIn } from '../en/knowledge';
import type { LayerWords } from '../en/knowledge';
import type { IpsecFixMessage } from '@/engine/types';
import type {
  ipsecFixes as EnFixes,
  ipsecNotes as EnNotes,
  ipsecReasons as EnReasons,
} from '../en/ipsec';
import { wordMessage } from '../message';
import { alternatives } from './alternatives';
import { layerName } from './common';
import { knowledge } from './knowledge';

function layerIpsec(id: string): LayerWords {
  return layerWordsIn(knowledge.layers, id);
}

export const ipsecReasons: typeof EnReasons = {
  'configures-ipsec': () =>
    'この設計は IPsec 自体を構成します (ユーザー モードからのキーイングとセキュリティ関連付けのポリシー)。IPsec との互換性は該当しません。',
  'diversion-driver': () =>
    '製品は独自のコールアウトではなく、既製のパケット転用ドライバーを使います。このようなドライバーは IPsec 処理より下のネットワーク レイヤーと転送レイヤーで IP パケットを扱うため、IPsec 使用時には暗号文 (ESP) が見えます。そこで保護されたパケットを破棄、変更、再挿入することは、Microsoft がネットワーク レイヤーのコールアウトについて IPsec と互換性がないとしている処理そのものです。',
  'qos-policy': () =>
    '製品はポリシー ベースの QoS を使い、WFP のコールアウトを追加しません。IPsec との互換性は該当しません。',
  'no-substitute': () =>
    '独自のドライバーなしではこのタスクを実行できないため、WFP のコンポーネントは動作せず、示すべき IPsec の状態はありません。',
  'layer-2-only': () =>
    'この設計はレイヤー 2 のフレームやフィールド (MAC アドレス、EtherType、VLAN タグ、ARP などの IP 以外のフレーム) を扱い、IPsec が保護する唯一の対象である IP ペイロードには触れません。IPsec との互換性は該当しません。',
  'no-wfp-layer': () =>
    'この設計には WFP レイヤーが含まれていないため、示すべき WFP の IPsec の状態はありません。',
  'user-mode-filter': (p) => {
    const ipsec = layerIpsec(p.layer);
    const why = ipsec.ipsecFilterReason || ipsec.ipsecReason;
    return p.audit
      ? `監査とネット イベントによる監視では、コールアウトは追加されません。${why}`
      : why;
  },
  callout: (p) =>
    `${layerName(p.layer)} の${p.reinjects ? '、受信パスに再挿入する' : ''}コールアウトの場合: ${layerIpsec(p.layer).ipsecReason}`,
};

export const ipsecNotes: typeof EnNotes = {
  'mutable-header-fields':
    'Microsoft が文書化しているのは、ネットワーク レイヤーと転送レイヤーのコールアウト全体についての規則です。IPsec が保護しないヘッダー フィールドは別です。AH は可変フィールド (TTL またはホップ制限、DSCP/ECN、フラグ、フラグメント オフセット、ヘッダー チェックサム) を整合性チェックの対象外とし、ESP は外側の IP ヘッダーを保護しません。これらのフィールドだけを変更しても保護は損なわれませんが、アドレス、プロトコル、ペイロードを変更すると損なわれます。Microsoft はこれを記載していませんが、RFC 4302 と RFC 4303 から導かれます。',
};

export const ipsecFixes: typeof EnFixes = {
  ...alternatives,
  'leave-ipsec-untouched': () =>
    'IPsec で保護されたパケットには手を加えないでください。ESP と AH (IP プロトコル 50 と 51)、UDP カプセル化された ESP (ポート 4500) を変更せずに許可し、保護されていないトラフィックだけを処理します。',
};

/** One fix offered in the IPsec alert. */
export function ipsecFixText(fix: { readonly message: IpsecFixMessage }): string {
  return wordMessage(ipsecFixes, fix.message);
}

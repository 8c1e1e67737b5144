/**
 * Japanese words of what each companion layer does for the design (the twin of
 * en/companions.ts). Pure.
 */
import type { CompanionParams } from '@/engine/types';
import type { Messages } from '../message';
import { BASIS_WORDS, layerName, listWords, unitWords } from './common';
import { knowledge } from './knowledge';

const DIRECTION: Readonly<Record<string, string>> = { inbound: '受信', outbound: '送信' };

export const companions: Messages<CompanionParams> = {
  'serves-rest': (p) =>
    `${layerName(p.primary)} が認識しない ${unitWords(p.units, p.traffic)} のトラフィックを扱います。`,
  'flow-context': (p) =>
    `各フローのアプリケーションとユーザーを保持するフロー コンテキストを関連付けます (FwpsFlowAssociateContext0)。${listWords(p.layers.map(layerName))} のコールアウトがそれを読み取ります。ID がフィルター条件になるのは ALE だけです。`,
  'ale-classify': (p) =>
    `ALE の分類がまだ必要なために ${listWords(p.layers.map(layerName))} が通過させる受信パケット (フローの最初のパケットと再認証) を処理します。IPsec の規則でもこの登録が求められています。`,
  'return-path': (p) =>
    `応答を元に書き戻し、アプリケーションが使ったアドレスが見えるようにします (${unitWords(p.units, p.traffic)})。`,
  'nat-return-path': (p) =>
    `ゲートウェイが変換したアドレスへの応答 (${unitWords(p.units, p.traffic)}) はこのホスト宛てなので、IP 転送ではなくローカルの受信トラフィックとしてここに届きます。${layerName(p.layer)} のコールアウトがそれを元に戻し、${p.injection} で送り出します。`,
  'require-ipsec': (p) =>
    `ここでのユーザー モードのフィルターは、${listWords(p.missing.map((b) => BASIS_WORDS[b]))} の${DIRECTION[p.direction] ?? p.direction}接続のうち、IPsec で保護されていないもの (FWP_CONDITION_FLAG_IS_IPSEC_SECURED が設定されていないもの) をブロックします。IPsec ポリシーだけではそれらを選び出せません。`,
  'layer-summary': (p) => knowledge.layers[p.layer]?.summary ?? p.layer,
};

/**
 * ルールの変更履歴の日本語 (Japanese twin of `en/rules-changelog.ts`): 変更コードごとに 1 行。
 * Pure.
 */
import type { RulesChangeWords } from '../en/rules-changelog';

export const rulesChanges: RulesChangeWords = {
  'first-release':
    '最初のルール: すべてのレイヤーについて、使用可能な最も高いレイヤー、判定、IPsec の状態、考慮事項、警告、除外理由。',
  'user-mode-filter-ipsec-reason':
    'ユーザー モードの通常のフィルターの IPsec の状態に、コールアウトのルールではなく専用の理由を示します。',
  'close-before-win7-flow-context':
    'Windows 7 より前での接続の切断: 他のテクノロジではなく、flow-established でフロー コンテキストを関連付け、その flowDeleteFn で終了を検出します。',
  'ale-first-packet-payload-only':
    'ALE レイヤーはフローの最初のパケットしか参照しないため、破棄のタイミングやデータグラム単位のペイロード処理には使用しなくなりました。',
  'alternatives-and-warnings-narrowed':
    '接続の切断に監査ログの代替手段を示さず、ICMP のペイロードに TLS の警告を示さず、ソケット オプションはこのホストが送信するヘッダーに限ります。',
  'modify-inject-at-connection-on-packets':
    '接続時または確立時の変更や挿入は、レイヤーが見つからない代わりに、パケットに対して行います。',
  'rewriting-redirect-serves-replies':
    '両方向を参照するレイヤーでの書き換えによるリダイレクトは、応答にも対応します。',
  'own-driver-avoid-build-plan':
    'own-driver=avoid のとき、構築計画はコールアウト、保留、挿入を示しません。',
  'redirect-warnings-narrowed':
    'リダイレクトの警告は該当する場合に限ります。保留した書き換えによるリダイレクトは帯域外で行います。',
  'slice-at-highest-layer':
    '設計全体を 1 つの低いレイヤーに下げるのではなく、トラフィックの各部分をそれに対応できる最も高いレイヤーで処理します。',
  'fragments-at-ippacket-and-mac': 'フラグメントは受信 IP パケットと送信 MAC で監視します。',
  'shaping-out-of-band':
    'コードで計算するシェーピングは、トラフィックを帯域外で保持して再挿入します (ストリーム、データグラム データ、トランスポート、IP)。固定の送信ルールには引き続きポリシー ベースの QoS を使用します。',
  'vswitch-ingress-then-egress':
    'vSwitch のすべてのフレームはイングレス、次にエグレスを通過します。VM に到着するトラフィックはイングレスで変更でき、宛先の VM が特定されるのはエグレスだけです。',
  'nat-return-path-and-checksums':
    'ゲートウェイでの NAT は、受信 IP パケットでの戻りの経路とその転送の挿入を示します。ヘッダーの変更にはすべてチェックサムのルールが伴います。Windows NAT を選択肢として示します。',
  'driverless-technology-named':
    '独自のドライバーがない場合、判定は、そのコストと実行されるものの IPsec の状態とともにテクノロジ (パケット転送ドライバーまたはポリシー ベースの QoS) を示し、コールアウトのコーディングに関する助言は示しません。',
  'layer-2-ipsec-not-applicable':
    'レイヤー 2 のフレームまたはフィールド (VLAN タグ、ARP) だけを扱う処理では、IPsec は not-applicable です。',
  'ipsec-alert-exact':
    'IPsec の警告は実在する修正だけを示し、ドキュメントに記載されたルールと、変更可能なヘッダー フィールドについての推測とを区別します。',
  'connection-policy-offered':
    'Windows 11 でのアプリごとのルーティングには、ドキュメントに記載された OS バージョンとともに接続ポリシー (FwpmConnectionPolicyAdd0) を示します。',
  'build-plan-mechanisms':
    '構築計画は仕組み (flowDeleteFn、エンドポイントの閉鎖) を示し、各条件がある理由を説明し、ステルス モードからループバックを除き、ICMP エコーとエラーの番号をバージョンごとに示します。',
  'protocol-tcp-udp':
    'プロトコルの回答「TCP と UDP」(tcp,udp) は、TCP の部分と UDP の部分として処理します。',
};

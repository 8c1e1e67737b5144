/**
 * Japanese words of the knowledge base: caveats (= open questions), injection functions, the seven considerations (worded as the Japanese seed page), alternatives, packet paths and the IPsec rules by id (the English ones are derived from
 * src/knowledge; terms follow docs/i18n/ja/glossary.md). Pure data.
 */
import type { CaveatWords, InjectionWords, KnowledgeWords } from '../en/knowledge';
import type { InjectionId } from '@/knowledge/types';

export const caveats: Readonly<Record<string, CaveatWords>> = {
  'stream-discard-semantics': {
    title: 'ストリーム破棄レイヤーの役割',
    topic: '存在',
    note: 'WDK の識別子のページでは FWPM_LAYER_STREAM_V4/V6_DISCARD を「将来の使用のために予約済み」としていますが、Win32 の識別子のページでは破棄されたストリーム データを検査するとされ、データ オフセットのページにはそのオフセットが記載されています。存在はするものの、セマンティクスは不明確なものとして扱ってください。',
  },
  'ale-discard-coverage': {
    title: 'すべての ALE レイヤーに破棄レイヤーがあるわけではない',
    topic: '破棄レイヤー',
    note: '「ALE レイヤー」のページでは、すべての ALE レイヤーに対応する破棄レイヤーがあるとされていますが、識別子の一覧では、バインド リダイレクト、接続リダイレクト、リソース解放、エンドポイント クロージャの破棄レイヤーは定義されていません。',
  },
  'inbound-mac-ethernet-offset': {
    title: '受信 MAC イーサネット レイヤーでのデータの開始位置',
    topic: 'データ オフセット',
    note: 'データ オフセットのページでは、ここでのオフセットは IP ヘッダーとされています (他の MAC レイヤーは MAC ヘッダーから始まります)。一方、このレイヤーでの MAC 受信の挿入には、イーサネット ヘッダーから始まるバッファーが必要です。コールアウトは挿入前に、L2 メタデータの MAC ヘッダー サイズ分だけ戻すものと思われますが、それを記載したページはありません。',
  },
  'vswitch-injection': {
    title: 'vSwitch パスでの挿入',
    topic: '挿入',
    note: '文書化されているのは FwpsInjectvSwitchEthernetIngressAsync0 だけです (そのパラメーターの説明には「エグレス データ パス」とあり、コピーの誤りと思われます)。エグレスの挿入関数も、vSwitch トランスポート レイヤーでの挿入に関するガイダンスも見つかりませんでした。',
  },
  'stream-packet-capabilities': {
    title: 'ストリーム パケット レイヤーでのブロック、変更、挿入',
    topic: 'ブロックと挿入',
    note: 'ドキュメントに記載されているのは、ストリーム パケット レイヤーが認識する内容 (ハンドシェイクを含むすべての TCP セグメント) とそのオフセットだけです。コールアウトがそこでブロックや変更を行えるかどうか、どの挿入関数が適しているかは文書化されていません。WFPSampler の挿入ヘルパーは、このレイヤーをトランスポートの挿入ハンドルに対応付けています。ストリームやトランスポートに対する正確な位置も文書化されていません。',
  },
  'network-connection-policy': {
    title: '送信ネットワーク接続ポリシー レイヤーはほとんど文書化されていない',
    topic: '意味',
    note: '簡単に記載されているだけです (Win32 の識別子と条件のページ、FwpmConnectionPolicyAdd0、FWPS_FIELDS のページ)。WDK の識別子の一覧やデータ オフセットの表にはなく、layerData、接続シーケンス内の位置、コールアウトのセマンティクスは説明されていません。Windows 11 22H2 という情報は、FWPS_FIELDS の要件ブロックにしかありません。',
  },
  'layers-only-in-headers': {
    title: 'ヘッダーで定義されているが説明がないレイヤー',
    topic: '存在',
    note: 'ヘッダーのコピーには FWPM_LAYER_INBOUND_RESERVED2 も定義されており、サードパーティの一覧には FWPM_LAYER_ALE_ACCEPT_REDIRECT_V4/V6 が挙げられています。確認した Microsoft Learn のページにはこれらの説明がないため、モデル化していません。',
  },
  'km-authorization-mode': {
    title: 'KM_AUTHORIZATION はユーザー モードのレイヤーか',
    topic: 'モード',
    note: '識別子のページでは、IPsec、IKE、RPC のレイヤーをユーザー モードのフィルター レイヤーとしていますが、KM_AUTHORIZATION については何も述べていません。このレイヤーはユーザー モードで実行されるキーイング モジュールによるセキュリティ関連付けの確立を承認するため、ユーザー モードとしてモデル化しています。IPsec ポリシーを保持するのではなく SA を許可または拒否するものなので、IPsec が構成されるレイヤーには含めていません。',
  },
  'fast-layers': {
    title: '_FAST レイヤーは内部用',
    topic: '内部レイヤー',
    note: 'Microsoft は *_FAST レイヤーを内部用としており、使用しないよう勧めています。そこでの静的フィルターは追加時に失敗します (ページではエラー名が空欄のままです)。最小 Windows バージョンは記載されていません。',
  },
  'icmp-type-in-port-fields': {
    title: 'ICMP エラー レイヤー以外での ICMP の種類とコードの照合',
    topic: 'ICMP の種類の条件',
    note: '条件のページでは、FWPM_CONDITION_ICMP_TYPE/ICMP_CODE は ICMP エラー レイヤーにのみ記載されています。しかし、ALE 接続/受信/受け入れ、トランスポート、データグラム データの各レイヤーの FWPS フィールドのページには、ICMP の種類とコードがローカル ポートとリモート ポートのフィールドで渡されるとあり、fwpmu.h では FWPM_CONDITION_ICMP_TYPE を FWPM_CONDITION_IP_LOCAL_PORT として (ICMP_CODE を IP_REMOTE_PORT として) 定義しています。どちらの名前を使うべきかを記載したユーザー モードのページはありませんが、どちらも同じフィールドに一致します。',
  },
  'block-at-non-decision-layers': {
    title: 'リダイレクト、クリーンアップ、名前キャッシュのレイヤーでのブロックの動作',
    topic: 'ブロック',
    note: 'ALE バインド リダイレクト、リソース解放、エンドポイント クロージャ、名前解決キャッシュでのブロックの動作を記載したドキュメントはありません。これらを判断ポイントではないとみなすのは推測です。代わりに ALE の承認レイヤーで承認または拒否してください。',
  },
  'pend-operation-layers': {
    title: 'FwpsPendOperation0 を使用できる場所',
    topic: '保留',
    note: 'FwpsPendOperation0 の「解説」とコールアウトの種類のページには、リソース割り当て、リッスン、接続しか記載されていませんが、分類の非同期処理のページ、FwpsCompleteOperation0、inspect サンプルでは、受信/受け入れでも保留しています (複製したパケットを再挿入して完了します)。そこで受信接続を保留することは実現可能として扱っています。',
  },
  'forward-injection-wording': {
    title: '転送挿入されたパケットは再び分類されるか',
    topic: '挿入',
    note: 'レイヤーの要件のページでは、転送挿入されたパケットは「どの WFP レイヤーにも提示されない」とした後で、「コールアウト ドライバーに再び通知される可能性がある」としています。FwpsInjectForwardAsync0 では、転送レイヤーで再通知されることはないとしています。安全な解釈: IPFORWARD では再通知されません。',
  },
  'metadata-table-gaps': {
    title: 'レイヤーごとのメタデータの表の不備',
    topic: 'メタデータ',
    note: 'メタデータの表では、IPFORWARD についてコンパートメント ID しか記載されていませんが、メタデータ識別子では転送パススルーのフラグとインターフェイス インデックスが定義されています。また、表には Windows 7 の FWPS_LAYER_INBOUND_MAC_FRAME_802_3 レイヤーが残っており、Windows 8 の MAC レイヤーのエントリはありません。',
  },
  'mac-layers-windows-7': {
    title: 'MAC レイヤーは Windows 7 からか Windows 8 からか',
    topic: '最小 OS',
    note: '識別子のページ、データ オフセットのページ、Windows 8 の変更点では Windows 8 とされています。Windows 7 の変更点では FWPS_FIELDS_*_MAC_FRAME_802_3 が新規として挙げられ、FWPS_FIELDS のページには Windows 7 とありますが、移植ガイドでは Vista/7 の MAC フィルター処理に NDIS ライトウェイト フィルターを使うよう案内しています。Windows 8 としてモデル化しています。',
  },
  'doc-typo-port-range': {
    title: '「ALE レイヤー」のページの動的ポート範囲の誤記',
    topic: 'ドキュメントの誤記',
    note: '「ALE レイヤー」のページでは、動的ポート範囲が「19152-65535」となっていますが、正しい範囲は 49152-65535 です。',
  },
  'doc-typo-redirect-windows-7-only': {
    title: 'リダイレクト レイヤーが「Windows 7 のみ」',
    topic: '最小 OS',
    note: 'TCP と UDP のパケット フローのページでは、リダイレクト レイヤーに「(Windows 7 / Windows Server 2008 R2 のみ)」と記載されていますが、リダイレクトのガイドでは Windows 7 以降とされています。',
  },
  'doc-typo-connect-redirect-name': {
    title: 'リダイレクトのガイドの識別子名の誤り',
    topic: '識別子',
    note: 'リダイレクトのガイドでは FWPM_LAYER_ALE_AUTH_CONNECT_REDIRECT_V4/V6 と書かれていますが、識別子は FWPM_LAYER_ALE_CONNECT_REDIRECT_V4/V6 です。',
  },
  'doc-typo-transport-send-remark': {
    title: 'トランスポート送信のページにネットワーク送信の関数名がある',
    topic: '挿入',
    note: 'FwpsInjectTransportSendAsync0 の「解説」には「FwpsInjectNetworkSendAsync0 関数を呼び出す」とありますが、このページはトランスポート送信の挿入に関するものです。',
  },
  'doc-typo-outbound-icmp-error': {
    title: '送信 ICMP エラー レイヤーが「受信」と説明されている',
    topic: '説明',
    note: 'Win32 の識別子のページでは、OUTBOUND_ICMP_ERROR を「受信した」ICMP エラー メッセージを検査するものと説明していますが、これは送信パスです (実行時の識別子のページでは「送信した」となっています)。',
  },
  'doc-typo-wdk-condition-copy': {
    title: 'WDK 版の条件の表の誤記',
    topic: '条件',
    note: 'WDK 版では、IP_PROTOCOL が FWPM_CONDITION_P_PROTOCOL と書かれており、Win32 のページで vSwitch レイヤーに VSWITCH_L2_FLAGS とある箇所に L2_FLAGS が記載されています。',
  },
  'doc-typo-icmp-error-v6-min-os': {
    title: '受信 ICMP エラー V6 のフィールドのページが Windows 7 としている',
    topic: '最小 OS',
    note: 'FWPS_FIELDS のページでは、INBOUND_ICMP_ERROR_V6 の最小バージョンを Windows 7、V4 を Vista としていますが、識別子のページでは両方のレイヤーが Vista から記載されています。',
  },
  'condition-naming-across-versions': {
    title: 'インターフェイスの条件名はバージョン間で変わった',
    topic: '条件',
    note: 'ICMP エラー レイヤーと受信/受け入れレイヤーについて、Win32 のページでは、Vista/7 は SUB_INTERFACE_INDEX / INTERFACE_INDEX / INTERFACE_TYPE / TUNNEL_TYPE を使い、新しいリリースは ARRIVAL_SUB_INTERFACE_INDEX / LOCAL_INTERFACE_* / LOCAL_TUNNEL_TYPE を使うとしています。WDK 版では Vista RTM についてその逆を述べ、Vista SP1 以降はどちらも有効としています。どちらの名前も受け入れてください。',
  },
  'package-family-name-version': {
    title: 'パッケージ ファミリ名の条件の最小 OS',
    topic: '最小 OS',
    note: 'FWPM_CONDITION_ALE_PACKAGE_FAMILY_NAME は、バージョンの見出しなしで ALE レイヤーに記載されています。ヘッダーのコピーでは Windows 10 のあるリリースで保護されています。Windows 10 としてモデル化しています。',
  },
  'documentation-age': {
    title: '確認したドキュメントのバージョン',
    topic: 'ソース',
    note: 'DDI のページは 2024-03 のスナップショットで確認しました。現在のページはより新しい可能性があります (新しいフラグ、レイヤー、条件)。URL はリポジトリのパスに従っています。',
  },
  'seed-alignment-typo': {
    title:
      '「コールアウト ドライバーのプログラミングに関する考慮事項」: 「ポインターでアラインされている可能性がある」',
    topic: 'ドキュメントの誤記',
    note: '「コールアウト ドライバーのプログラミングに関する考慮事項」では、受信パケットの IP ヘッダー MDL は「ポインターでアラインされている可能性がある」とされています。文字どおりに読むと、再構築が必要になることはありません。意図された語はほぼ確実に「アラインされていない可能性がある」です。',
  },
  'garbled-ipsec-check': {
    title: 'トランスポート層での IPsec による保護の検出方法',
    topic: 'IPsec の検出',
    note: 'IPsec のページでは、「queryFlags パラメーターに FWPS_PACKET_LIST_INFORMATION0 フラグが設定されている」かどうかを確認するよう記載されていますが、これは構造体であり、照会フラグは FWPS_PACKET_LIST_INFORMATION_QUERY_IPSEC です。実用的な確認方法は、おそらく ipsecInformation.inbound.isSecure (とトンネルおよびトランスポートのフィールド) です。実際のシステムでは未検証です。',
  },
  'forward-and-ipsec': {
    title: '転送レイヤーとトンネル解除された IPsec トラフィック',
    topic: 'IPsec',
    note: 'IPsec のページでは転送レイヤーを互換性がないとしていますが、FwpsInjectTransportReceiveAsync0 では、トンネル解除されたトンネル モードのトラフィックを「トランスポート層または転送レイヤーで」取得するようコールアウトに指示しており、組み込みの IPsec 転送トンネル コールアウトも存在します。ゲートウェイは転送レイヤーでトンネル解除後の平文を認識できる可能性がありますが、安全な判定としては互換性なしのままとします。',
  },
  'stream-packet-ipsec': {
    title: 'ストリーム パケット レイヤーの IPsec の状態',
    topic: 'IPsec',
    note: 'IPsec のページにはストリーム パケットが記載されていません。Microsoft のドキュメント作成者は GitHub で、このレイヤーは「DATAGRAM_DATA により近い」、「IPsec の規則は受信/送信トランスポートと同じになる」と回答しています。回答の残りの部分は確認できませんでした。トランスポートと同様に扱っています。',
  },
  'ale-ipsec-not-listed': {
    title: 'ALE のコールアウトは IPsec 互換として記載されていない',
    topic: 'IPsec',
    note: 'IPsec のページには ALE レイヤーが一切記載されていません。その状態は、トランスポートと ALE のコールアウトは FWPM_SUBLAYER_UNIVERSAL (組み込みの IPsec/ALE 適用コールアウトがある場所) より低い重みのサブレイヤーに置く必要があるという、レイヤーの要件の規則と、トランスポートのコールアウトは ALE 受信/受け入れにも登録するよう IPsec のページが指示していることに基づいています。',
  },
  'icmp-error-ipsec': {
    title: 'ICMP エラー レイヤーの IPsec の状態',
    topic: 'IPsec',
    note: 'IPsec のページでは ICMP エラー レイヤーは扱われていません。これらはトランスポート処理の中にあるため、安全側に立ってトランスポート層の規則を適用しています。',
  },
  'redirect-action-type': {
    title: 'リダイレクト コールアウトが使用するフィルター アクション',
    topic: 'リダイレクト',
    note: 'コールアウトの種類のページでは、リダイレクト コールアウトの「フィルター アクションの種類は FWP_ACTION_PERMIT にする必要がある」としていますが、PERMIT フィルターがコールアウトを呼び出すことはありません。WFPSampler はリダイレクト フィルターに FWP_ACTION_CALLOUT_UNKNOWN を使い、リダイレクトのガイドでは classifyFn が PERMIT を返しています。この文は、おそらく返すアクションのことを指しています。',
  },
  'need-more-data-action': {
    title: 'NEED_MORE_DATA と組み合わせるアクション',
    topic: 'ストリーム',
    note: 'ストリームの検査のページでは、さらにデータを要求するときに FWP_ACTION_NONE を返すよう記載されていますが、詳細ストリーム検査のサンプル コードは FWP_ACTION_CONTINUE を返しています。',
  },
  'flow-established-wording': {
    title: 'フロー確立レイヤーではブロックしないのか、ブロックも許可もしないのか',
    topic: 'ブロック',
    note: '「コールアウト ドライバーのプログラミングに関する考慮事項」では、ここでのコールアウトは、セキュリティに関わるエラーの後に接続を閉じる場合を除き BLOCK を返してはならないとしています。Win32 の ALE のページでは、ここでのフィルターは「Block も Permit も返すべきではない」としています。このレイヤーは通知専用とし、BLOCK は例外的な手段として扱ってください。',
  },
  'inline-tcp-injection-scope': {
    title: 'TCP をインラインで挿入してはならない場所',
    topic: '挿入',
    note: '「コールアウト ドライバーのプログラミングに関する考慮事項」では、トランスポート層の classifyFn からの TCP のインライン挿入を禁止しています。トランスポートの挿入のページでは、TCP は「任意のトランスポート層またはそれと同等のレイヤーで」帯域外でのみ挿入できるとしています。「同等」が何を含むかは記載されていません。受信/受け入れで保留した後に TCP SYN の複製を再挿入する場合が該当する可能性があります。',
  },
  'flow-context-at-ippacket': {
    title: 'IP パケット レイヤーにはフロー コンテキストがない',
    topic: 'フロー コンテキスト',
    note: 'メタデータの表では、FWPS_METADATA_FIELD_FLOW_HANDLE が渡されるのは、トランスポート、ストリーム、データグラム データ、ストリーム パケットの各レイヤーと、ALE 接続、受信/受け入れ、フロー確立 (とその破棄レイヤー) だけで、他の ALE レイヤーでは渡されません。そのため、フロー コンテキストは IP パケット、転送、ICMP エラー、MAC、vSwitch の各レイヤーには届きません。ドキュメントの issue に寄せられたコミュニティの報告でも、IP パケット レイヤーについて同じことが述べられています。',
  },
  'mac-vswitch-ipsec': {
    title: 'MAC レイヤーと vSwitch レイヤーでの IPsec',
    topic: 'IPsec',
    note: 'MAC レイヤーや vSwitch レイヤーでの IPsec を扱った Microsoft のページはありません。これらは IP より下にあるため、ホストの IPsec トラフィックはそこではまだ暗号化されています (送信は暗号化済み、受信は復号前)。そのペイロードに対する処理は互換性なしとして扱っています。',
  },
  'ports-at-forward': {
    title: 'IPFORWARD にはポートやプロトコルの条件がない',
    topic: '条件',
    note: '条件の表にも FWPS_FIELDS_IPFORWARD_V4 (2024-03 のスナップショット) にも、転送レイヤーのポートやプロトコルのフィールドはありません。ルーティングされるトラフィックにポート単位のポリシーを適用するには、ヘッダーを解析するコールアウトが必要です。最近のビルドでは異なる可能性があります。',
  },
  'delayed-reinjection-shaping': {
    title: 'パケットの保持によるシェーピング',
    topic: 'シェーピング',
    note: '吸収したパケットを保持して後で再挿入することを、シェーピングの手法として記載した Microsoft のページはありません。帯域外コールアウトのモデルから導かれる手法であり、TCP のタイマーや他のコールアウトとの相互作用は未検証です。',
  },
  'firewall-and-routed-traffic': {
    title: 'Windows ファイアウォールの規則はルーティングされるトラフィックに適用されるか',
    topic: '代替手段',
    note: 'Windows ファイアウォールの規則が転送トラフィックに適用されるかどうかについて、信頼できる記述は見つかりませんでした。このアプリはどちらとも主張しません。',
  },
  'mac-user-mode-filters': {
    title: 'MAC レイヤーでは通常のフィルターかコールアウトか',
    topic: 'ユーザー モードのフィルター',
    note: '移植ガイドでは、Windows 8 以降の MAC ベースのフィルター処理について「MAC_FRAME レイヤーのコールアウト ドライバー」としていますが、条件の表、「新機能」(「そのレイヤーでのトラフィックのフィルター処理を可能にする」)、WFPSampler の基本アクションのシナリオでは、そこでの通常のフィルターがサポートされています。通常のフィルターは実現可能として扱っています。',
  },
  'vista-sp1-features': {
    title: 'Vista RTM と Vista SP1',
    topic: '最小 OS',
    note: '最小 OS の回答「vista」では、Vista RTM と SP1 を区別できません。FWPS_METADATA_FIELD_ALE_CLASSIFY_REQUIRED、FwpsConstructIpHeaderForTransportPacket0、いくつかのフラグ (接続、フロー確立、ストリームでの IS_LOOPBACK、トランスポートとデータグラム データでの IS_RAW_ENDPOINT) には SP1 が必要です。',
  },
};

export const injection: Readonly<Record<InjectionId, InjectionWords>> = {
  FwpsStreamInjectAsync0: {
    bufferStartsWith: 'ストリームのバイトのみ: IP ヘッダーや TCP ヘッダーのない NBL チェーン。',
    notes:
      'ストリーム レイヤーでのみ使用できます (layerId は FWPS_LAYER_STREAM_V4/V6 である必要があります)。classifyFn の中から呼び出せるため、TCP に関する DPC の規則は適用されません。挿入したデータが同じコールアウトに再び通知されることはありませんが、重みの低いサブレイヤーはそれを認識します。',
  },
  FwpsInjectTransportSendAsync0: {
    bufferStartsWith:
      'トランスポート ヘッダー (raw ソケットのデータグラムと header-include 送信では IP ヘッダー。戻してから復元します)。',
    notes:
      'IP ヘッダーが作成される前の送信パスのため、IPsec 使用時でもデータはまだ暗号化も署名もされていません。エンドポイント ハンドルと FWPS_TRANSPORT_SEND_PARAMS はレイヤーから取得します。TCP は帯域外のみです: DPC をキューに登録してください。raw 送信では NBL ごとに 1 つの NET_BUFFER を使います。FwpsInjectTransportSendAsync0 の「解説」には「FwpsInjectNetworkSendAsync0 関数を呼び出す」とありますが、このページはトランスポート送信の挿入に関するものです。',
  },
  FwpsInjectTransportSendAsync1: {
    bufferStartsWith: 'FwpsInjectTransportSendAsync0 と同じです。',
    notes:
      'Windows 7 版のトランスポート送信の挿入です (FWPS_TRANSPORT_SEND_PARAMS1)。TCP は帯域外のみです。',
  },
  FwpsInjectTransportReceiveAsync0: {
    bufferStartsWith:
      'IP ヘッダー (複製を IP ヘッダーとトランスポート ヘッダーのサイズ分だけ戻します)。',
    notes:
      '受信パスです。ALE_CLASSIFY_REQUIRED フラグの付いた受信トランスポート パケットには使用しないでください。先に IP チェックサムを再計算してください (FwpsConstructIpHeaderForTransportPacket0 は AH/ESP の削除も行います)。再挿入したパケットと、ローカルで作成したパケットは、IPsec の検証をバイパスします。TCP は帯域外のみです。レイヤーをまたぐ使用も可能です: ルーティングされるトラフィックを IP 転送で取得し、ローカル アドレスに書き換えて、ここで挿入します。',
  },
  FwpsInjectNetworkSendAsync0: {
    bufferStartsWith:
      'IP ヘッダー。それを保持する MDL はポインターでアラインされている必要があります。',
    notes:
      'ネットワーク層 (IPsec の後) での送信パスです。受信したパケットを送り出す前に、その IP ヘッダーを再構築してください。MDL がアラインされていない可能性があります。',
  },
  FwpsInjectNetworkReceiveAsync0: {
    bufferStartsWith: 'IP ヘッダー。',
    notes:
      'ネットワーク層での受信パスです。挿入する前に IP チェックサムを再計算してください。再構成されたパケットは古いチェックサムを持っている場合があります。',
  },
  FwpsInjectForwardAsync0: {
    bufferStartsWith:
      'IP ヘッダー。フラグメント グループは先に 1 つの NBL に再構成する必要があります。',
    notes:
      '転送パスです。レイヤーの要件のページでは、転送挿入されたパケットは「どの WFP レイヤーにも提示されない」とした後で、「コールアウト ドライバーに再び通知される可能性がある」としています。FwpsInjectForwardAsync0 では、転送レイヤーで再通知されることはないとしています。安全な解釈: IPFORWARD では再通知されません。',
  },
  FwpsInjectMacSendAsync0: {
    bufferStartsWith: 'MAC ヘッダー。',
    notes:
      'FWPS_INJECTION_TYPE_L2 と AF_UNSPEC で作成した挿入ハンドルが必要です。挿入は、コールアウトがフィルターを持つレイヤーでのみ行ってください。それ以外では動作は未定義です。',
  },
  FwpsInjectMacReceiveAsync0: {
    bufferStartsWith:
      '受信イーサネット レイヤーではイーサネット ヘッダー、受信ネイティブ レイヤーでは MAC ヘッダー。',
    notes:
      'L2 挿入ハンドルが必要です。受信パスに挿入する前に IP チェックサムを再計算してください。データ オフセットのページでは、ここでのオフセットは IP ヘッダーとされています (他の MAC レイヤーは MAC ヘッダーから始まります)。一方、このレイヤーでの MAC 受信の挿入には、イーサネット ヘッダーから始まるバッファーが必要です。コールアウトは挿入前に、L2 メタデータの MAC ヘッダー サイズ分だけ戻すものと思われますが、それを記載したページはありません。',
  },
  FwpsInjectvSwitchEthernetIngressAsync0: {
    bufferStartsWith: 'イーサネット ヘッダー。',
    notes:
      '吸収したフレーム、または FwpsAllocateNetBufferAndNetBufferList0 で作成したフレームを vSwitch のイングレス パスに再挿入します (L2 挿入ハンドル)。文書化されているのは FwpsInjectvSwitchEthernetIngressAsync0 だけです (そのパラメーターの説明には「エグレス データ パス」とあり、コピーの誤りと思われます)。エグレスの挿入関数も、vSwitch トランスポート レイヤーでの挿入に関するガイダンスも見つかりませんでした。',
  },
};

export const considerations: KnowledgeWords['considerations'] = {
  'user-mode-first': {
    title: 'ユーザー モードとカーネル モードの比較',
    text: 'Windows フィルタリング プラットフォームに組み込まれている標準のフィルター機能で必要なフィルター処理を行える場合は、カーネル モードのコールアウト ドライバーではなく、フィルター エンジンを構成するユーザー モード管理アプリケーションを記述してください。コールアウト ドライバーは、標準の組み込みフィルター機能では処理できない方法でネットワーク データを処理する必要がある場合にのみ記述します。',
    appliesWhen:
      'すべての設計で最初に検討します。組み込みのフィルター (FwpmFilterAdd0 による許可/ブロックと、そのレイヤーのフィルター条件)、組み込みのコールアウト、ファイアウォール規則、監査を、どのドライバーよりも先に検討してください。',
  },
  'highest-layer': {
    title: 'フィルター レイヤーの選択',
    text: 'コールアウト ドライバーは、目的の処理を行える、ネットワーク スタック内の可能な限り高いフィルター レイヤーでネットワーク データをフィルター処理する必要があります。たとえば、必要なフィルター処理タスクをストリーム レイヤーで処理できる場合は、ネットワーク層で実装しないでください。IPsec との互換性を保つために使用するフィルター レイヤーについては、「IPsec 互換コールアウト ドライバーの開発」を参照してください。',
    appliesWhen:
      'すべてのコールアウトとすべてのフィルターに当てはまります。ALE を優先し、次にストリーム/データグラム データ、トランスポート、IP パケット/転送、最後に MAC の順に検討します。',
  },
  'no-block-at-flow-established': {
    title: 'ALE フロー確立レイヤーでのブロック',
    text: 'ALE フロー確立レイヤー (FWPM_LAYER_ALE_FLOW_ESTABLISHED_V4/V6) に追加されたコールアウトは、通常、FWP_ACTION_BLOCK アクションを返さないようにする必要があります。接続を承認するか拒否するかの決定は、常に他の ALE レイヤーで行われます。BLOCK を返す唯一の正当な理由は、確立された接続を終了しないと潜在的なセキュリティ リスクが生じるエラーが発生した場合です。この場合、BLOCK アクションを返すと接続が閉じられます。',
    appliesWhen:
      '設計でフロー確立レイヤーを使用する場合、またはブロックのためのフロー確立レイヤーが除外された場合に当てはまります。代わりに、リソース割り当て、認証リッスン、認証接続、認証受信/受け入れのいずれかのレイヤーで承認してください。',
  },
  'classify-at-dispatch': {
    title: 'コールアウト関数の実行時間',
    text: 'フィルター エンジンは通常、IRQL = DISPATCH_LEVEL でコールアウトのコールアウト関数を呼び出すため、システムの効率的な動作を維持するには、これらの関数ができるだけ早く実行を完了するようにする必要があります。DISPATCH_LEVEL での長時間の実行は、システム全体のパフォーマンスに悪影響を与えます。',
    appliesWhen:
      'すべてのカーネル コールアウト (classifyFn、notifyFn、flowDeleteFn) に当てはまります。時間のかかる処理は外に出してください。保留する (FwpsPendOperation0 / FwpsPendClassify0)、吸収して後で再挿入する、またはストリーム データを遅延させる方法があります。',
  },
  'receive-injection-checksum': {
    title: '受信データ パスへの挿入',
    text: '受信データ パスに挿入するパケット挿入関数を呼び出す前に、コールアウトは IP チェックサムを再計算する必要があります。IP フラグメントから再構成されたパケットには、元のパケットの正しいチェックサムが含まれていないためです。また、NET_BUFFER_LIST がフラグメントから再構成されたかどうかを示す信頼性の高いメカニズムはありません。',
    appliesWhen:
      '設計で受信パスに挿入する場合 (FwpsInjectTransportReceiveAsync0、FwpsInjectNetworkReceiveAsync0、MAC 受信の挿入) に当てはまります。認証受信/受け入れレイヤーで保留した後に複製を再挿入する場合も含みます。',
  },
  'tcp-injection-needs-dpc': {
    title: 'トランスポート層からの TCP パケットのインライン挿入',
    text: 'TCP スタックのロック動作のため、トランスポート層のコールアウトは、classifyFn コールアウト関数から新規または複製された TCP パケットを挿入できません。「インライン」挿入を行う場合、コールアウトは挿入を実行する DPC をキューに登録する必要があります。',
    appliesWhen:
      'トランスポート層で TCP パケットを変更または挿入する場合 (FwpsInjectTransportSendAsync*/ReceiveAsync0) に当てはまります。ストリームの挿入は classifyFn 内で実行できるため、対象外です。',
  },
  'outbound-header-alignment': {
    title: '送信 IP ヘッダーの配置',
    text: 'パケット挿入関数を使用して送信データ パスにパケットを挿入する場合、IP ヘッダーを表す MDL (NET_BUFFER_CURRENT_MDL(NET_BUFFER_LIST_FIRST_NB(netBufferList))) はポインターでアラインされている必要があります。受信パケットの IP ヘッダー MDL はポインターでアラインされていない可能性があるため、受信パケットを送信パスに挿入するコールアウトは、アラインされていない場合に IP ヘッダーを再構築する必要があります。',
    appliesWhen:
      '設計で、バッファー内に IP ヘッダーを含んだまま送信パスに挿入する場合に当てはまります。ネットワークまたは転送の挿入、トランスポート送信の挿入によるヘッダー付き (header-include) の raw 送信、受信したパケットを送り返す場合 (折り返し) が該当します。',
  },
};

export const alternatives: KnowledgeWords['alternatives'] = {
  'windows-firewall-rules': {
    name: 'Windows ファイアウォールの規則',
    what: 'WFP 上に構築された受信トレイのホスト ファイアウォールです (New-NetFirewallRule、netsh advfirewall、グループ ポリシー / Intune)。ファイアウォールによるドロップは、規則までたどれる WFP の監査イベントとして記録されます。',
    fitsWhen:
      'コードを使わない管理者またはエンタープライズのポリシー: アドレス、プロトコル、ポート、プログラム、サービス、パッケージ、インターフェイスの種類、ICMP の種類、ローカル ユーザー、IPsec 認証を使ったリモート ユーザー/コンピューターによる許可またはブロック。ネットワーク プロファイルごとに設定でき、ポリシーで展開できます。',
    doesNotFitWhen:
      'カスタム ロジック、ペイロードの検査、変更、リダイレクト、ユーザーへの確認、レート制限。または、他のベンダーと問題なく共存する必要がある製品のポリシー (WFP API なら独自のプロバイダーとサブレイヤーを使えます)。サードパーティのファイアウォールは、置き換えのためにファイアウォール サービスを停止してはなりません。Windows ファイアウォールの規則が転送トラフィックに適用されるかどうかについて、信頼できる記述は見つかりませんでした。このアプリはどちらとも主張しません。',
  },
  'user-mode-wfp-api': {
    name: 'ユーザー モードの WFP 管理 API',
    what: 'サービスやアプリからフィルター エンジンに追加するフィルター、サブレイヤー、プロバイダー (FwpmEngineOpen0、FwpmFilterAdd0) と、組み込みのコールアウト、分類オプション、ネット イベント。',
    fitsWhen:
      '組み込みのフィルター機能で十分な場合: レイヤーが提供する条件による許可/ブロック、独自のプロバイダーとサブレイヤーの重み、動的セッション、ブート時フィルターまたは永続的なフィルター、組み込みのサイレント ドロップ コールアウト、IPsec ポリシー。Microsoft が最初に推奨する選択肢です。',
    doesNotFitWhen:
      'データ パス上のコードが必要なもの: ペイロードの検査や変更、挿入、リダイレクト、外部の判断のための保留、フローごとの状態。',
  },
  'security-auditing': {
    name: 'セキュリティ監査とネット イベント',
    what: 'フィルター エンジンが既に生成している記録です。セキュリティ ログの監査イベント (5156/5157 は接続、5152/5153 はパケットのドロップ、5154/5155 はリッスン、5158/5159 はバインド。既定でオフのため auditpol で有効にします) と、ネット イベント (FwpmNetEventSubscribe*/FwpmNetEventEnum*: ドロップ、IKE の失敗。許可された接続は Windows 8 以降)。',
    fitsWhen:
      'ドライバーなしで、どの接続が許可またはブロックされたかをアプリケーションとエンドポイント別にログに記録する場合。',
    doesNotFitWhen:
      '接続の終了 (報告するユーザー モード イベントはありません)、ペイロードやバイト数、フローごとのカスタム テレメトリ、Windows 8 より前での許可された接続のネット イベント。ネット イベントのログは小さな循環バッファーで、再起動時に空になります。',
  },
  'ndis-lwf': {
    name: 'NDIS ライトウェイト フィルター ドライバー',
    what: 'ミニポートの上に積み重ねられたカーネル フィルター モジュールで、そのアダプター上のすべてのプロトコルの送受信を認識します。監視または変更に使用します。',
    fitsWhen:
      'IP 以外やレイヤー 2 の処理、WFP が分類しないプロトコル、アダプターごとの動作、Windows 8 より前のレイヤー 2 フィルター処理 (Vista と 7 に対する移植ガイドの答え)。',
    doesNotFitWhen:
      'アプリ、ユーザー、ソケットのコンテキストが必要な処理 (TCP/IP より下にあるため)、または IPsec で保護されたペイロード (そこではまだ暗号文)。Windows 8 以降は、MAC と vSwitch の WFP レイヤーで多くのケースに対応できます。',
  },
  'packet-diversion-driver': {
    name: '署名済みのパケット転用ドライバー (WinDivert 形式)',
    what: '一致したパケットをユーザー モードに転用する既存の署名済み WFP コールアウト ドライバーです。カーネル コードを書かずに、そこでパケットをキャプチャ、破棄、変更、再挿入できます。',
    fitsWhen:
      '独自のカーネル ドライバーの配布が許容されず、スループットの要件が高くない場合のプロトタイプ、ツール、ユーザー モードでの NAT/VPN/ファイアウォールの試作。',
    doesNotFitWhen:
      '高いスループット (ユーザー モードとの間のコピーにコストがかかります)、パケットごとのプロセス ID (そのネットワーク レイヤーでは使用できません)、再挿入を行う他のコールアウトとの共存 (ループ)、IPsec で保護されたペイロード (ネットワーク モードと転送モードは IP パケット レイヤーと転送レイヤー上にあり、そこではペイロードは暗号文です)。',
  },
  'policy-based-qos': {
    name: 'ポリシー ベースの QoS',
    what: 'アプリケーション、ユーザーまたはコンピューター、アドレス、プロトコル、ポートによる送信トラフィックの DSCP マーキングとスロットル (New-NetQosPolicy、グループ ポリシー)。QoS 検査モジュールによって実装されます。',
    fitsWhen: 'ドライバーなしでの送信トラフィックのレート制限またはシェーピング。',
    doesNotFitWhen:
      '受信のシェーピング (受信 TCP については、代わりにストリーム コールアウトでデータを遅延できます)、またはパケットごとのカスタム ロジック。吸収したパケットを保持して後で再挿入することを、シェーピングの手法として記載した Microsoft のページはありません。帯域外コールアウトのモデルから導かれる手法であり、TCP のタイマーや他のコールアウトとの相互作用は未検証です。',
  },
  'hyper-v-firewall': {
    name: 'Hyper-V ファイアウォール',
    what: 'WSL を含む Windows でホストされるコンテナー用の、VM 作成者 ID ごとのファイアウォール規則 (New-NetFirewallHyperVRule)。Windows 11 22H2 以降。',
    fitsWhen: 'ドライバーなしでの WSL またはコンテナーのトラフィック ポリシー。',
    doesNotFitWhen:
      '一般的な VM トラフィックの処理やペイロードの処理: vSwitch の WFP レイヤーまたは Hyper-V スイッチ拡張機能を使用してください。',
  },
  'hyper-v-switch-extension': {
    name: 'Hyper-V 拡張可能スイッチの拡張機能',
    what: 'キャプチャ、フィルター処理、転送の拡張機能として Hyper-V 拡張可能スイッチに組み込まれる NDIS フィルターです (受信トレイの WFP 拡張機能も、このようなフィルター拡張機能の 1 つです)。',
    fitsWhen:
      'vSwitch の WFP レイヤーではできない VM トラフィックの処理: 転送の判断、WFP を使用できないポートのトラフィック、スイッチ レベルの QoS。',
    doesNotFitWhen:
      'Windows 8 より前 (拡張可能スイッチがありません)、または vSwitch の WFP レイヤーでの通常のフィルターやコールアウトで対応できる場合。SR-IOV スイッチでは WFP を有効にできません。',
  },
  'socket-option': {
    name: 'ソケット オプションまたはシステム設定',
    what: 'パケットを書き換える代わりに、送信元で動作を変更します: IP_TTL などのソケットごとのオプションや、既定の TTL などのグローバル設定。',
    fitsWhen:
      '製品がソケット (またはコンピューターの構成) を所有していて、任意のトラフィックの書き換えではなく、ヘッダー フィールドの設定が必要な場合。',
    doesNotFitWhen:
      '他のアプリケーションのトラフィックを変更する必要がある場合、または変更がパケットごとのロジックに依存する場合。',
  },
  'windows-nat': {
    name: 'Windows NAT (NetNat)',
    what: 'Windows 組み込みのネットワーク アドレス変換 (New-NetNat): 内部プレフィックスをホストの外部アドレスに変換し、変換テーブルを保持して応答を元に書き戻します。受信ポートには静的マッピング (Add-NetNatStaticMapping) を使えます。',
    fitsWhen:
      '内部プレフィックス (VM、コンテナー、ラボ ネットワーク) の単純な送信元 NAT、または固定のポート転送を、ドライバーなしで PowerShell から構成する場合。',
    doesNotFitWhen:
      '変換がパケットごとのロジックやペイロード、または NetNat で表現できない規則に依存する場合。あるいは、ホストが内部プレフィックスのゲートウェイではない場合。',
  },
  'connection-policy': {
    name: '接続ポリシー (プロセス ベースのルーティング)',
    what: 'ユーザー モードからの FwpmConnectionPolicyAdd0: 送信接続のルーティング ポリシー (送信元アドレス、ネクスト ホップ インターフェイス、ネクスト ホップ) を、アプリケーション、ユーザー、パッケージ、アドレス、ポート、プロトコルで照合して設定します。重みの順で最初に一致したポリシーが適用されます (FWPM_LAYER_OUTBOUND_NETWORK_CONNECTION_POLICY_V4/V6)。',
    fitsWhen:
      '最近の Windows 11 でのアプリ単位のスプリット トンネリング: ドライバーなしで、1 つのアプリケーションの接続を VPN インターフェイス経由で送信する (または VPN から外す) 場合。',
    doesNotFitWhen:
      '古い Windows (このレイヤーは FWPS_FIELDS のページで Windows 11 22H2 から、FWPS_CONNECTION_POLICY0 構造体は 24H2 から記載されています)、受信トラフィック、または新しい送信接続の経路の選択を超える処理。ドキュメントはわずかです。',
  },
};

export const paths: KnowledgeWords['paths'] = {
  'tcp-server-listen': {
    title: 'TCP サーバー: バインドとリッスン',
    note: '',
  },
  'tcp-client-connect': {
    title: 'TCP クライアント: バインド、接続、SYN の送信',
    note: '',
  },
  'tcp-server-accept': {
    title: 'TCP サーバーが SYN を受信',
    note: 'その後 SYN-ACK は、送信トランスポートと送信 IP パケットを通って送出されます。',
  },
  'tcp-established': {
    title: 'TCP ハンドシェイクの完了 (クライアントでは SYN-ACK、サーバーでは ACK)',
    note: '',
  },
  'tcp-send-data': {
    title: 'TCP データの送信',
    note: 'パケット フローのページは送信 IP パケットで終わっています。MAC レイヤー (Windows 8 以降) は、ホストが送信するすべてのフレームを、イーサネット、ネイティブの順に認識します。',
  },
  'tcp-receive-data': {
    title: 'TCP データの受信',
    note: 'パケット フローのページは受信 IP パケットから始まっています。MAC レイヤー (Windows 8 以降) は、ホストが受信するすべてのフレームを、ネイティブから先に認識します。',
  },
  'tcp-syn-no-listener': {
    title: 'リスナーのない TCP SYN',
    note: 'その後 RST は、送信トランスポートと送信 IP パケットを通って送出されます。破棄レイヤーでブロックすると、これを抑止できます。',
  },
  'udp-send-first': {
    title: 'UDP: 最初のパケットの送信',
    note: '',
  },
  'udp-receive-first': {
    title: 'UDP: 最初のパケットの受信',
    note: '',
  },
  'udp-no-listener': {
    title: 'リスナーのない UDP: ポート到達不能の応答',
    note: '',
  },
  forward: {
    title: 'このホストを経由してルーティングされるパケット',
    note: 'ルーティングされるトラフィックについて文書化されている IP レベルの分類は、転送レイヤーだけです (IP 転送が有効である必要があります)。MAC レイヤーがルーティングされるフレームを認識するという点は、アダプターが送受信するすべてのフレームを認識することから導かれます。',
  },
  vswitch: {
    title: 'Hyper-V 拡張可能スイッチを通過するフレーム',
    note: 'イングレスはエグレスより先です (その間でスイッチが転送します)。各側でのイーサネット レイヤーとトランスポート レイヤーの順序は文書化されていません。トランスポートは MAC ヘッダーの解析後に分類するため、イーサネットの後に描いています。',
  },
};

export const ipsecRules: KnowledgeWords['ipsecRules'] = {
  'register-at-recv-accept':
    'コールアウトは、トランスポート層に加えて ALE 受信/受け入れレイヤー (FWPS_LAYER_ALE_AUTH_RECV_ACCEPT_V4/V6) にも登録してください。接続を作成するパケットと再認証は、ALE に到達して初めて IPsec によって処理されます。',
  'sublayer-below-universal':
    'コールアウトのフィルターは、FWPM_SUBLAYER_UNIVERSAL より低い重みのサブレイヤーに配置してください (重みは FwpmSubLayerEnum0 で確認します)。組み込みの IPsec/ALE 適用コールアウトは UNIVERSAL サブレイヤーにあり、受信パケットを最初に認識する必要があります。',
  'permit-ale-classify-required':
    'FWPS_METADATA_FIELD_ALE_CLASSIFY_REQUIRED フラグの付いた受信トランスポート パケット (Vista SP1 以降。FWP_CONDITION_FLAG_REQUIRES_ALE_CLASSIFY フラグの後継) は、処理も保留もせずに許可し、ALE 受信/受け入れで処理してください。',
  'skip-undetunneled-tunnel':
    'まだトンネル解除されていないトンネル モードのパケットは通過させ (QUERY_IPSEC | QUERY_INBOUND を指定した FwpsGetPacketListSecurityInformation0 で isTunnelMode && !isDeTunneled なら PERMIT)、トンネル解除後に内側のパケットを取得してください。',
  'rebuild-ip-header-before-reinjection':
    '復号/検証済みのパケットを受信パスに挿入する前に、IP ヘッダーを再構築してください。AH/ESP ヘッダーがヘッダー内に残っています。複製を作成し、headerIncludeHeaderSize に複製の IP ヘッダー サイズを指定して FwpsConstructIpHeaderForTransportPacket0 を呼び出します (AH/ESP と IPv6 拡張ヘッダーを削除し、IPv4 オプションは保持し、チェックサムを修正します)。',
  'detect-ipsec-correctly':
    'IPsec による保護を正しく検出してください。ALE 受信/受け入れでは FWP_CONDITION_FLAG_IS_IPSEC_SECURED を確認し、トランスポート層では FwpsGetPacketListSecurityInformation0 を呼び出して受信 IPsec 情報 (isSecure、isTransportMode、isTunnelMode、isDeTunneled) を読み取ります。IPsec のページでは、「queryFlags パラメーターに FWPS_PACKET_LIST_INFORMATION0 フラグが設定されている」かどうかを確認するよう記載されていますが、これは構造体であり、照会フラグは FWPS_PACKET_LIST_INFORMATION_QUERY_IPSEC です。実用的な確認方法は、おそらく ipsecInformation.inbound.isSecure (とトンネルおよびトランスポートのフィールド) です。実際のシステムでは未検証です。',
  'esp-length-from-net-buffer':
    '復号された ESP パケットは、ESP トレーラーを除いて切り詰められた状態で通知されます。長さは MDL のバイト数の合計ではなく、NET_BUFFER_DATA_LENGTH から取得してください。',
};

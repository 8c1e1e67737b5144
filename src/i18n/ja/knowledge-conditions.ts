/**
 * Japanese words of the knowledge base: every filter condition (meaning and note) by id (the English ones are derived from
 * src/knowledge; terms follow docs/i18n/ja/glossary.md). Pure data.
 */
import type { KnowledgeWords } from '../en/knowledge';

export const conditions: KnowledgeWords['conditions'] = {
  FWPM_CONDITION_ALE_APP_ID: {
    meaning:
      'アプリケーション: 実行可能ファイルの正規化されたデバイス パス (FwpmGetAppIdFromFileName0 から取得)。',
    note: '',
  },
  FWPM_CONDITION_ALE_ORIGINAL_APP_ID: {
    meaning: 'プロキシ接続の元のアプリケーション (プロキシされていない場合は ALE_APP_ID と同じ)。',
    note: '',
  },
  FWPM_CONDITION_ALE_USER_ID: {
    meaning:
      'ローカル ユーザー: 自己相対形式のセキュリティ記述子です。その DACL がユーザーに FWP_ACTRL_MATCH_FILTER を付与している場合に条件が真になります。',
    note: '',
  },
  FWPM_CONDITION_ALE_PACKAGE_ID: {
    meaning: 'プロセスの AppContainer パッケージ SID。',
    note: '',
  },
  FWPM_CONDITION_ALE_PACKAGE_FAMILY_NAME: {
    meaning: 'プロセスのパッケージ ファミリ名。',
    note: 'FWPM_CONDITION_ALE_PACKAGE_FAMILY_NAME は、バージョンの見出しなしで ALE レイヤーに記載されています。ヘッダーのコピーでは Windows 10 のあるリリースで保護されています。Windows 10 としてモデル化しています。',
  },
  FWPM_CONDITION_ALE_SECURITY_ATTRIBUTE_FQBN_VALUE: {
    meaning: 'アプリケーションの完全修飾バイナリ名 (FQBN)。',
    note: 'ここでは送信ネットワーク接続ポリシー レイヤー (Windows 11 22H2) にのみ記載されています。この条件自体の最小バージョンは記載されていません。',
  },
  FWPM_CONDITION_ALE_REMOTE_USER_ID: {
    meaning: 'IPsec で認証されたリモート ユーザー。',
    note: '',
  },
  FWPM_CONDITION_ALE_REMOTE_MACHINE_ID: {
    meaning: 'IPsec で認証されたリモート コンピューター。',
    note: '',
  },
  FWPM_CONDITION_ALE_NAP_CONTEXT: {
    meaning: 'ネットワーク アクセス保護のコンテキスト (予約済み)。',
    note: '',
  },
  FWPM_CONDITION_ALE_PROMISCUOUS_MODE: {
    meaning:
      'プロミスキャス モードの要求 (SIO_RCVALL と関連するソケット オプション)。リソース割り当てでのみ使用できます。',
    note: '',
  },
  FWPM_CONDITION_ALE_SIO_FIREWALL_SYSTEM_PORT: {
    meaning: 'ソケットがファイアウォールのシステム ポートとしてマークされているかどうか。',
    note: 'リソース割り当てとリッスンでは「Windows 7 以降」の下に、受信/受け入れではバージョンなしで記載されています。',
  },
  FWPM_CONDITION_PEER_NAME: {
    meaning: 'アプリケーションが接続しようとしているピアの名前。',
    note: '',
  },
  FWPM_CONDITION_IP_LOCAL_ADDRESS: {
    meaning: 'ローカル IP アドレス。',
    note: '',
  },
  FWPM_CONDITION_IP_REMOTE_ADDRESS: {
    meaning: 'リモート IP アドレス。',
    note: '',
  },
  FWPM_CONDITION_IP_SOURCE_ADDRESS: {
    meaning: 'パケットの送信元 IP アドレス。',
    note: '',
  },
  FWPM_CONDITION_IP_DESTINATION_ADDRESS: {
    meaning: 'パケットの宛先 IP アドレス。',
    note: '',
  },
  FWPM_CONDITION_IP_LOCAL_ADDRESS_V4: {
    meaning: 'ローカル IPv4 アドレス (RPC レイヤー)。',
    note: '',
  },
  FWPM_CONDITION_IP_LOCAL_ADDRESS_V6: {
    meaning: 'ローカル IPv6 アドレス (RPC レイヤー)。',
    note: '',
  },
  FWPM_CONDITION_IP_REMOTE_ADDRESS_V4: {
    meaning: 'リモート IPv4 アドレス (RPC レイヤー)。',
    note: '',
  },
  FWPM_CONDITION_IP_REMOTE_ADDRESS_V6: {
    meaning: 'リモート IPv6 アドレス (RPC レイヤー)。',
    note: '',
  },
  FWPM_CONDITION_IP_LOCAL_ADDRESS_TYPE: {
    meaning:
      'ローカル アドレスの種類 (NL_ADDRESS_TYPE: ユニキャスト、ブロードキャスト、マルチキャスト …)。',
    note: '',
  },
  FWPM_CONDITION_IP_DESTINATION_ADDRESS_TYPE: {
    meaning: '宛先アドレスの種類 (NL_ADDRESS_TYPE)。',
    note: '',
  },
  FWPM_CONDITION_EMBEDDED_REMOTE_ADDRESS: {
    meaning: 'ICMP エラーに埋め込まれたパケットのリモート アドレス。',
    note: '',
  },
  FWPM_CONDITION_EMBEDDED_LOCAL_ADDRESS_TYPE: {
    meaning: 'ICMP エラーに埋め込まれたパケットのローカル アドレスの種類。',
    note: '',
  },
  FWPM_CONDITION_IP_LOCAL_PORT: {
    meaning:
      'ローカルのトランスポート ポート (ALE、トランスポート、データグラムの各レイヤーでは ICMP の種類も格納されます)。',
    note: '',
  },
  FWPM_CONDITION_IP_REMOTE_PORT: {
    meaning:
      'リモートのトランスポート ポート (ALE、トランスポート、データグラムの各レイヤーでは ICMP のコードも格納されます)。',
    note: '',
  },
  FWPM_CONDITION_IP_SOURCE_PORT: {
    meaning: '送信元ポート (vSwitch トランスポート レイヤー)。',
    note: '',
  },
  FWPM_CONDITION_IP_DESTINATION_PORT: {
    meaning: '宛先ポート (vSwitch トランスポート レイヤー)。',
    note: '',
  },
  FWPM_CONDITION_EMBEDDED_LOCAL_PORT: {
    meaning: 'ICMP エラーに埋め込まれたパケットのローカル ポート。',
    note: '',
  },
  FWPM_CONDITION_EMBEDDED_REMOTE_PORT: {
    meaning: 'ICMP エラーに埋め込まれたパケットのリモート ポート。',
    note: '',
  },
  FWPM_CONDITION_IP_PROTOCOL: {
    meaning: 'IP プロトコル番号 (TCP 6、UDP 17、ICMP 1、ICMPv6 58 …)。',
    note: '',
  },
  FWPM_CONDITION_EMBEDDED_PROTOCOL: {
    meaning: 'ICMP エラーに埋め込まれたパケットの IP プロトコル。',
    note: '',
  },
  FWPM_CONDITION_ICMP_TYPE: {
    meaning: 'ICMP の種類 (ICMPv6 では宛先到達不能は 3 ではなく 1)。',
    note: 'ICMP エラー レイヤーでは文書化された条件です。ALE 接続/受信/受け入れ/フロー確立、トランスポート、データグラム データの各レイヤーでは: 条件のページでは、FWPM_CONDITION_ICMP_TYPE/ICMP_CODE は ICMP エラー レイヤーにのみ記載されています。しかし、ALE 接続/受信/受け入れ、トランスポート、データグラム データの各レイヤーの FWPS フィールドのページには、ICMP の種類とコードがローカル ポートとリモート ポートのフィールドで渡されるとあり、fwpmu.h では FWPM_CONDITION_ICMP_TYPE を FWPM_CONDITION_IP_LOCAL_PORT として (ICMP_CODE を IP_REMOTE_PORT として) 定義しています。どちらの名前を使うべきかを記載したユーザー モードのページはありませんが、どちらも同じフィールドに一致します。',
  },
  FWPM_CONDITION_ICMP_CODE: {
    meaning: 'ICMP のコード。',
    note: 'ICMP エラー レイヤー以外では、リモート ポートのフィールドで渡されます (ICMP_TYPE を参照してください)。',
  },
  FWPM_CONDITION_ORIGINAL_ICMP_TYPE: {
    meaning: '受信/受け入れまたは接続の分類の元になったパケットの ICMP の種類。',
    note: '',
  },
  FWPM_CONDITION_VSWITCH_ICMP_TYPE: {
    meaning: 'vSwitch トランスポート レイヤーでの ICMP の種類。',
    note: '',
  },
  FWPM_CONDITION_VSWITCH_ICMP_CODE: {
    meaning: 'vSwitch トランスポート レイヤーでの ICMP のコード。',
    note: '',
  },
  FWPM_CONDITION_IP_LOCAL_INTERFACE: {
    meaning: 'ローカル インターフェイス (LUID)。',
    note: '',
  },
  FWPM_CONDITION_IP_ARRIVAL_INTERFACE: {
    meaning: 'パケットが到着したインターフェイス (LUID)。',
    note: '',
  },
  FWPM_CONDITION_IP_NEXTHOP_INTERFACE: {
    meaning: 'ネクスト ホップ インターフェイス (LUID)。',
    note: '',
  },
  FWPM_CONDITION_IP_FORWARD_INTERFACE: {
    meaning: '転送パケットが出ていくインターフェイス。',
    note: '',
  },
  FWPM_CONDITION_IP_PHYSICAL_ARRIVAL_INTERFACE: {
    meaning: '転送パケットが到着した物理インターフェイス。',
    note: '',
  },
  FWPM_CONDITION_IP_PHYSICAL_NEXTHOP_INTERFACE: {
    meaning: '転送パケットが出ていく物理インターフェイス。',
    note: '',
  },
  FWPM_CONDITION_INTERFACE: {
    meaning: 'ネットワーク インターフェイス (MAC レイヤー)。',
    note: '',
  },
  FWPM_CONDITION_INTERFACE_INDEX: {
    meaning: 'インターフェイス インデックス。',
    note: 'ALE 接続では Vista SP1 以降。受信/受け入れと受信 ICMP エラーでは、LOCAL_INTERFACE_INDEX の Vista/7 での名前です。',
  },
  FWPM_CONDITION_INTERFACE_TYPE: {
    meaning: 'インターフェイスの種類 (IANA ifType)。',
    note: '',
  },
  FWPM_CONDITION_SUB_INTERFACE_INDEX: {
    meaning: 'サブインターフェイス インデックス。',
    note: '',
  },
  FWPM_CONDITION_TUNNEL_TYPE: {
    meaning: 'インターフェイスのトンネルの種類。',
    note: '',
  },
  FWPM_CONDITION_ARRIVAL_INTERFACE_INDEX: {
    meaning: '到着インターフェイス インデックス。',
    note: '',
  },
  FWPM_CONDITION_ARRIVAL_INTERFACE_TYPE: {
    meaning: '到着インターフェイスの種類。',
    note: '',
  },
  FWPM_CONDITION_ARRIVAL_SUB_INTERFACE_INDEX: {
    meaning: '到着サブインターフェイス インデックス。',
    note: 'ICMP エラー レイヤーと受信/受け入れレイヤーについて、Win32 のページでは、Vista/7 は SUB_INTERFACE_INDEX / INTERFACE_INDEX / INTERFACE_TYPE / TUNNEL_TYPE を使い、新しいリリースは ARRIVAL_SUB_INTERFACE_INDEX / LOCAL_INTERFACE_* / LOCAL_TUNNEL_TYPE を使うとしています。WDK 版では Vista RTM についてその逆を述べ、Vista SP1 以降はどちらも有効としています。どちらの名前も受け入れてください。',
  },
  FWPM_CONDITION_ARRIVAL_TUNNEL_TYPE: {
    meaning: '到着インターフェイスのトンネルの種類。',
    note: '',
  },
  FWPM_CONDITION_LOCAL_INTERFACE_INDEX: {
    meaning: 'ローカル インターフェイス インデックス。',
    note: 'ICMP エラー レイヤーと受信/受け入れレイヤーについて、Win32 のページでは、Vista/7 は SUB_INTERFACE_INDEX / INTERFACE_INDEX / INTERFACE_TYPE / TUNNEL_TYPE を使い、新しいリリースは ARRIVAL_SUB_INTERFACE_INDEX / LOCAL_INTERFACE_* / LOCAL_TUNNEL_TYPE を使うとしています。WDK 版では Vista RTM についてその逆を述べ、Vista SP1 以降はどちらも有効としています。どちらの名前も受け入れてください。',
  },
  FWPM_CONDITION_LOCAL_INTERFACE_TYPE: {
    meaning: 'ローカル インターフェイスの種類。',
    note: 'ICMP エラー レイヤーと受信/受け入れレイヤーについて、Win32 のページでは、Vista/7 は SUB_INTERFACE_INDEX / INTERFACE_INDEX / INTERFACE_TYPE / TUNNEL_TYPE を使い、新しいリリースは ARRIVAL_SUB_INTERFACE_INDEX / LOCAL_INTERFACE_* / LOCAL_TUNNEL_TYPE を使うとしています。WDK 版では Vista RTM についてその逆を述べ、Vista SP1 以降はどちらも有効としています。どちらの名前も受け入れてください。',
  },
  FWPM_CONDITION_LOCAL_TUNNEL_TYPE: {
    meaning: 'ローカル インターフェイスのトンネルの種類。',
    note: 'ICMP エラー レイヤーと受信/受け入れレイヤーについて、Win32 のページでは、Vista/7 は SUB_INTERFACE_INDEX / INTERFACE_INDEX / INTERFACE_TYPE / TUNNEL_TYPE を使い、新しいリリースは ARRIVAL_SUB_INTERFACE_INDEX / LOCAL_INTERFACE_* / LOCAL_TUNNEL_TYPE を使うとしています。WDK 版では Vista RTM についてその逆を述べ、Vista SP1 以降はどちらも有効としています。どちらの名前も受け入れてください。',
  },
  FWPM_CONDITION_NEXTHOP_INTERFACE_INDEX: {
    meaning: 'ネクスト ホップ インターフェイス インデックス。',
    note: '',
  },
  FWPM_CONDITION_NEXTHOP_INTERFACE_TYPE: {
    meaning: 'ネクスト ホップ インターフェイスの種類。',
    note: '',
  },
  FWPM_CONDITION_NEXTHOP_SUB_INTERFACE_INDEX: {
    meaning: 'ネクスト ホップ サブインターフェイス インデックス。',
    note: '',
  },
  FWPM_CONDITION_NEXTHOP_TUNNEL_TYPE: {
    meaning: 'ネクスト ホップのトンネルの種類。',
    note: '',
  },
  FWPM_CONDITION_SOURCE_INTERFACE_INDEX: {
    meaning: '転送パケットの送信元のインターフェイス。',
    note: '',
  },
  FWPM_CONDITION_SOURCE_SUB_INTERFACE_INDEX: {
    meaning: '転送パケットの送信元のサブインターフェイス。',
    note: '',
  },
  FWPM_CONDITION_DESTINATION_INTERFACE_INDEX: {
    meaning: '転送パケットの宛先のインターフェイス。',
    note: '',
  },
  FWPM_CONDITION_DESTINATION_SUB_INTERFACE_INDEX: {
    meaning: '転送パケットの宛先のサブインターフェイス。',
    note: '',
  },
  FWPM_CONDITION_NDIS_PORT: {
    meaning: 'NDIS ポート番号。',
    note: '',
  },
  FWPM_CONDITION_NDIS_MEDIA_TYPE: {
    meaning: 'NDIS メディアの種類 (ネイティブ MAC レイヤー)。',
    note: '',
  },
  FWPM_CONDITION_NDIS_PHYSICAL_MEDIA_TYPE: {
    meaning: 'NDIS 物理メディアの種類 (ネイティブ MAC レイヤー)。',
    note: '',
  },
  FWPM_CONDITION_COMPARTMENT_ID: {
    meaning: 'インターフェイスのルーティング コンパートメント。',
    note: '',
  },
  FWPM_CONDITION_CURRENT_PROFILE_ID: {
    meaning: '現在のネットワーク プロファイル (ドメイン、プライベート、パブリック)。',
    note: '',
  },
  FWPM_CONDITION_ORIGINAL_PROFILE_ID: {
    meaning: 'フローが開始されたときのネットワーク プロファイル。',
    note: '',
  },
  FWPM_CONDITION_LOCAL_INTERFACE_PROFILE_ID: {
    meaning: 'ローカル インターフェイスのネットワーク プロファイル。',
    note: '',
  },
  FWPM_CONDITION_ARRIVAL_INTERFACE_PROFILE_ID: {
    meaning: '到着インターフェイスのネットワーク プロファイル。',
    note: '',
  },
  FWPM_CONDITION_NEXTHOP_INTERFACE_PROFILE_ID: {
    meaning: 'ネクスト ホップ インターフェイスのネットワーク プロファイル。',
    note: '',
  },
  FWPM_CONDITION_DIRECTION: {
    meaning:
      '方向 (FWP_DIRECTION_INBOUND/OUTBOUND)。フロー確立とストリームでは接続の方向、データグラム データとストリーム パケットではパケットの方向です。',
    note: '',
  },
  FWPM_CONDITION_FLAGS: {
    meaning: 'FWP_CONDITION_FLAG_* フラグのビット フィールド。',
    note: '',
  },
  FWPM_CONDITION_REAUTHORIZE_REASON: {
    meaning: 'フローが再認証される理由。',
    note: '',
  },
  FWPM_CONDITION_MAC_LOCAL_ADDRESS: {
    meaning: 'ローカル MAC アドレス。',
    note: '',
  },
  FWPM_CONDITION_MAC_REMOTE_ADDRESS: {
    meaning: 'リモート MAC アドレス。',
    note: '',
  },
  FWPM_CONDITION_MAC_SOURCE_ADDRESS: {
    meaning: '送信元 MAC アドレス (vSwitch)。',
    note: '',
  },
  FWPM_CONDITION_MAC_DESTINATION_ADDRESS: {
    meaning: '宛先 MAC アドレス (vSwitch)。',
    note: '',
  },
  FWPM_CONDITION_INTERFACE_MAC_ADDRESS: {
    meaning: 'ローカル インターフェイスの MAC アドレス。',
    note: '',
  },
  FWPM_CONDITION_MAC_LOCAL_ADDRESS_TYPE: {
    meaning: 'ローカル MAC アドレスの種類 (ユニキャスト、マルチキャスト、ブロードキャスト)。',
    note: '',
  },
  FWPM_CONDITION_MAC_REMOTE_ADDRESS_TYPE: {
    meaning: 'リモート MAC アドレスの種類。',
    note: '',
  },
  FWPM_CONDITION_MAC_SOURCE_ADDRESS_TYPE: {
    meaning: '送信元 MAC アドレスの種類 (vSwitch)。',
    note: '',
  },
  FWPM_CONDITION_MAC_DESTINATION_ADDRESS_TYPE: {
    meaning: '宛先 MAC アドレスの種類 (vSwitch)。',
    note: '',
  },
  FWPM_CONDITION_ETHER_TYPE: {
    meaning: 'フレームの EtherType。',
    note: '',
  },
  FWPM_CONDITION_VLAN_ID: {
    meaning: 'VLAN 識別子。',
    note: '',
  },
  FWPM_CONDITION_L2_FLAGS: {
    meaning: 'レイヤー 2 フラグ (FWP_CONDITION_L2_*)。',
    note: '',
  },
  FWPM_CONDITION_VSWITCH_ID: {
    meaning: '仮想スイッチ。',
    note: '',
  },
  FWPM_CONDITION_VSWITCH_NETWORK_TYPE: {
    meaning: '仮想スイッチのネットワークの種類。',
    note: '',
  },
  FWPM_CONDITION_VSWITCH_TENANT_NETWORK_ID: {
    meaning: 'テナント ネットワーク。',
    note: '',
  },
  FWPM_CONDITION_VSWITCH_SOURCE_INTERFACE_ID: {
    meaning:
      'フレームの送信元のスイッチ ポート/NIC (MAC アドレスではなく NIC ID で照合してください)。',
    note: '',
  },
  FWPM_CONDITION_VSWITCH_SOURCE_INTERFACE_TYPE: {
    meaning: '送信元スイッチ ポートの種類。',
    note: '',
  },
  FWPM_CONDITION_VSWITCH_SOURCE_VM_ID: {
    meaning: 'フレームを送信した仮想マシン。',
    note: '',
  },
  FWPM_CONDITION_VSWITCH_DESTINATION_INTERFACE_ID: {
    meaning: 'フレームの宛先のスイッチ ポート/NIC。エグレス レイヤーのみです。',
    note: '',
  },
  FWPM_CONDITION_VSWITCH_DESTINATION_INTERFACE_TYPE: {
    meaning: '宛先スイッチ ポートの種類。エグレス レイヤーのみです。',
    note: '',
  },
  FWPM_CONDITION_VSWITCH_DESTINATION_VM_ID: {
    meaning:
      'フレームの宛先の仮想マシン。エグレスの vSwitch レイヤーでのみ使用できます (宛先がわかるのは、スイッチがフレームを転送した後だけです)。',
    note: '',
  },
  FWPM_CONDITION_VSWITCH_L2_FLAGS: {
    meaning: 'vSwitch のレイヤー 2 フラグ。',
    note: 'WDK 版では、IP_PROTOCOL が FWPM_CONDITION_P_PROTOCOL と書かれており、Win32 のページで vSwitch レイヤーに VSWITCH_L2_FLAGS とある箇所に L2_FLAGS が記載されています。',
  },
  FWPM_CONDITION_KM_AUTH_NAP_CONTEXT: {
    meaning: 'キーイング モジュールの承認の NAP コンテキスト (予約済み)。',
    note: '',
  },
  FWPM_CONDITION_REMOTE_ID: {
    meaning: 'SA ネゴシエーションでのリモート ID。',
    note: '',
  },
  FWPM_CONDITION_AUTHENTICATION_TYPE: {
    meaning: 'SA ネゴシエーションの認証の種類。',
    note: '',
  },
  FWPM_CONDITION_KM_TYPE: {
    meaning: 'キーイング モジュール (IKE、AuthIP、IKEv2)。',
    note: '',
  },
  FWPM_CONDITION_KM_MODE: {
    meaning: 'キーイング モジュールのモード (メイン、クイック、拡張)。',
    note: '',
  },
  FWPM_CONDITION_IPSEC_POLICY_KEY: {
    meaning: 'ネゴシエーションで使用する IPsec ポリシー。',
    note: '',
  },
  FWPM_CONDITION_RPC_IF_UUID: {
    meaning: 'RPC インターフェイスの UUID。',
    note: '',
  },
  FWPM_CONDITION_RPC_IF_VERSION: {
    meaning: 'RPC インターフェイスのバージョン。',
    note: '',
  },
  FWPM_CONDITION_RPC_IF_FLAG: {
    meaning: 'RPC インターフェイスのフラグ。',
    note: '',
  },
  FWPM_CONDITION_RPC_OPNUM: {
    meaning: 'RPC 操作番号。',
    note: '条件のページによると、Windows 11、または 2025 年 10 月の累積更新プログラムを適用した Windows 10 で使用できます。安全側に立って Windows 11 22H2 としてモデル化しています。',
  },
  FWPM_CONDITION_RPC_AUTH_LEVEL: {
    meaning: 'RPC 認証レベル。',
    note: '',
  },
  FWPM_CONDITION_RPC_AUTH_TYPE: {
    meaning: 'RPC 認証の種類。',
    note: '',
  },
  FWPM_CONDITION_RPC_PROTOCOL: {
    meaning: 'RPC プロトコル シーケンス (ncacn_ip_tcp、ncacn_np、ncalrpc …)。',
    note: '',
  },
  FWPM_CONDITION_RPC_EP_VALUE: {
    meaning: '追加される RPC エンドポイントの値。',
    note: '',
  },
  FWPM_CONDITION_RPC_EP_FLAGS: {
    meaning: '追加される RPC エンドポイントのフラグ。',
    note: '',
  },
  FWPM_CONDITION_PROCESS_WITH_RPC_IF_UUID: {
    meaning: '指定された RPC インターフェイスをホストするプロセス。',
    note: '',
  },
  FWPM_CONDITION_DCOM_APP_ID: {
    meaning: 'DCOM アプリケーション ID。',
    note: '',
  },
  FWPM_CONDITION_IMAGE_NAME: {
    meaning: 'RPC サーバー プロセスのイメージ名。',
    note: '',
  },
  FWPM_CONDITION_PIPE: {
    meaning: 'RPC 呼び出しの名前付きパイプ。',
    note: '',
  },
  FWPM_CONDITION_REMOTE_USER_TOKEN: {
    meaning: 'リモートの RPC 呼び出し元のトークン。',
    note: '',
  },
  FWPM_CONDITION_SEC_ENCRYPT_ALGORITHM: {
    meaning: 'RPC 接続の暗号化アルゴリズム。',
    note: '',
  },
  FWPM_CONDITION_SEC_KEY_SIZE: {
    meaning: 'RPC 接続のキー サイズ。',
    note: '',
  },
  FWPM_CONDITION_CLIENT_TOKEN: {
    meaning: 'RpcProxy クライアントのトークン。',
    note: '',
  },
  FWPM_CONDITION_CLIENT_CERT_KEY_LENGTH: {
    meaning: 'RpcProxy クライアント証明書のキーの長さ。',
    note: '',
  },
  FWPM_CONDITION_CLIENT_CERT_OID: {
    meaning: 'RpcProxy クライアント証明書の OID。',
    note: '',
  },
  FWPM_CONDITION_RPC_PROXY_AUTH_TYPE: {
    meaning: 'RpcProxy の認証の種類。',
    note: '',
  },
  FWPM_CONDITION_RPC_SERVER_NAME: {
    meaning: 'RpcProxy 接続の対象の RPC サーバー。',
    note: '',
  },
  FWPM_CONDITION_RPC_SERVER_PORT: {
    meaning: 'RpcProxy 接続の対象の RPC サーバー ポート。',
    note: '',
  },
  FWP_CONDITION_FLAG_IS_LOOPBACK: {
    meaning: 'ループバック トラフィック。',
    note: 'FWPM_CONDITION_FLAGS によるフラグの判定です。一部のレイヤーでは Windows Vista SP1 以降で使用できます (フラグのページを参照してください)。',
  },
  FWP_CONDITION_FLAG_IS_IPSEC_SECURED: {
    meaning: 'IPsec で保護されたトラフィック。',
    note: 'フラグのテストです: FWP_MATCH_FLAGS_ALL_SET / ANY_SET / NONE_SET を使った FWPM_CONDITION_FLAGS。',
  },
  FWP_CONDITION_FLAG_IS_REAUTHORIZE: {
    meaning: '新しい接続ではなく、再認証 (ポリシーの変更)。',
    note: 'フラグのテストです: FWP_MATCH_FLAGS_ALL_SET / ANY_SET / NONE_SET を使った FWPM_CONDITION_FLAGS。',
  },
  FWP_CONDITION_FLAG_IS_WILDCARD_BIND: {
    meaning: 'ワイルドカード アドレスにバインドされたアプリケーション。',
    note: 'フラグのテストです: FWP_MATCH_FLAGS_ALL_SET / ANY_SET / NONE_SET を使った FWPM_CONDITION_FLAGS。',
  },
  FWP_CONDITION_FLAG_IS_RAW_ENDPOINT: {
    meaning: 'ローカル エンドポイントが raw ソケットです。',
    note: 'FWPM_CONDITION_FLAGS によるフラグの判定です。一部のレイヤーでは Windows Vista SP1 以降で使用できます (フラグのページを参照してください)。',
  },
  FWP_CONDITION_FLAG_IS_FRAGMENT: {
    meaning: 'NET_BUFFER_LIST が IP フラグメントです (受信 IP パケット レイヤー)。',
    note: 'フラグメント単位の通知をスキップするには、FWP_MATCH_FLAGS_NONE_SET で照合します。',
  },
  FWP_CONDITION_FLAG_IS_FRAGMENT_GROUP: {
    meaning:
      'NET_BUFFER_LIST がフラグメントのチェーンです (転送レイヤー、フラグメントのグループ化が有効な場合)。',
    note: 'フラグのテストです: FWP_MATCH_FLAGS_ALL_SET / ANY_SET / NONE_SET を使った FWPM_CONDITION_FLAGS。',
  },
  FWP_CONDITION_FLAG_IS_REASSEMBLED: {
    meaning: 'パケットが再構成されました。',
    note: 'FWPM_CONDITION_FLAGS によるフラグの判定です。一部のレイヤーでは Windows Vista SP1 以降で使用できます (フラグのページを参照してください)。',
  },
  FWP_CONDITION_FLAG_IS_NAME_APP_SPECIFIED: {
    meaning:
      'ピア名はキャッシュのヒューリスティックではなく、アプリケーション (WSASetSocketPeerTargetName) から取得されました。',
    note: 'フラグのテストです: FWP_MATCH_FLAGS_ALL_SET / ANY_SET / NONE_SET を使った FWPM_CONDITION_FLAGS。',
  },
  FWP_CONDITION_FLAG_IS_AUTH_FW: {
    meaning: '接続がエンドツーエンドで認証されています。',
    note: 'フラグのテストです: FWP_MATCH_FLAGS_ALL_SET / ANY_SET / NONE_SET を使った FWPM_CONDITION_FLAGS。',
  },
  FWP_CONDITION_FLAG_IS_RECLASSIFY: {
    meaning: '以前のバインドまたはリッスンが再分類されています。',
    note: 'フラグのテストです: FWP_MATCH_FLAGS_ALL_SET / ANY_SET / NONE_SET を使った FWPM_CONDITION_FLAGS。',
  },
  FWP_CONDITION_FLAG_IS_HONORING_POLICY_AUTHORIZE: {
    meaning: 'リダイレクトされたストア アプリの意図を尊重する分類 (通常は許可します)。',
    note: 'フラグのテストです: FWP_MATCH_FLAGS_ALL_SET / ANY_SET / NONE_SET を使った FWPM_CONDITION_FLAGS。',
  },
};

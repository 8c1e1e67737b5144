/**
 * Japanese words of why an alternative fits a design (the twin of en/alternatives.ts). Pure.
 */
import type { AlternativeParams } from '@/engine/alternative-rules';
import type { Messages } from '../message';
import { OS_NAMES } from './common';

export const alternatives: Messages<AlternativeParams> = {
  'firewall-protect': () =>
    '認証を要求する接続のセキュリティ規則とファイアウォール規則で、コードなしで同じ IPsec ポリシーを構成できます。',
  'firewall-admin-owned': () =>
    '規則を製品ではなく管理者やポリシーが管理する場合は、ファイアウォール規則でコードなしに同じ条件を表現できます。',
  'firewall-fixed-parts': () =>
    '固定の条件で済む部分については、ファイアウォール規則ならコードは一切不要です。',
  'user-mode-filters': () =>
    '判断をレイヤーが提供する条件 (アプリケーション、ユーザー、アドレス、ポート、プロトコル、インターフェイス) に落とし込める場合は、ユーザー モードからの通常のフィルターで十分で、ドライバーは不要です。',
  'audit-records': () =>
    '接続レベルの記録 (アプリケーション、アドレス、ポート、許可またはブロック) で十分な場合は、監査ログとネット イベントでドライバーなしに取得できます。ただし、許可された接続がネット イベントとして得られるのは Windows 8 以降だけです。',
  'ndis-before-win8': (p) =>
    `MAC フレーム レイヤーは Windows 8 以降に存在します。${OS_NAMES[p.os]} では、NDIS ライトウェイト フィルターがフレームをフィルター処理する文書化された方法です。`,
  'ndis-frames': () =>
    'NDIS ライトウェイト フィルターは、WFP が分類しないプロトコルも含め、アダプターのすべてのフレームを認識します (その階層にはアプリケーションやソケットのコンテキストはありません)。',
  'diversion-no-driver': () =>
    '製品は独自のドライバーを配布できません。署名済みのパケット転用ドライバーを使うと、その制限の範囲内で、ユーザー モードのプログラムがパケットをキャプチャ、破棄、変更、再挿入できます。',
  'diversion-prototype': () =>
    'プロトタイプやツールであれば、署名済みのパケット転用ドライバーでユーザー モードからパケット処理を行えます。ただし、IP パケット レイヤーと転送レイヤーに限られます。',
  'qos-throttle': () =>
    'ポリシー ベースの QoS は、ドライバーなしでアプリケーション、アドレス、プロトコル、ポートによって送信トラフィックを調整します。受信トラフィックはシェーピングしません。',
  'qos-dscp': () =>
    'ヘッダーの変更が DSCP のマーキングであれば、ポリシー ベースの QoS がドライバーなしで、アプリケーション、アドレス、ポートごとに送信トラフィックをマークします。',
  'hyper-v-firewall': () =>
    'Windows がホストするコンテナーと WSL については、Hyper-V ファイアウォール規則がドライバーなしでそのトラフィックをフィルター処理します。',
  'hyper-v-switch-extension': () =>
    'Hyper-V 拡張可能スイッチの拡張機能 (キャプチャ、フィルター処理、転送) は、WFP ではなく NDIS のセマンティクスで、同じスイッチのパス上で動作します。',
  'socket-option': () =>
    '製品がソケットを所有している場合は、ソケットごとのオプション (IP_TTL など) やシステム全体の既定値で、パケットを書き換えずにヘッダーを変更できます。',
  'connection-policy': (p) =>
    `Windows 11 では、接続ポリシー (FwpmConnectionPolicyAdd0) により、アプリケーションの新しい送信接続を、選択したインターフェイス、送信元アドレス、ネクスト ホップ経由でルーティングできます。ユーザー モードからドライバーなしで行える、アプリ単位のスプリット トンネリングのためのプロセス ベースのルーティングです。FWPS_FIELDS のページでは ${OS_NAMES[p.minOs]} 以降、FWPS_CONNECTION_POLICY0 では Windows 11 24H2 以降と記載されています。対象のビルドを確認してください。`,
  'windows-nat': () =>
    '内部プレフィックスの単純な送信元 NAT や固定のポート転送であれば、Windows NAT (New-NetNat) がドライバーなしで、応答も含めて両方向を変換します。',
};

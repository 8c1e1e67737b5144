/**
 * ワークショップ モード (issue 11) の日本語。最初のモードを開いたときに読み込まれます (カタログの
 * `workshop.load`): シナリオ ギャラリーとそのストーリー (シナリオ ID がキー)、パケット パス、
 * プレゼンテーション、クイズ、レイヤーの比較。用語は docs/i18n/ja/glossary.md (Microsoft の日本語
 * WFP ドキュメント) に従います。Pure.
 */
import type { QuizKind } from '@/engine/quiz';
import { layerName } from './common';
import type { ScenarioWords, WorkshopWords } from '../en/workshop-words';
import { withTidySpacing } from './spacing';

const LIST = new Intl.ListFormat('ja', { style: 'long', type: 'unit' });
const KIND_PHRASE: Readonly<Record<QuizKind, string>> = {
  filter: 'ユーザー モードからの組み込みフィルター',
  callout: 'カーネル モードのコールアウト ドライバー',
};

const stories: Readonly<Record<string, ScenarioWords>> = {
  'block-app-outbound': {
    title: '1 つのアプリの送信接続をブロック',
    story:
      'セキュリティ チームは、あるゲーム ランチャーに送信 TCP 接続を一切開かせたくありません。判断は接続するプログラムだけで決まり、あらかじめわかっています。',
  },
  'rdp-from-admin-subnet': {
    title: 'リモート デスクトップは管理サブネットからのみ',
    story:
      'サーバーはリモート デスクトップ (TCP 3389) を管理者のサブネットからだけ受け入れる必要があります。アドレスとポートは固定のルールで、接続の受け入れ時に確認します。',
  },
  'dlp-outbound-http': {
    title: '送信 HTTP のデータ損失防止 (DLP)',
    story:
      'DLP 製品が送信 HTTP 要求の本文を読み取り、カード番号を含むものを記録します。TCP ペイロードを順序どおりに見る必要があり、判断は自社のコードが行います。',
  },
  'tcp-find-replace': {
    title: 'TCP ストリーム内の文字列置換',
    story:
      'テスト ハーネスが、すべての TCP ストリームで双方向に、ある文字列を別の文字列に置き換えます。Microsoft の stmedit サンプルがまさにこれを行います。',
  },
  'transparent-proxy': {
    title: '1 つのアプリ向けの透過プロキシ',
    story:
      'Web フィルターが、ブラウザーの送信 TCP 接続をすべて、ブラウザーに気付かれずにこのホスト上のプロキシへ渡します。',
  },
  'prompt-outbound': {
    title: '接続の前にユーザーに確認',
    story:
      'パーソナル ファイアウォールが、プログラムが新しい送信接続を開いてよいかをポップアップでユーザーに尋ねます。答えは数秒後にユーザー モード サービスから届きます。',
  },
  'telemetry-established': {
    title: 'プロセス付きの接続テレメトリ',
    story:
      'エンドポイント エージェントが、確立されたすべての TCP 接続をプロセス、アドレス、ポートとともに、自社のコードで記録します。',
  },
  'router-block-network': {
    title: 'ルーター: 敵対的なネットワークを破棄',
    story:
      'Windows ホストが 2 つのネットワーク間をルーティングしており、ある敵対的なアドレス範囲からルーティングされるものをすべて破棄する必要があります。ルールは固定です。',
  },
  'stealth-udp': {
    title: 'ステルス: UDP にポート到達不能を返さない',
    story:
      '強化されたサーバーは、閉じた UDP ポートへの探査に ICMP ポート到達不能で応答してはいけません。スキャナーには何も伝わりません。',
  },
  'rewrite-inbound-udp': {
    title: '受信 UDP のフィールドを書き換え',
    story:
      'ゲーム サーバー用の中継モジュールが、アプリケーションが読み取る前に受信 UDP ペイロード内のフィールドを書き換えます。',
  },
  'inject-tcp-segments': {
    title: '細工した TCP セグメントを挿入',
    story:
      'プロトコル テスト ツールが、フラグとシーケンス番号を指定した送信 TCP セグメントを挿入します。',
  },
  'rewrite-outbound-ttl': {
    title: '送信パケットの TTL を書き換え',
    story:
      'ネットワーク検証用ツールが、すべての送信 IP パケットの TTL を固定値にします。IP ヘッダーが必要ですが、それは送信パスの下のほうにしか存在しません。',
  },
  'ethertype-win7': {
    title: 'Windows 7 で EtherType によるフィルター処理',
    story:
      '産業用製品が、Windows 7 のマシンで特定の EtherType のフレームを破棄する必要があります。WFP のレイヤー 2 のレイヤーは Windows 8 で追加されました。',
  },
  'dlp-verdict-from-service': {
    title: 'スキャン サービスが TCP の内容を判断',
    story:
      'DLP エージェントが送信 TCP の内容をユーザー モードのスキャン サービスに送り、サービスが問題なしと答えてから初めてデータを通します。',
  },
  'split-tunnel-app': {
    title: 'アプリごとのスプリット トンネル',
    story:
      'VPN クライアントが、あるプログラムのソケットを物理アダプターのアドレスにバインドし、その通信をトンネルの外へ流します。Mozilla VPN はバインド リダイレクトのコールアウトでこれを実現しました。',
  },
  'stealth-tcp': {
    title: 'ステルス: 閉じた TCP ポートに RST を返さない',
    story:
      'スキャナーが閉じた TCP ポートに SYN を送っても、サーバーは沈黙を保つ必要があります。RST は返しません。',
  },
  'ethertype-win10': {
    title: 'Windows 10 で EtherType によるフィルター処理',
    story:
      'Windows 7 と同じ EtherType のルールを、MAC フレーム レイヤーがある Windows 10 のマシンだけで使います。',
  },
  'vm-port-block': {
    title: '1 台の VM へのポートをブロック',
    story:
      'Hyper-V ホストで、ある仮想マシンの特定ポートへの受信 TCP を、仮想スイッチ上の固定ルールでブロックします。',
  },
  'vm-payload-inspect': {
    title: 'スイッチ上で VM のトラフィックを検査',
    story:
      '監視製品が、Hyper-V 仮想スイッチを通過するすべてのトラフィックのペイロードを自社のコードで検査します。',
  },
  'shape-inbound-tcp': {
    title: '受信ダウンロードの速度を落とす',
    story:
      '帯域幅管理ツールが、このホストの受信 TCP ダウンロードの速度を落とします。どれだけ通すかはコードで決めます。',
  },
  'nat-forwarded': {
    title: 'ルーティングされるトラフィックの NAT',
    story:
      'ホーム ルーター製品が、2 つのネットワーク間でルーティングするトラフィックのアドレスとポートを自社のコードで書き換えます。',
  },
  'monitor-app-tcp': {
    title: '1 つのアプリの TCP データを監視',
    story:
      '診断ツールが、あるアプリケーションの TCP データを双方向に記録します。Microsoft の msnmntr サンプルは、フローにアプリの情報を付けてストリームを読み取ります。',
  },
  'appcontainer-block': {
    title: 'ストア アプリをブロック',
    story:
      '企業のポリシーで、パッケージで識別される 1 つのパッケージ アプリ (AppContainer) の送信接続をブロックします。',
  },
  'audit-connections': {
    title: 'ドライバーなしで接続を記録',
    story:
      '運用チームは、すべての TCP 接続をプログラム、アドレス、ポートとともに記録したいのですが、ドライバーは配布できません。固定のルールで、接続単位の情報です。',
  },
  'discard-log': {
    title: 'なぜ破棄されたのか',
    story:
      'サポート ツールが、スタックやフィルターが破棄した受信トラフィックをアドレスとともに記録し、障害の原因をユーザーに説明します。',
  },
};

export const workshopWords: WorkshopWords = withTidySpacing({
  locale: 'ja',
  layerName,

  verdicts: {
    'user-mode': 'ユーザー モードからの組み込みフィルター',
    'kernel-callout': 'カーネル モードのコールアウト ドライバー',
    'other-technology': '他のテクノロジ (WFP 以外)',
  },
  ipsec: {
    compatible: 'IPsec 互換',
    conditional: 'IPsec 条件付き互換',
    incompatible: 'IPsec 非互換',
    'not-applicable': 'IPsec 該当なし',
  },

  gallery: {
    title: 'シナリオ ギャラリー',
    intro: (count) =>
      `${count} 件の作業例があります。読み込むと、回答済みの質問、ダイアグラム、結果が表示されます。ブラウザーの [戻る] で元の状態に戻ります。`,
    load: '読み込む',
    loadLabel: (title) => `シナリオを読み込む: ${title}`,
    loaded: '読み込み済み',
    expected: '想定される結果',
    noLayer: 'WFP レイヤーなし',
    origin: {
      public: '公開の作業例',
      wfpsampler: 'WFPSampler のシナリオ群',
      peer: '実製品のパターン',
      sample: 'Microsoft のサンプル',
    },
    pattern: {
      'per-app-firewall': 'アプリごとのファイアウォール',
      'admin-access': '管理アクセスのルール',
      'dlp-stream': 'DLP のストリーム検査',
      'stream-edit': 'ストリームの編集',
      'transparent-proxy': '透過プロキシ',
      'interactive-prompt': '対話型の確認',
      'connection-telemetry': '接続テレメトリ',
      'router-filtering': 'ルーターでのフィルター処理',
      stealth: 'ステルス モード',
      'packet-modification': 'パケットの変更',
      'packet-injection': 'パケット挿入',
      'l2-filtering': 'レイヤー 2 のフィルター処理',
      'split-tunnel': 'スプリット トンネル',
      'vm-traffic': 'VM のトラフィック',
      'traffic-shaping': 'トラフィック シェーピング',
      nat: 'NAT',
      'app-data-monitor': 'アプリのデータ監視',
      'app-container': 'AppContainer のルール',
      'drop-diagnostics': '破棄の診断',
    },
    wfpSampler: (name) => `WFPSampler: ${name}`,
    sources: '出典',
    stories,
  },

  paths: {
    title: 'パケット パス',
    intro:
      'フローを選ぶと、通過するレイヤーにドキュメントどおりの順で番号が付きます。矢印キーで 1 ステップずつ進めるか、再生します。',
    pickLabel: 'フロー',
    titles: {
      'tcp-connect': 'TCP 接続 (クライアント)',
      'tcp-accept': 'TCP 受け入れ (サーバー)',
      'tcp-send': 'TCP データの送信',
      'tcp-receive': 'TCP データの受信',
      'udp-send-first': '最初の UDP データグラムの送信',
      'udp-receive-first': '最初の UDP データグラムの受信',
      'udp-closed-port': '閉じたポートへの UDP',
      'icmp-error-in': 'ICMP エラーの受信',
      forwarded: 'このホストを経由してルーティングされるパケット',
      'loopback-connect': 'ループバック接続',
      'vswitch-frame': 'Hyper-V スイッチを通過するフレーム',
    },
    stepOf: (n, total) => `ステップ ${n}/${total}`,
    stepLabel: (n, total, inferred) =>
      inferred ? `ステップ ${n}/${total} (推定)` : `ステップ ${n}/${total}`,
    previous: '前のステップ',
    next: '次のステップ',
    play: '再生',
    pause: '一時停止',
    restart: '最初から',
    keys: '← → ステップ移動 · Space 再生/一時停止 · Home 最初のステップ',
    unitLabel: '分類の単位',
    dataLabel: 'データの開始位置',
    identityLabel: 'アプリの ID',
    directionLabel: '方向',
    confidenceLabel: '順序',
    units: {
      'socket-operation': 'ソケット操作 (バインド、リッスン)',
      connection: '接続 (最初のパケットまたは接続要求)',
      stream: 'TCP ストリーム: 順序どおりのバイト列',
      packet: '1 つのパケット',
      frame: '1 つのフレーム',
      policy: 'ルーティング ポリシー',
      none: 'なし (通知)',
    },
    dataStarts: {
      'bind-request': 'パケットなし: layerData は FWPS_BIND_REQUEST0',
      'connect-request': 'パケットなし: layerData は FWPS_CONNECT_REQUEST0',
      'no-packet': 'パケットなし: オフセットはありません',
      'stream-bytes': 'ストリームのバイト列 (IP ヘッダーも TCP ヘッダーもなし)',
      'transport-header': 'トランスポート ヘッダー',
      'after-transport-header': 'トランスポート ヘッダーの後のデータ (ヘッダーへは後退して到達)',
      'icmp-header': 'ICMP ヘッダー',
      'inner-ip-header': '埋め込まれた (内側の) IP ヘッダー',
      'ip-header': 'IP ヘッダー',
      'mac-header': 'MAC (イーサネット) ヘッダー',
      'where-stopped': 'スタックがパケットの処理を止めた位置',
    },
    identity: {
      condition: 'あり: アプリとユーザーはこのレイヤーのフィルター条件です',
      'flow-context': 'ALE フロー確立でコールアウトが設定したフロー コンテキスト経由のみ',
      none: 'なし: このレイヤーにはアプリもユーザーもありません',
    },
    directions: { inbound: '受信', outbound: '送信' },
    confidence: {
      documented: 'ドキュメントに記載',
      sample: 'Microsoft のサンプルに記載',
      inferred: '推定: このステップの順序を示すドキュメントはなく、アプリが配置しています',
    },
    inferredMark: '推定',
    notes: {
      'syn-ack-out': 'サーバーの SYN-ACK は送信パスを通って戻ります。',
      'ack-in':
        'クライアントの ACK が (再び受信 IP パケットと受信トランスポートを通って) 届くと、フローが確立されます。',
      'mac-win8':
        'MAC フレーム レイヤー (Windows 8 以降) は、アダプターが送受信するすべてのフレームを見ます。',
      'no-endpoint':
        'ポートでリッスンしているソケットがないため、データグラムは破棄レイヤーで終わります。ここでブロックすると ICMP エラーは送られません。',
      'icmp-unreachable-out':
        'スタックは ICMP ポート到達不能で応答します。ここで種類 3 をブロックすれば、スキャナーには何も伝わりません。',
      'icmp-error-in':
        'ICMP エラーは ALE レイヤーには届かず、ICMP エラー レイヤーで分類されます。受信 IP パケットの後という位置は推定です。',
      'forwarding-on':
        'IP 転送が有効な場合のみです。ルーティングされるパケットについてドキュメントに記載された IP レベルの分類は、転送レイヤーだけです。',
      'loopback-crossing':
        'クライアントの送信パスが SYN をサーバーの受信パスに渡します。アダプターを通らないため、MAC フレーム レイヤーは通りません。ここのどのレイヤーにも IS_LOOPBACK フラグが記載されていますが、受け渡しの順序は推定です。',
      'vswitch-order':
        'イングレスはエグレスより先です。各側でのイーサネット レイヤーとトランスポート レイヤーの順序はドキュメントに記載がありません。',
      'first-packet-only':
        'ここで承認されるのは新しいフローの最初のデータグラムだけです。以降のデータグラムは ALE を通りません。',
    },
    sources: '出典',
  },

  present: {
    title: 'プレゼンテーション',
    leave: 'プレゼンテーションを終了',
    keys: '← → 前へ / 次へ · Esc 終了',
    noResult: '質問に答えるか、シナリオを読み込むと推奨事項が表示されます。',
    verdictLine: (layer, verdict) => `${layer}: ${verdict}`,
    noLayerVerdict: (verdict) => verdict,
    scenarioOf: (n, total) => `シナリオ ${n}/${total}`,
  },

  quiz: {
    title: 'クイズ',
    intro:
      '課題を読み、正しいと思うレイヤーをダイアグラムまたは一覧から選んでください。さらに、組み込みフィルターで足りるか、コールアウトが必要かを答えます。',
    questionOf: (n, total) => `問題 ${n}/${total}`,
    score: (right, answered) => `スコア: ${answered} 問中 ${right} 問正解`,
    layerLabel: 'あなたのレイヤー',
    choose: 'レイヤーを選択…',
    kindLabel: '何が必要ですか?',
    kinds: {
      filter: 'ユーザー モードからの組み込みフィルター',
      callout: 'カーネル モードのコールアウト ドライバー',
    },
    commit: '答え合わせ',
    needPick: '先にレイヤーを選び、フィルターかコールアウトかを答えてください。',
    right: '正解です。',
    wrong: '残念、不正解です。',
    yourPick: (layer, kind) => `あなたの答え: ${layer} で${KIND_PHRASE[kind]}。`,
    layerRight: 'このタスクを行える最も高いレイヤーです。',
    companion:
      'このレイヤーは併用レイヤーとして設計に含まれますが、タスクが求める処理は推奨レイヤーで判断します。',
    lowerWorkable:
      'このレイヤーでも可能ですが、より高いレイヤーでも可能です。処理を行える最も高いレイヤーでフィルター処理してください。',
    excluded: (reason) => `このレイヤーではできません: ${reason}`,
    kindReasons: {
      'filter-suffices':
        'ユーザー モードから構成する組み込みフィルターで足ります。ドライバーは不要です。',
      'needs-callout':
        '組み込みのフィルター機能ではできません。そのレイヤーにカーネル モードのコールアウトが必要です。',
    },
    answer: (layer, kind) => `推奨: ${layer} で${KIND_PHRASE[kind]}。`,
    compareWithAnswer: 'あなたのレイヤーと正解を比較',
    markPicked: 'あなたの選択',
    markAnswer: '正解',
    markPickedAnswer: 'あなたの選択 (正解)',
    next: '次の問題',
    finish: 'スコアを見る',
    done: (right, total) => `ラウンド終了: ${total} 問中 ${right} 問正解です。`,
    again: '新しいラウンド',
  },

  compare: {
    title: 'レイヤーの比較',
    intro:
      '2 つまたは 3 つのレイヤーを選んでください。違いのある行に印が付き、一覧ではすべてのレイヤーに共通しない項目に下線が付きます。',
    slot: (n) => `レイヤー ${n}`,
    none: '—',
    addThird: '3 つ目のレイヤーを追加',
    removeThird: '3 つ目のレイヤーを削除',
    differs: '相違',
    capability: '機能',
    errors: {
      'too-few': '2 つ以上のレイヤーを選んでください。',
      'too-many': '比較できるのは 3 つまでです。',
      duplicate: '異なるレイヤーを選んでください。',
      'unknown-layer': 'ナレッジ ベースにないレイヤーが含まれています。',
    },
    rows: {
      tier: 'スタックの階層',
      unit: '1 回の分類の対象',
      directions: '方向',
      traffic: '見えるトラフィック',
      payload: 'ペイロードの可視性',
      conditions: 'フィルター条件',
      'filter-block': '通常のフィルターでのブロック',
      'callout-block': 'コールアウトからのブロック',
      injection: '挿入',
      pend: '保留 (判断を待たせる)',
      'flow-handle': 'フロー コンテキストが届く',
      identity: 'アプリとユーザーの ID',
      'ipsec-filter': 'IPsec (通常のフィルター)',
      'ipsec-callout': 'IPsec (コールアウト)',
      'min-os': '最小 Windows',
      caveats: 'ドキュメント上の注意点',
    },
    codes: {
      'user-mode': 'ユーザー モード レイヤー',
      ale: 'ALE',
      data: 'ストリーム / データグラム データ',
      transport: 'トランスポートと ICMP エラー',
      network: 'IP パケットと転送',
      mac: 'MAC フレーム',
      vswitch: 'Hyper-V スイッチ',
      internal: '内部用 (使用不可)',
      'socket-operation': 'ソケット操作',
      connection: '接続',
      stream: 'TCP ストリーム',
      packet: 'パケット',
      frame: 'フレーム',
      policy: 'ルーティング ポリシー',
      none: 'なし',
      inbound: '受信',
      outbound: '送信',
      local: 'このホスト',
      forwarded: 'ルーティング',
      l2: 'レイヤー 2 フレーム',
      yes: 'はい',
      no: 'いいえ',
      'first-packet': '最初のパケットのみ',
      'ciphertext-if-ipsec': 'はい (IPsec では暗号文)',
      allowed: '可',
      forbidden: '禁止',
      'not-a-decision-point': '判断ポイントではない',
      undocumented: 'ドキュメントに記載なし',
      'no-callouts': 'コールアウトなし',
      'pend-operation': 'FwpsPendOperation0',
      'pend-classify': 'FwpsPendClassify0',
      'out-of-band': '帯域外 (吸収して再挿入)',
      condition: 'フィルター条件',
      'flow-context': 'フロー コンテキスト経由',
      compatible: '互換',
      conditional: '条件付き互換',
      incompatible: '非互換',
      'not-applicable': '該当なし',
      vista: 'Windows Vista',
      win7: 'Windows 7',
      win8: 'Windows 8',
      win10: 'Windows 10',
      'win11-22h2': 'Windows 11 22H2',
      unknown: 'ドキュメントに記載なし',
    },
    caveats: (gaps, conflicts, typos) => {
      const parts = [
        gaps > 0 ? `記載の欠落 ${gaps} 件` : '',
        conflicts > 0 ? `記載の矛盾 ${conflicts} 件` : '',
        typos > 0 ? `誤記 ${typos} 件` : '',
      ].filter((part) => part !== '');
      return parts.length === 0 ? 'なし' : LIST.format(parts);
    },
  },
});

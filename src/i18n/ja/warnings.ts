/**
 * Japanese words of the engine's warnings (the twin of en/warnings.ts): a title and a text per
 * warning id. Pure.
 */
import type { WarningCatalogue } from '../en/warnings';
import { layerName, listWords } from './common';
import { ipsecFixText } from './ipsec';
import { knowledge } from './knowledge';

export const warnings: WarningCatalogue = {
  'no-app-identity-below-ale': {
    title: 'アプリとユーザーの ID は ALE にのみ存在',
    text: (p) =>
      (p.primary
        ? `${layerName(p.primary)} にはアプリケーションやユーザーの条件はありません。これらがフィルター条件になるのは ALE レイヤーだけです。`
        : 'アプリケーションとユーザーがフィルター条件になるのは ALE レイヤーだけです。') +
      'ALE より下では、これらがコールアウトに届くのは、ALE フロー確立レイヤーで関連付けたフロー コンテキスト (FwpsFlowAssociateContext0) を通じてだけで、しかもフロー ハンドルを持つレイヤー (ストリーム、データグラム データ、ストリーム パケット、トランスポート) に限られます。IP パケット、転送、ICMP エラー、MAC、vSwitch の各レイヤーがこれらを認識することはありません。',
  },
  'ipsec-incompatible-in-use': {
    title: 'IPsec が使用されていますが、この設計は IPsec と互換性がありません',
    text: (p) =>
      `${p.diversion ? '製品が使うパケット転用ドライバーは IP パケットを扱い、その場所' : `${p.layer ? layerName(p.layer) : 'このレイヤー'} のコールアウトが実行される場所`}では、受信 IPsec トラフィックはまだ復号も検証もされておらず、送信トラフィックは既に保護されています。そこでは暗号文しか見えず、Microsoft はネットワーク レイヤーと転送レイヤーのコールアウトを IPsec と互換性がないものとしています。` +
      (p.fixes.length > 0
        ? `このタスクで取れる対処: ${p.fixes.map(ipsecFixText).join('')}`
        : 'このタスクを行える上位のレイヤーはないため、回避策は IPsec で保護されたトラフィックに手を加えないことだけです。'),
  },
  'ip-forwarding-must-be-enabled': {
    title: '転送レイヤーには IP 転送が必要',
    text: () =>
      'IP 転送レイヤーで分類が行われるのは、関係するインターフェイスで IP 転送が有効になっている場合だけです。既定ではオフです。インターフェイスごとに有効にしてください (netsh interface ipv4|ipv6 set interface … forwarding=enabled)。',
  },
  'unregistered-callout-blocks': {
    title: 'コールアウトが登録されていない間、フィルターはブロックする',
    text: (p) =>
      p.failOpen
        ? 'コールアウトを呼び出すアクションを持つフィルターは、そのコールアウトが追加されていても登録されていない間 (ドライバーの未読み込み、アンロード中、クラッシュ) は BLOCK として動作します。代わりにトラフィックを通過させるには、フィルターに FWPM_FILTER_FLAG_PERMIT_IF_CALLOUT_UNREGISTERED を設定してください。このフラグは、終了型と不明なアクションのコールアウトにのみ適用されます。'
        : 'コールアウトを呼び出すアクションを持つフィルターは、そのコールアウトが追加されていても登録されていない間 (ドライバーの未読み込み、アンロード中、クラッシュ) は BLOCK として動作します。これは要望どおりのフェイル クローズです。起動時や更新時にコンピューターが切断されないよう、フィルターが効力を持つ前にドライバーが読み込まれるようにしてください。',
  },
  'pend-across-power-transitions': {
    title: '長時間の保留は電源移行時にバグチェックを引き起こすことがある',
    text: () =>
      'WFPSampler の保留シナリオでは、長時間の保留がコンピューターのバグチェックを引き起こす可能性があると警告しています。電源移行 (スリープ、休止状態) で許容される時間を超えて受信パケットを保持すると、その移行が停止します。すべての待機にタイムアウトと既定の判定を設け、電源状態が変わったら保持中の処理を完了してください。',
  },
  'self-injection-loop': {
    title: '挿入したパケットはコールアウトに戻ってくる',
    text: () =>
      'ドライバーが挿入したパケットは、再びそのコールアウトに通知されます。classifyFn で FwpsQueryPacketInjectionState0 を呼び出し、状態が FWPS_PACKET_INJECTED_BY_SELF または FWPS_PACKET_PREVIOUSLY_INJECTED_BY_SELF のパケットを許可してください。そうしないと、ドライバーは自身のパケットを際限なく処理します。未変更のコピーを吸収して再挿入するドライバーが 2 つあると、それらの間でもループが発生することがあります。',
  },
  'redirect-loop-local-proxy': {
    title: 'リダイレクトした接続はリダイレクト コールアウトに戻ってくる',
    text: () =>
      '接続リダイレクト コールアウトには、既にリダイレクトした接続や、他のリダイレクターがそのプロキシに送った接続も見えます。Windows 8 以降では、リダイレクト ハンドルを指定して FwpsQueryConnectionRedirectState0 を呼び出してください。状態が REDIRECTED_BY_SELF または PREVIOUSLY_REDIRECTED_BY_SELF の接続はそのままにし、別のプロキシが既に自身にリダイレクトした接続を横取りしないでください。そうしないと、接続がプロキシ間を行き来します。',
  },
  'proxy-must-not-redirect-itself': {
    title: 'プロキシ自身の接続をリダイレクトしてはならない',
    text: () =>
      'ローカル プロキシから本来の宛先への接続も、同じ接続リダイレクト フィルターを通過します。これを除外し (プロキシ プロセスで照合するか、リダイレクトの状態を確認します)、リダイレクト レコードを引き継いでください。受け入れたソケットでレコードを照会し (SIO_QUERY_WFP_CONNECTION_REDIRECT_RECORDS / _CONTEXT)、送信側のソケットに設定します (SIO_SET_WFP_CONNECTION_REDIRECT_RECORDS)。ループバックへのリダイレクトは、localRedirectTargetPID を設定した場合にのみ有効です。',
  },
  'icmpv6-type-numbering': {
    title: 'ICMPv6 の種類番号は ICMPv4 と異なる',
    text: (p) =>
      p.errors
        ? 'ICMPv6 ではメッセージの番号が異なります。宛先到達不能は種類 1 (ポート到達不能は種類 1、コード 4) で、種類 3 は時間超過です。IPv4 の「種類 3」のフィルターからコピーした V6 フィルターは、誤ったメッセージに一致します。Microsoft のポート スキャンの例でも、IPv6 フィルターでまさにこの誤りがあります。V4 と V6 のフィルターは別々に記述してください。'
        : 'ICMPv6 ではメッセージの番号が異なります。エコー要求は ICMPv4 では種類 8、ICMPv6 では種類 128 です (エコー応答は 0 と 129)。種類 8 の V6 フィルターは何にも一致しません。V4 と V6 のフィルターは、それぞれの種類番号で別々に記述してください。',
  },
  'loopback-flag-vista-sp1': {
    title: '一部のレイヤーではループバック フラグに Vista SP1 が必要',
    text: () =>
      `FWP_CONDITION_FLAG_IS_LOOPBACK: ${knowledge.conditions.FWP_CONDITION_FLAG_IS_LOOPBACK?.note ?? ''}最小バージョンの「Windows Vista」では RTM と SP1 を区別できないため、RTM ではフラグがない場所でループバックの条件が一致しないことがあります。`,
  },
  'dual-stack-v6-layers': {
    title: 'V6 のフィルターも追加する',
    text: () =>
      'フィルターまたはコールアウトは、V4 と V6 の両方のレイヤーに追加してください。デュアルスタック ソケットの IPv4 トラフィックは、IPv4 射影アドレスで V6 の ALE レイヤーでのみ分類される場合があります。',
  },
  'app-id-device-path': {
    title: 'アプリケーション ID はデバイス パス',
    text: () =>
      'FWPM_CONDITION_ALE_APP_ID は、ドライブ文字のパスではなく、小文字のデバイス パス (\\device\\harddiskvolumeN\\…) に一致します。値は手書きせずに FwpmGetAppIdFromFileName0 で作成してください。',
  },
  'tls-ciphertext-at-stream': {
    title: '暗号化されたプロトコルはここでも暗号化されたまま',
    text: () =>
      'ストリーム レイヤーとデータグラム データ レイヤーのペイロードは、アプリケーションが送信したものです。HTTPS (TLS) や QUIC の場合は暗号文です。製品が暗号化も終端する (プロキシ) のでない限り、内容の検査が機能するのは平文のプロトコルだけです。',
  },
  'tunnel-mode-outer-addresses': {
    title: 'トンネル モードのトラフィックは外側のアドレスで認識される',
    text: (p) =>
      `${p.primary ? layerName(p.primary) : 'このレイヤー'} は IPsec 処理より下にあり、外側のヘッダーを照合します。ここでは IPsec トンネル モードのトラフィックはトンネル エンドポイントのアドレスを持ち、内側のアドレスやポートは見えません。内側のトラフィックを対象にしたフィルターは一致しません。`,
  },
  'auditing-off-by-default': {
    title: '監査を有効にする必要がある',
    text: (p) =>
      'WFP のセキュリティ監査は既定でオフです。auditpol で「Filtering Platform Connection」と「Filtering Platform Packet Drop」のサブカテゴリを有効にしてください。イベント: 5156/5157 は接続、5154/5155 はリッスン、5158/5159 はバインド、5152/5153 は破棄されたパケットです。ネット イベント (FwpmNetEventSubscribe0) はドロップを報告しますが、許可された接続を報告するのは Windows 8 以降だけです' +
      (p.beforeWin8
        ? ' (この最小 Windows バージョンでは、許可された接続は監査ログからしか取得できません)'
        : '') +
      '。ネット イベントのログは小さく (約 128 KB)、再起動時にクリアされます。',
  },
  'no-close-event-in-user-mode': {
    title: 'ユーザー モードでは接続の終了を報告するものがない',
    text: () =>
      '接続やエンドポイントの終了を報告する監査イベントやネット イベントはなく、TCP や UDP の終了はどの分類レイヤーにも通知されません。終了を認識できるのは、ALE エンドポイント クロージャ レイヤー (Windows 7 以降) のコールアウトか、フロー コンテキストの flowDeleteFn だけです。',
  },
  'pend-first-authorization-only': {
    title: '保留できるのは最初の承認だけ',
    text: () =>
      '再認証 (FWP_CONDITION_FLAG_IS_REAUTHORIZE が設定されている) では、FwpsPendOperation0 は STATUS_FWP_CANNOT_PEND で失敗します。このような分類には、保存しておいた判定で応答してください。保留した接続を完了すると、接続レイヤーで再認証が発生します。受信/受け入れでは、再挿入した複製を許可することで接続が承認され、破棄すると接続が拒否されます。',
  },
  'pend-flushes-non-tcp-data': {
    title: '保留すると TCP 以外のデータがフラッシュされる',
    text: () =>
      '操作の保留中に到着したフローの TCP 以外のパケットはフラッシュされます。複製を保持して完了後に再挿入するか、アプリケーションの再送に任せてください。',
  },
  'ale-classify-required-permit': {
    title: 'ALE 分類が必要なパケットは受信/受け入れに任せる',
    text: () =>
      '受信トランスポート層では、メタデータに FWPS_METADATA_FIELD_ALE_CLASSIFY_REQUIRED を持つパケットを許可し、ALE 受信/受け入れで処理してください。これらのパケットはフローを作成または再認証し、IPsec の処理はパケットが ALE に到達するまで延期されます。トランスポート層でこれらを保留または吸収すると、フローの作成が妨げられます。',
  },
  'fragments-indicated-three-times': {
    title: '受信フラグメントは 3 回通知される',
    text: () =>
      '受信 IP パケット レイヤーは、断片化されたデータグラムを、パケットとして、各フラグメントとして (FWP_CONDITION_FLAG_IS_FRAGMENT)、再構成後の 3 通りで通知します。フラグメントの通知が不要な場合は、IS_FRAGMENT に対して FWP_MATCH_FLAGS_NONE_SET で照合してスキップしてください。送信フラグメントは一切通知されません。',
  },
  'forward-fragment-groups': {
    title: '転送されるフラグメント グループ',
    text: () =>
      'フラグメントのグループ化が有効な場合、転送されるフラグメントは 2 回通知されます。1 つずつと、グループ (FWP_CONDITION_FLAG_IS_FRAGMENT_GROUP 付きの NBL チェーン) としてです。FwpsInjectForwardAsync0 の前に、グループを 1 つの NBL に再構成してください (FwpsReassembleForwardFragmentGroup0)。転送挿入されたパケットが再び転送レイヤーに通知されることはありません。',
  },
  'offload-disabled-without-flags': {
    title: 'パケット単位のコールアウトはオフロードを無効にする',
    text: () =>
      'コールアウトが FWP_CALLOUT_FLAG_ALLOW_OFFLOAD、ALLOW_RSC、ALLOW_USO、ALLOW_URO を指定して登録されていない限り、そのフィルターに一致するすべてのトラフィックで、対応するオフロードが無効になります。フィルターの範囲を狭くし、コールアウトが対応できるフラグを設定してください (ALLOW_URO を使う場合、受信 URO パケットを複製して再挿入しないでください)。',
  },
  'receive-injection-bypasses-ipsec': {
    title: '受信パスに挿入したパケットは IPsec を経由しない',
    text: () =>
      'FwpsInjectTransportReceiveAsync0 で挿入したパケットは、ドライバー自身が作成したパケットも含めて IPsec の処理をバイパスします。受信パケットを作り出す設計では、IPsec ポリシーで保護が必要とされたはずのトラフィックを配信できてしまいます。セキュリティ境界としてレビューしてください。',
  },
  'vswitch-rules': {
    title: 'vSwitch レイヤーの規則',
    text: () =>
      'スイッチ ポート 0 (ホスト) からのトラフィックは信頼済みであり、フィルター処理すべきではありません。VM は MAC アドレスではなく NIC ID で識別してください。SR-IOV スイッチでは WFP を有効にできません。PVLAN モードまたはトランク モードのポートでは vSwitch トランスポート フィルターはバイパスされます。インストーラーは WFP スイッチ拡張機能の有効状態を変更してはなりません。',
  },
  'l2-injection-rules': {
    title: 'MAC レイヤーのコールアウトの規則',
    text: () =>
      '挿入は、コールアウトがフィルターを持つ MAC レイヤーでのみ行ってください (そうでない場合の動作は未定義で、受信側にのみ登録したコールアウトが送信側に挿入してシステムがクラッシュした例があります)。挿入ハンドルは FWPS_INJECTION_TYPE_L2 と AF_UNSPEC で作成してください。FWP_CALLOUT_FLAG_ALLOW_L2_BATCH_CLASSIFY を使う場合、複製関数と参照関数は使用できません。',
  },
  'mac-filter-doc-conflict': {
    title: 'MAC レイヤーでの通常のフィルターについてドキュメントの記述が一致しない',
    text: () =>
      '移植ガイドでは、Windows 8 以降の MAC レベルのフィルター処理を MAC フレームのコールアウト ドライバーとして説明していますが、フィルター条件のページ、「WFP の新機能」、WFPSampler の基本アクションのシナリオでは、MAC レイヤーでの通常の PERMIT/BLOCK フィルターがサポートされています。この結果は後者に従っています。',
  },
  'boot-time-filters': {
    title: 'ブート時フィルター',
    text: (p) =>
      'ブート時フィルター (FWPM_FILTER_FLAG_BOOTTIME) は、TCP/IP の開始からフィルター エンジンの開始まで適用され、その後削除されます。このフラグは FWPM_FILTER_FLAG_PERSISTENT と組み合わせることができないため、それ以降の期間用に永続的なコピーを追加してください。' +
      (p.callout
        ? 'コールアウトを呼び出すブート時フィルターは、コールアウトが登録されるまでブロックします。ドライバーはブート開始ドライバーである必要があります。'
        : ''),
  },
  'dynamic-session': {
    title: '動的フィルターはセッションと同じ期間だけ存続する',
    text: () =>
      'FWPM_SESSION_FLAG_DYNAMIC を指定してエンジンのセッションを開いてください。セッション内で追加したすべてのオブジェクトは、プロセスのクラッシュ時も含め、セッションが閉じたときに削除されます。',
  },
  'persistent-provider': {
    title: '永続的なフィルターとそのプロバイダー',
    text: () =>
      '永続的なフィルターは再起動後も残り、サービスの実行前に読み込まれます。自動的に開始するように設定されていないサービスのプロバイダーを指定していると、フィルターは無効の状態で読み込まれます。',
  },
  'must-win-arbitration': {
    title: '他のフィルターに対して判断を維持する',
    text: (p) =>
      'フィルターアービトレーションはサブレイヤーごとに実行され、すべてのサブレイヤーが評価され、BLOCK が PERMIT より優先されます。レイヤーをまたぐフィルターアービトレーションはないため、あるレイヤーで許可されたトラフィックが別のレイヤーでブロックされることもあります。高い重みを持つ独自のサブレイヤーとハード アクション (FWPS_RIGHT_ACTION_WRITE をクリア) を使用してください。ハード許可を覆せるのはコールアウトの Veto (拒否) だけで、Veto は監査されます。' +
      (p.callout
        ? 'ただし、ALE またはトランスポートのコールアウトは、IPsec 互換を保つために FWPM_SUBLAYER_UNIVERSAL より低い重みのサブレイヤーに置く必要があるため、単純に最大の重みにすることはできません。'
        : ''),
  },
  'no-vswitch-before-win8': {
    title: 'Windows 8 より前には Hyper-V スイッチをフィルター処理する手段がない',
    text: () =>
      'WFP の vSwitch レイヤーも Hyper-V 拡張可能スイッチも Windows 8 より前には存在しないため、この最小 Windows バージョンでは、スイッチで VM トラフィックをフィルター処理するサポートされたテクノロジはありません。最小バージョンを Windows 8 に上げるか、各ゲスト内でフィルター処理してください。',
  },
  'local-proxy-needs-win8': {
    title: 'ローカル プロキシへのリダイレクトには Windows 8 が必要',
    text: () =>
      '同じホスト上のプロキシへのリダイレクトは、Windows 8 の機能 (localRedirectTargetPID、リダイレクト ハンドル、FwpsQueryConnectionRedirectState0、リダイレクト レコードのソケット オプション) に依存します。それより前の Windows では、プロキシを追跡できず、リダイレクトのループを防ぐのは困難です。',
  },
  'diversion-driver-limits': {
    title: 'パケット転用ドライバーの制限',
    text: () =>
      '署名済みのパケット転用ドライバー (WinDivert 形式) を使うと、ユーザー モードのプログラムが独自のドライバーなしでパケットをキャプチャ、破棄、変更、再挿入できますが、動作するのは IP パケット レイヤーと転送レイヤーです。パケットごとのプロセス ID はなく、IPsec で保護されたペイロードはそこでは暗号文であり、約 1 Gbps を超えるとスループットが低下し、再挿入が他のコールアウトとループすることがあります。',
  },
  'ipv4-header-checksum': {
    title: 'ヘッダーを変更したらチェックサムを修正する',
    text: () =>
      'パケット挿入関数のページによると、コールアウトは IP パケットを変更した後に IP 層またはトランスポート層のチェックサム (または両方) を調整する必要があります。IPv4 ヘッダーのフィールド (TTL、アドレス、識別子、オプション) を変更したら IPv4 ヘッダーのチェックサムを再計算してください。TCP と UDP のチェックサムはアドレスを含む疑似ヘッダーも対象にするため、アドレスやポートを書き換えるとこれらも変わります。ハードウェアに任せる前に、TcpIpChecksumNetBufferListInfo でチェックサム オフロードの状態を確認してください。',
  },
  'flow-context-lifecycle': {
    title: 'フロー コンテキストのライフサイクル',
    text: () =>
      'データのコールアウトが実行されるレイヤーに対して、フロー確立レイヤーで FwpsFlowAssociateContext0 を使ってコンテキストを関連付けてください。そのコールアウトには flowDeleteFn が必要で、新しいコンテキストを関連付ける前に既存のコンテキストを削除する必要があります。コンテキストを持つフローだけが届くように、データのコールアウトは FWP_CALLOUT_FLAG_CONDITIONAL_ON_FLOW を指定して登録してください。',
  },
  'flow-context-after-handshake': {
    title: 'TCP ハンドシェイク中はフロー コンテキストがない',
    text: () =>
      'TCP のフロー確立は 3 ウェイ ハンドシェイクの後にのみ通知されるため、そこで関連付けたフロー コンテキストは、トランスポートまたはストリーム パケットのコールアウトが認識するハンドシェイクのパケットではまだ使用できません。それらのパケットについては ID なしで判断するか、代わりに ALE の承認で保留してください。',
  },
  'companion-ipsec-conditions': {
    title: '併用するコールアウトにも IPsec の規則がある',
    text: (p) =>
      `上記の IPsec の状態は主レイヤーのものです。${listWords(p.layers.map(layerName))} のコールアウトも、それぞれの規則に従う必要があります。ALE レイヤーとトランスポート層では、FWPM_SUBLAYER_UNIVERSAL より低い重みのサブレイヤーを使用します。`,
  },
  'shaping-outside-wfp': {
    title: 'WFP にはシェーピングのアクションがない',
    text: () =>
      'WFP にはレート制限のアクションはありません。コールアウトは、トラフィックを帯域外で保持し、レートが許すときに再挿入することで遅延させます。受信 TCP は、ストリームを遅延させる (FWPS_STREAM_ACTION_DEFER の後に FwpsStreamContinue0) ことでも遅くできます。レートがアプリケーション、アドレス、プロトコル、ポートに対する固定の規則であれば、ポリシー ベースの QoS がドライバーなしで送信トラフィックを調整します。',
  },
  'vswitch-ingress-injection-only': {
    title: 'vSwitch の挿入関数はイングレス パスの 1 つだけ',
    text: () =>
      'vSwitch の挿入関数は FwpsInjectvSwitchEthernetIngressAsync0 だけです。吸収したフレームや新しく作成したフレームを、送信元のポートと NIC インデックスを指定して、インターセプトしたイングレス パスに戻します (L2 挿入ハンドル、AF_UNSPEC)。フレームはその後もう一度スイッチ (転送とエグレス レイヤー) を通るため、VM 宛てのフレームはエグレスではなくイングレスで変更します。エグレスへの挿入と、vSwitch トランスポート レイヤーへの挿入は文書化されていません。',
  },
  'out-of-band-shaping-costs': {
    title: 'トラフィックを帯域外で保持するコスト',
    text: () =>
      'シェーパーはトラフィックを帯域外で保持します。通知されたデータを複製または参照し、FWPS_CLASSIFY_OUT_FLAG_ABSORB を付けて FWP_ACTION_BLOCK を返し、予算が許すときにそのレイヤーの FwpsInject* 関数または FwpsStreamInjectAsync0 で再挿入します。保持するパケットやバイトはすべて非ページ メモリを使うため、キューに上限を設け、満杯になったら破棄してください (または遅延をやめてください)。保持したデータはフローごとに順番どおりに解放してください。そうしないと TCP が順序の入れ替わりを検出して再送します。長時間の保持は TCP のラウンドトリップ時間の推定も引き延ばします。電源移行時とアンロード時には、保持しているものをすべて解放してください。',
  },
  'both-directions-need-two-filters': {
    title: '方向ごとに 1 つのフィルター',
    text: () =>
      '1 つのフィルターのすべての条件が一致する必要があるため、アドレスやポートで両方向を対象にするには 2 つのフィルターが必要です。1 つは送信元 (ローカル) のフィールド、もう 1 つは宛先 (リモート) のフィールドに対するものです。',
  },
  'reauthorization-on-policy-change': {
    title: 'フィルターの変更は既存のフローを再認証する',
    text: () =>
      'ALE レイヤーでフィルターを追加または削除すると、既存のフローが再認証されます。次のパケットが再び分類され (FWP_CONDITION_FLAG_IS_REAUTHORIZE)、逆方向で到着することがあり、不明なフィールドは FWP_EMPTY になります。既に開いている接続に新しいブロックが適用されるのも、この仕組みによります。',
  },
  'vista-sp1-for-ipsec-rules': {
    title: 'IPsec の規則には Vista SP1 が必要',
    text: () =>
      'この設計の IPsec の規則に従うために必要な FWPS_METADATA_FIELD_ALE_CLASSIFY_REQUIRED と FwpsConstructIpHeaderForTransportPacket0 は、どちらも Windows Vista SP1 / Server 2008 以降に存在します。最小バージョンの「Vista」では RTM と SP1 を区別できません。',
  },
  'tcp-connect-has-no-packet': {
    title: 'TCP の接続には ALE でのパケットがない',
    text: () =>
      'TCP の ALE 接続の分類にはパケットがない (layerData が NULL) ため、そこで複製や再挿入する対象はありません。保留した操作が完了すると接続が続行されます。',
  },
};

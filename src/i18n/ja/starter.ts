/**
 * 生成されるスターター コードのコメントと確認用コマンドの日本語 (Japanese twin of `en/starter.ts`).
 * API names, constants, flags and `key=value` profile values stay as they are. Pure.
 */
import type { StarterWords } from '../en/starter';

/** A half-width space between a name and the Japanese after it only when the name ends in Latin. */
const space = (name: string) => (/[\x21-\x7e]$/.test(name) ? `${name} ` : name);

export const starter: StarterWords = {
  header: (what, rules) => [
    `${what}`,
    `WFP Layer Chooser (ルール ${rules}) が生成した出発点です。ここではだれもコンパイルしていません。`,
    'これを基に作成する前に、すべての呼び出しをドキュメントで確認してください。',
  ],
  titleUserMode: (layer) => `${space(layer)}でのユーザー モードのフィルター`,
  titleCallout: (layer) => `${space(layer)}でのカーネル モードのコールアウト`,
  titleNone: 'この設計には WFP のコードはありません',
  noCode: 'このタスクを行う WFP レイヤーはありません。結果に示された代替手段を参照してください。',
  auditOnly:
    '監査とネット イベントによる監視には、独自のフィルターは必要ありません。監査を有効にして (下記)、イベントを読み取ってください。',
  ipsecPolicy:
    'IPsec ポリシーはユーザー モードから構成します (IPsec の構成のページ)。このジェネレーターはそのコードを書きません。',
  guids: '独自の GUID を生成し (uuidgen など)、バージョンが変わっても同じ値を使い続けてください。',
  dynamic: 'lifetime=dynamic: このセッションを閉じると、すべてのオブジェクトが削除されます。',
  persistent: 'lifetime=persistent: オブジェクトは削除するまで再起動後も残ります。',
  bootTime:
    'lifetime=boot-time: ブートから BFE の開始まで適用されます。それ以降のために永続的なコピーも追加してください。',
  weightBelowUniversal:
    '重みは、組み込みの IPsec コールアウトがある FWPM_SUBLAYER_UNIVERSAL より小さくします (inspect サンプルは 0 を使用)。FwpmSubLayerEnum0 で確認してください。',
  weightMustWin:
    'precedence=must-win: 重みが大きいほど先に評価されます。ハード ブロックは、その下のサブレイヤーに対してアクションの書き込み権限をクリアします。',
  weightNormal:
    '独自のサブレイヤーを使用し、他のプロバイダーがフィルターを覆い隠せないようにします。',
  mustWinAtAle:
    'precedence=must-win でも、このコールアウトを FWPM_SUBLAYER_UNIVERSAL より上にはできません。代わりに FWPM_FILTER_FLAG_CLEAR_ACTION_RIGHT を使用してください。',
  conditionValue: 'TODO: 照合する値',
  appId: 'アプリ ID は FwpmGetAppIdFromFileName0 で作成します (デバイス パス)。',
  v6Too: '同じフィルターを V6 レイヤーにも追加します (デュアルスタック ソケット)。',
  failClosed:
    'fail=closed: FWPM_FILTER_FLAG_PERMIT_IF_CALLOUT_UNREGISTERED がないため、コールアウトが登録されていない間、フィルターはブロックします。',
  failOpen:
    'fail=open: FWPM_FILTER_FLAG_PERMIT_IF_CALLOUT_UNREGISTERED により、コールアウトが登録されていない間、フィルターは許可として扱われます。',
  failInspection:
    '検査フィルターには FWPM_FILTER_FLAG_PERMIT_IF_CALLOUT_UNREGISTERED を指定できません (終了アクションまたは不明なアクションのみ)。',
  writeRight: 'アクションの書き込み権限がある場合にだけ判断します。',
  decide: 'ここで判断します。確信がない場合は PERMIT のままにします。',
  observe: '監視のみ。アクションは決して変更しません。',
  flowContext:
    'フロー コンテキスト (FwpsFlowAssociateContext0) をフローのアプリとユーザーに関連付けます。',
  modify: (fn) => `データを複製し、複製を変更して ${fn} で挿入してから、元のデータを吸収します。`,
  pend: (fn) => `${fn} で判断を保留し、答えが届いたら完了します。`,
  redirect:
    'ここでリダイレクトします (書き込み可能なレイヤー データを取得し、変更したデータを適用)。',
  defer: 'ストリームを遅延させて受信データを遅くし、後で続行します。',
  considerations: {
    'classify-at-dispatch':
      'classifyFn は DISPATCH_LEVEL で実行される場合があります。ページング可能なメモリも待機も使用できません。',
    'no-block-at-flow-established':
      'ALE フロー確立レイヤーでは BLOCK を返さないでください。接続は既に確立されています。',
    'receive-injection-checksum':
      '受信の挿入の前に、IP ヘッダーとチェックサムを再構築します (FwpsConstructIpHeaderForTransportPacket0)。',
    'tcp-injection-needs-dpc':
      'トランスポート レイヤーでの TCP の挿入は帯域外でのみ行います。DPC をキューに入れ、インラインでは挿入しないでください。',
    'outbound-header-alignment':
      'バッファーに IP ヘッダーを含む送信パスの挿入: ヘッダーを連続させ、アラインしておきます。',
    'user-mode-first':
      '組み込みのフィルター処理で実現できる場合は、ユーザー モードのフィルターを優先します。',
    'highest-layer': 'これは、このタスクを実現できる最も高いレイヤーです。',
  },
  ipsecRule: 'IPsec の規則',
  verify: {
    filters:
      'フィルターを一覧表示します (filters.xml に出力)。レイヤーに自分のフィルターがあるか確認します。',
    state:
      'エンジンの状態をダンプします (wfpstate.xml): プロバイダー、サブレイヤー、登録済みのコールアウト。',
    captureStart: 'WFP の診断キャプチャを開始し、トラフィックを再現してから停止します。',
    captureStop: 'キャプチャを停止します (分類のトレースを含む wfpdiag.cab に出力)。',
    auditConnection:
      '許可およびブロックされた接続を監査します (セキュリティ イベント 5156、5157)。',
    auditDrop: '破棄されたパケットを監査します (セキュリティ イベント 5152、5153)。',
    netevents: '最近のネット イベント (破棄と許可された接続) を表示します。',
  },
};

/**
 * Japanese words of the build plan (the twin of en/build.ts): the summary, the callout type, how
 * a decision is held, the technology used instead of a driver and why a flag is matched as not
 * set. Pure.
 */
import type {
  buildSummary as EnSummary,
  calloutKinds as EnKinds,
  notSetLabel as EnNotSetLabel,
  notSetWhy as EnNotSetWhy,
  pendMechanisms as EnPend,
  technologyCost as EnCost,
} from '../en/build';
import { AUDIT_EVENTS } from './considerations';
import { layerName, listWords } from './common';

function also(companions: readonly string[]): string {
  return companions.length > 0 ? ` (${listWords(companions.map(layerName))} と併用)` : '';
}

export const buildSummary: typeof EnSummary = {
  nothing: () => 'このタスクを実行できる WFP レイヤーはありません。代替案を参照してください。',
  'built-in-filter': (p) =>
    `${layerName(p.layer)} で組み込みの ${p.builtIn} を呼び出すユーザー モードのフィルター${also(p.companions)}。`,
  filters: (p) =>
    `${layerName(p.layer)} でのユーザー モードのフィルター (FwpmFilterAdd0)${also(p.companions)}。`,
  audit: (p) =>
    `監査を有効にし、${layerName(p.layer)} のネット イベントをサブスクライブします${also(p.companions)}: ${p.events ? AUDIT_EVENTS[p.events] : ''}。`,
  'ipsec-policy': (p) =>
    `${layerName(p.layer)} でユーザー モードから構成する IPsec ポリシー${also(p.companions)}。`,
  'no-technology': (p) =>
    `${layerName(p.layer)} のコールアウトなら実現できますが、独自のドライバーなしで実現できるものはありません。ドライバーを許可するか、タスクを変更してください。`,
  technology: (p) =>
    p.technology === 'policy-based-qos'
      ? `独自のドライバーの代わりにポリシー ベースの QoS を使います (アプリケーション、アドレス、プロトコル、ポートごとのスロットル レート)。WFP で設計するなら ${layerName(p.layer)} のコールアウトになります。`
      : `独自のドライバーの代わりに、既製の署名済みパケット転用ドライバーを使います。ユーザー モードのプログラムがそれを通じて IP パケットをキャプチャ、破棄、変更、再挿入します。WFP で設計するなら ${layerName(p.layer)} のコールアウトになります。`,
  callout: (p) =>
    `${layerName(p.layer)} のカーネル コールアウト${also(p.companions)}。FwpsCalloutRegister で登録し、FwpmCalloutAdd0 で追加して、それを呼び出すフィルターを設定します。`,
};

export const technologyCost: typeof EnCost = {
  'packet-diversion-driver':
    '動作するのはネットワーク レイヤーと転送レイヤーの IP パケットだけです。パケットごとのプロセス ID はなく、IPsec 使用時は暗号文で、パケットごとにユーザー モードとの往復が発生し (約 1 Gbps を超えるとスループットが低下します)、配布して信頼するサードパーティのドライバーが必要です。',
  'policy-based-qos':
    '固定のレートのみ、送信トラフィックのみで、データ パス上に独自のロジックは置けません。',
};

export const calloutKinds: typeof EnKinds = {
  'endpoint-closure':
    'ALE エンドポイント クロージャでのインライン検査 (各エンドポイントが閉じるときに分類)',
  'flow-delete':
    'フロー コンテキスト: フロー確立レイヤーでの FwpsFlowAssociateContext0 と、フローの終了時に WFP が呼び出す flowDeleteFn',
  'inline-inspection': 'インライン検査 (FWP_ACTION_CALLOUT_INSPECTION: 監視のみで、判断はしない)',
  'pended-authorization': '承認の保留 (FwpsPendOperation0 の後に FwpsCompleteOperation0)',
  'out-of-band-inspection': '帯域外検査 (複製を吸収し、後で判断して、許可したものを再挿入)',
  terminating: '終了型 (classifyFn が PERMIT または BLOCK を返す)',
  redirection: 'リダイレクト (レイヤー データを変更)',
  'out-of-band-stream-modification': '帯域外のストリーム変更 (FwpsCloneStreamData0 の後で挿入)',
  'inline-stream-modification':
    'インラインのストリーム変更 (classifyFn から FwpsStreamInjectAsync0)',
  'out-of-band-modification':
    '帯域外の変更 (参照または複製し、ブロックして吸収した後、DPC またはワーカーから変更して挿入)',
  'inline-modification':
    'インラインの変更 (複製、変更し、classifyFn から挿入して、元のパケットはブロックして吸収)',
  'out-of-band-rewrite': '帯域外の変更 (アドレスを書き換え、DPC から再挿入)',
  'inline-rewrite': 'インラインの変更 (アドレスを書き換えて再挿入)',
  'redirection-pended': 'リダイレクト、保留あり (FwpsPendClassify0 の後に FwpsCompleteClassify0)',
  'redirection-layer-data':
    'リダイレクト (FwpsAcquireWritableLayerDataPointer0、要求を変更、FwpsApplyModifiedLayerData0)',
  'out-of-band-shaping':
    '帯域外 (複製または参照し、ブロックして吸収した後、レートが許すときに再挿入)',
  'stream-defer':
    '受信データを遅延させるストリーム コールアウト (FWPS_STREAM_ACTION_DEFER の後に FwpsStreamContinue0)',
};

export const pendMechanisms: typeof EnPend = {
  'pend-operation': 'classifyFn で FwpsPendOperation0、判断が届いたら FwpsCompleteOperation0',
  'pend-classify': 'classifyFn で FwpsPendClassify0、判断が届いたら FwpsCompleteClassify0',
  'out-of-band':
    '参照または複製したコピーを吸収し (BLOCK + FWPS_CLASSIFY_OUT_FLAG_ABSORB)、判断が届いたら再挿入',
};

/** A FWP_CONDITION_FLAG_* matched as not set, as the plan lists it. */
export const notSetLabel: typeof EnNotSetLabel = (flag) => `${flag} (未設定)`;

/** Why a flag is matched as not set. */
export const notSetWhy: typeof EnNotSetWhy = {
  FWP_CONDITION_FLAG_IS_LOOPBACK:
    '未設定: Microsoft のポート スキャンの例と同様に、ループバック トラフィックを除外します。そうしないと、閉じているローカル ポートに接続したローカル クライアントが、拒否されずに応答を待ち続けます。',
};

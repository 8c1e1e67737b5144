/**
 * Japanese words of the questionnaire's answer checks: the twin of en/answers.ts. Pure.
 */
import type { AnswerRuleId } from '@/questionnaire/answer-rules';
import type { AnswerIssueParams } from '@/questionnaire/machine';
import type { QuestionId } from '@/questionnaire/types';
import type { AnswersWords } from '../en/answers';
import { optionLabel } from '../question-words';
import { wordMessage, type Messages } from '../en/common';
import { questions } from './questions';

const rules: AnswersWords['rules'] = {
  'identity-needs-a-local-socket':
    'アプリ、ユーザー、パッケージ、IPsec ピアの ID がわかるのは、このコンピューター上のソケット (ALE レイヤーと、そこで承認されたフロー) だけです。',
  'loopback-stays-local':
    'ループバック トラフィックはこのコンピューターから外に出ません。ルーティングされることも、レイヤー 2 で認識されることもありません。',
  'rpc-calls-are-local':
    'RPC レイヤーが認識するのは、このコンピューター上で実行されている RPC サーバーへの呼び出しです。',
  'ethernet-fields-need-frames':
    'MAC アドレス、EtherType、VLAN は、イーサネット フレーム内 (MAC フレーム レイヤー、または Hyper-V スイッチ上) にのみ存在します。',
  'vm-is-known-on-the-switch':
    'フレームがどの仮想マシンのものかを把握できるのは、Hyper-V スイッチのレイヤーだけです。',
  'local-endpoint-needs-a-local-socket':
    '変更対象のローカル アドレスやポートを持つのは、このコンピューター上のソケットだけです。',
  'ipsec-protects-this-hosts-ip-traffic':
    'IPsec が保護するのは、このコンピューターが送受信する IP トラフィック、またはトンネル エンドポイントとしてルーティングする IP トラフィックです。',
  'sockets-and-routes-carry-ip':
    'ソケットとルーティングが運ぶのは IP です。IP 以外のフレームはレイヤー 2 にのみ存在します。',
  'ip-fields-need-ip':
    'IP アドレス、IP プロトコル番号、IP ヘッダー フィールド、フラグメントは IP にのみ存在します。',
  'ports-need-tcp-or-udp':
    'ポートやその他の TCP/UDP ヘッダー フィールドは、TCP と UDP にのみ存在します。',
  'icmp-type-needs-icmp': 'ICMP の種類とコードを持つのは ICMP メッセージだけです。',
  'packet-fields-need-a-packet':
    'バインド、リッスン、クローズのイベントには、参照するパケットがありません。',
  'fragments-are-seen-per-packet':
    'フラグメントは、接続レイヤーより下でパケット単位で認識され、イベントとして認識されることはありません。',
  'only-tcp-listens': 'リッスンするのは TCP ソケットだけです。',
  'listening-waits-for-inbound': 'リッスン中のソケットは受信接続を待ちます。',
  'icmp-errors-skip-the-connection-layers':
    'ICMP エラー メッセージは接続 (ALE) レイヤーには到達せず、パケットとして認識されます。',
  'turnaround-answers-a-packet':
    'バインド、リッスン、クローズのイベントには、応答するパケットがありません。',
  'turnaround-sends-traffic':
    '受信したパケットに応答するということは、独自のトラフィックを送信するということです。',
  'ipsec-selects-by-endpoints':
    'IPsec ポリシーは、アドレス、ポート、プロトコル、インターフェイス、ID によってトラフィックを選択します。内容、量、ループバック、RPC 呼び出しでは選択しません。',
  'rpc-calls-are-permitted-or-blocked':
    'RPC レイヤーは呼び出しを許可、ブロック、監査します。呼び出しを変更したりリダイレクトしたりはしません。',
  'amounts-are-counted-not-rewritten': '量のカウントは、判断、記録、レート制限のために行います。',
  'allow-block-moments':
    '閉じようとしているエンドポイントは判断ポイントではありません。許可やブロックの対象が残っていないためです。',
  'modify-moments':
    'トラフィックを変更するには、転送中のトラフィックが必要です。バインド、リッスン、クローズにはトラフィックがなく、破棄されたトラフィックは既に存在しません。',
  'redirect-moments':
    'トラフィックは、ソケットのバインド時、接続時、またはパケット単位でリダイレクトされます。',
  'remote-targets-need-a-connection': 'バインド時には、宛先はまだわかっていません。',
  'inject-moments':
    'パケットの挿入は、バインドやリッスンの時点ではなく、転送中のトラフィックに対して行われます。',
  'shape-moments': 'レート制限は転送中のトラフィックに作用します。',
  'protect-moments': 'IPsec は接続の開始時にネゴシエートされ、その後すべてのパケットを保護します。',
};

const title = (id: QuestionId) => questions[id].title;
const label = (id: QuestionId, value: string) => optionLabel(questions, id, value);
const because = (ids: readonly AnswerRuleId[]) => ids.map((id) => rules[id]).join('');

const issues: Messages<AnswerIssueParams> = {
  'unknown-question': (p) => `「${p.id}」は質問ではありません。`,
  'wrong-kind': (p) =>
    p.multi
      ? `「${title(p.question)}」には選択肢のリストを指定します。`
      : `「${title(p.question)}」には選択肢を 1 つだけ指定します。`,
  empty: (p) => `「${title(p.question)}」の回答を 1 つ以上選択してください。`,
  'unknown-value': (p) =>
    `「${p.value}」は「${title(p.question)}」の回答ではありません。次のいずれかを指定してください: ${p.expected.join(', ')}。`,
  'not-asked': (p) => `「${title(p.question)}」は質問されません。前の回答によって決まっています。`,
  'settled-otherwise': (p) =>
    `${p.question}=${p.value} は前の回答と合いません。前の回答により ${p.settled} に決まっています。`,
  'not-yet': (p) => `「${title(p.question)}」には、その前の質問に回答してから回答してください。`,
  'ruled-out': (p) => `「${label(p.question, p.value)}」は前の回答と両立しません。${rules[p.rule]}`,
  'dead-end': (p) =>
    p.value === null
      ? `これらの選択肢は同時には成り立ちません。${because(p.rules)}`
      : `「${label(p.question, p.value)}」を選ぶと、後の質問に選べる回答がなくなります。${because(p.rules)}`,
};

export const answers: AnswersWords = {
  rules,
  guards: {
    'only-when-redirecting':
      'リダイレクト先が意味を持つのは、製品がトラフィックをリダイレクトする場合だけです。',
    'moments-are-socket-events':
      'バインド、リッスン、接続、クローズは、このコンピューター上のソケット イベントです。ルーティングされるトラフィック、VM のトラフィック、レイヤー 2 のトラフィックは、パケット単位でのみ認識されます。',
  },
  issues,
  issue: (message) => wordMessage(issues, message),
};

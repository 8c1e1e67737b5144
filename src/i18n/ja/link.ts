/**
 * Japanese words of the share link's problems: the twin of en/link.ts. Pure.
 */
import type { LinkMessageParams, ProposalLinkKey } from '@/share/url';
import type { ProfileKey } from '@/knowledge/vocabulary';
import { wordMessage, type Messages } from '../en/common';
import { quote, shortList, type LinkWords } from '../en/link';
import { answers } from './answers';

const NOUNS: { readonly [K in ProfileKey]: string } = {
  action: 'アクション',
  traffic: 'トラフィックの種類',
  protocol: 'プロトコル',
  direction: '方向',
  moment: '時点',
  basis: '判断材料',
  decider: '判断方法',
  'redirect-to': 'リダイレクト先',
  ipsec: 'IPsec の回答',
  'min-os': 'Windows バージョン',
  'own-driver': '独自ドライバーの回答',
  lifetime: 'フィルターの有効期間',
  fail: 'フェイル モード',
  precedence: '優先度',
};

const PROPOSAL_NOUNS: { readonly [K in ProposalLinkKey]: string } = {
  'p-layers': 'レイヤー ID',
  'p-kind': '設計の種類',
  'p-callout': 'コールアウトの種類',
  'p-inject': '挿入関数',
  'p-weight': 'サブレイヤーの重み',
};

const errors: Messages<LinkMessageParams> = {
  'unknown-key': (p) =>
    `${p.key === '' ? '名前のないパラメーター' : quote(p.key)} はプロファイルのキーではありません${p.lowerCase !== null ? ` (キーは小文字です: ${quote(p.lowerCase)})` : ''}。既知のキーは ${p.known.join(', ')} です。`,
  'bad-value': (p) =>
    `${p.value === '' ? `\`${p.key}\` に値がありません` : `${quote(`${p.key}=${p.value}`)} は既知の${NOUNS[p.key]}ではありません${p.lowerCase !== null ? ` (値は小文字です: ${quote(p.lowerCase)})` : ''}`}。次のいずれかを指定してください: ${p.allowed.join(', ')}。`,
  'repeated-item': (p) =>
    `\`${p.key}\` に ${quote(p.item)} が複数回含まれています。1 回だけ残しました。`,
  'empty-parts': (p) =>
    `リンクに空のパラメーター (余分な \`&\`) が ${p.count} 個あります。無視しました。`,
  'empty-items': (p) =>
    `${quote(`${p.key}=${p.value}`)} のコンマの間に空の項目が ${p.count} 個あります。空の項目は無視し、ほかの項目を読み取りました。`,
  'not-canonical': (p) =>
    `このリンクは、このアプリが書き出す形式とは異なる書き方です (キーの順序が違う、または文字がエスケープされている)。無視した部分はなく、${quote(p.canonical)} として読み取りました。`,
  'duplicate-key': (p) =>
    `\`${p.key}\` が複数回出現しています。読み取ったのは最初の値 (${quote(`${p.key}=${p.first}`)}) だけで、${quote(`${p.key}=${p.value}`)} は無視しました。`,
  'unsupported-version': (p) =>
    `このリンクはフォーマット バージョン ${quote(p.value)} を使用しています。このアプリが読み取れるのはバージョン ${p.supported} だけのため、キーはバージョン ${p.supported} として読み取り、不明なものは別に一覧表示しています。`,
  'missing-version': (p) =>
    `このリンクにはフォーマット バージョン (\`v=${p.supported}\`) がありません。バージョン ${p.supported} として読み取りました。`,
  oversized: (p) =>
    `リンクのプロファイルは ${p.length} 文字あります。読み取るのは最大 ${p.max} 文字のため、どの部分も使用されませんでした。`,
  malformed: (p) =>
    `${quote(p.part)} の % エスケープが壊れているため、スキップしました。文字は 2 桁の 16 進数を使って %XX の形式で記述してください。`,
  'bad-proposal-value': (p) =>
    `${p.value === '' ? `\`${p.key}\` に値がありません` : `${quote(`${p.key}=${p.value}`)} は既知の${PROPOSAL_NOUNS[p.key]}ではありません`}。次のいずれかを指定してください: ${shortList(p.allowed)}。提案はこの値なしで読み取りました。`,
  'bad-rules-version': (p) =>
    `${quote(`r=${p.value}`)} はルールのバージョンではありません。1.4.0 のような 3 つの数値を指定してください。リンクはこの値なしで読み取りました。`,
  conflict: (p) =>
    `\`${p.key}=${p.value}\`: ${answers.issue(p.issue)}質問票はこの質問で止まるので、選び直してください。`,
};

export const link: LinkWords = { errors, error: (message) => wordMessage(errors, message) };

/**
 * 判定、IPsec の状態、信頼度の日本語ラベル (Japanese twin of `en/labels.ts`). IPsec terms follow
 * 「IPsec 互換コールアウト ドライバーの開発」; 条件付き互換 and 該当なし are proposed
 * (docs/i18n/ja/glossary.md). Pure.
 */
import type { LabelWords } from '../en/labels';

export const labels: LabelWords = {
  verdict: {
    'user-mode': { icon: '✓', text: 'ユーザー モードのフィルターで十分' },
    'kernel-callout': { icon: '⚙', text: 'カーネル モードのコールアウト ドライバーが必要' },
    'other-technology': { icon: '↗', text: 'WFP 以外のテクノロジを使用' },
  },
  verdictInline: {
    'user-mode': 'ユーザー モードのフィルター',
    'kernel-callout': 'カーネル モードのコールアウト',
    'other-technology': '他のテクノロジ',
  },
  ipsec: {
    compatible: {
      icon: '✓',
      tiny: '互換',
      short: 'IPsec 互換',
      long: 'IPsec 互換',
      text: 'IPsec と互換性があります',
    },
    conditional: {
      icon: '◐',
      tiny: '条件付き',
      short: 'IPsec 条件付き',
      long: 'IPsec 条件付き互換',
      text: '次の規則に従った場合のみ IPsec 互換',
    },
    incompatible: {
      icon: '✕',
      tiny: '非互換',
      short: 'IPsec 非互換',
      long: 'IPsec 非互換',
      text: 'IPsec と互換性がありません',
    },
    'not-applicable': {
      icon: '–',
      tiny: '該当なし',
      short: 'IPsec 該当なし',
      long: 'IPsec 該当なし',
      text: 'IPsec は該当しません',
    },
  },
  confidenceLabel: '信頼度:',
  confidence: {
    documented: { short: 'ドキュメントに記載', long: 'ドキュメントに記載' },
    sample: { short: 'サンプルのみ', long: 'Microsoft のサンプルにのみ記載' },
    inferred: {
      short: '推測',
      long: '推測 (ドキュメントに記載がないか、記述が矛盾しています)',
    },
  },
};

/**
 * Words for share links beyond the profile, decision records and their Markdown export
 * (owner: issue 10): one message per error code, the MADR headings, the rules notice. The record
 * words themselves moved to the catalogue (`records`: en/records.ts, ja/records.ts).
 */
import { records, type RecordWords } from './en/records';

function quote(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 37)}…` : text;
  return `\`${short}\``;
}

const LINK_NOUNS: Readonly<Record<string, string>> = {
  'p-layers': 'layer id',
  'p-kind': 'design kind',
  'p-callout': 'callout type',
  'p-inject': 'injection function',
  'p-weight': 'sublayer weight',
  r: 'rules version',
};

/** Messages for the link keys beside the profile (`p-…`, `r`). */
export const linkText = {
  badValue(key: string, value: string, allowed: readonly string[]): string {
    if (key === 'r')
      return `${quote(`r=${value}`)} is not a rules version; expected three numbers such as 1.4.0. The link was read without it.`;
    const what =
      value === ''
        ? `\`${key}\` has no value`
        : `${quote(`${key}=${value}`)} is not a known ${LINK_NOUNS[key] ?? 'value'}`;
    const list = allowed.length > 12 ? `${allowed.slice(0, 12).join(', ')}, …` : allowed.join(', ');
    return `${what}; expected one of ${list}. The proposal was read without it.`;
  },
};

/** @deprecated The English record words: `catalogue.records` (src/i18n/en/records.ts). */
export const recordText = { en: records };
export type { RecordWords };

/**
 * English labels shared across the page: one word for each verdict, IPsec status and confidence
 * level, whichever panel shows it (result, diagram, details, records, exports). The components in
 * `src/components/common` (`VerdictLabel`, `IpsecLabel`, `ConfidenceLabel`) are their one
 * renderer. Pure.
 */
import type { Verdict } from '@/engine/types';
import type { Confidence, IpsecStatus } from '@/knowledge/types';

/** How one IPsec status reads, from the diagram's tiny chip to the full sentence. */
export interface IpsecStatusWords {
  /** Decoration next to the words (hidden from screen readers). */
  readonly icon: string;
  /** Node chip next to the "IPsec" mark. */
  readonly tiny: string;
  /** Node chip on its own. */
  readonly short: string;
  /** Legend and details. */
  readonly long: string;
  /** The result panel's sentence. */
  readonly text: string;
}

export interface LabelWords {
  readonly verdict: Readonly<Record<Verdict, { readonly icon: string; readonly text: string }>>;
  /** The verdict inside a sentence ("… for this task (a kernel callout)."). */
  readonly verdictInline: Readonly<Record<Verdict, string>>;
  readonly ipsec: Readonly<Record<IpsecStatus, IpsecStatusWords>>;
  readonly confidenceLabel: string;
  readonly confidence: Readonly<
    Record<Confidence, { readonly short: string; readonly long: string }>
  >;
}

export const labels: LabelWords = {
  verdict: {
    'user-mode': { icon: '✓', text: 'User-mode filters suffice' },
    'kernel-callout': { icon: '⚙', text: 'A kernel callout driver is needed' },
    'other-technology': { icon: '↗', text: 'Use a technology outside WFP' },
  },
  verdictInline: {
    'user-mode': 'user-mode filters',
    'kernel-callout': 'a kernel callout',
    'other-technology': 'another technology',
  },
  ipsec: {
    compatible: {
      icon: '✓',
      tiny: 'ok',
      short: 'IPsec ok',
      long: 'IPsec compatible',
      text: 'Compatible with IPsec',
    },
    conditional: {
      icon: '◐',
      tiny: 'cond.',
      short: 'IPsec cond.',
      long: 'IPsec conditional',
      text: 'IPsec-compatible only if these rules are followed',
    },
    incompatible: {
      icon: '✕',
      tiny: 'no',
      short: 'IPsec no',
      long: 'IPsec incompatible',
      text: 'Not compatible with IPsec',
    },
    'not-applicable': {
      icon: '–',
      tiny: 'n/a',
      short: 'IPsec n/a',
      long: 'IPsec not applicable',
      text: 'IPsec does not apply',
    },
  },
  confidenceLabel: 'Confidence:',
  confidence: {
    documented: { short: 'documented', long: 'documented' },
    sample: { short: 'sample only', long: 'shown only in Microsoft samples' },
    inferred: {
      short: 'inferred',
      long: 'inferred: the documentation is silent or contradicts itself',
    },
  },
};

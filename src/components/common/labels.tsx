/**
 * The one renderer of each shared label: a verdict, an IPsec status, a confidence level and a
 * cited source. Every panel (result, diagram, details, records, review) shows them through these,
 * with the words of `labels` in the catalogue, so the page never names one thing two ways. Symbols
 * are decoration: the words carry the meaning and the symbols are hidden from screen readers.
 */
import type { Verdict } from '@/engine/types';
import type { Confidence, IpsecStatus } from '@/knowledge/types';
import { getSource } from '@/knowledge/sources';
import { useWords } from '@/app/language';

/** A verdict: its symbol and its words. */
export function VerdictLabel({ verdict }: { readonly verdict: Verdict }) {
  const label = useWords().labels.verdict[verdict];
  return (
    <>
      <span className="verdict__icon" aria-hidden="true">
        {label.icon}
      </span>
      <strong>{label.text}</strong>
    </>
  );
}

/** How much of an IPsec status to show: `icon` keeps the words for screen readers only. */
export type IpsecLabelSize = 'icon' | 'tiny' | 'short' | 'long' | 'text';

/** An IPsec status: its symbol and its words at one of the sizes the catalogue words. */
export function IpsecLabel({
  status,
  size = 'text',
  iconClassName = 'ipsec__icon',
  textClassName,
}: {
  readonly status: IpsecStatus;
  readonly size?: IpsecLabelSize;
  readonly iconClassName?: string;
  readonly textClassName?: string;
}) {
  const label = useWords().labels.ipsec[status];
  const words = size === 'icon' ? label.long : label[size];
  return (
    <>
      <span className={iconClassName} aria-hidden="true">
        {label.icon}
      </span>
      {size === 'icon' ? (
        <span className="visually-hidden">{words}</span>
      ) : textClassName !== undefined ? (
        <span className={textClassName}>{words}</span>
      ) : (
        words
      )}
    </>
  );
}

/** A confidence level in words: `short` for tags, `long` for sentences. */
export function ConfidenceLabel({
  confidence,
  form = 'long',
}: {
  readonly confidence: Confidence;
  readonly form?: 'short' | 'long';
}) {
  return <>{useWords().labels.confidence[confidence][form]}</>;
}

/** One cited source: its Microsoft page as a link titled from SOURCES, the bare id when unknown. */
export function SourceLink({ id }: { readonly id: string }) {
  const source = getSource(id);
  if (source === undefined) return <code>{id}</code>;
  return (
    <a href={source.url} target="_blank" rel="noopener noreferrer">
      {source.title}
    </a>
  );
}

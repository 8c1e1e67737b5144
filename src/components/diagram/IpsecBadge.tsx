import type { IpsecStatus } from '@/knowledge/types';
import { useWordsNow } from '@/app/language';

/**
 * An IPsec status as a glyph and words (never colour alone). `icon` shows the glyph and keeps the
 * words for screen readers only, for the smallest nodes.
 */
export function IpsecBadge({
  status,
  size = 'short',
}: {
  readonly status: IpsecStatus;
  readonly size?: 'icon' | 'tiny' | 'short' | 'long';
}) {
  const text = useWordsNow().diagram.ipsec[status];
  return (
    <span className={`ipsec-badge ipsec-badge--${status} ipsec-badge--${size}`}>
      <span className="ipsec-badge__icon" aria-hidden="true">
        {text.icon}
      </span>
      {size === 'icon' ? (
        <span className="visually-hidden">{text.long}</span>
      ) : (
        <span className="ipsec-badge__text">{text[size]}</span>
      )}
    </span>
  );
}

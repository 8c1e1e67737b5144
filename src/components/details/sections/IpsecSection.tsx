import { useWords } from '@/app/language';
import { IpsecBadge } from '@/components/diagram/IpsecBadge';
import type { WordedRecommendation as Recommendation } from '@/i18n/word';
import { IPSEC_CONDITIONS } from '@/knowledge/ipsec';
import type { IpsecStatus, Layer } from '@/knowledge/types';
import { ConfidenceTag, Section, Sources } from '../parts';

/**
 * The layer's IPsec status for a plain filter and a callout, why, the rules a conditional callout
 * follows, and — under a result — the status for this design.
 */
export function IpsecSection({
  layer,
  recommendation,
  statusHere,
}: {
  readonly layer: Layer;
  readonly recommendation: Recommendation | null;
  readonly statusHere: IpsecStatus;
}) {
  const { details: t, knowledge } = useWords();
  const isPrimary = recommendation !== null && recommendation.primary === layer.id;
  const rules = IPSEC_CONDITIONS.filter((c) => layer.ipsec.conditions.includes(c.id));
  const designRules = isPrimary
    ? recommendation.ipsec.conditions.filter((c) => !rules.some((k) => k.id === c.id))
    : [];
  return (
    <Section title={t.ipsec} className="details-section--ipsec">
      {recommendation !== null && (
        <div className="details-ipsec-design">
          <p>
            <strong>{t.ipsecThisDesign}:</strong> <IpsecBadge status={statusHere} size="long" />
          </p>
          {isPrimary && (
            <>
              <p>{recommendation.ipsec.reason}</p>
              <p>
                <ConfidenceTag confidence={recommendation.ipsec.confidence} />
              </p>
            </>
          )}
        </div>
      )}
      <dl className="details-facts">
        <dt>{t.ipsecForFilter}</dt>
        <dd>
          <IpsecBadge status={layer.ipsec.userModeFilter} size="long" />
        </dd>
        <dt>{t.ipsecForCallout}</dt>
        <dd>
          <IpsecBadge status={layer.ipsec.callout} size="long" />
        </dd>
        {layer.ipsec.calloutReceiveInjecting !== undefined && (
          <>
            <dt>{t.ipsecForReceiveInjection}</dt>
            <dd>
              <IpsecBadge status={layer.ipsec.calloutReceiveInjecting} size="long" />
            </dd>
          </>
        )}
      </dl>
      <p>
        {knowledge.layers[layer.id]?.ipsecReason}{' '}
        <ConfidenceTag confidence={layer.ipsec.confidence} />
      </p>
      {(rules.length > 0 || designRules.length > 0) && (
        <>
          <h4 className="details-subtitle">{t.ipsecConditions}</h4>
          <ul className="details-list">
            {rules.map((c) => (
              <li key={c.id} data-ipsec-condition-id={c.id}>
                {knowledge.ipsecRules[c.id]} <ConfidenceTag confidence={c.confidence} />
              </li>
            ))}
            {designRules.map((c) => (
              <li key={c.id} data-ipsec-condition-id={c.id}>
                {c.text}
              </li>
            ))}
          </ul>
        </>
      )}
      <Sources ids={layer.ipsec.sourceIds} inline />
    </Section>
  );
}

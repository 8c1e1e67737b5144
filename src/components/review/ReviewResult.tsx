import { useAppStore } from '@/store/app-store';
import { selectMode, selectProposal } from '@/store/records-selectors';
import { useProfile, useReview } from '@/store/use-review';
import { useWords } from '@/app/language';
import { IpsecLabel } from '@/components/common/labels';
import { wordFinding } from '@/i18n/review-words';

/**
 * The review of the design under review (DESIGN §6 hooks): `[data-testid="review"]` with
 * `data-review-verdict`, the first reason when it does not work, its IPsec status, and one element
 * per finding with `data-finding-id`, blockers first, each in the core's words.
 */
export function ReviewResult() {
  const proposal = useAppStore(selectProposal);
  const mode = useAppStore(selectMode);
  const profile = useProfile();
  const review = useReview();
  const words = useWords();
  const t = words.recordsUi.review;
  if (proposal === null && mode !== 'review') return null;

  if (review === null) {
    return (
      <section className="review review--pending" aria-labelledby="review-title">
        <h2 id="review-title" className="panel-title">
          {words.review.title}
        </h2>
        <p className="status-text">{profile === null ? t.needsTask : t.needsLayers}</p>
      </section>
    );
  }

  return (
    <section
      className={`review review--${review.verdict}`}
      data-testid="review"
      data-review-verdict={review.verdict}
      aria-labelledby="review-title"
    >
      <h2 id="review-title" className="panel-title">
        {words.review.title}
      </h2>
      <p className="review__verdict">
        <span className="review__verdict-icon" aria-hidden="true">
          {review.verdict === 'sound' ? '✓' : review.verdict === 'does-not-work' ? '✕' : '◐'}
        </span>
        <strong>{words.review.verdicts[review.verdict]}</strong>
      </p>
      {review.firstReason !== undefined && (
        <p className="review__first-reason">
          <span className="review__label">{t.firstReason}: </span>
          {wordFinding(review.firstReason, words)}
        </p>
      )}
      <p className="review__ipsec" data-ipsec={review.ipsec.status}>
        <span className="review__label">{t.ipsec}: </span>
        <IpsecLabel status={review.ipsec.status} iconClassName="review__ipsec-icon" />
      </p>
      <h3 className="review__findings-title">
        {t.findingsTitle} ({review.findings.length})
      </h3>
      <ul className="review__findings">
        {review.findings.map((f) => (
          <li
            key={f.id}
            className={`finding finding--${f.severity}`}
            data-finding-id={f.id}
            data-finding-code={f.code}
            data-severity={f.severity}
          >
            <span className="finding__severity">{words.review.severities[f.severity]}</span>
            <span className="finding__text">{wordFinding(f, words)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

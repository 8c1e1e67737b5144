import type { WordedRecommendation as Recommendation } from '@/i18n/word';
import { RULES_VERSION } from '@/engine/version';
import { usePrintState } from '@/app/print';
import { shareLinkOf } from '@/app/share-link';
import { useAppStore } from '@/store/app-store';
import { selectDraft } from '@/store/records-selectors';
import { useChecklist, useReview } from '@/store/use-review';
import { checklistLabel } from './checklist-words';
import { useWords } from '@/app/language';
import { wordFinding } from '@/i18n/review-words';

/**
 * What paper gets (issue 10 §4): the record's title, the diagram, then the decision — verdict,
 * layers, IPsec, warnings, considerations, the review and its findings, notes and checklist, the
 * share link and rules version. Rendered only while printing and hidden on screen; the print style
 * sheet shows only this. All user text is rendered as text.
 */
export function PrintView({ recommendation }: { readonly recommendation: Recommendation | null }) {
  const { active, image } = usePrintState();
  if (!active) return null;
  return <PrintPages recommendation={recommendation} image={image} />;
}

function PrintPages({
  recommendation,
  image,
}: {
  readonly recommendation: Recommendation | null;
  readonly image: string | null;
}) {
  const words = useWords();
  const t = words.recordsUi.print;
  const draft = useAppStore(selectDraft);
  // Re-rendered with the page's state, so the printed link is the link of what is shown.
  const state = useAppStore((s) => s);
  const review = useReview();
  const checklist = useChecklist();
  const title = draft.title.trim() === '' ? t.untitled : draft.title;
  const r = recommendation;

  return (
    <div className="print-view" data-testid="print-view">
      <header className="print-view__head">
        <h1>{title}</h1>
        <p>
          {words.app.appName} · {t.rulesVersion(RULES_VERSION)} · {new Date().toLocaleDateString()}
        </p>
      </header>
      <section className="print-view__diagram">
        <h2>{t.diagramTitle}</h2>
        {image !== null ? <img src={image} alt={t.diagramTitle} /> : <p>{t.diagramMissing}</p>}
      </section>
      <section className="print-view__decision">
        <h2>{t.decisionTitle}</h2>
        {r !== null && (
          <>
            <p className="print-view__verdict">
              <strong>{words.labels.verdict[r.verdict].text}</strong> — {r.build.summary}
            </p>
            <dl>
              <dt>{words.app.result.primaryTitle}</dt>
              <dd>{r.primary === null ? '—' : words.common.layerName(r.primary)}</dd>
              {r.companions.length > 0 && (
                <>
                  <dt>{words.app.result.companionsTitle}</dt>
                  <dd>
                    {words.common.listWords(
                      r.companions.map((c) => words.common.layerName(c.layerId)),
                    )}
                  </dd>
                </>
              )}
              <dt>{words.app.result.ipsecTitle}</dt>
              <dd>{words.labels.ipsec[r.ipsec.status].text}</dd>
            </dl>
            {r.warnings.length > 0 && (
              <>
                <h3>{words.app.result.warningsTitle}</h3>
                <ul>
                  {r.warnings.map((w) => (
                    <li key={w.id}>
                      <strong>{w.title}</strong> {w.text}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
        {review !== null && (
          <>
            <h3>
              {words.review.title}: {words.review.verdicts[review.verdict]}
            </h3>
            <ul>
              {review.findings.map((f) => (
                <li key={f.id}>
                  {words.review.severities[f.severity]}: {wordFinding(f, words)}
                </li>
              ))}
            </ul>
          </>
        )}
        {draft.notes.trim() !== '' && (
          <>
            <h3>{t.notesTitle}</h3>
            <p className="print-view__notes">{draft.notes}</p>
          </>
        )}
        {checklist.length > 0 && (
          <>
            <h3>{t.checklistTitle}</h3>
            <ul className="print-view__checklist">
              {checklist.map((item) => (
                <li key={item.id}>
                  {item.done ? '☑' : '☐'} {checklistLabel(item.id, r, review, words)}
                </li>
              ))}
            </ul>
          </>
        )}
        <p className="print-view__link">
          {t.link}: <span>{shareLinkOf(state)}</span>
        </p>
      </section>
    </div>
  );
}

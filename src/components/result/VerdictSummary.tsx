import type { WordedRecommendation as Recommendation } from '@/i18n/word';
import { BreakableCode } from '@/components/common/BreakableCode';
import { useWords } from '@/app/language';
import { VerdictLabel } from '@/components/common/labels';
import { Suspense } from 'react';

/**
 * What a condition matches: the English words load with the late words (issue 12), so it may wait
 * for them while the condition's name shows at once.
 */
function ConditionWhy({ note }: { readonly note: { readonly why: string } }) {
  return note.why === '' ? null : <span className="verdict__condition-why">{note.why}</span>;
}

/**
 * The build plan: the verdict and the engine's summary, then the plan's parts (conditions,
 * callout type, injection, pend) as the engine gave them. The summary card quotes the verdict.
 */
export function VerdictSummary({ recommendation }: { readonly recommendation: Recommendation }) {
  const t = useWords();
  const { verdict, build } = recommendation;
  return (
    <div className={`verdict verdict--${verdict}`} data-testid="verdict">
      <p className="verdict__headline">
        <VerdictLabel verdict={verdict} />
      </p>
      <p className="verdict__summary">{build.summary}</p>
      <dl className="verdict__plan">
        {build.technology !== undefined && (
          <>
            <dt>{t.app.result.technologyCost}</dt>
            <dd data-technology-id={build.technology.id}>{build.technology.cost}</dd>
          </>
        )}
        {build.conditions.length > 0 && (
          <>
            <dt>{t.app.result.buildConditions}</dt>
            <dd>
              <ul className="verdict__conditions">
                {build.conditionNotes.map((note) => (
                  <li key={note.id} data-condition-id={note.id}>
                    <BreakableCode className="chip" text={note.id} />
                    <Suspense fallback={null}>
                      <ConditionWhy note={note} />
                    </Suspense>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {build.calloutType !== undefined && (
          <>
            <dt>{t.app.result.calloutType}</dt>
            <dd>{build.calloutType}</dd>
          </>
        )}
        {build.injection.length > 0 && (
          <>
            <dt>{t.app.result.injection}</dt>
            <dd>
              {build.injection.map((fn) => (
                <BreakableCode key={fn} className="chip" text={fn} />
              ))}
            </dd>
          </>
        )}
        {build.pend !== undefined && (
          <>
            <dt>{t.app.result.pend}</dt>
            <dd>{build.pend}</dd>
          </>
        )}
      </dl>
    </div>
  );
}

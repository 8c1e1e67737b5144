import type { WordedRecommendation as Recommendation } from '@/i18n/word';
import { appText } from '@/i18n/app';
import { engineUi } from '@/i18n/engine';
import { BreakableCode } from '@/components/common/BreakableCode';

/**
 * The build plan: the verdict and the engine's summary, then the plan's parts (conditions,
 * callout type, injection, pend) as the engine gave them. The summary card quotes the verdict.
 */
export function VerdictSummary({ recommendation }: { readonly recommendation: Recommendation }) {
  const { verdict, build } = recommendation;
  const label = appText.result.verdictLabel[verdict];
  return (
    <div className={`verdict verdict--${verdict}`} data-testid="verdict">
      <p className="verdict__headline">
        <span className="verdict__icon" aria-hidden="true">
          {appText.result.verdictIcon[verdict]}
        </span>
        <strong>{label}</strong>
      </p>
      <p className="verdict__summary">{build.summary}</p>
      <dl className="verdict__plan">
        {build.technology !== undefined && (
          <>
            <dt>{engineUi.technologyCost}</dt>
            <dd data-technology-id={build.technology.id}>{build.technology.cost}</dd>
          </>
        )}
        {build.conditions.length > 0 && (
          <>
            <dt>{appText.result.buildConditions}</dt>
            <dd>
              <ul className="verdict__conditions">
                {build.conditionNotes.map((note) => (
                  <li key={note.id} data-condition-id={note.id}>
                    <BreakableCode className="chip" text={note.id} />
                    {note.why !== '' && <span className="verdict__condition-why">{note.why}</span>}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {build.calloutType !== undefined && (
          <>
            <dt>{appText.result.calloutType}</dt>
            <dd>{build.calloutType}</dd>
          </>
        )}
        {build.injection.length > 0 && (
          <>
            <dt>{appText.result.injection}</dt>
            <dd>
              {build.injection.map((fn) => (
                <BreakableCode key={fn} className="chip" text={fn} />
              ))}
            </dd>
          </>
        )}
        {build.pend !== undefined && (
          <>
            <dt>{appText.result.pend}</dt>
            <dd>{build.pend}</dd>
          </>
        )}
      </dl>
    </div>
  );
}

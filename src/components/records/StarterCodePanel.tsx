import { useMemo } from 'react';
import { useAfterPaint } from '@/components/common/use-after-paint';
import { CopyButton } from '@/components/common/CopyButton';
import { starterCode, type StarterCode } from '@/share/starter-code';
import { useAppStore } from '@/store/app-store';
import { selectProposal } from '@/store/records-selectors';
import { reviewable, useProfile } from '@/store/use-review';
import { useWords } from '@/app/language';

function Starter({ id, heading, code }: { id: string; heading: string; code: StarterCode }) {
  const t = useWords().recordsUi.starter;
  const verify = code.verify.join('\n');
  return (
    <details className="starter" data-starter={id} data-starter-kind={code.kind}>
      <summary>
        <h3 className="starter__title">
          {heading}: {code.title}
        </h3>
      </summary>
      <p className="starter__disclaimer" data-testid="starter-disclaimer">
        <span aria-hidden="true">⚠ </span>
        {t.disclaimer}
      </p>
      <div className="button-row">
        <CopyButton label={t.copy} text={() => code.code} done={t.copied} failed={t.copyFailed} />
      </div>
      <pre className="starter__code" tabIndex={0} aria-label={code.title}>
        <code>{code.code}</code>
      </pre>
      <h4 className="starter__subtitle">{t.verifyTitle}</h4>
      <div className="button-row">
        <CopyButton
          label={t.copyVerify}
          text={() => verify}
          done={t.copied}
          failed={t.copyFailed}
        />
      </div>
      <pre className="starter__code starter__verify" tabIndex={0} aria-label={t.verifyTitle}>
        <code>{verify}</code>
      </pre>
    </details>
  );
}

/**
 * Starter code from the core's generator for the recommendation and, in a review, for the design
 * under review: a C skeleton to copy and the commands that show it working on a test machine,
 * marked as a starting point nobody here compiled.
 */
export function StarterCodePanel() {
  const words = useWords();
  const t = words.recordsUi.starter;
  // Generated after a change has painted (a render started after that frame): the code sits folded below the
  // result, and an answer paints the diagram and the verdict first (issue 12).
  const live = useProfile();
  const profile = useAfterPaint(live);
  const proposal = useAfterPaint(reviewable(useAppStore(selectProposal)));
  const forRecommendation = useMemo(
    () => (profile === null ? null : starterCode(profile, null, words)),
    [profile, words],
  );
  const forProposal = useMemo(
    () => (profile === null || proposal === null ? null : starterCode(profile, proposal, words)),
    [profile, proposal, words],
  );
  if (forRecommendation === null) return null;
  return (
    <section
      className="starter-panel"
      aria-labelledby="starter-title"
      data-testid="starter-code"
      aria-busy={profile !== live || undefined}
      data-stale={profile !== live ? 'starter-code' : undefined}
    >
      <h2 id="starter-title" className="panel-title">
        {t.title}
      </h2>
      <Starter id="recommendation" heading={t.forRecommendation} code={forRecommendation} />
      {forProposal !== null && <Starter id="proposal" heading={t.forProposal} code={forProposal} />}
    </section>
  );
}

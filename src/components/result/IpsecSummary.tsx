import type { WordedIpsecResult as IpsecResult } from '@/i18n/word';
import { ConfidenceNote } from '@/components/common/ConfidenceNote';
import { SourceLinks } from '@/components/common/SourceLinks';
import { resultItemId } from './result-items';
import { useWords } from '@/app/language';
import { IpsecLabel } from '@/components/common/labels';

/**
 * The design's IPsec status: icon and words (never colour alone), the engine's reason, and the
 * rules a conditional design must follow. Loud emphasis (IPsec in use, design incompatible) makes
 * it a bordered alert.
 */
export function IpsecSummary({ ipsec }: { readonly ipsec: IpsecResult }) {
  const t = useWords();
  return (
    <section
      className={`result-section ipsec ipsec--${ipsec.status} ipsec--${ipsec.emphasis}`}
      aria-labelledby="result-ipsec-status-title"
      id={resultItemId('ipsec', 'ipsec')}
      tabIndex={-1}
      data-ipsec-status={ipsec.status}
      data-emphasis={ipsec.emphasis}
    >
      <h3 id="result-ipsec-status-title" className="result-section__title">
        {t.app.result.ipsecTitle}
      </h3>
      {ipsec.emphasis === 'loud' && (
        <p className="ipsec__loud" role="alert">
          <span className="ipsec__loud-icon" aria-hidden="true">
            ✖
          </span>
          {t.app.result.ipsecLoud}
        </p>
      )}
      <p className="ipsec__status">
        <strong>
          <IpsecLabel status={ipsec.status} />
        </strong>
      </p>
      <p>{ipsec.reason}</p>
      {ipsec.conditions.length > 0 && (
        <ol className="ipsec__conditions">
          {ipsec.conditions.map((condition) => (
            <li key={condition.id} data-ipsec-condition-id={condition.id}>
              {condition.text}
              <SourceLinks ids={condition.sourceIds} />
            </li>
          ))}
        </ol>
      )}
      <ConfidenceNote confidence={ipsec.confidence} />
      <SourceLinks ids={ipsec.sourceIds} />
      {ipsec.notes.map((note) => (
        <div key={note.id} className="ipsec__note" data-ipsec-note-id={note.id}>
          <p>{note.text}</p>
          <ConfidenceNote confidence={note.confidence} />
          <SourceLinks ids={note.sourceIds} />
        </div>
      ))}
      {ipsec.fixes.length > 0 && (
        <>
          <h4 className="ipsec__fixes-title">{t.app.result.ipsecFixes}</h4>
          <ul className="ipsec__fixes">
            {ipsec.fixes.map((fix) => (
              <li key={fix.id} data-ipsec-fix-id={fix.id}>
                {fix.text}
                <SourceLinks ids={fix.sourceIds} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

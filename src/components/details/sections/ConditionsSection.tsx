import { useWords } from '@/app/language';
import { getCondition } from '@/knowledge/conditions';
import type { Layer } from '@/knowledge/types';
import { ConfidenceTag, Section } from '../parts';

/** The filter conditions a user-mode filter can match at the layer. */
export function ConditionsSection({ layer }: { readonly layer: Layer }) {
  const { details: t, knowledge, common } = useWords();
  return (
    <Section title={t.conditions}>
      {layer.conditions.length === 0 ? (
        <p>{t.conditionsEmpty}</p>
      ) : (
        <>
          <p className="details-muted">{t.conditionsIntro(layer.conditions.length)}</p>
          <ul className="details-conditions">
            {layer.conditions.map((id) => {
              const condition = getCondition(id);
              const words = knowledge.conditions[id];
              return (
                <li key={id} data-condition-id={id}>
                  <code>{id}</code>
                  {condition !== undefined && (
                    <>
                      {' '}
                      <span className="details-conditions__meaning">{words?.meaning}</span>
                      {condition.minOs !== 'vista' && (
                        <span className="details-os-tag">
                          {t.fromOs(common.osNames[condition.minOs])}
                        </span>
                      )}
                      {condition.confidence !== 'documented' && (
                        <ConfidenceTag confidence={condition.confidence} />
                      )}
                      {words?.note ? (
                        <span className="details-conditions__note">{words.note}</span>
                      ) : null}
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </Section>
  );
}

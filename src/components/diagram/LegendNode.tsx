import { memo } from 'react';
import type { DiagramState } from '@/engine/candidates';
import type { IpsecStatus } from '@/knowledge/types';
import { useWordsNow } from '@/app/language';
import { IpsecBadge } from './IpsecBadge';

const STATES: readonly DiagramState[] = [
  'recommended',
  'companion',
  'workable',
  'candidate',
  'excluded',
  'idle',
];
const IPSEC: readonly IpsecStatus[] = [
  'compatible',
  'conditional',
  'incompatible',
  'not-applicable',
];

/** What the node styles, badges, pills and arrows mean. Drawn on the canvas beside the stack. */
function LegendNodeView() {
  const t = useWordsNow().diagram;
  return (
    <div className="diagram-legend">
      <span className="diagram-legend__title">{t.legendLabel}</span>
      <span className="diagram-legend__group">{t.legend.dependsOnTask}</span>
      <ul className="diagram-legend__list">
        {STATES.map((state) => (
          <li key={state} className="diagram-legend__item">
            <span className={`diagram-legend__swatch is-${state}`} aria-hidden="true">
              {t.overviewMark[state]}
            </span>
            {t.states[state]}
          </li>
        ))}
        <li className="diagram-legend__item">
          <span className="diagram-legend__swatch is-candidate is-likely" aria-hidden="true" />
          {t.legend.likely}
        </li>
      </ul>
      <ul className="diagram-legend__list">
        {IPSEC.map((status) => (
          <li key={status} className="diagram-legend__item">
            <IpsecBadge status={status} size="long" />
          </li>
        ))}
      </ul>
      <span className="diagram-legend__group">{t.legend.fixed}</span>
      <ul className="diagram-legend__list">
        <li className="diagram-legend__item">
          <span className="diagram-legend__pill" aria-hidden="true">
            ⊘ {t.discardChip}
          </span>
          {t.legend.discard}
        </li>
        <li className="diagram-legend__item">
          <span className="diagram-legend__arrow" aria-hidden="true">
            →
          </span>
          {t.legend.arrows}
        </li>
      </ul>
    </div>
  );
}

export const LegendNode = memo(LegendNodeView);

import { useId, useMemo, useState } from 'react';
import {
  PROPOSAL_CALLOUTS,
  PROPOSAL_KINDS,
  PROPOSAL_WEIGHTS,
  proposalOf,
  type ProposalCallout,
  type ProposalWeight,
} from '@/engine/review';
import { en } from '@/i18n/en';
import { INJECTION_FUNCTIONS } from '@/knowledge/injection';
import { LAYERS } from '@/knowledge/layers';
import type { Layer, LayerId, Tier } from '@/knowledge/types';
import { useAppStore } from '@/store/app-store';
import { selectProposal, selectSetProposal } from '@/store/records-selectors';
import type { ProposalDraft } from '@/store/records-slice';
import { useProfile } from '@/store/use-review';
import { useWords } from '@/app/language';

// The bands in the diagram's order (the same keys in every language).
const TIERS = Object.keys(en.diagram.bands) as Tier[];
const EMPTY: ProposalDraft = { layers: [], kind: 'filter' };

/** A layer matches by the name shown, its English name, its id or an FWPM identifier. */
function matches(layer: Layer, shownName: string, query: string): boolean {
  if (query === '') return true;
  const q = query.toLowerCase();
  return (
    shownName.toLowerCase().includes(q) ||
    layer.name.toLowerCase().includes(q) ||
    layer.id.includes(q.replace(/\s+/g, '-')) ||
    layer.fwpm.some((name) => name.toLowerCase().includes(q.replace(/\s+/g, '_')))
  );
}

/**
 * The reviewer describes a colleague's design (DESIGN §4 `p-…` keys): the layers it uses, chosen
 * from the knowledge base grouped by tier and searchable; plain filters or a callout and its type;
 * optionally the injection function and the sublayer weight. Every change goes to the store, so
 * the review, the diagram and the link follow at once.
 */
export function ProposalForm() {
  const words = useWords();
  const t = words.recordsUi.proposal;
  const stored = useAppStore(selectProposal);
  const setProposal = useAppStore(selectSetProposal);
  const profile = useProfile();
  const proposal = stored ?? EMPTY;
  const [query, setQuery] = useState('');
  const ids = useId();
  const chosen = new Set(proposal.layers);
  const layerName = (id: LayerId) => words.knowledge.layers[id]?.name ?? id;

  const groups = useMemo(
    () =>
      TIERS.map((tier) => ({
        tier,
        layers: LAYERS.filter(
          (l) =>
            l.tier === tier &&
            matches(l, words.knowledge.layers[l.id]?.name ?? l.name, query.trim()),
        ),
      })).filter((g) => g.layers.length > 0),
    [query, words],
  );

  const update = (patch: Partial<ProposalDraft>) => {
    const next: ProposalDraft = { ...proposal, ...patch };
    if (next.kind !== 'callout') {
      const { callout: _drop, ...rest } = next;
      void _drop;
      setProposal(rest);
    } else setProposal(next);
  };
  const toggle = (id: LayerId, on: boolean) =>
    update({
      layers: on ? [...proposal.layers, id] : proposal.layers.filter((l) => l !== id),
    });
  const recommended = profile === null ? null : proposalOf(profile);

  return (
    <div className="proposal-form" data-testid="proposal-form">
      <h2 className="panel-title">{t.title}</h2>
      <p className="proposal-form__intro">{t.intro}</p>

      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={recommended === null}
          onClick={() => recommended !== null && setProposal(recommended)}
        >
          {t.useRecommended}
        </button>
        <button
          type="button"
          className="button button--quiet"
          disabled={stored === null}
          onClick={() => setProposal(null)}
        >
          {t.clear}
        </button>
      </div>

      <fieldset className="proposal-form__group">
        <legend>{t.layersLegend}</legend>
        <p className="status-text" aria-live="polite">
          {t.chosen(proposal.layers.length)}
        </p>
        {proposal.layers.length > 0 && (
          <ul className="proposal-form__chosen">
            {proposal.layers.map((id) => (
              <li key={id}>
                <span className="proposal-chip" data-proposed-layer={id}>
                  <span aria-hidden="true">◆ </span>
                  {layerName(id)}
                  <button
                    type="button"
                    className="proposal-chip__remove"
                    aria-label={t.remove(layerName(id))}
                    onClick={() => toggle(id, false)}
                  >
                    ×
                  </button>
                </span>
              </li>
            ))}
          </ul>
        )}
        <label className="proposal-form__label" htmlFor={`${ids}-search`}>
          {t.search}
        </label>
        <input
          id={`${ids}-search`}
          className="proposal-form__input"
          type="search"
          value={query}
          placeholder={t.searchHint}
          onChange={(event) => setQuery(event.target.value)}
        />
        <div className="proposal-form__layers" data-testid="proposal-layers">
          {groups.length === 0 && <p className="status-text">{t.noMatch}</p>}
          {groups.map(({ tier, layers }) => (
            <fieldset key={tier} className="proposal-form__tier">
              <legend>{words.diagram.bands[tier].title}</legend>
              {layers.map((layer) => (
                <label key={layer.id} className="proposal-form__layer">
                  <input
                    type="checkbox"
                    data-proposal-layer={layer.id}
                    checked={chosen.has(layer.id)}
                    onChange={(event) => toggle(layer.id, event.target.checked)}
                  />
                  <span>
                    {layerName(layer.id)}
                    <code className="proposal-form__fwpm">{layer.fwpm[0]}</code>
                  </span>
                </label>
              ))}
            </fieldset>
          ))}
        </div>
      </fieldset>

      <fieldset className="proposal-form__group">
        <legend>{t.kindLegend}</legend>
        {PROPOSAL_KINDS.map((kind) => (
          <label key={kind} className="proposal-form__radio">
            <input
              type="radio"
              name={`${ids}-kind`}
              value={kind}
              data-proposal-kind={kind}
              checked={proposal.kind === kind}
              onChange={() => update({ kind })}
            />
            {t.kinds[kind]}
          </label>
        ))}
      </fieldset>

      {proposal.kind === 'callout' && (
        <div className="proposal-form__field">
          <label className="proposal-form__label" htmlFor={`${ids}-callout`}>
            {t.calloutLabel}
          </label>
          <select
            id={`${ids}-callout`}
            className="proposal-form__input"
            data-testid="proposal-callout"
            value={proposal.callout ?? ''}
            onChange={(event) => {
              const value = event.target.value as ProposalCallout | '';
              const { callout: _old, ...rest } = proposal;
              void _old;
              setProposal(value === '' ? rest : { ...rest, callout: value });
            }}
          >
            <option value="">{t.notStated}</option>
            {PROPOSAL_CALLOUTS.map((c) => (
              <option key={c} value={c}>
                {t.callouts[c]}
              </option>
            ))}
          </select>
        </div>
      )}

      <div className="proposal-form__field">
        <label className="proposal-form__label" htmlFor={`${ids}-inject`}>
          {t.injectLabel}
        </label>
        <select
          id={`${ids}-inject`}
          className="proposal-form__input"
          data-testid="proposal-inject"
          value={proposal.inject ?? ''}
          onChange={(event) => {
            const { inject: _old, ...rest } = proposal;
            void _old;
            setProposal(event.target.value === '' ? rest : { ...rest, inject: event.target.value });
          }}
        >
          <option value="">{t.notStated}</option>
          {INJECTION_FUNCTIONS.map((f) => (
            <option key={f.id} value={f.id}>
              {f.id}
            </option>
          ))}
        </select>
      </div>

      <div className="proposal-form__field">
        <label className="proposal-form__label" htmlFor={`${ids}-weight`}>
          {t.weightLabel}
        </label>
        <select
          id={`${ids}-weight`}
          className="proposal-form__input"
          data-testid="proposal-weight"
          value={proposal.weight ?? ''}
          onChange={(event) => {
            const value = event.target.value as ProposalWeight | '';
            const { weight: _old, ...rest } = proposal;
            void _old;
            setProposal(value === '' ? rest : { ...rest, weight: value });
          }}
        >
          <option value="">{t.notStated}</option>
          {PROPOSAL_WEIGHTS.map((w) => (
            <option key={w} value={w}>
              {t.weights[w]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

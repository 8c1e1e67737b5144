import { useWorkshopWords } from './use-workshop-words';
import { useMemo } from 'react';
import { useWorkshop, workshopActions } from '@/app/workshop';
import { COMPARE_MAX, compareLayers, type CompareRow } from '@/engine/compare';
import type { WorkshopWords } from '@/i18n/en/workshop-words';
import { LAYERS, knownLayerId } from '@/knowledge/layers';

function Cell({
  row,
  values,
  t,
}: {
  readonly row: CompareRow;
  readonly values: readonly string[];
  readonly t: WorkshopWords;
}) {
  if (row.kind === 'count') {
    const count = (kind: string) => values.filter((v) => v === kind).length;
    return <>{t.compare.caveats(count('gap'), count('conflict'), count('doc-typo'))}</>;
  }
  if (values.length === 0) return <>{t.compare.none}</>;
  if (row.kind === 'code') return <>{t.compare.codes[values[0]!] ?? values[0]}</>;
  return (
    <ul className={`compare__items compare__items--${row.kind}`}>
      {values.map((v) => {
        const text = row.kind === 'ids' ? v : (t.compare.codes[v] ?? v);
        const own = row.differs && !row.shared.includes(v);
        return (
          <li key={v} className={own ? 'is-own' : undefined}>
            {row.kind === 'ids' ? <code>{text}</code> : text}
          </li>
        );
      })}
    </ul>
  );
}

/** Two or three layers side by side; rows where they differ are marked (and say so in words). */
export function Compare() {
  const t = useWorkshopWords();
  const chosen = useWorkshop((s) => s.compare);
  const comparison = useMemo(() => compareLayers(chosen), [chosen]);
  const options = useMemo(
    () =>
      [...LAYERS]
        .filter((l) => !l.internal)
        .sort((a, b) => a.stackOrder - b.stackOrder)
        .map((l) => ({ id: l.id, name: t.layerName(l.id) })),
    [t],
  );

  const setSlot = (slot: number, id: string) => {
    const known = knownLayerId(id);
    if (known === null) return;
    const next = [...chosen];
    next[slot] = known;
    workshopActions.setCompare(next);
  };

  return (
    <div className="compare" data-testid="compare">
      <p className="workshop-intro">{t.compare.intro}</p>
      <div className="compare__pickers">
        {chosen.map((id, slot) => (
          <label key={slot} className="compare__picker">
            <span>{t.compare.slot(slot + 1)}</span>
            <select
              value={id}
              onChange={(e) => setSlot(slot, e.target.value)}
              data-compare-slot={slot + 1}
            >
              {options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </label>
        ))}
        {chosen.length < COMPARE_MAX ? (
          <button
            type="button"
            onClick={() =>
              workshopActions.setCompare([
                ...chosen,
                options.find((o) => !chosen.includes(o.id))?.id ?? options[0]!.id,
              ])
            }
          >
            {t.compare.addThird}
          </button>
        ) : (
          <button type="button" onClick={() => workshopActions.setCompare(chosen.slice(0, 2))}>
            {t.compare.removeThird}
          </button>
        )}
      </div>
      {!comparison.ok ? (
        <p className="workshop-error" role="alert" data-testid="compare-error">
          {t.compare.errors[comparison.error]}
        </p>
      ) : (
        <div className="compare__scroll">
          <table className="compare__table" data-testid="compare-table">
            <thead>
              <tr>
                <th scope="col">{t.compare.capability}</th>
                {comparison.layers.map((id) => (
                  <th key={id} scope="col" data-layer-column={id}>
                    {t.layerName(id)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {comparison.rows.map((row) => (
                <tr
                  key={row.id}
                  className={row.differs ? 'differs' : undefined}
                  data-row={row.id}
                  data-differs={row.differs ? 'true' : 'false'}
                >
                  <th scope="row">
                    {t.compare.rows[row.id]}
                    {row.differs && <span className="compare__differs">{t.compare.differs}</span>}
                  </th>
                  {row.values.map((values, i) => (
                    <td key={comparison.layers[i]}>
                      <Cell row={row} values={values} t={t} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

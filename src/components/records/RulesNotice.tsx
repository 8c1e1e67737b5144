import { useMemo } from 'react';
import { RULES_VERSION } from '@/engine/version';
import type { RulesRelease } from '@/knowledge/rules-changelog';
import { recheckRecord, type RecordResult } from '@/share/record';
import { changesSince } from '@/share/rules-diff';
import { useAppStore } from '@/store/app-store';
import {
  selectDismissRulesNotice,
  selectLinkRules,
  selectOpenedRecord,
} from '@/store/records-selectors';
import { useWords } from '@/app/language';
import type { Catalogue } from '@/i18n/en';

function ChangeList({ releases }: { readonly releases: readonly RulesRelease[] }) {
  const words = useWords();
  const t = words.recordsUi.rules;
  if (releases.length === 0) return <p>{t.noChanges}</p>;
  return (
    <ul className="rules-notice__changes">
      {releases.map((release) => (
        <li key={release.version} data-rules-release={release.version}>
          <strong>{release.version}</strong> ({release.date})
          <ul>
            {release.changes.map((change) => (
              <li key={change.code}>{words.rulesChanges[change.code] ?? change.code}</li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

const cells = (r: RecordResult, t: Catalogue) => ({
  verdict: t.labels.verdict[r.verdict].text,
  primary: r.primary === null ? t.recordsUi.rules.none : t.common.layerName(r.primary),
  ipsec: t.labels.ipsec[r.ipsec].text,
  review: r.review === undefined ? t.recordsUi.rules.none : t.review.verdicts[r.review.verdict],
});

/**
 * "The rules changed since this was made": for a record, its saved result beside the result under
 * the current rules (verdict, primary layer, IPsec status, review verdict; the rows that differ are
 * marked), then what the changelog says changed; for a link (which carries no old result), the
 * changelog entries since its rules version.
 */
export function RulesNotice() {
  const record = useAppStore(selectOpenedRecord);
  const linkRules = useAppStore(selectLinkRules);
  const dismiss = useAppStore(selectDismissRulesNotice);
  const words = useWords();
  const t = words.recordsUi.rules;
  const recheck = useMemo(
    () => (record !== null && record.rulesVersion !== RULES_VERSION ? recheckRecord(record) : null),
    [record],
  );
  const madeUnder = recheck !== null ? record?.rulesVersion : linkRules;
  if (madeUnder === null || madeUnder === undefined) return null;
  const diff = recheck?.rules ?? changesSince(madeUnder);
  const before = recheck !== null ? cells(recheck.before, words) : null;
  const after = recheck !== null ? cells(recheck.after, words) : null;
  const rows = ['verdict', 'primary', 'ipsec', 'review'] as const;

  return (
    <section
      className="notice notice--warning rules-notice"
      data-testid="rules-notice"
      data-made-under={madeUnder}
      aria-labelledby="rules-notice-title"
    >
      <h2 id="rules-notice-title" className="notice__title">
        <span aria-hidden="true">⚠ </span>
        {t.title}
      </h2>
      <p>{t.madeUnder(madeUnder, RULES_VERSION)}</p>
      {recheck !== null && before !== null && after !== null && (
        <>
          {recheck.changed ? (
            <table className="rules-notice__table" data-testid="rules-diff">
              <thead>
                <tr>
                  <th scope="col">
                    <span className="visually-hidden">{t.columns.what}</span>
                  </th>
                  <th scope="col">{t.columns.before}</th>
                  <th scope="col">{t.columns.now}</th>
                </tr>
              </thead>
              <tbody>
                {rows
                  .filter((row) => row !== 'review' || recheck.before.review !== undefined)
                  .map((row) => {
                    const differs = recheck.differences.includes(row);
                    return (
                      <tr key={row} data-differs={differs ? 'true' : undefined} data-row={row}>
                        <th scope="row">{words.records.differences[row]}</th>
                        <td>{before[row]}</td>
                        <td>
                          {differs && <span aria-hidden="true">→ </span>}
                          {after[row]}
                        </td>
                      </tr>
                    );
                  })}
              </tbody>
            </table>
          ) : (
            <p>{t.same}</p>
          )}
          <p className="status-text">{words.records.recomputedNote}</p>
        </>
      )}
      <h3 className="rules-notice__subtitle">{t.changesTitle}</h3>
      {!diff.known && <p>{t.unknownVersion(madeUnder)}</p>}
      <ChangeList releases={diff.releases} />
      <button type="button" className="button button--quiet" onClick={dismiss}>
        {t.dismiss}
      </button>
    </section>
  );
}

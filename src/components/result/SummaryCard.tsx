import { alternativeLayers } from '@/engine/layer-states';
import { mustKnows, chosenAlternative, type MustKnow } from '@/engine/summary';
import type { WordedRecommendation as Recommendation } from '@/i18n/word';
import { CopyButton } from '@/components/common/CopyButton';
import { LayerName } from './LayerName';
import { resultItemId, showResultItem } from './result-items';
import { useWords } from '@/app/language';
import type { Catalogue } from '@/i18n/en';
import { IpsecLabel, VerdictLabel } from '@/components/common/labels';

interface Props {
  readonly recommendation: Recommendation;
  readonly onSelectLayer: (layerId: string) => void;
}

function titleOf(item: MustKnow, r: Recommendation, words: Catalogue): string {
  if (item.kind === 'ipsec') return words.app.result.ipsecLoud;
  if (item.kind === 'warning') return r.warnings.find((w) => w.id === item.id)?.title ?? item.id;
  const considerations: Readonly<Record<string, { readonly title: string } | undefined>> =
    words.knowledge.considerations;
  return considerations[item.id]?.title ?? item.id;
}

/**
 * The ten-second card: verdict, layer and companions (or the alternative and where it works),
 * IPsec status, and the must-knows the core ranks, each one line with a "more" link into the
 * folded sections below.
 */
export function SummaryCard({ recommendation: r, onSelectLayer }: Props) {
  const words = useWords();
  const t = words.app.result;
  const { knowledge, common } = words;
  const items = mustKnows(r);
  const alternativeId = chosenAlternative(r);
  const alternative =
    alternativeId === null ? null : (knowledge.alternatives[alternativeId]?.name ?? alternativeId);
  // Where the alternative does its work (an existing driver's layers), not where a callout would.
  const where = [...alternativeLayers(r)];
  const quote = t.quotable(words.labels.verdict[r.verdict].text, r.build.summary);
  return (
    <section
      className={`summary-card verdict--${r.verdict}`}
      data-testid="summary-card"
      aria-labelledby="summary-card-verdict"
    >
      <p id="summary-card-verdict" className="summary-card__verdict">
        <VerdictLabel verdict={r.verdict} />
      </p>
      <p className="summary-card__line" data-testid="verdict-text">
        {r.build.summary}
      </p>
      <dl className="summary-card__facts">
        {alternative !== null && (
          <div className="summary-card__fact" data-card-fact="alternative">
            <dt>{t.card.alternative}</dt>
            <dd>
              <strong>{alternative}</strong>
            </dd>
          </div>
        )}
        <div className="summary-card__fact" data-card-fact="layer">
          <dt>{alternative !== null ? t.card.whereAlternative : t.card.layer}</dt>
          <dd>
            {alternative !== null ? (
              where.length === 0 ? (
                t.card.outsideLayers
              ) : (
                <ul className="summary-card__companions">
                  {where.map((id) => (
                    <li key={id}>
                      <LayerName layerId={id} onSelectLayer={onSelectLayer} />
                    </li>
                  ))}
                </ul>
              )
            ) : r.primary === null ? (
              t.card.noLayer
            ) : (
              <LayerName layerId={r.primary} onSelectLayer={onSelectLayer} />
            )}
          </dd>
        </div>
        {alternative === null && r.companions.length > 0 && (
          <div className="summary-card__fact" data-card-fact="companions">
            <dt>{t.card.companions}</dt>
            <dd>
              <ul className="summary-card__companions">
                {r.companions.map((c) => (
                  <li key={`${c.layerId}-${c.role}`}>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => onSelectLayer(c.layerId)}
                      aria-label={t.showDetailsLabel(common.layerName(c.layerId))}
                    >
                      {common.layerName(c.layerId)}
                    </button>
                    <span className="summary-card__role">
                      {' · '}
                      {t.card.roles[c.role] ?? c.role}
                    </span>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        <div
          className={`summary-card__fact summary-card__ipsec ipsec--${r.ipsec.status} ipsec--${r.ipsec.emphasis}`}
          data-card-fact="ipsec"
        >
          <dt>{t.card.ipsec}</dt>
          <dd>
            <IpsecLabel status={r.ipsec.status} />
          </dd>
        </div>
      </dl>
      <h3 className="summary-card__title">{t.card.mustKnow}</h3>
      {items.length === 0 ? (
        <p>{t.card.mustKnowNone}</p>
      ) : (
        <ol className="must-knows">
          {items.map((item) => {
            const title = titleOf(item, r, words);
            const severity = t.severity[item.severity];
            return (
              <li
                key={`${item.kind}:${item.id}`}
                className={`must-know must-know--${item.severity}`}
                data-must-know={`${item.kind}:${item.id}`}
                data-severity={item.severity}
              >
                <span className="must-know__icon" aria-hidden="true">
                  {severity.icon}
                </span>
                <span className="visually-hidden">{severity.text}: </span>
                <span className="must-know__title">{title}</span>{' '}
                <button
                  type="button"
                  className="link-button must-know__more"
                  aria-label={t.card.moreLabel(title)}
                  onClick={() => showResultItem(resultItemId(item.kind, item.id))}
                >
                  {t.card.more}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <CopyButton
        className="button button--quiet"
        label={t.copyVerdict}
        text={() => quote}
        done={t.verdictCopied}
        failed={words.app.linkCopyFailed}
      />
    </section>
  );
}

import { useWorkshopWords } from './use-workshop-words';
import { useWorkshop, workshopActions } from '@/app/workshop';
import { WORKSHOP_SCENARIOS } from '@/knowledge/scenarios';
import { WorkshopSources } from './Sources';

/** The scenario gallery: each card a story, its expected outcome, its sources and one click to load it. */
export function Gallery() {
  const t = useWorkshopWords();
  const loaded = useWorkshop((s) => s.scenarioId);
  return (
    <div className="gallery">
      <p className="workshop-intro">{t.gallery.intro(WORKSHOP_SCENARIOS.length)}</p>
      <ul className="gallery__list">
        {WORKSHOP_SCENARIOS.map((s) => {
          const story = t.gallery.stories[s.id];
          const title = story?.title ?? s.id;
          const isLoaded = loaded === s.id;
          return (
            <li
              key={s.id}
              className={`gallery-card${isLoaded ? ' is-loaded' : ''}`}
              data-scenario-id={s.id}
            >
              <div className="gallery-card__head">
                <h3 className="gallery-card__title">{title}</h3>
                <a
                  className="gallery-card__load"
                  href={s.link}
                  aria-label={t.gallery.loadLabel(title)}
                  aria-current={isLoaded ? 'true' : undefined}
                  onClick={(event) => {
                    event.preventDefault();
                    workshopActions.loadScenario(s.id);
                  }}
                >
                  {isLoaded ? t.gallery.loaded : t.gallery.load}
                </a>
              </div>
              <p className="gallery-card__tags">
                <span className="workshop-chip">{t.gallery.pattern[s.pattern]}</span>
                <span className="workshop-chip workshop-chip--quiet">
                  {t.gallery.origin[s.origin]}
                </span>
                {s.wfpSampler !== undefined && (
                  <span className="workshop-chip workshop-chip--quiet">
                    {t.gallery.wfpSampler(s.wfpSampler)}
                  </span>
                )}
              </p>
              {story !== undefined && <p className="gallery-card__story">{story.story}</p>}
              <dl className="gallery-card__expect">
                <dt>{t.gallery.expected}</dt>
                <dd data-expected-verdict={s.expect.verdict}>
                  <strong>
                    {s.expect.primary === null ? t.gallery.noLayer : t.layerName(s.expect.primary)}
                  </strong>
                  {' · '}
                  {t.verdicts[s.expect.verdict]}
                  {' · '}
                  {t.ipsec[s.expect.ipsec]}
                </dd>
              </dl>
              <WorkshopSources label={t.gallery.sources} ids={s.sourceIds} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}

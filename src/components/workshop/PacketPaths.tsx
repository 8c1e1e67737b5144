import { useWorkshopWords } from './use-workshop-words';
import { useMemo, type KeyboardEvent } from 'react';
import { useWorkshop, workshopActions } from '@/app/workshop';
import { WORKSHOP_PATHS, getWorkshopPath, pathSteps } from '@/knowledge/packet-paths';
import { WorkshopSources } from './Sources';
import { stepWords } from './step-words';

/** Keys that step a path: arrows, Home/End, Space to play or pause. */
export function pathKeys(event: KeyboardEvent<HTMLElement> | globalThis.KeyboardEvent): boolean {
  const { playing } = useWorkshop.getState();
  switch (event.key) {
    case 'ArrowRight':
    case 'ArrowDown':
      workshopActions.stepBy(1);
      return true;
    case 'ArrowLeft':
    case 'ArrowUp':
      workshopActions.stepBy(-1);
      return true;
    case 'Home':
      workshopActions.stepTo(0);
      return true;
    case 'End':
      workshopActions.stepTo(Number.MAX_SAFE_INTEGER);
      return true;
    case ' ':
      workshopActions.play(!playing);
      return true;
    default:
      return false;
  }
}

/** Pick a flow; step through it (buttons, keys, play); the current step in large type. */
export function PacketPaths() {
  const t = useWorkshopWords();
  const pathId = useWorkshop((s) => s.pathId);
  const index = useWorkshop((s) => s.step);
  const playing = useWorkshop((s) => s.playing);
  const path = getWorkshopPath(pathId) ?? WORKSHOP_PATHS[0]!;
  const steps = useMemo(() => pathSteps(path), [path]);
  const step = steps[Math.min(index, steps.length - 1)]!;
  const w = stepWords(t, step);

  return (
    <div className="paths">
      <p className="workshop-intro">{t.paths.intro}</p>
      <div className="paths__picker" role="group" aria-label={t.paths.pickLabel}>
        {WORKSHOP_PATHS.map((p) => (
          <button
            key={p.id}
            type="button"
            className="paths__pick"
            data-path-id={p.id}
            aria-pressed={p.id === path.id}
            onClick={() => workshopActions.pickPath(p.id)}
          >
            {t.paths.titles[p.id]}
          </button>
        ))}
      </div>
      <section
        className="paths__step"
        aria-label={t.paths.titles[path.id]}
        tabIndex={0}
        onKeyDown={(event) => {
          if (pathKeys(event)) event.preventDefault();
        }}
        data-testid="path-step"
        data-path-shown={path.id}
        data-step={step.number}
      >
        <p className="paths__count" aria-live="polite">
          {t.paths.stepOf(step.number, steps.length)}
          {step.confidence === 'inferred' && (
            <span className="workshop-chip workshop-chip--inferred">{t.paths.inferredMark}</span>
          )}
        </p>
        <p className="paths__layer">{w.layer}</p>
        <dl className="paths__facts">
          <dt>{t.paths.directionLabel}</dt>
          <dd>{w.direction}</dd>
          <dt>{t.paths.unitLabel}</dt>
          <dd>{w.unit}</dd>
          <dt>{t.paths.dataLabel}</dt>
          <dd>{w.data}</dd>
          <dt>{t.paths.identityLabel}</dt>
          <dd>{w.identity}</dd>
          <dt>{t.paths.confidenceLabel}</dt>
          <dd>{w.confidence}</dd>
        </dl>
        {w.note !== undefined && <p className="paths__note">{w.note}</p>}
        <WorkshopSources label={t.paths.sources} ids={step.sourceIds} />
      </section>
      <div className="paths__controls">
        <button
          type="button"
          onClick={() => workshopActions.stepBy(-1)}
          disabled={step.number === 1}
          aria-label={t.paths.previous}
        >
          ←
        </button>
        <button type="button" onClick={() => workshopActions.play(!playing)} data-playing={playing}>
          {playing ? t.paths.pause : t.paths.play}
        </button>
        <button
          type="button"
          onClick={() => workshopActions.stepBy(1)}
          disabled={step.number === steps.length}
          aria-label={t.paths.next}
        >
          →
        </button>
        <button type="button" onClick={() => workshopActions.stepTo(0)}>
          {t.paths.restart}
        </button>
      </div>
      <p className="workshop-keys">{t.paths.keys}</p>
      <ol className="paths__list">
        {steps.map((s) => (
          <li key={s.number} aria-current={s.number === step.number ? 'step' : undefined}>
            <button type="button" onClick={() => workshopActions.stepTo(s.number - 1)}>
              <span className="paths__num">{s.number}</span> {t.layerName(s.layerId)}
              {s.confidence === 'inferred' && (
                <span className="workshop-chip workshop-chip--inferred">
                  {t.paths.inferredMark}
                </span>
              )}
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}

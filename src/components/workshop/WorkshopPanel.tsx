import './workshop.css';
import { useWords } from '@/app/language';
import { ErrorBoundary } from '@/components/common/ErrorBoundary';
import { useWorkshopWords } from './use-workshop-words';
import { useWorkshop, workshopActions } from '@/app/workshop';
import { Compare } from './Compare';
import { Gallery } from './Gallery';
import { PacketPaths } from './PacketPaths';
import { Quiz } from './Quiz';
import { useWorkshopMarks } from './WorkshopMarks';

/** The open workshop mode, in place of the questionnaire (the diagram stays beside it). */
export function WorkshopPanel() {
  const t = useWords().workshop;
  const w = useWorkshopWords();
  const panel = useWorkshop((s) => s.panel);
  useWorkshopMarks();
  if (panel === null) return null;
  return (
    <div className="workshop-panel" data-workshop-panel={panel}>
      <div className="workshop-panel__head">
        <h2 className="panel-title workshop-panel__title">{w[panel].title}</h2>
        <button type="button" className="workshop-panel__close" onClick={workshopActions.close}>
          {t.close}
        </button>
      </div>
      {/* Each mode fails on its own: the message shows here, the diagram and the bar keep working. */}
      <ErrorBoundary key={panel} region={panel}>
        {panel === 'gallery' && <Gallery />}
        {panel === 'paths' && <PacketPaths />}
        {panel === 'quiz' && <Quiz />}
        {panel === 'compare' && <Compare />}
      </ErrorBoundary>
    </div>
  );
}

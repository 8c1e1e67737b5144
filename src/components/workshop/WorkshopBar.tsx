import { useWords } from '@/app/language';
import { useWorkshop, workshopUi, type WorkshopPanel } from '@/app/workshop-state';

const PANELS: readonly WorkshopPanel[] = ['gallery', 'paths', 'quiz', 'compare'];

/** The header's workshop modes (DESIGN §6 `data-mode`): each button opens its panel; Present goes full screen. */
export function WorkshopBar() {
  const t = useWords().workshop;
  const panel = useWorkshop((s) => s.panel);
  const presenting = useWorkshop((s) => s.presenting);
  return (
    <nav className="workshop-bar" aria-label={t.barLabel}>
      {PANELS.map((mode) => (
        <button
          key={mode}
          type="button"
          className="workshop-bar__mode"
          data-mode={mode}
          aria-pressed={panel === mode}
          onClick={() => (panel === mode ? workshopUi.close() : workshopUi.open(mode))}
        >
          {t.modes[mode]}
        </button>
      ))}
      <button
        type="button"
        className="workshop-bar__mode workshop-bar__present"
        data-mode="present"
        aria-pressed={presenting}
        onClick={() => workshopUi.present(!presenting)}
      >
        {t.modes.present}
      </button>
    </nav>
  );
}

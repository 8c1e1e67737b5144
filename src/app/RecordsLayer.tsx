import '@/components/records/records.css';
import { useEffect, useState } from 'react';
import type { WordedRecommendation as Recommendation } from '@/i18n/word';
import { ImportNotice } from '@/components/records/ImportNotice';
import { readRecordFile } from '@/components/records/import-file';
import { PrintView } from '@/components/records/PrintView';
import { StorageNotice } from '@/components/records/StorageNotice';
import { useAppStore } from '@/store/app-store';
import { selectImportRecordText } from '@/store/records-selectors';
import { useWords } from '@/app/language';

function hasFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * The page-wide parts of the reviewer's tools (issue 10): messages about saved work and imports,
 * a decision record dropped anywhere on the page, and the print view (shown only when printing).
 */
export function RecordsLayer({
  recommendation,
}: {
  readonly recommendation: Recommendation | null;
}) {
  const t = useWords();
  const importText = useAppStore(selectImportRecordText);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth += 1;
      setDragging(true);
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const drop = async (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file === undefined) return;
      importText((await readRecordFile(file)) ?? '');
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [importText]);

  return (
    <>
      <div className="app-notices">
        <StorageNotice />
        <ImportNotice />
      </div>
      {dragging && (
        <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
          <p>{t.recordsUi.importing.drop}</p>
        </div>
      )}
      <PrintView recommendation={recommendation} />
    </>
  );
}

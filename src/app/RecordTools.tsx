import { useAppStore } from '@/store/app-store';
import { selectDraft } from '@/store/records-selectors';
import { fileStem } from '@/components/export/download';
import { ExportMenu } from './ExportMenu';

/** The reviewer's tools in the page header: the export menu. */
export function RecordTools() {
  const draft = useAppStore(selectDraft);
  const stem = fileStem(draft.title, 'wfp-layer-decision');
  return <ExportMenu recordItems={[]} stem={stem} />;
}

import { serializeRecord } from '@/share/record-format';
import { useAppStore, useAppStoreApi } from '@/store/app-store';
import { selectDraft, selectSaveRecord } from '@/store/records-selectors';
import { useProfile } from '@/store/use-profile';
import { download, fileStem } from '@/components/export/download';
import { Suspense } from 'react';
import { lazyPart } from './lazy-part';
import { retryableImport } from './load-failure';
import type { ExportItem } from './ExportMenu';
import { shareLinkOf } from './share-link';
import { useWords } from '@/app/language';
import { loadLateWords } from '@/i18n/english';
import { ErrorBoundary } from '@/components/common/ErrorBoundary';

// The record is made by the engine's review, which loads with the first export (issue 12).
const loadRecordOf = () => import('@/store/use-review').then((m) => m.recordOf);

// Both load in their own chunk after the first paint (issue 12): nobody uses them in the first second.
// Both wait for the diagram's first look too.
const RecentRecords = lazyPart(
  retryableImport(
    () => import('@/components/records/RecentRecords'),
    (m) => m.RecentRecords,
  ),
  { afterFirstLook: true },
);
const ExportMenu = lazyPart(
  retryableImport(
    () => import('./ExportMenu'),
    (m) => m.ExportMenu,
  ),
  {
    afterFirstLook: true,
  },
);
export const recordToolParts = [RecentRecords, ExportMenu] as const;

/**
 * The reviewer's tools in the page header: the recent records (open, delete, import) and the one
 * export menu. A record export is made from the page as it is at the click, and kept in the
 * recent records too.
 */
export function RecordTools() {
  const draft = useAppStore(selectDraft);
  const save = useAppStore(selectSaveRecord);
  const api = useAppStoreApi();
  const complete = useProfile() !== null;
  const words = useWords();
  const t = words.recordTools.exportMenu;
  const stem = fileStem(draft.title, 'wfp-layer-decision');

  const recordItems: ExportItem[] = [
    {
      id: 'markdown',
      label: t.markdown,
      disabled: !complete,
      run: async () => {
        // The Markdown words include the late English sections (src/i18n/english.ts).
        const [recordOf, { toMarkdown }] = await Promise.all([
          loadRecordOf(),
          import('@/share/markdown'),
          loadLateWords(),
        ]);
        const record = recordOf(api.getState());
        if (record === null) return t.needsResult;
        const name = `${stem}.md`;
        const baseUrl = `${window.location.origin}${window.location.pathname}`;
        download(name, toMarkdown(record, words, { baseUrl }), 'text/markdown;charset=utf-8');
        save(record);
        return t.saved(name);
      },
    },
    {
      id: 'json',
      label: t.json,
      disabled: !complete,
      run: async () => {
        const record = (await loadRecordOf())(api.getState());
        if (record === null) return t.needsResult;
        const name = `${stem}.json`;
        download(name, serializeRecord(record), 'application/json');
        save(record);
        return t.saved(name);
      },
    },
  ];
  return (
    <>
      <ErrorBoundary region="records">
        <Suspense fallback={null}>
          <RecentRecords />
        </Suspense>
      </ErrorBoundary>
      <ErrorBoundary region="exportMenu">
        <Suspense fallback={null}>
          <ExportMenu
            recordItems={recordItems}
            stem={stem}
            hint={complete ? undefined : t.needsResult}
            shareLink={() => shareLinkOf(api.getState())}
          />
        </Suspense>
      </ErrorBoundary>
    </>
  );
}

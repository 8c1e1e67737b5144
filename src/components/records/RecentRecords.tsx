import { useEffect, useId, useRef, useState } from 'react';
import { useAppStore } from '@/store/app-store';
import {
  selectDeleteRecord,
  selectImportRecordText,
  selectOpenRecord,
  selectRecent,
} from '@/store/records-selectors';
import { readRecordFile } from './import-file';
import { useWords } from '@/app/language';

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

/**
 * The recent records (saved in this browser, newest first): each reopens or is deleted; a record
 * file can be imported from here (or dropped anywhere on the page). A disclosure panel under the
 * header button; Escape closes it.
 */
export function RecentRecords() {
  const words = useWords();
  const t = words.recordsUi.recent;
  const recent = useAppStore(selectRecent);
  const open = useAppStore(selectOpenRecord);
  const remove = useAppStore(selectDeleteRecord);
  const importText = useAppStore(selectImportRecordText);
  const [shown, setShown] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const wrap = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!shown) return;
    const close = (event: MouseEvent) => {
      if (wrap.current !== null && !wrap.current.contains(event.target as Node)) setShown(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [shown]);

  const hide = () => {
    setShown(false);
    button.current?.focus();
  };

  return (
    <div
      className="recent-records"
      ref={wrap}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && shown) hide();
      }}
    >
      <button
        type="button"
        ref={button}
        className="button"
        aria-expanded={shown}
        aria-controls={panelId}
        data-testid="records-button"
        onClick={() => setShown((s) => !s)}
      >
        {t.button} ({recent.length})
      </button>
      <div
        id={panelId}
        className="recent-records__panel"
        hidden={!shown}
        role="region"
        aria-label={t.title}
      >
        <h2 className="recent-records__title">{t.title}</h2>
        <p className="status-text">{t.intro}</p>
        <div className="button-row">
          <button type="button" className="button" onClick={() => fileInput.current?.click()}>
            {t.import}
          </button>
          <span className="status-text">{t.importHint}</span>
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            className="visually-hidden"
            tabIndex={-1}
            aria-hidden="true"
            data-testid="import-file"
            onChange={async (event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file === undefined) return;
              const text = await readRecordFile(file);
              importText(text ?? '');
              hide();
            }}
          />
        </div>
        {recent.length === 0 ? (
          <p className="recent-records__empty">{t.empty}</p>
        ) : (
          <ul className="recent-records__list" data-testid="recent-records">
            {recent.map((record) => {
              const title = record.title.trim() === '' ? t.untitled : record.title;
              return (
                <li key={record.createdAt} data-record-created={record.createdAt}>
                  <div className="recent-records__meta">
                    <strong className="recent-records__name">{title}</strong>
                    <span className="status-text">
                      {when(record.createdAt)} · {words.labels.verdict[record.result.verdict].text}
                      {record.result.review !== undefined &&
                        ` · ${words.review.verdicts[record.result.review.verdict]}`}
                      {' · '}
                      {t.rulesBadge(record.rulesVersion)}
                    </span>
                  </div>
                  <div className="button-row">
                    <button
                      type="button"
                      className="button"
                      aria-label={t.openLabel(title)}
                      onClick={() => {
                        open(record);
                        hide();
                      }}
                    >
                      {t.open}
                    </button>
                    <button
                      type="button"
                      className="button button--quiet"
                      aria-label={t.removeLabel(title)}
                      onClick={() => remove(record.createdAt)}
                    >
                      {t.remove}
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
        <button type="button" className="button button--quiet" onClick={hide}>
          {t.close}
        </button>
      </div>
    </div>
  );
}

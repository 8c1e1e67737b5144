import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { download } from '@/components/export/download';
import { printWithDiagram } from './print';
import { useWords } from '@/app/language';

export interface ExportItem {
  readonly id: string;
  readonly label: string;
  /** Returns the status line to show, or throws (then the menu says the export failed). */
  readonly run: () => Promise<string | null> | string | null;
  readonly disabled?: boolean;
}

interface Props {
  /** Record exports (Markdown, JSON), made by the caller from the current record. */
  readonly recordItems: readonly ExportItem[];
  /** The file-name stem for the diagram images. */
  readonly stem: string;
  /** Why some items are disabled, shown at the top of the open menu. */
  readonly hint?: string;
  /** The share link to copy (computed at the click). */
  readonly shareLink: () => string;
}

/**
 * Every export in one menu button (WAI-ARIA menu button pattern): Markdown, JSON record, the
 * diagram as PNG and SVG, the print view and the share link. Arrow keys move between items,
 * Escape closes and returns focus to the button. What happened is said in a polite status line.
 */
export function ExportMenu({ recordItems, stem, hint, shareLink }: Props) {
  const words = useWords();
  const t = words.recordTools.exportMenu;
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const wrap = useRef<HTMLDivElement>(null);
  const menuId = useId();

  const image = async (format: 'png' | 'svg') => {
    const { diagramImage } = await import('@/components/export/diagram-image');
    const name = `${stem}.${format}`;
    download(name, await diagramImage(format));
    return t.saved(name);
  };

  const items: readonly ExportItem[] = [
    ...recordItems,
    { id: 'png', label: t.png, run: () => image('png') },
    { id: 'svg', label: t.svg, run: () => image('svg') },
    {
      id: 'print',
      label: t.print,
      run: async () => {
        await printWithDiagram();
        return null;
      },
    },
    {
      id: 'link',
      label: t.copyLink,
      run: async () => {
        try {
          await navigator.clipboard.writeText(shareLink());
          return t.linkCopied;
        } catch {
          return t.linkCopyFailed;
        }
      },
    },
  ];

  // The status line goes away after a while, like the copy button's.
  useEffect(() => {
    if (status === '' || status === t.working) return;
    const timer = window.setTimeout(() => setStatus(''), 6000);
    return () => window.clearTimeout(timer);
  }, [status, t.working]);

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]:not(:disabled)')?.focus();
    const close = (event: MouseEvent) => {
      if (wrap.current !== null && !wrap.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const choose = async (item: ExportItem) => {
    setOpen(false);
    button.current?.focus();
    setStatus(t.working);
    try {
      setStatus((await item.run()) ?? '');
    } catch {
      setStatus(t.failed);
    }
  };

  const onMenuKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const all = [
      ...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)') ??
        []),
    ];
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    const go = (i: number) => all[(i + all.length) % all.length]?.focus();
    if (event.key === 'ArrowDown') go(at + 1);
    else if (event.key === 'ArrowUp') go(at - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(all.length - 1);
    else if (event.key === 'Escape') {
      setOpen(false);
      button.current?.focus();
    } else if (event.key === 'Tab') setOpen(false);
    else return;
    if (event.key !== 'Tab') event.preventDefault();
  };

  return (
    <div className="export-menu" ref={wrap}>
      <button
        type="button"
        ref={button}
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        data-testid="export-menu-button"
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        {t.button} <span aria-hidden="true">▾</span>
      </button>
      <div className="export-menu__popover" hidden={!open}>
        {hint !== undefined && (
          <p id={`${menuId}-hint`} className="export-menu__hint">
            {hint}
          </p>
        )}
        <ul
          id={menuId}
          ref={menu}
          role="menu"
          aria-label={t.label}
          className="export-menu__list"
          aria-describedby={hint !== undefined ? `${menuId}-hint` : undefined}
          onKeyDown={onMenuKey}
        >
          {items.map((item) => (
            <li key={item.id} role="none">
              <button
                type="button"
                role="menuitem"
                className="export-menu__item"
                data-export={item.id}
                disabled={item.disabled}
                tabIndex={-1}
                onClick={() => void choose(item)}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      </div>
      <span className="export-menu__status status-text" role="status" data-testid="export-status">
        {status}
      </span>
    </div>
  );
}

import { useEffect, useRef, useState } from 'react';

interface Props {
  readonly label: string;
  /** Computed on click, so it copies what is current then. */
  readonly text: () => string;
  readonly done: string;
  readonly failed: string;
  readonly className?: string;
}

/** Copies text to the clipboard and says so in a polite live region. */
export function CopyButton({ label, text, done, failed, className = 'button' }: Props) {
  const [status, setStatus] = useState('');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text());
      setStatus(done);
    } catch {
      setStatus(failed);
    }
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setStatus(''), 4000);
  };

  return (
    <span className="copy-button">
      <button type="button" className={className} onClick={() => void copy()}>
        {label}
      </button>
      <span className="copy-button__status status-text" role="status">
        {status}
      </span>
    </span>
  );
}

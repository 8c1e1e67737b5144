import '@/components/records/records.css';
import { StorageNotice } from '@/components/records/StorageNotice';

/**
 * The page-wide parts of the reviewer's tools (issue 10): messages about saved work and imports,
 * and the print view (shown only when printing).
 */
export function RecordsLayer() {
  return (
    <div className="app-notices">
      <StorageNotice />
    </div>
  );
}

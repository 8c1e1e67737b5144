import { MAX_RECORD_LENGTH } from '@/share/record';

/**
 * The text of a dropped or picked file, read no further than the record parser reads (a huge file
 * is reported as too large, not loaded into memory). Null when the disk read fails.
 */
export async function readRecordFile(file: Blob): Promise<string | null> {
  try {
    return await file.slice(0, MAX_RECORD_LENGTH * 4 + 1).text();
  } catch {
    return null;
  }
}

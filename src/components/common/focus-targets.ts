/**
 * Ids of elements that one region moves focus to in another (the questionnaire hands focus to
 * the result once the last answer is given), kept here so neither imports the other.
 */
export const RESULT_HEADING_ID = 'result-heading';

/** Moves keyboard focus to the result panel's heading. */
export function focusResultHeading(): void {
  document.getElementById(RESULT_HEADING_ID)?.focus();
}

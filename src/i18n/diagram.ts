/**
 * The English diagram and layer-details words under their old names, for the modules that still
 * import them here. Components reach them through `useWords().diagram` / `useWords().details`;
 * the words live in en/diagram.ts, en/details.ts and their Japanese twins.
 */
import { diagram } from './en/diagram';

export const diagramText = diagram;

/** The layer-details words (`en.details`). */
export { details as detailsText } from './en/details';

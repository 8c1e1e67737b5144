/**
 * The English words only parts loaded after the first paint read (issue 12): the diagram, the layer
 * details and their caveats (the open questions) and injection functions, the review, the records and their rules notice, the reviewer's panels, the starter code. The page loads them
 * beside those parts (src/i18n/english.ts); index.ts joins them to the early ones. Pure.
 */
import type { LateSection } from '../late-sections';
import { ALTERNATIVE_NOTES } from '@/knowledge/alternative-notes';
import { CONDITION_NOTES } from '@/knowledge/condition-notes';
import { LAYER_NOTES } from '@/knowledge/layer-notes';
import { caveats } from './caveats';
import { injection } from './injection';
import { provideAlternativeNotes, provideConditionNotes, provideLayerNotes } from './knowledge';
import { details } from './details';
import { diagram } from './diagram';
import { records } from './records';
import { recordsUi } from './records-ui';
import { review } from './review';
import { rulesChanges } from './rules-changelog';
import { starter } from './starter';
import { provideWarningTexts } from './warnings';
import { warningTexts } from './warning-texts';

export const late = {
  review,
  details,
  caveats,
  injection,
  diagram,
  records,
  recordsUi,
  rulesChanges,
  starter,
} satisfies Record<LateSection, unknown>;

// The layer notes the early knowledge words read (en/knowledge.ts) arrive with this chunk.
provideLayerNotes(LAYER_NOTES);
provideConditionNotes(CONDITION_NOTES);
provideAlternativeNotes(ALTERNATIVE_NOTES);
// So do the warnings' texts (en/warnings.ts holds their titles).
provideWarningTexts(warningTexts);

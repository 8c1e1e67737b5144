/**
 * The Japanese catalogue: the same shape as the English one (`Catalogue`), so a missing key or a
 * message function with the wrong parameters fails `tsc`. Loaded lazily (src/i18n/languages.ts).
 * Terms follow docs/i18n/ja/glossary.md (Microsoft's Japanese WFP documentation); the seams where
 * parameters meet particles are tidied by spacing.ts.
 */
import type { Catalogue } from '../en';
import { app } from './app';
import { labels } from './labels';
import { recordsUi } from './records-ui';
import { recordTools } from './record-tools';
import { review } from './review';
import { common } from './common';
import { knowledge } from './knowledge';
import { details } from './details';
import { caveats, injection } from './knowledge-notes';
import { warnings } from './warnings';
import { exclusions } from './exclusions';
import { alternatives } from './alternatives';
import { companions } from './companions';
import { rationale } from './rationale';
import { considerations } from './considerations';
import {
  buildSummary,
  calloutKinds,
  notSetLabel,
  notSetWhy,
  pendMechanisms,
  technologyCost,
} from './build';
import { ipsecFixes, ipsecNotes, ipsecReasons } from './ipsec';
import { diagram } from './diagram';
import { workshop } from './workshop';
import { questions } from './questions';
import { answers } from './answers';
import { link } from './link';
import { records } from './records';
import { rulesChanges } from './rules-changelog';
import { starter } from './starter';
import { withTidySpacing } from './spacing';

export const ja: Catalogue = withTidySpacing({
  questions,
  answers,
  link,
  records,
  rulesChanges,
  starter,
  diagram,
  workshop,
  app,
  labels,
  recordsUi,
  recordTools,
  review,
  common,
  knowledge,
  details,
  caveats,
  injection,
  warnings,
  exclusions,
  alternatives,
  companions,
  rationale,
  considerations,
  build: {
    summary: buildSummary,
    calloutKinds,
    pendMechanisms,
    technologyCost,
    notSetLabel,
    notSetWhy,
  },
  ipsec: { reasons: ipsecReasons, notes: ipsecNotes, fixes: ipsecFixes },
});

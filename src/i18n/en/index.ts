/**
 * The English catalogue: every module of words, collected in one object. Its type is the
 * `Catalogue` every other language must satisfy, so a missing key or a message function with the
 * wrong parameters fails `tsc`. Pure.
 */
import { alternatives } from './alternatives';
import {
  buildSummary,
  calloutKinds,
  notSetLabel,
  notSetWhy,
  pendMechanisms,
  technologyCost,
} from './build';
import { companions } from './companions';
import { considerations } from './considerations';
import { diagram } from './diagram';
import { exclusions } from './exclusions';
import { rationale } from './rationale';
import { ipsecFixes, ipsecNotes, ipsecReasons } from './ipsec';
import { warnings } from './warnings';
import { app } from './app';
import { labels } from './labels';
import { recordsUi } from './records-ui';
import { review } from './review';
import { common } from './common';
import { knowledge } from './knowledge';
import { details } from './details';
import { workshop } from './workshop';
import { questions } from './questions';
import { answers } from './answers';
import { link } from './link';
import { records } from './records';
import { rulesChanges } from './rules-changelog';
import { starter } from './starter';

export const en = {
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
  app,
  labels,
  recordsUi,
  review,
  common,
  knowledge,
  details,
  diagram,
  workshop,
  questions,
  answers,
  link,
  records,
  rulesChanges,
  starter,
};

/** The shape every locale's catalogue has. */
export type Catalogue = typeof en;

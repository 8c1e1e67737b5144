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
import { exclusions } from './exclusions';
import { rationale } from './rationale';
import { ipsecFixes, ipsecNotes, ipsecReasons } from './ipsec';
import { warnings } from './warnings';
import { questions } from './questions';
import { answers } from './answers';
import { link } from './link';

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
  questions,
  answers,
  link,
};

/** The shape every locale's catalogue has. */
export type Catalogue = typeof en;

/**
 * The English words the first paint uses (issue 12): every section but the late ones
 * (late.ts), which only parts loaded after it read. index.ts joins both into `en`. Pure.
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
import { app } from './app';
import { labels } from './labels';
import { recordTools } from './record-tools';
import { common } from './common';
import { knowledge } from './knowledge';
import { workshop } from './workshop';
import { questions } from './questions';
import { answers } from './answers';
import { link } from './link';

export const early = {
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
  recordTools,
  common,
  knowledge,
  workshop,
  questions,
  answers,
  link,
};

/** The shape every locale's catalogue has. */

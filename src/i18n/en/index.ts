/**
 * The English catalogue: every module of words, collected in one object. Its type is the
 * `Catalogue` every other language must satisfy, so a missing key or a message function with the
 * wrong parameters fails `tsc`. Pure.
 */
import { exclusions } from './exclusions';
import { warnings } from './warnings';

export const en = {
  warnings,
  exclusions,
};

/** The shape every locale's catalogue has. */
export type Catalogue = typeof en;

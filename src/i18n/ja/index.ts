/**
 * The Japanese catalogue: the same shape as the English one (`Catalogue`), so a missing key or a
 * message function with the wrong parameters fails `tsc`. Loaded lazily (src/i18n/languages.ts).
 * Terms follow docs/i18n/ja/glossary.md (Microsoft's Japanese WFP documentation).
 *
 * SCAFFOLD: sections not yet translated still point at the English ones; each is replaced by its
 * Japanese module (`ja/warnings.ts`, …) and the scaffold line goes.
 */
import { en, type Catalogue } from '../en';
import { questions } from './questions';
import { answers } from './answers';
import { link } from './link';

export const ja: Catalogue = {
  ...en,
  questions,
  answers,
  link,
};

/**
 * The English catalogue: every module of words, collected in one object. Its type is the
 * `Catalogue` every other language must satisfy, so a missing key or a message function with the
 * wrong parameters fails `tsc`. The page loads it in two parts (early.ts with the first paint,
 * late.ts after it: src/i18n/english.ts); everything else reads it whole. Pure.
 */
import type { LateSection } from '../late-sections';
import { early } from './early';
import { late } from './late';

export const en = { ...early, ...late };

export type Catalogue = typeof en;

// Every late section is named in LATE_SECTIONS, and only those are late.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const lateSectionsListed: Same<keyof typeof late, LateSection> = true;
void lateSectionsListed;

/**
 * English words of the knowledge base, DERIVED from the records in src/knowledge (the English facts
 * stay beside their sources there): every layer, condition, caveat, injection function,
 * consideration, alternative, packet path and IPsec rule by id. Another language's twin is typed
 * `KnowledgeWords`, so a missing field fails `tsc`; a missing id fails the catalogue parity test
 * (ids are `string` until the id unions land). Open questions are the caveats: their words are a
 * section of their own, `caveats[id]` (caveats.ts), and so are the injection functions'
 * (`injection[id]`, injection.ts): both load with the layer details. Source titles
 * are citations (Microsoft page titles) and stay in English. Pure.
 */
import { ALTERNATIVES } from '@/knowledge/alternatives';
import { CONDITIONS } from '@/knowledge/conditions';
import { CONSIDERATIONS } from '@/knowledge/considerations';
import { IPSEC_CONDITIONS } from '@/knowledge/ipsec';
import { LAYERS } from '@/knowledge/layers';
import type { AlternativeNote } from '@/knowledge/alternative-notes';
import type { ConditionNote } from '@/knowledge/condition-notes';
import type { LayerNote } from '@/knowledge/layer-notes';
import { lateNotes } from '../late-pending';
import { PACKET_PATHS } from '@/knowledge/stack';
import type { ConditionId, ConsiderationId, LayerId } from '@/knowledge/types';

/** A layer's words: its name, what it sees, its actions and its IPsec reasons. */
export interface LayerWords {
  readonly name: string;
  /** One line for a tooltip. */
  readonly summary: string;
  /** What the layer sees and when it is called. */
  readonly sees: string;
  readonly dataStarts: string;
  readonly blocking: string;
  readonly injection: string;
  readonly pend: string;
  /** Why a callout here has its IPsec status. */
  readonly ipsecReason: string;
  /** Why a plain user-mode filter here has its IPsec status ('' = the callout reason applies). */
  readonly ipsecFilterReason: string;
}

export interface ConditionWords {
  readonly meaning: string;
  /** '' when the condition has no note. */
  readonly note: string;
}

export interface CaveatWords {
  /** The title it has in the list of open questions. */
  readonly title: string;
  /** Which part of a record it concerns, in a few words. */
  readonly topic: string;
  readonly note: string;
}

export interface InjectionWords {
  readonly bufferStartsWith: string;
  readonly notes: string;
}

export interface ConsiderationWords {
  readonly title: string;
  readonly text: string;
  readonly appliesWhen: string;
}

export interface AlternativeWords {
  readonly name: string;
  readonly what: string;
  readonly fitsWhen: string;
  readonly doesNotFitWhen: string;
}

export interface PathWords {
  readonly title: string;
  /** '' when the walk has no note. */
  readonly note: string;
}

/** The shape of every language's knowledge words. */
export interface KnowledgeWords {
  readonly layers: Readonly<Record<LayerId, LayerWords>>;
  readonly conditions: Readonly<Record<ConditionId, ConditionWords>>;
  readonly considerations: Readonly<Record<ConsiderationId, ConsiderationWords>>;
  readonly alternatives: Readonly<Record<string, AlternativeWords>>;
  readonly paths: Readonly<Record<string, PathWords>>;
  /** The rules an IPsec-conditional callout must follow, by id. */
  readonly ipsecRules: Readonly<Record<string, string>>;
}

/**
 * The layer notes (src/knowledge/layer-notes.ts: what a layer sees, where its data starts, what
 * blocking, injecting and pending mean there) load with the late words (issue 12): only the layer
 * details and the "why not" reasons show them. late.ts hands them over when it loads; a note read
 * before that suspends the rendering part (late-pending.ts).
 */
const layerNotes = lateNotes<Readonly<Record<LayerId, LayerNote>>>();
export const provideLayerNotes = layerNotes.provide;

/**
 * The conditions' words (src/knowledge/condition-notes.ts: what each matches, its note) load with
 * the late words the same way: only the layer details and the result's folded build plan show them.
 */
const conditionNotes = lateNotes<Readonly<Record<ConditionId, ConditionNote>>>();
export const provideConditionNotes = conditionNotes.provide;

/**
 * The alternatives' words (src/knowledge/alternative-notes.ts: what each is, when it fits and when
 * not) load with the late words too: only the folded alternatives section and the records show them.
 */
const alternativeNotes = lateNotes<Readonly<Record<string, AlternativeNote>>>();
export const provideAlternativeNotes = alternativeNotes.provide;

function layerNote(id: LayerId): LayerNote {
  return layerNotes.read()[id];
}

function conditionNote(id: ConditionId): ConditionNote {
  return conditionNotes.read()[id];
}

function alternativeNote(id: string): AlternativeNote {
  const note = alternativeNotes.read()[id];
  if (note === undefined) throw new Error(`No words for alternative ${id}`);
  return note;
}

function byId<T extends { readonly id: string }, W>(
  rows: readonly T[],
  words: (row: T) => W,
): Record<T['id'], W> {
  return Object.fromEntries(rows.map((row) => [row.id, words(row)])) as Record<T['id'], W>;
}

export const knowledge: KnowledgeWords = {
  layers: byId(LAYERS, (l) => ({
    name: l.name,
    summary: l.summary,
    get sees() {
      return layerNote(l.id).sees;
    },
    get dataStarts() {
      return layerNote(l.id).dataStarts;
    },
    get blocking() {
      return layerNote(l.id).blocking;
    },
    get injection() {
      return layerNote(l.id).injection;
    },
    get pend() {
      return layerNote(l.id).pend;
    },
    ipsecReason: l.ipsec.reason,
    ipsecFilterReason: l.ipsec.userModeFilterReason ?? '',
  })),
  conditions: byId(CONDITIONS, (c) => ({
    get meaning() {
      return conditionNote(c.id).meaning;
    },
    get note() {
      return conditionNote(c.id).note ?? '';
    },
  })),
  considerations: byId(CONSIDERATIONS, (c) => ({
    title: c.title,
    text: c.text,
    appliesWhen: c.appliesWhen,
  })) as Record<ConsiderationId, ConsiderationWords>,
  alternatives: byId(ALTERNATIVES, (a) => ({
    name: a.name,
    get what() {
      return alternativeNote(a.id).what;
    },
    get fitsWhen() {
      return alternativeNote(a.id).fitsWhen;
    },
    get doesNotFitWhen() {
      return alternativeNote(a.id).doesNotFitWhen;
    },
  })),
  paths: byId(PACKET_PATHS, (p) => ({ title: p.title, note: p.note ?? '' })),
  ipsecRules: byId(IPSEC_CONDITIONS, (r) => r.text),
};

/** The words of a layer in one catalogue's knowledge section; an unknown id is a programming error. */
export function layerWordsIn(layers: KnowledgeWords['layers'], id: string): LayerWords {
  const words = (layers as Readonly<Record<string, LayerWords | undefined>>)[id];
  if (!words) throw new Error(`Unknown layer ${id}`);
  return words;
}

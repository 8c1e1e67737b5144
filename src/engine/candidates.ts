/**
 * Live narrowing: what the answers given so far already decide about the layers.
 *
 * A layer is a `candidate` while some completion of the answers could still use it (it is
 * workable in that completion's result) and `excluded` when none can; before the first answer
 * every layer is `idle`. Completions are enumerated with the questionnaire's own rules (only the
 * options the flow still offers; settings keep the value in force). A `basis` list is enumerated
 * as its single items: a layer that serves a list serves each of its items (the basis checks are
 * per item), which the property tests check on random lists. Each excluded layer carries the
 * exclusion the final result would give in most completions (code, reason and sources come from
 * the engine). Pure; results are memoised per profile.
 */
import { LAYERS } from '@/knowledge/layers';
import type { LayerId } from '@/knowledge/types';
import type { PartialProfile, Profile, ProfileKey } from '@/knowledge/vocabulary';
import { fromProfile, profileSoFar, settings } from '@/questionnaire/machine';
import { FLOW, QUESTIONS } from '@/questionnaire/questions';
import type { AnswerValue } from '@/questionnaire/types';
import { guardState, openOptions, type Values } from '@/questionnaire/walk';
import { alternativeLayers, layerStates } from './layer-states';
import { rankGroup, selectDesign } from './select';
import { makeTask, normalizeProfile } from './task';
import type { Exclusion, ExclusionCode, LayerState, Recommendation } from './types';

/** How a layer is drawn while the questionnaire is incomplete (DESIGN §6). */
export type CandidateState = 'candidate' | 'excluded' | 'idle';

export interface LayerCandidate {
  readonly state: CandidateState;
  /** For `excluded`: the exclusion the final result gives (the most common one over completions). */
  readonly exclusion?: Exclusion;
}

export interface Candidates {
  /** False before the first answer: every layer is `idle`. */
  readonly started: boolean;
  readonly layers: Readonly<Record<LayerId, LayerCandidate>>;
  /** Candidate layer ids, in stack data order. */
  readonly candidateIds: readonly LayerId[];
  /** How many completions of the answers were weighed. */
  readonly completions: number;
  /**
   * The preference rung every completion's primary falls in, when they all agree (the likely
   * answer); null when rungs still differ or no completion has a primary.
   */
  readonly likelyRung: number | null;
  /** The layers that are the primary of some completion. */
  readonly likelyLayers: readonly LayerId[];
  /** The candidates in the likely rung (the likely answer); empty while rungs still differ. */
  readonly likelyIds: readonly LayerId[];
}

const FLOW_KEYS: ReadonlySet<ProfileKey> = new Set(FLOW);

function allIdle(): Candidates {
  const layers = {} as Record<LayerId, LayerCandidate>;
  for (const l of LAYERS) layers[l.id] = { state: 'idle' };
  return {
    started: false,
    layers,
    candidateIds: [],
    completions: 0,
    likelyRung: null,
    likelyLayers: [],
    likelyIds: [],
  };
}

const IDLE = allIdle();

/** Visits every completion of the flow values, in the questionnaire's asking order. */
function eachCompletion(values: Values, visit: (complete: Values) => void): void {
  for (const id of FLOW) {
    if (values[id] !== undefined || guardState(id, values) === 'skipped') continue;
    const multi = QUESTIONS[id].kind === 'multi';
    for (const option of openOptions(id, values)) {
      const value: AnswerValue = multi ? [option] : option;
      eachCompletion({ ...values, [id]: value }, visit);
    }
    return;
  }
  visit(values);
}

/** The profile a complete set of flow values gives, settings in force added. */
function profileOf(flow: Values, inForce: Readonly<Record<string, string>>): Profile {
  return { ...flow, ...inForce } as unknown as Profile;
}

function keyOf(p: PartialProfile): string {
  return JSON.stringify(
    Object.keys(p)
      .sort()
      .map((k) => [k, p[k as ProfileKey]]),
  );
}

/** One completion's result, as far as narrowing needs it (exclusions interned). */
interface Outcome {
  readonly primary: LayerId | null;
  readonly rung: number | null;
  /** Per layer, in `LAYERS` order: -1 when workable, else the interned exclusion's index. */
  readonly exclusions: Int32Array;
}

const INTERNED: Exclusion[] = [];
const INTERN_INDEX = new Map<string, number>();
const LAYER_INDEX = new Map<LayerId, number>(LAYERS.map((l, i) => [l.id, i]));

function intern(e: Exclusion): number {
  const key = `${e.layerId}|${e.code}|${JSON.stringify(e.message)}`;
  let i = INTERN_INDEX.get(key);
  if (i === undefined) {
    i = INTERNED.length;
    INTERNED.push(e);
    INTERN_INDEX.set(key, i);
  }
  return i;
}

const outcomes = new Map<string, Outcome>();
const OUTCOME_LIMIT = 200_000;

/** The engine's design for one complete profile, memoised (completions recur as answers come). */
function outcomeOf(profile: Profile): Outcome {
  const key = keyOf(profile as PartialProfile);
  const known = outcomes.get(key);
  if (known !== undefined) return known;
  const design = selectDesign(makeTask(normalizeProfile(profile)));
  const exclusions = new Int32Array(LAYERS.length).fill(-1);
  for (const e of design.exclusions) {
    const i = LAYER_INDEX.get(e.layerId);
    if (i !== undefined) exclusions[i] = intern(e);
  }
  const outcome: Outcome = {
    primary: design.primary?.id ?? null,
    rung: design.primary ? rankGroup(design.primary) : null,
    exclusions,
  };
  if (outcomes.size >= OUTCOME_LIMIT) outcomes.clear();
  outcomes.set(key, outcome);
  return outcome;
}

const cache = new Map<string, Candidates>();
const CACHE_SIZE = 64;

/**
 * What the answers in `partial` already decide for every layer. `partial` is read as the
 * questionnaire would replay it (a value the path cannot take is dropped with what follows).
 *
 * @example
 * candidates({}).started; // false: every layer idle
 * candidates({ action: 'allow-block', direction: 'outbound' }).layers['ale-auth-recv-accept']
 * // → { state: 'excluded', exclusion: { code: 'traffic-not-seen', … } }
 */
export function candidates(partial: PartialProfile): Candidates {
  const key = keyOf(partial);
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const start = startOf(partial);
  const result = start === null ? IDLE : combine(start);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, result);
  return result;
}

/**
 * Works out the completions of `partial` a slice at a time (yielding after every `slice`), so a
 * page can do it while idle; `candidates(partial)` is then quick. Pure apart from the memo.
 */
export function* warmCandidates(partial: PartialProfile, slice = 100): Generator<void> {
  const start = startOf(partial);
  if (start === null) return;
  let n = 0;
  const pending: Values[] = [];
  eachCompletion(start.flow, (complete) => pending.push(complete));
  for (const complete of pending) {
    outcomeOf(profileOf(complete, start.inForce));
    n += 1;
    if (n % slice === 0) yield;
  }
}

interface Start {
  readonly flow: Values;
  readonly inForce: Readonly<Record<string, string>>;
}

/** The known flow values and the settings in force; null before the first flow answer. */
function startOf(partial: PartialProfile): Start | null {
  const state = fromProfile(partial);
  const known = profileSoFar(state) as Values;
  const flow: Record<string, AnswerValue> = {};
  for (const [k, v] of Object.entries(known)) {
    if (FLOW_KEYS.has(k as ProfileKey) && v !== undefined) flow[k] = v;
  }
  if (Object.keys(flow).length === 0) return null;
  const inForce: Record<string, string> = {};
  for (const s of settings(state)) inForce[s.question.id] = s.value;
  return { flow, inForce };
}

function combine({ flow, inForce }: Start): Candidates {
  const n = LAYERS.length;
  const workable = new Uint8Array(n);
  const counts: Map<number, number>[] = LAYERS.map(() => new Map());
  const primaries = new Set<LayerId>();
  const rungs = new Set<number>();
  let completions = 0;
  eachCompletion(flow, (complete) => {
    completions += 1;
    const o = outcomeOf(profileOf(complete, inForce));
    if (o.primary !== null) primaries.add(o.primary);
    if (o.rung !== null) rungs.add(o.rung);
    for (let i = 0; i < n; i += 1) {
      const e = o.exclusions[i] ?? -1;
      if (e < 0) workable[i] = 1;
      else if (workable[i] === 0) {
        const c = counts[i];
        if (c) c.set(e, (c.get(e) ?? 0) + 1);
      }
    }
  });

  const layers = {} as Record<LayerId, LayerCandidate>;
  const candidateIds: LayerId[] = [];
  LAYERS.forEach((l, i) => {
    if (workable[i] === 1) {
      layers[l.id] = { state: 'candidate' };
      candidateIds.push(l.id);
      return;
    }
    let best = -1;
    let bestCount = 0;
    for (const [e, c] of counts[i] ?? []) {
      if (c > bestCount) {
        best = e;
        bestCount = c;
      }
    }
    const exclusion = INTERNED[best];
    layers[l.id] = exclusion ? { state: 'excluded', exclusion } : { state: 'excluded' };
  });
  const only = rungs.size === 1 ? [...rungs][0] : undefined;
  const likelyIds =
    only === undefined
      ? []
      : LAYERS.filter(
          (l) => workable[LAYER_INDEX.get(l.id) ?? -1] === 1 && rankGroup(l) === only,
        ).map((l) => l.id);
  return {
    started: true,
    layers,
    candidateIds,
    completions,
    likelyRung: only ?? null,
    likelyLayers: [...primaries],
    likelyIds,
  };
}

/** What one answer changed: the layers it ruled out, counted by exclusion code. */
export interface NarrowingStep {
  /** Layers that were candidates (or idle) before and are excluded now. */
  readonly ruledOut: readonly LayerId[];
  /** The same layers by exclusion code, most first. */
  readonly byCode: readonly { readonly code: ExclusionCode; readonly count: number }[];
  readonly candidatesBefore: number;
  readonly candidatesAfter: number;
}

/** The difference between the candidates before and after an answer. Pure. */
export function narrowingStep(before: Candidates, after: Candidates): NarrowingStep {
  const ruledOut = LAYERS.filter(
    (l) => before.layers[l.id]?.state !== 'excluded' && after.layers[l.id]?.state === 'excluded',
  ).map((l) => l.id);
  const counts = new Map<ExclusionCode, number>();
  for (const id of ruledOut) {
    const code = after.layers[id]?.exclusion?.code ?? 'not-workable';
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return {
    ruledOut,
    byCode: [...counts]
      .map(([code, count]) => ({ code, count }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
    candidatesBefore: before.started ? before.candidateIds.length : LAYERS.length,
    candidatesAfter: after.candidateIds.length,
  };
}

/** A diagram node's state (DESIGN §6): the result's states once complete, narrowing before. */
export type DiagramState = LayerState | 'candidate';

/** Everything the diagram marks on its layers for the answers so far. */
export interface DiagramMarks {
  readonly states: Readonly<Record<LayerId, DiagramState>>;
  /** Why each excluded layer is excluded (the result's exclusion, or the narrowing's). */
  readonly exclusions: ReadonlyMap<LayerId, Exclusion>;
  /** Candidates in the one rung every completion lands on (the likely answer). */
  readonly likely: ReadonlySet<LayerId>;
  /** Where another technology does the work (verdict `other-technology`). */
  readonly alternative: ReadonlySet<LayerId>;
}

/**
 * The marks for a result (`rec`, once the questionnaire is complete) or, before that, for the
 * narrowing `cand`. Pure.
 */
export function diagramMarks(rec: Recommendation | null, cand: Candidates): DiagramMarks {
  if (rec !== null) {
    return {
      states: layerStates(rec),
      exclusions: new Map(rec.excluded.map((e) => [e.layerId, e])),
      likely: new Set(),
      alternative: alternativeLayers(rec),
    };
  }
  const states = {} as Record<LayerId, DiagramState>;
  const exclusions = new Map<LayerId, Exclusion>();
  for (const l of LAYERS) {
    const c = cand.layers[l.id];
    states[l.id] = c?.state ?? 'idle';
    if (c?.exclusion !== undefined) exclusions.set(l.id, c.exclusion);
  }
  return { states, exclusions, likely: new Set(cand.likelyIds), alternative: new Set() };
}

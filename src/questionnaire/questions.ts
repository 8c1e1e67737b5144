/**
 * The questionnaire as data: every question, its options with one line of help each, the order
 * of the main flow, the settings with their defaults, and the guards that leave a question out.
 * Which options stay open after earlier answers is decided by `ANSWER_RULES`
 * (`answer-rules.ts`); the machine (`machine.ts`) only reads these tables. Pure data.
 *
 * **Why this order.** A newcomer describes a task the way people talk about it: "block (what it
 * does) the connections of one app (what it depends on)". So the flow asks what the product does,
 * then — only for redirection — where the traffic should go, then what the product must look at
 * or change (`basis`), and only then which traffic it is. Asking `basis` this early lets the
 * answer settle later questions instead of asking them: app, user, package and IPsec-peer
 * identity exist only for sockets on this computer, so they settle `traffic=local`; the VM
 * settles `traffic=vswitch`. An expert who blocks an app's outbound connections therefore
 * answers six questions (action, basis, protocol, direction, moment, decider) and never sees the
 * traffic question. `decider` stays in the main flow because it decides between a user-mode
 * filter and a callout driver, the most consequential answer, and must not hide behind a default.
 *
 * **Settings.** IPsec use, the oldest Windows version and the four design constraints are
 * settings: they have defaults (`ipsec=unknown`, `min-os=win10`, the constraint keys their first
 * value, DESIGN §4), are never the current question, and can be changed at any time with
 * `answer()`. They rarely change the layer; they change the warnings and the verdict's detail.
 */
import {
  ACTIONS,
  BASIS,
  CONSTRAINT_DEFAULTS,
  DECIDERS,
  DIRECTIONS,
  FAIL,
  IPSEC_USE,
  LIFETIME,
  MIN_OS,
  MOMENTS,
  OWN_DRIVER,
  PRECEDENCE,
  PROTOCOLS,
  REDIRECT_TARGETS,
  TRAFFIC,
} from '@/knowledge/vocabulary';
import type { Question, QuestionId, QuestionOption } from './types';

/** Options in vocabulary order, so the UI and the share link list values the same way. */
function options<V extends string>(values: readonly V[]): readonly QuestionOption<V>[] {
  return values.map((value) => ({ value }));
}

/** Every question, main flow and settings, keyed by the profile key it fills. */
export const QUESTIONS: { readonly [K in QuestionId]: Question & { readonly id: K } } = {
  action: {
    id: 'action',
    kind: 'single',
    options: options(ACTIONS),
  },
  'redirect-to': {
    id: 'redirect-to',
    kind: 'single',
    options: options(REDIRECT_TARGETS),
  },
  basis: {
    id: 'basis',
    kind: 'multi',
    options: options(BASIS),
  },
  traffic: {
    id: 'traffic',
    kind: 'single',
    options: options(TRAFFIC),
  },
  protocol: {
    id: 'protocol',
    kind: 'single',
    options: options(PROTOCOLS),
  },
  direction: {
    id: 'direction',
    kind: 'single',
    options: options(DIRECTIONS),
  },
  moment: {
    id: 'moment',
    kind: 'single',
    options: options(MOMENTS),
  },
  decider: {
    id: 'decider',
    kind: 'single',
    options: options(DECIDERS),
  },
  ipsec: {
    id: 'ipsec',
    kind: 'single',
    defaultValue: 'unknown',
    options: options(IPSEC_USE),
  },
  'min-os': {
    id: 'min-os',
    kind: 'single',
    defaultValue: 'win10',
    options: options(MIN_OS),
  },
  'own-driver': {
    id: 'own-driver',
    kind: 'single',
    defaultValue: CONSTRAINT_DEFAULTS['own-driver'],
    options: options(OWN_DRIVER),
  },
  lifetime: {
    id: 'lifetime',
    kind: 'single',
    defaultValue: CONSTRAINT_DEFAULTS.lifetime,
    options: options(LIFETIME),
  },
  fail: {
    id: 'fail',
    kind: 'single',
    defaultValue: CONSTRAINT_DEFAULTS.fail,
    options: options(FAIL),
  },
  precedence: {
    id: 'precedence',
    kind: 'single',
    defaultValue: CONSTRAINT_DEFAULTS.precedence,
    options: options(PRECEDENCE),
  },
};

/** The main flow, in asking order. A question here is current until answered, skipped or settled. */
export const FLOW: readonly QuestionId[] = [
  'action',
  'redirect-to',
  'basis',
  'traffic',
  'protocol',
  'direction',
  'moment',
  'decider',
];

/** Settings: never current, always changeable, defaults filled in by `toProfile`. */
export const SETTINGS: readonly QuestionId[] = [
  'ipsec',
  'min-os',
  'own-driver',
  'lifetime',
  'fail',
  'precedence',
];

/** The named skip rules (their words, why a question is left out, are in src/i18n/en/answers.ts). */
export type GuardId = 'only-when-redirecting' | 'moments-are-socket-events';

/** A named skip rule: the question is asked only while `key` holds one of `in`. */
export interface Guard {
  readonly id: GuardId;
  readonly key: QuestionId;
  readonly in: readonly string[];
}

/** Questions of the main flow that only some paths ask. */
export const GUARDS: { readonly [K in QuestionId]?: Guard } = {
  'redirect-to': { id: 'only-when-redirecting', key: 'action', in: ['redirect'] },
  moment: { id: 'moments-are-socket-events', key: 'traffic', in: ['local'] },
};

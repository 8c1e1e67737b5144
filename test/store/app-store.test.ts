import { describe, expect, it } from 'vitest';
import { en } from '@/i18n/en';
import {
  answeredQuestions,
  currentQuestion,
  fromProfile,
  isComplete,
  start,
} from '@/questionnaire/machine';
import { encodeProfile } from '@/share/url';
import { createAppStore, initialAppState } from '@/store/app-store';
import { BLOCK_APP_OUTBOUND as BLOCK_APP } from '../fixtures/profiles';

describe('app store events', () => {
  it('starts with no answers, no link problems and no layer selected', () => {
    const state = createAppStore().getState();
    expect(state.questionnaire).toBe(start());
    expect(state.profileErrors).toEqual([]);
    expect(state.selectedLayerId).toBeNull();
  });

  it('answer goes through the machine: the answer is recorded and the next question is current', () => {
    const store = createAppStore();
    const first = currentQuestion(store.getState().questionnaire);
    expect(first?.id).toBe('action');
    store.getState().answer('action', 'allow-block');
    const { questionnaire } = store.getState();
    expect(questionnaire.answers.action).toBe('allow-block');
    expect(currentQuestion(questionnaire)?.id).not.toBe('action');
  });

  it('an answer the machine refuses leaves the state object as it was', () => {
    const store = createAppStore();
    const before = store.getState().questionnaire;
    store.getState().answer('decider', 'code'); // not the current question yet
    store.getState().answer('action', 'teleport');
    expect(store.getState().questionnaire).toBe(before);
  });

  it('back clears the last answer and makes its question current again', () => {
    const store = createAppStore();
    store.getState().answer('action', 'monitor');
    store.getState().back();
    expect(store.getState().questionnaire.answers.action).toBeUndefined();
    expect(currentQuestion(store.getState().questionnaire)?.id).toBe('action');
  });

  it('reset forgets the answers and the link problems', () => {
    const store = createAppStore();
    store.getState().loadFragment('#v=1&action=monitor&colour=blue');
    expect(store.getState().profileErrors.length).toBeGreaterThan(0);
    store.getState().reset();
    expect(store.getState().questionnaire.answers).toEqual({});
    expect(store.getState().profileErrors).toEqual([]);
  });

  it('selectLayer opens a layer and null closes it, without touching the answers', () => {
    const store = createAppStore();
    store.getState().answer('action', 'monitor');
    const questionnaire = store.getState().questionnaire;
    store.getState().selectLayer('stream');
    expect(store.getState().selectedLayerId).toBe('stream');
    store.getState().selectLayer(null);
    expect(store.getState().selectedLayerId).toBeNull();
    expect(store.getState().questionnaire).toBe(questionnaire);
  });
});

describe('app store and share links', () => {
  it('a complete link restores a complete questionnaire with the same answers', () => {
    const store = createAppStore();
    store.getState().loadFragment(`#${encodeProfile(BLOCK_APP)}`);
    const { questionnaire, profileErrors } = store.getState();
    expect(profileErrors).toEqual([]);
    expect(isComplete(questionnaire)).toBe(true);
    expect(questionnaire).toEqual(fromProfile(BLOCK_APP));
  });

  it('encoding the answers and loading them back gives the same questionnaire', () => {
    const store = createAppStore();
    store.getState().answer('action', 'allow-block');
    store.getState().answer('basis', ['app']);
    const answers = store.getState().questionnaire.answers;
    const copy = createAppStore();
    copy.getState().loadFragment(encodeProfile(answers));
    expect(copy.getState().questionnaire.answers).toEqual(answers);
    expect(copy.getState().profileErrors).toEqual([]);
  });

  it('a link with an unknown key keeps its valid part and names the key', () => {
    const store = createAppStore();
    store.getState().loadFragment('#v=1&action=monitor&colour=blue');
    const { questionnaire, profileErrors } = store.getState();
    expect(questionnaire.answers.action).toBe('monitor');
    expect(profileErrors.map((e) => e.code)).toEqual(['unknown-key']);
    expect(profileErrors[0]?.message.params).toMatchObject({ key: 'colour' });
  });

  it('a link whose values do not fit together names the value and stops the questionnaire there', () => {
    const store = createAppStore();
    // Identity (an application) exists only for sockets on this computer, not for routed traffic.
    store
      .getState()
      .loadFragment('#v=1&action=allow-block&basis=app&traffic=forwarded&decider=rules');
    const { questionnaire, profileErrors } = store.getState();
    expect(profileErrors.map((e) => [e.code, e.key])).toEqual([['conflict', 'traffic']]);
    expect(profileErrors[0]?.message).toEqual({
      key: 'conflict',
      params: {
        key: 'traffic',
        value: 'forwarded',
        // basis=app settles traffic=local, so the link's traffic=forwarded cannot be taken.
        issue: {
          key: 'settled-otherwise',
          params: { question: 'traffic', value: 'forwarded', settled: 'local' },
        },
      },
    });
    expect(en.link.error(profileErrors[0]!.message)).toContain('`traffic=forwarded`');
    expect(questionnaire.answers).toEqual({ action: 'allow-block', basis: ['app'] });
  });

  it('a link with nothing usable in it keeps the answers the user already had', () => {
    const store = createAppStore();
    store.getState().answer('action', 'monitor');
    const before = store.getState().questionnaire;
    store.getState().loadFragment(`#v=1&action=allow-block&x=${'y'.repeat(5000)}`);
    expect(store.getState().questionnaire).toBe(before);
    expect(store.getState().profileErrors.map((e) => e.code)).toEqual(['oversized']);
    expect(store.getState().linkOutcome).toBe('kept');
  });

  it('a link with a valid part replaces the answers with it (the old ones stay in history)', () => {
    const store = createAppStore();
    store.getState().answer('action', 'monitor');
    store.getState().loadFragment('#v=1&action=allow-block&protocol=sctp');
    expect(store.getState().questionnaire.answers.action).toBe('allow-block');
    expect(store.getState().profileErrors.map((e) => e.code)).toEqual(['bad-value']);
    expect(store.getState().linkOutcome).toBe('loaded');
  });

  it('an empty fragment is the start page and clears earlier link problems', () => {
    const store = createAppStore();
    store.getState().loadFragment('#v=1&action=monitor&colour=blue');
    store.getState().loadFragment('');
    expect(store.getState().questionnaire).toEqual(initialAppState().questionnaire);
    expect(store.getState().profileErrors).toEqual([]);
    expect(answeredQuestions(store.getState().questionnaire)).toEqual([]);
  });

  it('a good link after a bad one clears the problems', () => {
    const store = createAppStore();
    store.getState().loadFragment('#v=1&action=monitor&colour=blue');
    store.getState().loadFragment('#v=1&action=monitor');
    expect(store.getState().profileErrors).toEqual([]);
  });
});

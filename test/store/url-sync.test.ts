// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RULES_VERSION } from '@/engine/version';
import { currentQuestion, isComplete } from '@/questionnaire/machine';
import { encodeProfile } from '@/share/url';
import { startUrlSync } from '@/app/url-sync';
import { fragmentFor } from '@/share/link-policy';
import { createAppStore, type AppStoreApi } from '@/store/app-store';
import { BLOCK_APP_OUTBOUND as BLOCK_APP } from '../fixtures/profiles';

/** Goes to a history entry the way the browser does: the URL changes, then popstate fires. */
function browserGoesTo(url: string) {
  window.history.replaceState(null, '', url);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

describe('answers ↔ URL fragment', () => {
  let store: AppStoreApi;
  let stop: () => void = () => {};

  beforeEach(() => {
    window.history.replaceState(null, '', '/');
    store = createAppStore();
  });
  afterEach(() => stop());

  it('opening a complete link restores the whole questionnaire', () => {
    window.history.replaceState(null, '', `/#${encodeProfile(BLOCK_APP)}`);
    stop = startUrlSync(store);
    expect(isComplete(store.getState().questionnaire)).toBe(true);
    expect(store.getState().profileErrors).toEqual([]);
  });

  it('each answer pushes a history entry whose fragment encodes the answers', () => {
    stop = startUrlSync(store);
    const length = window.history.length;
    store.getState().answer('action', 'monitor');
    expect(window.location.hash).toBe(`#v=1&action=monitor&r=${RULES_VERSION}`);
    store.getState().answer('basis', ['payload']);
    expect(window.location.hash).toBe(fragmentFor(store.getState().questionnaire));
    expect(window.history.length).toBe(length + 2);
  });

  it('a completed questionnaire writes the full profile, settled values and defaults included', () => {
    stop = startUrlSync(store);
    const { answer } = store.getState();
    answer('action', 'allow-block');
    answer('basis', ['app']);
    answer('protocol', 'tcp');
    answer('direction', 'outbound');
    answer('moment', 'connection');
    answer('decider', 'rules');
    expect(window.location.hash).toBe(
      `#v=1&action=allow-block&traffic=local&protocol=tcp&direction=outbound&moment=connection&basis=app&decider=rules&ipsec=unknown&min-os=win10&r=${RULES_VERSION}`,
    );
  });

  it('the start page has no fragment, and starting over returns to it', () => {
    stop = startUrlSync(store);
    store.getState().answer('action', 'monitor');
    store.getState().reset();
    expect(window.location.hash).toBe('');
    expect(fragmentFor(store.getState().questionnaire)).toBe('');
  });

  it('going back in history restores the earlier answers without pushing', () => {
    stop = startUrlSync(store);
    store.getState().answer('action', 'monitor');
    const afterFirst = window.location.href;
    store.getState().answer('basis', ['payload']);
    const length = window.history.length;

    browserGoesTo(afterFirst);
    expect(store.getState().questionnaire.answers).toEqual({ action: 'monitor' });
    expect(currentQuestion(store.getState().questionnaire)?.id).toBe('basis');
    expect(window.history.length).toBe(length);
  });

  it('a bad link stays in the address bar, with the problem named and the valid part loaded', () => {
    window.history.replaceState(null, '', '/#v=1&action=monitor&colour=blue');
    stop = startUrlSync(store);
    expect(window.location.hash).toBe('#v=1&action=monitor&colour=blue');
    expect(store.getState().questionnaire.answers).toEqual({ action: 'monitor' });
    expect(store.getState().profileErrors[0]?.key).toBe('colour');

    // The next answer writes a clean link.
    store.getState().answer('basis', ['payload']);
    expect(window.location.hash).toBe(fragmentFor(store.getState().questionnaire));
  });

  it('editing the fragment by hand loads it', () => {
    stop = startUrlSync(store);
    window.history.replaceState(null, '', '/#v=1&action=shape');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(store.getState().questionnaire.answers).toEqual({ action: 'shape' });
  });

  it('stops listening when stopped', () => {
    stop = startUrlSync(store);
    stop();
    store.getState().answer('action', 'monitor');
    expect(window.location.hash).toBe('');
  });
});

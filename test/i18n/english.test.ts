import { describe, expect, it, vi } from 'vitest';
import { en } from '@/i18n/en';
import { early } from '@/i18n/en/early';
import { LATE_SECTIONS } from '@/i18n/late-sections';

// A fresh copy of the module each time: the test setup has already loaded the shared one's late words.
async function freshEnglish() {
  vi.resetModules();
  return import('@/i18n/english');
}

describe('the English catalogue the page holds', () => {
  it('has every section of the English catalogue, the late ones only outside the early part', async () => {
    const { englishWords } = await freshEnglish();
    expect(Object.keys(englishWords).sort()).toEqual(Object.keys(en).sort());
    for (const section of LATE_SECTIONS) expect(Object.keys(early)).not.toContain(section);
  });

  it('reads the early sections at once, before anything else has loaded', async () => {
    const { englishWords, lateWordsLoaded } = await freshEnglish();
    expect(englishWords.app.documentTitle).toBe(en.app.documentTitle);
    expect(Object.keys(englishWords.warnings)).toEqual(Object.keys(early.warnings));
    expect(lateWordsLoaded()).toBe(false);
  });

  it('suspends on a late section until its chunk has loaded, then gives the English words', async () => {
    const { englishWords, lateWordsLoaded } = await freshEnglish();
    let thrown: unknown;
    try {
      void englishWords.details;
    } catch (e) {
      thrown = e;
    }
    // What React's Suspense waits for: a promise, settled once the words are there.
    expect(thrown).toBeInstanceOf(Promise);
    await thrown;
    expect(lateWordsLoaded()).toBe(true);
    for (const section of LATE_SECTIONS)
      expect(Object.keys(englishWords[section]).sort()).toEqual(Object.keys(en[section]).sort());
    expect(englishWords.details.close).toBe(en.details.close);
    expect(englishWords.diagram.bands).toEqual(en.diagram.bands);
  });

  it('loads the late sections once however often it is asked', async () => {
    const { loadLateWords } = await freshEnglish();
    const first = loadLateWords();
    expect(loadLateWords()).toBe(first);
    await first;
  });

  it('a late chunk that cannot load fails the part that reads it, once, and a later load may succeed', async () => {
    vi.doMock('@/i18n/en/late', () => {
      throw new Error('chunk unreachable');
    });
    const { englishWords, loadLateWords, lateWordsLoaded } = await freshEnglish();
    let thrown: unknown;
    try {
      void englishWords.review;
    } catch (e) {
      thrown = e;
    }
    await expect(thrown).rejects.toThrow();
    // Rendering again does not ask again: it throws the failure for the error boundary.
    let again: unknown;
    try {
      void englishWords.review;
    } catch (e) {
      again = e;
    }
    expect(again).toBeInstanceOf(Error);
    expect(lateWordsLoaded()).toBe(false);
    vi.doUnmock('@/i18n/en/late');
    await loadLateWords();
    expect(englishWords.review.title).toBe(en.review.title);
  });
});

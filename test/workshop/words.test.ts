import { describe, expect, it } from 'vitest';
import { en } from '@/i18n/en';
import { ja } from '@/i18n/ja';
import { workshopWords as enWords } from '@/i18n/en/workshop-words';
import { workshopWords as jaWords } from '@/i18n/ja/workshop-words';
import { WORKSHOP_SCENARIOS } from '@/knowledge/scenarios';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('workshop words', () => {
  it('give every gallery scenario a title and a story in both languages', () => {
    for (const s of WORKSHOP_SCENARIOS) {
      for (const words of [enWords, jaWords]) {
        const story = words.gallery.stories[s.id];
        expect(story?.title, `${words.locale} ${s.id}`).toBeTruthy();
        expect(story?.story, `${words.locale} ${s.id}`).toBeTruthy();
      }
      expect(jaWords.gallery.stories[s.id]!.story).toMatch(JAPANESE);
    }
    // No story for a scenario that is not in the gallery.
    const ids = new Set(WORKSHOP_SCENARIOS.map((s) => s.id));
    for (const words of [enWords, jaWords]) {
      expect(Object.keys(words.gallery.stories).filter((id) => !ids.has(id))).toEqual([]);
    }
  });

  it('load the rest of the workshop words in the catalogue language', async () => {
    expect(await en.workshop.load()).toBe(enWords);
    expect(await ja.workshop.load()).toBe(jaWords);
    expect(ja.workshop.modes.quiz).toMatch(JAPANESE);
  });
});

import { describe, expect, it } from 'vitest';
import { en } from '@/i18n/en';
import { englishWords } from '@/i18n/english';
import { isLanguage, loadCatalogue, pickLanguage } from '@/i18n/languages';

describe('choosing the page language', () => {
  it("takes the first of the browser's languages the page speaks, by its base tag", () => {
    expect(pickLanguage(['ja-JP', 'en-US'])).toBe('ja');
    expect(pickLanguage(['de-DE', 'JA'])).toBe('ja');
    expect(pickLanguage(['en-GB', 'ja'])).toBe('en');
  });

  it('falls back to English when the browser speaks none of them', () => {
    expect(pickLanguage(['de-DE', 'fr'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });

  it('accepts only the languages it has a catalogue for', () => {
    expect(isLanguage('ja')).toBe(true);
    expect(isLanguage('jp')).toBe(false);
    expect(isLanguage(null)).toBe(false);
  });

  it('loads English as the bundled catalogue and Japanese as a separate one', async () => {
    // The page's English: the bundled early sections and the late ones (src/i18n/english.ts).
    const english = await loadCatalogue('en');
    expect(english).toBe(englishWords);
    expect(Object.keys(english).sort()).toEqual(Object.keys(en).sort());
    const ja = await loadCatalogue('ja');
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
  });
});

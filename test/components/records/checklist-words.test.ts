import { describe, expect, it } from 'vitest';
import { checklistLabel } from '@/components/records/checklist-words';
import { en } from '@/i18n/en';
import { ja } from '@/i18n/ja';
import { CONSIDERATIONS } from '@/knowledge/considerations';

describe('checklist item words', () => {
  it('names every consideration in the language shown', () => {
    for (const c of CONSIDERATIONS) {
      const id = `consideration:${c.id}`;
      expect(checklistLabel(id, null, null, en)).toBe(en.knowledge.considerations[c.id].title);
      expect(checklistLabel(id, null, null, ja)).toBe(ja.knowledge.considerations[c.id].title);
      expect(checklistLabel(id, null, null, ja)).not.toBe(checklistLabel(id, null, null, en));
    }
  });

  it('an item the result no longer has reads as its id', () => {
    expect(checklistLabel('consideration:gone', null, null, ja)).toBe('gone');
    expect(checklistLabel('warning:gone', null, null, ja)).toBe('gone');
  });
});

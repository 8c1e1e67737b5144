import { describe, expect, it } from 'vitest';
import { BASIS } from '@/knowledge/vocabulary';
import { groupOptions, OPTION_GROUPS } from '@/questionnaire/option-groups';

describe('option groups', () => {
  it('places every basis item in exactly one of who / where / what', () => {
    const all = (OPTION_GROUPS.basis ?? []).flatMap((g) => g.options);
    expect([...all].sort()).toEqual([...BASIS].sort());
    expect(new Set(all).size).toBe(all.length);
    expect((OPTION_GROUPS.basis ?? []).map((g) => g.id)).toEqual(['who', 'where', 'what']);
  });

  it('keeps only the open options, drops empty groups, and leaves ungrouped questions whole', () => {
    expect(groupOptions('basis', ['payload', 'app'])).toEqual([
      { id: 'who', options: ['app'] },
      { id: 'what', options: ['payload'] },
    ]);
    expect(groupOptions('action', ['monitor', 'modify'])).toEqual([
      { id: null, options: ['monitor', 'modify'] },
    ]);
  });
});

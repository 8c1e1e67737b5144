import { describe, expect, it } from 'vitest';
import { ja } from '@/i18n/ja';
import { tidySpacing } from '@/i18n/ja/spacing';
import { proposalOf } from '@/engine/review';
import { toMarkdown } from '@/share/markdown';
import { makeRecord } from '@/share/record';
import { loadPublicScenarios } from '../fixtures/scenarios';

/** A Japanese word, a half-width space, then a particle: wrong in Microsoft's Japanese style. */
const SEAM = /[\u3005\u3040-\u30ff\u4e00-\u9fff] (は|を|で|に|が|と|の|へ|も|や|から|まで|より)/u;

describe('Japanese spacing where parameters meet particles', () => {
  it.each([
    ['ALE 接続 は、最も高いレイヤーです', 'ALE 接続は、最も高いレイヤーです'],
    ['ストリーム では', 'ストリームでは'],
    ['IPsec を使用', 'IPsec を使用'],
    ['FWPM_LAYER_STREAM_V4 で分類', 'FWPM_LAYER_STREAM_V4 で分類'],
    ['コールアウト ドライバー', 'コールアウト ドライバー'],
    ['(破棄) は', '(破棄) は'],
  ])('%j → %j', (before, after) => {
    expect(tidySpacing(before)).toBe(after);
  });

  it('no decision record of a public scenario (with its review) has a space between a Japanese word and its particle', () => {
    const scenarios = loadPublicScenarios();
    expect(scenarios.length).toBeGreaterThan(10);
    for (const s of scenarios) {
      const record = makeRecord({
        profile: s.profile,
        proposal: proposalOf(s.profile),
        title: s.id,
        now: new Date(0),
      });
      const markdown = toMarkdown(record, ja).replace(/```[\s\S]*?```/g, '');
      const line = markdown.split('\n').find((l) => SEAM.test(l));
      expect(line, s.id).toBeUndefined();
    }
  });
});

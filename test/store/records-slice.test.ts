import { describe, expect, it } from 'vitest';
import { RULES_VERSION } from '@/engine/version';
import { isComplete } from '@/questionnaire/machine';
import { makeRecord, serializeRecord } from '@/share/record';
import { encodeLink } from '@/share/url';
import { createAppStore } from '@/store/app-store';
import { recordOf } from '@/store/use-review';
import { BLOCK_APP_OUTBOUND, makeProfile } from '../fixtures/profiles';

const PROPOSAL = { layers: ['inbound-ippacket'], kind: 'callout', callout: 'inspect' } as const;

describe('design under review and records in the store', () => {
  it('a link with p-… keys opens the review with that proposal; r= of other rules is remembered', () => {
    const store = createAppStore();
    store
      .getState()
      .loadFragment(
        `#${encodeLink({ profile: BLOCK_APP_OUTBOUND, proposal: PROPOSAL, rulesVersion: '1.2.0' })}`,
      );
    const s = store.getState();
    expect(s.proposal).toEqual(PROPOSAL);
    expect(s.mode).toBe('review');
    expect(s.linkRules).toBe('1.2.0');
    expect(s.profileErrors).toEqual([]);
  });

  it('a link made under the current rules raises no rules notice', () => {
    const store = createAppStore();
    store
      .getState()
      .loadFragment(`#${encodeLink({ profile: BLOCK_APP_OUTBOUND, rulesVersion: RULES_VERSION })}`);
    expect(store.getState().linkRules).toBeNull();
    expect(store.getState().proposal).toBeNull();
  });

  it('a bad proposal value is reported and the rest of the link kept', () => {
    const store = createAppStore();
    store
      .getState()
      .loadFragment(
        `#${encodeLink({ profile: BLOCK_APP_OUTBOUND })}&p-layers=nope,stream&p-kind=callout`,
      );
    const s = store.getState();
    expect(s.proposal?.layers).toEqual(['stream']);
    expect(s.profileErrors.map((e) => e.key)).toEqual(['p-layers']);
    expect(isComplete(s.questionnaire)).toBe(true);
  });

  it('importing a record restores answers, proposal, title, notes and ticks, and keeps it in the recent list', () => {
    const record = makeRecord({
      profile: makeProfile({ direction: 'inbound' }),
      proposal: PROPOSAL,
      title: 'Inbound review',
      notes: 'n',
      now: new Date(7),
    });
    const ticked = {
      ...record,
      checklist: record.checklist.map((c, i) => ({ ...c, done: i === 0 })),
    };
    const store = createAppStore();
    store.getState().importRecordText(serializeRecord(ticked));
    const s = store.getState();
    expect(s.importError).toBeNull();
    expect(s.questionnaire.answers.direction).toBe('inbound');
    expect(s.proposal).toEqual(PROPOSAL);
    expect(s.draft).toEqual({
      title: 'Inbound review',
      notes: 'n',
      checked: [ticked.checklist[0]?.id],
    });
    expect(s.recent[0]).toEqual(ticked);
    // The record of the page is the record that was imported (its profile with the defaults
    // spelled out).
    const again = recordOf(s, new Date(7));
    expect({ ...again, profile: null }).toEqual({ ...ticked, profile: null });
    expect(again?.profile).toMatchObject(ticked.profile);
  });

  it('a malformed file sets a specific error and changes nothing else', () => {
    const store = createAppStore();
    store.getState().loadFragment(`#${encodeLink({ profile: BLOCK_APP_OUTBOUND })}`);
    store.getState().setTitle('mine');
    const before = store.getState();
    store.getState().importRecordText('{"format": "wfp-layer-decision", "version": 1');
    const after = store.getState();
    expect(after.importError?.code).toBe('not-json');
    expect(after.questionnaire).toBe(before.questionnaire);
    expect(after.draft).toBe(before.draft);
    expect(after.recent).toBe(before.recent);
    store.getState().importRecordText('{"format": "something-else", "version": 1}');
    expect(store.getState().importError?.code).toBe('wrong-format');
    store.getState().dismissImportError();
    expect(store.getState().importError).toBeNull();
  });

  it('opening a record made under other rules keeps it for the notice; dismissing clears it', () => {
    const record = {
      ...makeRecord({ profile: BLOCK_APP_OUTBOUND, now: new Date(3) }),
      rulesVersion: '1.1.0',
    };
    const store = createAppStore();
    store.getState().openRecord(record);
    expect(store.getState().openedRecord).toEqual(record);
    store.getState().dismissRulesNotice();
    expect(store.getState().openedRecord).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import type { TripChecklistStateFragment } from '@/gql/graphql';
import { toggledChecklist } from './checklist-optimistic';

const state: TripChecklistStateFragment = {
  __typename: 'Trip',
  id: 't1',
  checklist: [
    {
      __typename: 'ChecklistLine',
      quantity: 2,
      checked: false,
      checkedAt: null,
      item: { __typename: 'Item', id: 'a', weightMg: 100 },
    },
    {
      __typename: 'ChecklistLine',
      quantity: 1,
      checked: true,
      checkedAt: '2026-11-20T00:00:00.000Z',
      item: { __typename: 'Item', id: 'b', weightMg: 50 },
    },
  ],
  progress: { __typename: 'TripProgress', checkedItems: 1, totalItems: 2, checkedMg: 50, totalMg: 250 },
} as TripChecklistStateFragment;

describe('toggledChecklist (the optimistic check-off)', () => {
  it('checks one line and recomputes progress the way the API does', () => {
    const next = toggledChecklist(state, 'a', true, new Date('2026-11-21T04:00:00.000Z'));
    expect(next.checklist[0]).toMatchObject({ checked: true, checkedAt: '2026-11-21T04:00:00.000Z' });
    expect(next.progress).toMatchObject({ checkedItems: 2, totalItems: 2, checkedMg: 250, totalMg: 250 });
  });

  it('unchecks and leaves the other lines alone', () => {
    const next = toggledChecklist(state, 'b', false, new Date());
    expect(next.checklist[1]).toMatchObject({ checked: false, checkedAt: null });
    expect(next.checklist[0]).toBe(state.checklist[0]);
    expect(next.progress).toMatchObject({ checkedItems: 0, checkedMg: 0 });
  });
});

'use client';

import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useCollapsedCategories } from '@/components/category-groups/use-collapsed-categories';
import { QueryState } from '@/components/feedback/query-state';
import { withCategoryChip } from '@/components/palette/category-chip';
import {
  CheckAllTripItemsMutation,
  CheckTripItemMutation,
  ResetTripChecklistMutation,
  TripChecklistQuery,
  UncheckTripItemMutation,
} from './trips.documents';
import { readFragment } from '@/gql';
import { ChecklistView, ChecklistViewLineFragment } from './checklist-view';
import { weightDisplayOf } from '@/lib/weight/weight-display';
import { sortChecklist } from './sort-checklist';

interface Change {
  itemId: string;
  checked: boolean;
  label: string;
}

/**
 * The trip's checklist. A tap is applied at once by graphcache's optimistic update (checklist-optimistic.ts)
 * and saved by the mutation, so it is still there after a reload. Folded sections are remembered in
 * this browser, per trip (decision 1490).
 */
export function TripChecklist({ id }: { id: string }) {
  const [{ data, error }, refetch] = useQuery({ query: TripChecklistQuery, variables: { id } });
  const [, check] = useMutation(CheckTripItemMutation);
  const [, uncheck] = useMutation(UncheckTripItemMutation);
  const [, checkAll] = useMutation(CheckAllTripItemsMutation);
  const [, reset] = useMutation(ResetTripChecklistMutation);
  const [hidePacked, setHidePacked] = useState<boolean>();
  const [last, setLast] = useState<Change>();
  const [folded, toggleFold, fold] = useCollapsedCategories(`trip:${id}`);

  const toggle = (itemId: string, checked: boolean, name: string) => {
    void (checked ? check : uncheck)({ tripId: id, itemId });
    setLast({ itemId, checked, label: `${name} ${checked ? 'packed' : 'unpacked'}` });
  };

  return (
    <QueryState
      data={data?.trip && data.me ? { trip: data.trip, me: data.me } : undefined}
      error={error}
      retry={() => refetch({ requestPolicy: 'network-only' })}
      loadingLabel="Loading the checklist…"
    >
      {({ trip, me }) => {
        const lines = readFragment(ChecklistViewLineFragment, trip.checklist).map((line) => ({
          ...line,
          item: withCategoryChip(line.item),
        }));
        return (
          <div className="stack">
            {/* One line, the whole name on hover and for screen readers (the text is all there). */}
            <h1 className="truncate" title={trip.name}>
              {trip.name}
            </h1>
            {trip.pack ? <p className="muted">Packing {trip.pack.name}</p> : null}
            <ChecklistView
              lines={sortChecklist(lines, me.preferences.checklist.sortOrder)}
              groups={trip.pack?.groupedContents.map(withCategoryChip)}
              progress={trip.progress}
              weight={weightDisplayOf(me.preferences)}
              hidePacked={hidePacked ?? me.preferences.checklist.hidePacked}
              folded={folded}
              lastChange={last?.label}
              onToggle={(itemId, checked) =>
                toggle(itemId, checked, lines.find((line) => line.item.id === itemId)?.item.name ?? 'Item')
              }
              onHidePackedChange={setHidePacked}
              onFoldToggle={toggleFold}
              onFold={fold}
              onUndo={() => {
                if (!last) return;
                void (last.checked ? uncheck : check)({ tripId: id, itemId: last.itemId });
                setLast(undefined);
              }}
              onCheckAll={() => void checkAll({ tripId: id })}
              onReset={() => void reset({ tripId: id })}
            />
          </div>
        );
      }}
    </QueryState>
  );
}

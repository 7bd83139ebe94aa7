'use client';

import { useDeferredValue, useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { EmptyState } from '@/components/feedback/empty-state';
import { QueryState } from '@/components/feedback/query-state';
import { FormAlert } from '@/components/forms/form-alert';
import { ConnectionLoadMore } from '@/components/feedback/load-more';
import { withCategoryChip } from '@/components/palette/category-chip';
import { readFragment } from '@/gql';
import { toFormErrors } from '@/lib/graphql/api-error';
import { useLoadMore } from '@/lib/graphql/use-load-more';
import { AddItemForm } from './add-item-form';
import { CategoryManager, CategoryManagerCategoryFragment } from './category-manager';
import { EmptyLibraryActions } from './empty-library-actions';
import { GearControls } from './gear-controls';
import { gearQueryVariables, INITIAL_GEAR_CONTROLS } from './gear-query-variables';
import { GearTable, GearTableItemFragment, type GearItemChange } from './gear-table';
import {
  CreateCategoryMutation,
  GearQuery,
  UpdateCategoryMutation,
  UpdateItemMutation,
} from './gear.documents';
import { weightDisplayOf } from '@/lib/weight/weight-display';

/** The gear library: search, filter, sort, inline edit, bulk archive, categories, add. */
export function GearPage() {
  const [controls, setControls] = useState(INITIAL_GEAR_CONTROLS);
  const search = useDeferredValue(controls.search);
  const variables = useMemo(
    () => gearQueryVariables(controls, search),
    // The search box is deferred; the other controls apply at once.
    [controls.sort, controls.direction, controls.categoryId, controls.includeArchived, search],
  );
  const context = useMemo(() => ({ additionalTypenames: ['Item', 'Category'] }), []);
  const [{ data, error }, refetch] = useQuery({ query: GearQuery, variables, context });
  const more = useLoadMore(GearQuery, variables, context);
  const [updateResult, updateItem] = useMutation(UpdateItemMutation);
  const [, createCategory] = useMutation(CreateCategoryMutation);
  const [, updateCategory] = useMutation(UpdateCategoryMutation);
  const mutationError = updateResult.error ? toFormErrors(updateResult.error).form : undefined;

  return (
    <div className="stack">
      <h1>Your gear</h1>
      <QueryState
        data={data?.me ?? undefined}
        error={error}
        retry={() => refetch({ requestPolicy: 'network-only' })}
        loadingLabel="Loading your gear…"
      >
        {(me) => {
          const items = readFragment(GearTableItemFragment, me.items.nodes).map(withCategoryChip);
          const categories = readFragment(CategoryManagerCategoryFragment, me.categories);
          const versionOf = (id: string) => items.find((item) => item.id === id)?.version ?? 0;
          const save = (id: string, change: GearItemChange) =>
            void updateItem({ id, input: { expectedVersion: versionOf(id), ...change } });
          const archive = (ids: readonly string[], archived: boolean) => {
            for (const id of ids)
              void updateItem({ id, input: { expectedVersion: versionOf(id), archived } });
          };
          const weight = weightDisplayOf(me.preferences);
          const filtered = Boolean(controls.search || controls.categoryId);
          // An empty library shows its ways in first, above the controls (they stay, for "Show
          // archived" when everything is archived).
          const emptyLibrary = me.items.nodes.length === 0 && !filtered;
          return (
            <>
              {emptyLibrary ? (
                <EmptyState title="Your library is empty" actions={<EmptyLibraryActions />}>
                  Bring your LighterPack lists along, start from the sample gear (a weekend kit to change as
                  you like), or add your first item below: a name and its weight is enough.
                </EmptyState>
              ) : null}
              <GearControls value={controls} categories={categories} onChange={setControls} />
              <FormAlert message={mutationError} />
              {emptyLibrary ? null : me.items.nodes.length === 0 ? (
                <EmptyState title="Nothing matches">Try another search or category.</EmptyState>
              ) : (
                <GearTable
                  items={items}
                  categories={categories}
                  weight={weight}
                  onSave={save}
                  onArchive={archive}
                />
              )}
              <ConnectionLoadMore connection={me.items} noun="items" more={more} />
              <AddItemForm unit={weight.unit} categories={categories} />
              <CategoryManager
                categories={categories}
                onCreate={(name, colorIndex) => void createCategory({ input: { name, colorIndex } })}
                onRecolor={(id, colorIndex) => {
                  const version = categories.find((category) => category.id === id)?.version ?? 0;
                  void updateCategory({ id, input: { expectedVersion: version, colorIndex } });
                }}
              />
            </>
          );
        }}
      </QueryState>
    </div>
  );
}

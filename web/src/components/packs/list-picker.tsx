export interface ListPickerProps {
  lists: readonly { id: string; name: string }[];
  selectedIds: readonly string[];
  onChange: (selectedIds: string[]) => void;
}

/** Which lists a pack combines, in the library's order. Presentational. */
export function ListPicker({ lists, selectedIds, onChange }: ListPickerProps) {
  if (lists.length === 0)
    return <p className="muted">No lists yet: make one on the Lists page, then combine it here.</p>;
  const selected = new Set(selectedIds);
  return (
    <fieldset className="card stack">
      <legend>Lists in this pack</legend>
      {lists.map((list) => (
        <label key={list.id} className="choice">
          <input
            type="checkbox"
            checked={selected.has(list.id)}
            onChange={(event) => {
              const keep = selectedIds.filter((id) => id !== list.id);
              onChange(event.target.checked ? [...keep, list.id] : keep);
            }}
          />
          <span className="truncate">{list.name}</span>
        </label>
      ))}
    </fieldset>
  );
}

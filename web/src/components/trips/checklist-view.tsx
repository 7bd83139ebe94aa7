import type { CategoryChip } from '@/components/palette/category-chip';
import { graphql } from '@/gql';
import { formatWeight } from '@/lib/weight/convert-weight';
import type { WeightDisplay } from '@/lib/weight/weight-display';
import styles from './checklist-view.module.css';
import { ChecklistSection } from './checklist-section';
import { groupChecklist, type ChecklistGroupFigures } from './group-checklist';

/** What a checklist line shows; the trip page reads it with readFragment. */
export const ChecklistViewLineFragment = graphql(`
  fragment ChecklistViewLine on ChecklistLine {
    quantity
    checked
    item {
      id
      name
      weightMg
      category {
        ...CategoryChip
      }
    }
  }
`);

export interface ChecklistViewLine {
  quantity: number;
  checked: boolean;
  item: {
    id: string;
    name: string;
    weightMg: number;
    category?: CategoryChip | null;
  };
}

export interface ChecklistViewProps {
  lines: readonly ChecklistViewLine[];
  /** The pack's groups by category (order and subtotals from the API); without them, by each line's category. */
  groups?: readonly ChecklistGroupFigures[];
  progress: { checkedItems: number; totalItems: number; checkedMg: number; totalMg: number };
  /** How weights are shown: the user's unit, pounds and ounces, locale. */
  weight: WeightDisplay;
  hidePacked: boolean;
  /** Keys of the category sections shown folded (remembered per trip in this browser). */
  folded: ReadonlySet<string>;
  /** The last change, offered for undo ("Tent packed"). */
  lastChange?: string;
  onToggle: (itemId: string, checked: boolean) => void;
  onHidePackedChange: (hide: boolean) => void;
  onFoldToggle: (key: string) => void;
  /** Folds these sections (every open one whose lines are all packed). */
  onFold: (keys: readonly string[]) => void;
  onUndo: () => void;
  onCheckAll: () => void;
  onReset: () => void;
}

/**
 * Check-off mode for packing with a phone in one hand: whole-row targets at least 48 px high,
 * progress always visible at the top, packed items hidden on request, undo for the last tap. Lines
 * are grouped by category as on the list and pack pages, each group with its weight and how many
 * of its lines are packed; a section folds from its heading, and the sections packed in full fold
 * at once. Presentational.
 */
export function ChecklistView(props: ChecklistViewProps) {
  const {
    lines,
    groups,
    progress,
    weight,
    hidePacked,
    folded,
    lastChange,
    onToggle,
    onHidePackedChange,
    onFoldToggle,
    onFold,
    onUndo,
    onCheckAll,
    onReset,
  } = props;
  const percent =
    progress.totalItems === 0 ? 0 : Math.round((progress.checkedItems / progress.totalItems) * 100);
  const shown = hidePacked ? lines.filter((line) => !line.checked) : lines;
  const grouped = groupChecklist(lines, groups);
  const packedOpen = grouped
    .filter((group) => !folded.has(group.key) && group.lines.every((line) => line.checked))
    .map((group) => group.key);
  return (
    <div className="checklist stack">
      <div className="checklist-progress" aria-live="polite">
        <progress max={progress.totalItems || 1} value={progress.checkedItems} aria-label="Packed" />
        <p data-testid="checklist-progress">
          {progress.checkedItems} of {progress.totalItems} packed ({percent}%) ·{' '}
          {formatWeight(progress.checkedMg, weight)} of {formatWeight(progress.totalMg, weight)}
        </p>
      </div>
      <div className="row">
        <label className="choice big">
          <input
            type="checkbox"
            checked={hidePacked}
            onChange={(event) => onHidePackedChange(event.target.checked)}
          />
          Hide packed
        </label>
        <button type="button" className="button" onClick={onUndo} disabled={!lastChange}>
          Undo{lastChange ? `: ${lastChange}` : ''}
        </button>
        {/* Always there (disabled until a section is packed in full): the row does not jump under a thumb. */}
        <button
          type="button"
          className="button"
          onClick={() => onFold(packedOpen)}
          disabled={packedOpen.length === 0 || hidePacked}
        >
          Fold packed sections
        </button>
      </div>
      {lines.length === 0 ? (
        <p className="muted">
          This trip has no pack yet, or its pack is empty. Assign a pack with gear to pack.
        </p>
      ) : shown.length === 0 ? (
        <p className="empty-title">Everything is packed. Have a good trip!</p>
      ) : (
        <div className={styles.groups}>
          {grouped.map((group) => {
            const visible = hidePacked ? group.lines.filter((line) => !line.checked) : group.lines;
            if (visible.length === 0) return null;
            return (
              <ChecklistSection
                key={group.key}
                group={group}
                visible={visible}
                weight={weight}
                folded={folded.has(group.key)}
                onFoldToggle={() => onFoldToggle(group.key)}
                onToggle={onToggle}
              />
            );
          })}
        </div>
      )}
      <div className="row">
        <button type="button" className="button" onClick={onCheckAll}>
          Mark all packed
        </button>
        <button type="button" className="button" onClick={onReset}>
          Start over
        </button>
      </div>
    </div>
  );
}

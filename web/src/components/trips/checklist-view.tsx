import { CategorySwatch } from '@/components/palette/category-swatch';
import { graphql } from '@/gql';
import { formatWeight } from '@/lib/weight/convert-weight';
import type { WeightDisplay } from '@/lib/weight/weight-display';
import styles from './checklist-view.module.css';
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
        id
        name
        colorIndex
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
    category?: { id: string; name: string; colorIndex: number } | null;
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
  /** The last change, offered for undo ("Tent packed"). */
  lastChange?: string;
  onToggle: (itemId: string, checked: boolean) => void;
  onHidePackedChange: (hide: boolean) => void;
  onUndo: () => void;
  onCheckAll: () => void;
  onReset: () => void;
}

/**
 * Check-off mode for packing with a phone in one hand: whole-row targets at least 48 px high,
 * progress always visible at the top, packed items hidden on request, undo for the last tap. Lines
 * are grouped by category as on the list and pack pages, each group with its weight and how many
 * of its lines are packed. Presentational.
 */
export function ChecklistView(props: ChecklistViewProps) {
  const {
    lines,
    groups,
    progress,
    weight,
    hidePacked,
    lastChange,
    onToggle,
    onHidePackedChange,
    onUndo,
    onCheckAll,
    onReset,
  } = props;
  const percent =
    progress.totalItems === 0 ? 0 : Math.round((progress.checkedItems / progress.totalItems) * 100);
  const shown = hidePacked ? lines.filter((line) => !line.checked) : lines;
  const grouped = groupChecklist(lines, groups);
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
            const packed = group.lines.filter((line) => line.checked).length;
            const headingId = `checklist-group-${group.key}`;
            return (
              <section key={group.key} aria-labelledby={headingId} data-testid="checklist-group">
                <h2 id={headingId} className={styles.groupHead}>
                  <CategorySwatch name={group.category?.name} colorIndex={group.category?.colorIndex} />
                  <span className={`muted ${styles.groupFigures}`}>
                    {group.subtotal ? `${formatWeight(group.subtotal.totalMg, weight)} · ` : ''}
                    {packed} of {group.lines.length} packed
                  </span>
                </h2>
                <ul className="checklist-lines">
                  {visible.map((line) => (
                    <li key={line.item.id}>
                      <label className={line.checked ? 'check-line checked' : 'check-line'}>
                        <input
                          type="checkbox"
                          checked={line.checked}
                          onChange={(event) => onToggle(line.item.id, event.target.checked)}
                        />
                        <span className="check-name">
                          {/* The whole name, wrapped: on a phone a truncated name is a guess. */}
                          <span className={styles.name}>
                            {line.quantity > 1 ? `${line.quantity} × ` : ''}
                            {line.item.name}
                          </span>
                        </span>
                        <span className="numeric muted">
                          {formatWeight(line.item.weightMg * line.quantity, weight)}
                        </span>
                      </label>
                    </li>
                  ))}
                </ul>
              </section>
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

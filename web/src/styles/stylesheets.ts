// Every global stylesheet of the app, in cascade order (decision 1310): the tokens and base
// elements first, then the shared primitives, then each feature's sheet. Rules of equal
// specificity in two sheets resolve by this order (`.row > *` before `.swatch` and `.share-url`,
// `.choice` before `.check-line`), so a new sheet goes after the primitives it refines.
// The root layout and Storybook's preview import this one list.
import './globals.css';
import '../components/layout/layout.css';
import '../components/forms/forms.css';
import '../components/palette/category-swatch.css';
import '../components/gear/gear-table.css';
import '../components/gear/gear-controls.css';
import '../components/feedback/feedback.css';
import '../components/weights/weights.css';
import '../components/gear/category-manager.css';
import '../components/lists/entry-table.css';
import '../components/sharing/share-link-box.css';
import '../components/trips/checklist-view.css';
import '../components/status/status-indicator.css';
import '../components/status/reconnecting-banner.css';
import '../components/account/tokens-panel.css';
import '../components/layout/app-shell.css';
import '../components/preferences/preferences-panel.css';

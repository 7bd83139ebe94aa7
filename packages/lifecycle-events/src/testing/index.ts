// Test helpers (not built into dist/; resolved through the `source` condition by vitest).
export { scratchEventsDatabase, type ScratchEventsDatabase } from './scratch-events-database.js';
export { manualClock, type ManualClock } from './manual-clock.js';
export { userCreated, userDeleted } from './events.js';
export { listenerOutage, type ListenerOutage } from './listener-outage.js';

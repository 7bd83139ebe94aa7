export { createDocumentLimitsRule } from './document-limits.rule.js';

// The repository's ESLint plugin: `packyourbag/import-boundaries` (see README.md).
import { importBoundaries } from './import-boundaries.mjs';

export default {
  meta: { name: '@packyourbag/lint-rules' },
  rules: { 'import-boundaries': importBoundaries },
};

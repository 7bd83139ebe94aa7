import { join } from 'node:path';
import { RuleTester } from 'eslint';
import { describe, it } from 'vitest';
import { importBoundaries } from './import-boundaries.mjs';

RuleTester.describe = describe;
RuleTester.it = it;

// Real paths in this repository: the rule reads the rooms from the root package.json's workspaces.
const root = join(import.meta.dirname, '../../..');
const at = (path: string) => join(root, path);
const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } });

tester.run('import-boundaries', importBoundaries, {
  valid: [
    { filename: at('router/src/x.ts'), code: "import { a } from '@packyourbag/service-kit';" },
    { filename: at('subgraphs/auth/src/x.ts'), code: "import { a } from '@packyourbag/lifecycle-events';" },
    {
      filename: at('subgraphs/packing/src/x.ts'),
      code: "import { a } from '@packyourbag/service-kit/nest';",
    },
    { filename: at('subgraphs/packing/src/a/x.ts'), code: "import { b } from '../b/y.js';" },
    { filename: at('tools/stack/src/x.ts'), code: "import { a } from '@packyourbag/service-kit';" },
    { filename: at('e2e/some/x.spec.ts'), code: "import { a } from '@packyourbag/auth/testing';" },
    { filename: at('e2e/some/x.spec.ts'), code: "import { a } from '../support/y.js';" },
    // Benchmarks and test support in a deployable may use declared developer tools.
    { filename: at('router/bench/x.ts'), code: "import { a } from '@packyourbag/stack';" },
    {
      filename: at('subgraphs/preferences/src/testing/x.ts'),
      code: "import { a } from '@packyourbag/mongo-standin';",
    },
    { filename: at('router/src/x.ts'), code: "import { a } from 'graphql';" },
  ],
  invalid: [
    {
      // Packages may import packages, but only what they declare (lifecycle-events declares none).
      filename: at('packages/lifecycle-events/src/x.ts'),
      code: "import { a } from '@packyourbag/service-kit';",
      errors: [{ messageId: 'undeclared' }],
    },
    {
      filename: at('router/src/x.ts'),
      code: "import { a } from '@packyourbag/auth';",
      errors: [{ messageId: 'upward' }, { messageId: 'undeclared' }],
    },
    {
      filename: at('packages/service-kit/src/x.ts'),
      code: "import { a } from '@packyourbag/stack';",
      errors: [{ messageId: 'upward' }, { messageId: 'undeclared' }],
    },
    {
      // Production code of a deployable never imports a tool, declared or not.
      filename: at('subgraphs/preferences/src/main.ts'),
      code: "import { a } from '@packyourbag/mongo-standin';",
      errors: [{ messageId: 'upward' }],
    },
    {
      filename: at('e2e/some/x.spec.ts'),
      code: "import { a } from '../../subgraphs/auth/src/config.js';",
      errors: [{ messageId: 'crossesByPath' }],
    },
    {
      filename: at('subgraphs/packing/src/x.ts'),
      code: "export * from '../../auth/src/config.js';",
      errors: [{ messageId: 'crossesByPath' }],
    },
    {
      filename: at('tools/stack/src/x.ts'),
      code: "import { a } from '@packyourbag/auth/src/config.js';",
      errors: [{ messageId: 'deep' }, { messageId: 'undeclared' }],
    },
    {
      filename: at('router/src/x.ts'),
      code: "const kit = await import('@packyourbag/lifecycle-events');",
      errors: [{ messageId: 'undeclared' }],
    },
  ],
});

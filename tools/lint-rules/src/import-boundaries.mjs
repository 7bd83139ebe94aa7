// ESLint rule: imports run downward only (docs/decisions/0001). Deployables (subgraphs/*, router,
// web) import packages/* (and, in specs, test support and benchmarks only, developer tools);
// packages import packages; tools and e2e import any workspace's public entry point. Nothing reaches into another workspace by relative path, and every workspace
// declares the workspaces it imports (hoisting must not be what makes an import work).
import { dirname, resolve } from 'node:path';
import { findRepositoryRoot, locate, readRooms } from './repository-rooms.mjs';

const SCOPE = '@packyourbag/';

/** @type {Map<string, import('./repository-rooms.mjs').Rooms>} */
const roomsByRoot = new Map();

/** @param {string} file */
function roomsFor(file) {
  const root = findRepositoryRoot(dirname(file));
  let rooms = roomsByRoot.get(root);
  if (!rooms) {
    rooms = readRooms(root);
    roomsByRoot.set(root, rooms);
  }
  return rooms;
}

/**
 * @param {import('./repository-rooms.mjs').Room} from
 * @param {import('./repository-rooms.mjs').Room} to
 * @param {boolean} developerOnly specs, test support, stories and benchmarks inside a deployable:
 *   developer tooling kept beside what it checks, never part of what the deployable runs
 */
function allowed(from, to, developerOnly) {
  if (from === 'tool' || from === 'e2e' || from === 'root') return true;
  if (to === 'package') return true;
  return from === 'deployable' && developerOnly && to === 'tool';
}

/** Specs, stories, test support and benchmarks: code a deployable's build and image never run. */
const DEVELOPER_ONLY = /(\/bench\/|\/testing\/|\.spec\.tsx?$|\.stories\.tsx?$)/;

/** @type {import('eslint').Rule.RuleModule} */
export const importBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps imports flowing downward between the repository rooms (decision 0001).' },
    schema: [],
    messages: {
      upward:
        '{{from}} ({{fromRoom}}) may not import {{target}} ({{toRoom}}): deployables import packages/*, packages import packages; move shared code into packages/.',
      crossesByPath:
        'Relative import "{{source}}" leaves {{from}}: import the other workspace by its package name and public entry point.',
      deep: 'Import "{{source}}" reaches into another workspace\'s source: use its public entry point.',
      undeclared: '{{from}} imports {{target}} without declaring it in its package.json.',
    },
  },
  create(context) {
    const file = context.filename;
    const rooms = roomsFor(file);
    const here = locate(rooms, file);
    const developerOnly = DEVELOPER_ONLY.test(file.split('\\').join('/'));

    /** @param {import('estree').Node} node @param {unknown} value */
    function check(node, value) {
      if (typeof value !== 'string') return;
      const from = here.workspace?.name ?? (here.dir || 'the repository root');
      if (value.startsWith('.')) {
        const target = locate(rooms, resolve(dirname(file), value, 'x'));
        if (here.dir && target.dir !== here.dir && !target.dir.startsWith(`${here.dir}/`)) {
          context.report({ node, messageId: 'crossesByPath', data: { source: value, from } });
        }
        return;
      }
      if (!value.startsWith(SCOPE)) return;
      const [scope, name, ...subpath] = value.split('/');
      const targetName = `${scope}/${name}`;
      if (targetName === here.workspace?.name) return;
      const target = rooms.byName.get(targetName);
      if (!target) return;
      if (subpath[0] === 'src' || subpath[0] === 'dist') {
        context.report({ node, messageId: 'deep', data: { source: value } });
      }
      if (!allowed(here.room, target.room, developerOnly)) {
        context.report({
          node,
          messageId: 'upward',
          data: { from, fromRoom: here.room, target: targetName, toRoom: target.room },
        });
      }
      if (here.workspace && !here.workspace.declared.has(targetName)) {
        context.report({ node, messageId: 'undeclared', data: { from, target: targetName } });
      }
    }

    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};

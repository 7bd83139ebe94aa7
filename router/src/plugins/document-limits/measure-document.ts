import {
  Kind,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** What the document limits are checked against, per operation (directives: whole document). */
export interface DocumentMeasures {
  /** Deepest field nesting; root fields are depth 1; introspection (`__schema`, `__type`) not counted. */
  depth: number;
  /** Aliased fields, counted through fragments as often as they are spread. */
  aliases: number;
  /** Fields selected directly on the root type (through fragments too). */
  rootFields: number;
}

const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

/** Measures one operation, following fragment spreads (a spread cycle is cut where it repeats). */
export function measureOperation(
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): DocumentMeasures {
  let depth = 0;
  let aliases = 0;
  let rootFields = 0;

  const walk = (selectionSet: SelectionSetNode, level: number, spreading: readonly string[]) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (level === 1) rootFields += 1;
        if (selection.alias) aliases += 1;
        if (level === 1 && INTROSPECTION_ROOTS.has(selection.name.value)) continue;
        depth = Math.max(depth, level);
        if (selection.selectionSet) walk(selection.selectionSet, level + 1, spreading);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, level, spreading);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (fragment && !spreading.includes(name)) walk(fragment.selectionSet, level, [...spreading, name]);
      }
    }
  };
  walk(operation.selectionSet, 1, []);
  return { depth, aliases, rootFields };
}

/** Measures every operation of a document and counts its directive uses. */
export function measureDocument(document: DocumentNode): {
  operations: { node: OperationDefinitionNode; measures: DocumentMeasures }[];
  directives: number;
} {
  const fragments = fragmentsOf(document);
  const operations = document.definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION
      ? [{ node: definition, measures: measureOperation(definition, fragments) }]
      : [],
  );
  let directives = 0;
  visit(document, {
    Directive() {
      directives += 1;
    },
  });
  return { operations, directives };
}

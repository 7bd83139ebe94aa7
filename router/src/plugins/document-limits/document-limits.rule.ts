import { GraphQLError, type ASTNode, type ValidationRule } from 'graphql';
import type { DocumentLimitsConfig } from '../../config.js';
import { RouterErrorCode } from '../../errors/router-error-code.js';
import { measureDocument } from './measure-document.js';

/**
 * The structural document limits (depth, aliases, root fields, directives) as a validation rule:
 * Apollo Server runs it once per distinct document, before the operation is resolved or planned,
 * and caches the verdict with the parsed document. The token limit is enforced by the parser
 * itself (`parseOptions.maxTokens`), so a huge document is never fully parsed.
 * Each refusal carries its own code and `extensions: { max, actual }`.
 */
export function createDocumentLimitsRule(limits: DocumentLimitsConfig): ValidationRule {
  return (context) => ({
    Document: {
      enter(document) {
        const { operations, directives } = measureDocument(document);
        const refuse = (code: string, what: string, max: number, actual: number, node: ASTNode = document) =>
          context.reportError(
            new GraphQLError(`${what} is ${actual}, above the limit of ${max}.`, {
              nodes: node,
              extensions: { code, max, actual },
            }),
          );
        for (const { node, measures } of operations) {
          const name = node.name ? `Operation ${node.name.value}` : 'The operation';
          if (measures.depth > limits.maxDepth)
            refuse(
              RouterErrorCode.MaxDepthExceeded,
              `${name}'s depth`,
              limits.maxDepth,
              measures.depth,
              node,
            );
          if (measures.aliases > limits.maxAliases)
            refuse(
              RouterErrorCode.MaxAliasesExceeded,
              `${name}'s alias count`,
              limits.maxAliases,
              measures.aliases,
              node,
            );
          if (measures.rootFields > limits.maxRootFields)
            refuse(
              RouterErrorCode.MaxRootFieldsExceeded,
              `${name}'s root field count`,
              limits.maxRootFields,
              measures.rootFields,
              node,
            );
        }
        if (directives > limits.maxDirectives)
          refuse(
            RouterErrorCode.MaxDirectivesExceeded,
            "The document's directive count",
            limits.maxDirectives,
            directives,
          );
        return false; // nothing below needs visiting
      },
    },
  });
}

import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type ParseOptions, type ValidationContext, type ValidationRule } from 'graphql';

/** How big a GraphQL document may be; every operation in the README and the tests stays well below. */
export interface DocumentLimits {
  /** Nesting of selections (fragments counted as nesting); the core traversal is 7 deep. */
  maxDepth: number;
  /** Aliased fields per operation; the 13-région overview uses 26. */
  maxAliases: number;
  /** Directives per operation. */
  maxDirectives: number;
  /** Lexical tokens per document, enforced while parsing; an introspection query is about 250. */
  maxTokens: number;
}

export const DEFAULT_DOCUMENT_LIMITS: DocumentLimits = {
  maxDepth: 12,
  maxAliases: 40,
  maxDirectives: 50,
  maxTokens: 5000,
};

/**
 * An error of a limit rule, carrying its own code; the rule packages' own errors read as syntax errors and would be
 * reported as GRAPHQL_VALIDATION_FAILED, which tells a client nothing about what to change.
 */
export class DocumentLimitError extends GraphQLError {
  constructor(message: string, code: string) {
    super(message, { extensions: { code } });
  }
}

/** GraphQL Armor's rules, reporting (not throwing) coded errors so that validation collects them like any other. */
export function documentLimitRules(limits: DocumentLimits): ValidationRule[] {
  return [
    coded(maxDepthRule, limits.maxDepth, 'QUERY_TOO_DEEP', (n) => `Query is nested deeper than the limit of ${n}.`),
    coded(maxAliasesRule, limits.maxAliases, 'TOO_MANY_ALIASES', (n) => `Query uses more than ${n} aliases.`),
    coded(
      maxDirectivesRule,
      limits.maxDirectives,
      'TOO_MANY_DIRECTIVES',
      (n) => `Query uses more than ${n} directives.`,
    ),
  ];
}

/** graphql-js stops parsing past this many tokens, before building any syntax tree of a flood. */
export function documentParseOptions(limits: DocumentLimits): ParseOptions {
  return { maxTokens: limits.maxTokens };
}

type ArmorRule = (options: {
  n: number;
  propagateOnRejection: boolean;
  onReject: ((context: ValidationContext | null, error: GraphQLError) => void)[];
}) => ValidationRule;

function coded(rule: ArmorRule, n: number, code: string, message: (n: number) => string): ValidationRule {
  return rule({
    n,
    propagateOnRejection: false,
    onReject: [(context) => context?.reportError(new DocumentLimitError(message(n), code))],
  });
}

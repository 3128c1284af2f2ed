import type { z } from 'zod';
import { UpstreamContractError } from './errors';

/**
 * Validates an upstream answer against its contract at the boundary, so that a changed upstream field becomes one
 * clear UPSTREAM_CONTRACT error naming the field, instead of a crash or a silent null deep in the graph.
 * Zod 4: its compiled object parsers keep this under a few microseconds per offer. `at` places an item checked on its
 * own (one element of a whole list) in the answer, so the field is named as if the whole answer had been checked.
 */
export function parseUpstream<Schema extends z.ZodType>(
  schema: Schema,
  answer: unknown,
  where: { api: string; endpoint: string; at?: PropertyKey[] },
): z.output<Schema> {
  const result = schema.safeParse(answer);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = [...(where.at ?? []), ...(issue?.path ?? [])];
  const field = path.length > 0 ? path.map(String).join('.') : '(root)';
  throw new UpstreamContractError(where.api, where.endpoint, field, issue?.message ?? 'invalid');
}

import type { BaseContext } from '@apollo/server';
import type { DocumentNode } from 'graphql';
import type { CacheHint } from '../../graph/cache-hint';
import type { RequestFeature } from '../plugins/request-features';
import { type CachePolicy, cacheControlHeader, compileCachePolicy } from './cache-policy';

/**
 * Sets each answer's Cache-Control from the lifetimes of the fields the operation selects. The policy is computed
 * once per parsed document and operation (Apollo reuses the DocumentNode of a document it has seen), never per
 * field: Apollo's own cache-control plugin, which wraps every resolver, stays disabled.
 */
export function cacheControl(hints: ReadonlyMap<string, CacheHint>): RequestFeature<BaseContext> {
  const policies = new WeakMap<DocumentNode, Map<string, CachePolicy | undefined>>();
  return () => {
    let policy: CachePolicy | undefined;
    return {
      didResolveOperation({ schema, document, operation }) {
        if (!operation) return;
        let byOperation = policies.get(document);
        if (!byOperation) policies.set(document, (byOperation = new Map()));
        const key = operation.name?.value ?? '';
        if (!byOperation.has(key)) byOperation.set(key, compileCachePolicy(schema, document, operation, hints));
        policy = byOperation.get(key);
      },
      willSendResponse({ response }) {
        const failed =
          response.body.kind !== 'single' ||
          (response.body.singleResult.errors?.length ?? 0) > 0 ||
          (response.http.status ?? 200) >= 400;
        response.http.headers.set('cache-control', cacheControlHeader(failed ? undefined : policy));
      },
    };
  };
}

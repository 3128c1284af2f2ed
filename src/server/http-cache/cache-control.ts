import type { BaseContext } from '@apollo/server';
import type { CacheHint } from '../../graph/cache-hint';
import { perOperation } from '../plugins/per-operation';
import type { RequestFeature } from '../plugins/request-features';
import { type CachePolicy, cacheControlHeader, compileCachePolicy } from './cache-policy';

/**
 * Sets each answer's Cache-Control from the lifetimes of the fields the operation selects. The policy is computed
 * once per parsed document and operation (Apollo reuses the DocumentNode of a document it has seen), never per
 * field: Apollo's own cache-control plugin, which wraps every resolver, stays disabled.
 */
export function cacheControl(hints: ReadonlyMap<string, CacheHint>): RequestFeature<BaseContext> {
  const policyFor = perOperation((schema, document, operation) =>
    compileCachePolicy(schema, document, operation, hints),
  );
  return () => {
    let policy: CachePolicy | undefined;
    return {
      didResolveOperation({ schema, document, operation }) {
        if (operation) policy = policyFor(schema, document, operation);
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

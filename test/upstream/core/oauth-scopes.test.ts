import { scopeSetKey } from '../../../src/upstream/core/oauth-tokens';
import { UPSTREAM_SCOPES } from '../../../src/upstream/core/scopes';

describe('scope sets', () => {
  it('the same scopes in any order or spacing are one token', () => {
    expect(scopeSetKey('o2dsoffre  api_offresdemploiv2')).toBe(scopeSetKey('api_offresdemploiv2 o2dsoffre'));
    expect(scopeSetKey(' a b a ')).toBe('a b');
  });

  it('every API has its own scope set', () => {
    const keys = Object.values(UPSTREAM_SCOPES).map(scopeSetKey);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

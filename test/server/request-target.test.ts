import { parseRequestTarget } from '../../src/server/http/request-target';

const asUrl = (target: string) => new URL(target, 'http://localhost');

describe('parseRequestTarget', () => {
  it.each([
    '/',
    '/graphql',
    '/health',
    '/explorer/app-1.js',
    '/?',
    '/?query=%7B__typename%7D',
    '/?query={__typename}&variables={"a":1}',
    '/graphql?operationName=Q&query=query+Q{a}',
    '/a/../graphql',
    '/./health',
    '/%2e%2e/health',
    '/caf%C3%A9',
    '//evil.example/path',
    '/\\evil',
    'http://other.example/graphql?x=1',
    '/?query=a#fragment',
    '/path#only-fragment',
    "/?q='quoted'&x=<y>",
    '/?q=caf\u00e9',
    '*',
  ])('reads %s as the URL parser does', (target) => {
    const read = parseRequestTarget(target);
    const expected = asUrl(target);
    expect({ pathname: read.pathname, search: read.search }).toEqual({
      pathname: expected.pathname,
      search: expected.search,
    });
    expect([...read.searchParams]).toEqual([...expected.searchParams]);
  });

  it('throws where the URL parser throws', () => {
    expect(() => asUrl('http://[')).toThrow();
    expect(() => parseRequestTarget('http://[')).toThrow();
  });
});

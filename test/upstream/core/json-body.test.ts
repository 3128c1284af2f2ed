import { jsonArrayItems } from '../../../src/upstream/core/json-body';
import type { HttpResponse } from '../../../src/upstream/core/http-transport';

/** An answer as the transport returns it: bytes received, text decoded from them. */
function answer(text: string): HttpResponse {
  const bytes = Buffer.from(text, 'utf8');
  return { status: 200, headers: {}, bytes, body: bytes.toString('utf8') };
}

const itemsOf = (text: string) => {
  const items = jsonArrayItems('rome-metiers', answer(text));
  return items === undefined ? undefined : [...items];
};

describe('jsonArrayItems', () => {
  test('reads each item of an array as JSON.parse reads the whole', () => {
    const texts = [
      '[]',
      ' [ ] ',
      '[1]',
      '[{"code":"A1203","libelle":"Aménagement, entretien {espaces} [verts]"},{"code":"B, \\"C\\"","n":[1,[2]]}]',
      '\n[ "é\\\\", "\\u00e9\\"]", null , true, -1.5e3, {"a":{"b":[{}]}} ]\n',
      JSON.stringify([{ libelle: 'Œuvre d’art — 日本 🎨', nested: { list: ['[', ']', '{', '}', ','] } }]),
    ];
    for (const text of texts) expect(itemsOf(text)).toEqual(JSON.parse(text));
  });

  test('reads items only as they are asked for', () => {
    const items = jsonArrayItems('rome-metiers', answer('[{"a":1},{"a":2},{"a":3}'.concat(',{"a":}]')));
    expect(items).toBeDefined();
    const iterator = items![Symbol.iterator]();
    expect(iterator.next().value).toEqual({ a: 1 });
    expect(iterator.next().value).toEqual({ a: 2 });
    expect(iterator.next().value).toEqual({ a: 3 });
    expect(() => iterator.next()).toThrow(expect.objectContaining({ code: 'UPSTREAM_UNAVAILABLE' }));
  });

  test('an answer that is not an array is left to the whole-answer check', () => {
    expect(itemsOf('{"code":"A1203"}')).toBeUndefined();
    expect(itemsOf('"[1]"')).toBeUndefined();
  });

  test('an unreadable answer is an upstream fault, without echoing the body', () => {
    for (const text of ['[1,]', '[,1]', '[1,,2]', '[1 2]', '[1]]', '[1', '[{"a":"b]', '', '[}]']) {
      let caught: unknown;
      try {
        itemsOf(text);
      } catch (error) {
        caught = error;
      }
      expect(caught).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
      expect((caught as Error).message).toMatch(/unreadable JSON answer \(HTTP 200\)$/);
    }
  });

  test('without the received bytes, the decoded text is read whole', () => {
    const response: HttpResponse = { status: 200, headers: {}, body: '[{"a":1},2]' };
    expect([...(jsonArrayItems('rome-metiers', response) ?? [])]).toEqual([{ a: 1 }, 2]);
    expect(jsonArrayItems('rome-metiers', { ...response, body: '{}' })).toBeUndefined();
  });
});

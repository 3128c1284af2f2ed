import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';

/** The shared operations (README, tests, benchmarks, codegen) must stay valid against the published API schema. */
describe('test/operations against schema/api.graphql', () => {
  const schema = buildSchema(readFileSync(path.resolve(__dirname, '../../schema/api.graphql'), 'utf8'));
  const dir = path.resolve(__dirname, '../operations');

  test.each(readdirSync(dir).filter((file) => file.endsWith('.graphql')))('%s validates', (file) => {
    const errors = validate(schema, parse(readFileSync(path.join(dir, file), 'utf8')));
    expect(errors.map((error) => error.message)).toEqual([]);
  });

  test('the README queries validate', () => {
    const readme = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
    const queries = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]);
    expect(queries.length).toBeGreaterThanOrEqual(2);
    for (const query of queries) expect(validate(schema, parse(query)).map((error) => error.message)).toEqual([]);
  });
});

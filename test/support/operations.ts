import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The operations under test/operations, shared by tests, benchmarks and the README. */
export function operation(name: 'jobs-near-me' | 'occupation-overview' | 'region-overview' | string): string {
  return readFileSync(path.resolve(__dirname, '../operations', `${name}.graphql`), 'utf8');
}

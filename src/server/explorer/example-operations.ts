import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../package-root';

export interface ExampleOperation {
  /** The file's name without `.graphql`, e.g. `jobs-near-me`. */
  name: string;
  document: string;
  /** Whether it reads the signed-in job seeker (`me`), so needs the X-Job-Seeker-Token header. */
  needsJobSeeker: boolean;
}

/** The README's examples, in the README's order; the other operations follow alphabetically. */
const README_ORDER = ['jobs-near-me', 'occupation-and-region', 'my-sought-jobs', 'territory-dashboard'];

/** The operations a client of the graph would send, from the repository's `operations/` folder. */
export function exampleOperations(directory = operationsDirectory()): ExampleOperation[] {
  if (!directory) return [];
  const rank = (name: string) => (README_ORDER.includes(name) ? README_ORDER.indexOf(name) : README_ORDER.length);
  return readdirSync(directory)
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => file.slice(0, -'.graphql'.length))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((name) => {
      const document = readFileSync(path.join(directory, `${name}.graphql`), 'utf8');
      return { name, document, needsJobSeeker: /\bme\s*\{/.test(document) };
    });
}

/** `operations/` at the repository root, found from here whether running from `src/` or from `dist/src/`. */
function operationsDirectory(): string | undefined {
  const candidate = path.join(packageRoot(), 'operations');
  return existsSync(candidate) ? candidate : undefined;
}

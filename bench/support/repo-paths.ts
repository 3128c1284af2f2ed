import { existsSync } from 'node:fs';
import path from 'node:path';

/** The repository root, whether this file runs from `bench/` (ts) or from `dist/bench/` (compiled). */
export const repoRoot = findRepoRoot(__dirname);

/** A compiled entry point, e.g. `distScript('src/server/main.js')`. */
export function distScript(relativePath: string): string {
  return path.join(repoRoot, 'dist', relativePath);
}

export function repoPath(...segments: string[]): string {
  return path.join(repoRoot, ...segments);
}

function findRepoRoot(start: string): string {
  let directory = start;
  while (!existsSync(path.join(directory, 'package.json')) || path.basename(directory) === 'dist') {
    const parent = path.dirname(directory);
    if (parent === directory) throw new Error(`No package.json above ${start}`);
    directory = parent;
  }
  return directory;
}

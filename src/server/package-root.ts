import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The package's root directory (the nearest one holding package.json), found from here whether the server runs from
 * `src/` or from `dist/src/`: where the checked-in `schema/` and `operations/` are.
 */
export function packageRoot(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
  }
  return path.resolve(__dirname, '../../..');
}

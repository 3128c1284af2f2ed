import path from 'node:path';
import { packageRoot } from './package-root';

/** The checked-in schema files (`schema/` at the package root), as `schema:print` writes them. */
export const SCHEMA_DIR = path.join(packageRoot(), 'schema');

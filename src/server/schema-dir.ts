import path from 'node:path';

/** The checked-in schema files (`schema/` at the package root), as `schema:print` writes them. */
export const SCHEMA_DIR = path.resolve(__dirname, '../../../schema');

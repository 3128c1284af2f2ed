import { loadBundledReferential } from './bundled';
import { indexReferential, type Referential } from './model';
import { loadReferentialFromOpenData } from './open-data-loader';

/** The open-data directory when given (full referential), the bundled compact dataset otherwise. */
export function loadReferential(dataDir?: string): Referential {
  return indexReferential(dataDir ? loadReferentialFromOpenData(dataDir) : loadBundledReferential());
}

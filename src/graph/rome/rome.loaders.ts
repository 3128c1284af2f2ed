import type { GraphContext } from '../context';
import { wholeListLoader } from '../shared/loaders';
import { perRequest } from '../shared/per-request';
import { competenceIndexOf, occupationIndexOf, type CompetenceIndex, type OccupationIndex } from './rome-referential';

export interface RomeLoaders {
  /** Whole métiers referential (one upstream call per quarter, then cache). */
  occupations(): Promise<OccupationIndex>;
  /** Whole fiches métiers referential, for competences. */
  competences(): Promise<CompetenceIndex>;
}

export const romeLoaders = perRequest<GraphContext, RomeLoaders>(({ upstream }) => ({
  occupations: wholeListLoader(async () => occupationIndexOf(await upstream.rome.listMetiers())),
  competences: wholeListLoader(async () => competenceIndexOf(await upstream.rome.listFichesMetiers())),
}));

import type { GraphContext } from '../context';
import { fromUpstream } from '../shared/errors';
import { perRequest } from '../shared/per-request';
import { competenceIndexOf, occupationIndexOf, type CompetenceIndex, type OccupationIndex } from './rome-referential';

export interface RomeLoaders {
  /** Whole métiers referential (one upstream call per quarter, then cache). */
  occupations(): Promise<OccupationIndex>;
  /** Whole fiches métiers referential, for competences. */
  competences(): Promise<CompetenceIndex>;
}

export const romeLoaders = perRequest<GraphContext, RomeLoaders>(({ upstream, upstreamScope }) => {
  let occupations: Promise<OccupationIndex> | undefined;
  let competences: Promise<CompetenceIndex> | undefined;
  return {
    occupations: () =>
      (occupations ??= fromUpstream(() => upstream.rome.listMetiers(upstreamScope)).then(occupationIndexOf)),
    competences: () =>
      (competences ??= fromUpstream(() => upstream.rome.listFichesMetiers(upstreamScope)).then(competenceIndexOf)),
  };
});

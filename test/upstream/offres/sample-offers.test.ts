import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseUpstream } from '../../../src/upstream/core/contract';
import { offreSchema } from '../../../src/upstream/offres/schemas';
import { toOffer } from '../../../src/graph/offers/offer.mapper';
import type { Offer } from '../../../src/graph/offers/offer.types';

const SAMPLE = path.resolve(__dirname, '../../../../shared/data/offres/offres_v2_sample_2026-06.json');
const hasSample = existsSync(SAMPLE);
if (!hasSample) console.log(`recorded offers not found at ${SAMPLE}: the sample-offer tests are skipped`);

type Getter = (offer: Offer, index: number[]) => unknown;

const REQUIREMENT = { REQUIRED: 'E', DESIRED: 'S' } as Record<string, string>;
const EXPERIENCE = { BEGINNER_ACCEPTED: 'D', DESIRED: 'S', REQUIRED: 'E' } as Record<string, string>;
const code = (value: string | null | undefined) => (value ? REQUIREMENT[value] : value);

/**
 * Where each upstream field lands in the graph's Offer, written as the inverse mapping back to the upstream value
 * (or the list that must hold it, for fields gathered into one list). A populated upstream field missing here, or
 * landing elsewhere than said, fails the test.
 */
const WHERE: Record<string, Getter> = {
  id: (o) => o.id,
  intitule: (o) => o.title,
  description: (o) => o.description,
  dateCreation: (o) => o.createdAt,
  dateActualisation: (o) => o.updatedAt,
  'lieuTravail.libelle': (o) => o.location?.label,
  'lieuTravail.latitude': (o) => o.location?.latitude,
  'lieuTravail.longitude': (o) => o.location?.longitude,
  'lieuTravail.codePostal': (o) => o.location?.postalCode,
  'lieuTravail.commune': (o) => o.location?.communeCode,
  romeCode: (o) => o.romeCode,
  romeLibelle: (o) => o.romeLabel,
  appellationlibelle: (o) => o.appellationLabel,
  'entreprise.nom': (o) => o.company.name,
  'entreprise.description': (o) => o.company.description,
  'entreprise.logo': (o) => o.company.logoUrl,
  'entreprise.url': (o) => o.company.url,
  'entreprise.entrepriseAdaptee': (o) => o.company.adapted,
  'entreprise.siret': (o) => o.company.siret,
  typeContrat: (o) => o.contract.type,
  typeContratLibelle: (o) => o.contract.label,
  natureContrat: (o) => o.contract.nature,
  experienceExige: (o) => (o.experienceRequirement ? EXPERIENCE[o.experienceRequirement] : null),
  experienceLibelle: (o) => o.experience,
  experienceCommentaire: (o) => o.experienceComment,
  'formations[].codeFormation': (o, [i]) => o.formations[i].code,
  'formations[].domaineLibelle': (o, [i]) => o.formations[i].field,
  'formations[].niveauLibelle': (o, [i]) => o.formations[i].level,
  'formations[].commentaire': (o, [i]) => o.formations[i].comment,
  'formations[].exigence': (o, [i]) => code(o.formations[i].requirement),
  'langues[].libelle': (o, [i]) => o.languages[i].label,
  'langues[].exigence': (o, [i]) => code(o.languages[i].requirement),
  'permis[].libelle': (o, [i]) => o.drivingLicences[i].label,
  'permis[].exigence': (o, [i]) => code(o.drivingLicences[i].requirement),
  'outilsBureautiques[]': (o, [i]) => o.workConditions.officeTools[i],
  'competences[].code': (o, [i]) => o.competences[i].code,
  'competences[].libelle': (o, [i]) => o.competences[i].label,
  'competences[].exigence': (o, [i]) => code(o.competences[i].requirement),
  'salaire.libelle': (o) => o.salary?.label,
  'salaire.commentaire': (o) => o.salary?.comment,
  'salaire.complement1': (o) => o.salary?.complements,
  'salaire.complement2': (o) => o.salary?.complements,
  'salaire.listeComplements[].code': (o, [i]) => o.salary?.benefits[i].code,
  'salaire.listeComplements[].libelle': (o, [i]) => o.salary?.benefits[i].label,
  dureeTravailLibelle: (o) => o.contract.workingHours,
  dureeTravailLibelleConverti: (o) => o.contract.workingTimeLabel,
  complementExercice: (o) => o.workConditions.additionalDetails,
  conditionExercice: (o) => o.workConditions.specificCondition,
  alternance: (o) => o.contract.workStudy,
  'contact.nom': (o) => o.contact?.name,
  'contact.coordonnees1': (o) => o.contact?.lines,
  'contact.coordonnees2': (o) => o.contact?.lines,
  'contact.coordonnees3': (o) => o.contact?.lines,
  'contact.telephone': (o) => o.contact?.phone,
  'contact.courriel': (o) => o.contact?.email,
  'contact.commentaire': (o) => o.contact?.comment,
  'contact.urlRecruteur': (o) => o.contact?.recruiterUrl,
  'contact.urlPostulation': (o) => o.contact?.applicationUrl,
  'agence.telephone': (o) => o.agency?.phone,
  'agence.courriel': (o) => o.agency?.email,
  nombrePostes: (o) => o.positions,
  accessibleTH: (o) => o.inclusion.openToDisabledWorkers,
  deplacementCode: (o) => o.travel?.code,
  deplacementLibelle: (o) => o.travel?.label,
  qualificationCode: (o) => o.qualification?.code,
  qualificationLibelle: (o) => o.qualification?.label,
  codeNAF: (o) => o.naf?.code,
  secteurActivite: (o) => o.sector?.code,
  secteurActiviteLibelle: (o) => o.sector?.label,
  'qualitesProfessionnelles[].libelle': (o, [i]) => o.professionalQualities[i].label,
  'qualitesProfessionnelles[].description': (o, [i]) => o.professionalQualities[i].description,
  trancheEffectifEtab: (o) => o.company.sizeBand,
  'origineOffre.origine': (o) => (o.origin.source === 'PARTNER' ? '2' : '1'),
  'origineOffre.urlOrigine': (o) => o.origin.url,
  'origineOffre.partenaires[].nom': (o, [i]) => o.origin.partnerLinks[i].name,
  'origineOffre.partenaires[].url': (o, [i]) => o.origin.partnerLinks[i].url,
  'origineOffre.partenaires[].logo': (o, [i]) => o.origin.partnerLinks[i].logoUrl,
  offresManqueCandidats: (o) => o.hardToFill,
  'contexteTravail.horaires[]': (o, [i]) => o.workConditions.schedules[i],
  'contexteTravail.conditionsExercice[]': (o, [i]) => o.workConditions.conditions[i],
  entrepriseAdaptee: (o) => o.inclusion.adaptedCompany,
  employeurHandiEngage: (o) => o.inclusion.disabilityCommittedEmployer,
};

interface Leaf {
  path: string;
  index: number[];
  value: unknown;
}

/** Every populated leaf of a JSON value: null and empty strings are "not given" upstream. */
function leaves(value: unknown, pathSoFar = '', index: number[] = []): Leaf[] {
  if (value === null || value === undefined || value === '') return [];
  if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, `${pathSoFar}[]`, [...index, i]));
  if (typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => leaves(item, pathSoFar ? `${pathSoFar}.${key}` : key, index));
  return [{ path: pathSoFar, index, value }];
}

(hasSample ? describe : describe.skip)('recorded Offres v2 offers through the client contract and the mapper', () => {
  const raw: Record<string, unknown>[] = hasSample ? JSON.parse(readFileSync(SAMPLE, 'utf8')) : [];

  it('has offers of both origins to check', () => {
    expect(raw.length).toBeGreaterThanOrEqual(18);
    const origins = new Set(raw.map((offer) => (offer.origineOffre as { origine: string }).origine));
    expect(origins).toEqual(new Set(['1', '2']));
  });

  it.each(raw.map((offer) => [offer.id as string, offer]))('offer %s parses and maps without loss', (_id, offer) => {
    const dto = parseUpstream(offreSchema, offer, { api: 'offres', endpoint: 'sample' });
    const mapped = toOffer(dto);
    const lost: string[] = [];
    for (const leaf of leaves(offer)) {
      const where = WHERE[leaf.path];
      if (!where) {
        lost.push(`${leaf.path}: not mapped`);
        continue;
      }
      const found = where(mapped, leaf.index);
      const kept = Array.isArray(found)
        ? found.includes(leaf.value)
        : found instanceof Date
          ? found.getTime() === Date.parse(String(leaf.value))
          : found === leaf.value;
      if (!kept) lost.push(`${leaf.path}: ${JSON.stringify(leaf.value)} became ${JSON.stringify(found)}`);
    }
    expect(lost).toEqual([]);
  });

  it('would notice an upstream field the mapper does not know', () => {
    const offer = { ...raw[0], nouveauChamp: 'valeur' };
    const unknown = leaves(offer).filter((leaf) => !WHERE[leaf.path]);
    expect(unknown.map((leaf) => leaf.path)).toEqual(['nouveauChamp']);
  });

  it('reports a changed field as UPSTREAM_CONTRACT naming it', () => {
    const changed = { ...raw[0], lieuTravail: { libelle: 74 } };
    expect(() => parseUpstream(offreSchema, changed, { api: 'offres', endpoint: 'GET /v2/offres/search' })).toThrow(
      expect.objectContaining({ code: 'UPSTREAM_CONTRACT', field: 'lieuTravail.libelle' }),
    );
  });
});

import type { CommunePositions } from '../referential/bundled';
import type { FicheRecord, Referential } from '../referential/model';
import type { OfferRecord } from './offer-record';
import { Prng } from './prng';
import { stripAccents } from './text';
import {
  CONTRACT_TYPES,
  DEPLACEMENTS,
  EMPLOYER_NOUNS,
  EMPLOYER_SUFFIXES,
  LANGUAGES,
  NATURES_CONTRAT,
  NIVEAUX_FORMATION,
  nafCandidates,
  PARTNERS,
  QUALIFICATIONS,
  SALARY_COMPLEMENTS,
  TRANCHES_EFFECTIF,
} from './vocabulary';

const DETAIL_URL = 'https://candidat.francetravail.fr/offres/recherche/detail/';
const APPLY_SENTENCE = 'Pour postuler, utiliser le lien suivant : ';

/**
 * The published offer (upstream-apis §3.4), keys in the order the API writes them. Details that no search
 * depends on are drawn from the record's own seed, so an offer reads the same every time it is returned.
 */
export function renderOffer(
  record: OfferRecord,
  referential: Referential,
  positions: CommunePositions,
): Record<string, unknown> {
  const fiche = referential.ficheByCode.get(record.romeCode)!;
  const prng = new Prng(record.seed);
  const fromFranceTravail = record.origine === '1';
  const detailUrl = DETAIL_URL + record.id;
  const position = positions[record.commune.code];
  const communeLabel = fromFranceTravail ? stripAccents(record.commune.nom).toUpperCase() : record.commune.nom;
  const employer = employerName(fiche, record, prng);
  const naf = prng.pick(nafCandidates(fiche.codeDomaine));
  const hours = prng.weighted([35, 35, 37, 39, 24, 28], [50, 15, 12, 10, 7, 6]);
  const fullTime = hours >= 35;
  const schedule = prng.pick([
    'Travail en journée',
    'Travail en journée',
    'Travail en horaires décalés',
    'Travail en équipe',
  ]);
  const dureeTravail = `${hours}H/semaine\n${schedule}`;

  const offer: Record<string, unknown> = {
    id: record.id,
    intitule: record.intitule,
    description: describeOffer(record, referential),
    dateCreation: new Date(record.createdAt).toISOString(),
    dateActualisation: new Date(record.updatedAt).toISOString(),
    lieuTravail: {
      libelle: `${record.departement} - ${communeLabel}`,
      ...(position ? { latitude: position[0], longitude: position[1] } : {}),
      codePostal: record.commune.codePostal,
      commune: record.commune.code,
    },
    romeCode: record.romeCode,
    romeLibelle: fiche.libelle,
    appellationlibelle: record.appellationLibelle,
    entreprise: fromFranceTravail
      ? { nom: employer, entrepriseAdaptee: false }
      : prng.chance(0.5)
        ? { description: `${employer} recrute pour ses équipes de ${record.commune.nom}.` }
        : { nom: employer },
    typeContrat: record.typeContrat,
    typeContratLibelle: contractLabel(record),
    natureContrat: NATURES_CONTRAT[record.natureContrat],
    experienceExige: record.experienceExige,
    experienceLibelle: record.experienceExige === 'D' ? 'Débutant accepté' : `${record.experienceYears} An(s)`,
  };

  if (fromFranceTravail && prng.chance(0.35)) {
    offer.formations = [
      {
        domaineLibelle: referential.labels.domaine.get(fiche.codeDomaine)?.toLowerCase() ?? '',
        niveauLibelle: NIVEAUX_FORMATION[formationLevel(record)],
        exigence: prng.pick(['E', 'S']),
      },
    ];
  }
  if (fromFranceTravail && prng.chance(0.2)) offer.langues = [{ libelle: 'Anglais', exigence: prng.pick(['E', 'S']) }];
  if (record.romeCode.startsWith('N41')) offer.permis = [{ libelle: 'C - Poids lourd', exigence: 'E' }];
  else if (fromFranceTravail && prng.chance(0.1)) offer.permis = [{ libelle: 'B - Véhicule léger', exigence: 'S' }];

  if (record.competenceCodes.length) {
    offer.competences = record.competenceCodes.map((code) => ({
      code,
      libelle: referential.competenceByCode.get(code)?.libelle ?? referential.savoirByCode.get(code)?.libelle ?? '',
      exigence: prng.chance(0.7) ? 'E' : 'S',
    }));
  }

  offer.salaire = salary(record, prng);
  if (fromFranceTravail || prng.chance(0.5)) {
    offer.dureeTravailLibelle = fromFranceTravail ? dureeTravail : `\n${schedule}`;
    if (fromFranceTravail) offer.dureeTravailLibelleConverti = fullTime ? 'Temps plein' : 'Temps partiel';
  }
  offer.alternance = record.natureContrat === 'E2' || record.natureContrat === 'FS';
  const contact = contactOf(record, communeLabel, detailUrl, prng);
  if (contact) offer.contact = contact;
  if (fromFranceTravail) offer.agence = { courriel: APPLY_SENTENCE + detailUrl };
  offer.nombrePostes = prng.chance(0.85) ? 1 : prng.int(2, 4);
  if (fromFranceTravail) offer.accessibleTH = prng.chance(0.1);
  if (fromFranceTravail && prng.chance(0.5)) {
    const code = prng.weighted(['1', '2', '3'], [50, 40, 10]);
    offer.deplacementCode = code;
    offer.deplacementLibelle = DEPLACEMENTS[code];
  }
  if (record.qualificationCode) {
    offer.qualificationCode = record.qualificationCode;
    offer.qualificationLibelle = QUALIFICATIONS[record.qualificationCode];
  }
  if (fromFranceTravail || prng.chance(0.7)) {
    offer.codeNAF = naf.code;
    offer.secteurActivite = naf.code.slice(0, 2);
    offer.secteurActiviteLibelle = naf.libelle;
  }
  if (fromFranceTravail) {
    const qualities = qualitiesOf(fiche, referential, prng);
    if (qualities.length) offer.qualitesProfessionnelles = qualities;
    offer.trancheEffectifEtab = prng.pick(TRANCHES_EFFECTIF);
  }
  offer.origineOffre = fromFranceTravail
    ? { origine: '1', urlOrigine: detailUrl }
    : { origine: '2', urlOrigine: detailUrl, partenaires: [partnerOf(record, prng)] };
  if (fromFranceTravail) offer.offresManqueCandidats = prng.chance(0.15);
  offer.contexteTravail =
    fromFranceTravail || prng.chance(0.6) ? { horaires: [fromFranceTravail ? dureeTravail : `\n${schedule}`] } : {};
  offer.entrepriseAdaptee = false;
  offer.employeurHandiEngage = prng.chance(0.08);
  addDetails(offer, record, Prng.fromKey(`details|${record.id}`));
  return offer;
}

/**
 * The fields employers fill less often (logo, comments, phone numbers, tools, conditions), drawn from their own
 * seed so that adding them left every other field of every offer unchanged.
 */
function addDetails(offer: Record<string, unknown>, record: OfferRecord, prng: Prng): void {
  const fromFranceTravail = record.origine === '1';
  const slug = `${record.id.toLowerCase()}.example.invalid`;
  const entreprise = offer.entreprise as Record<string, unknown>;
  if (fromFranceTravail && prng.chance(0.4)) {
    entreprise.description = `Entreprise implantée à ${record.commune.nom}, nous recrutons pour accompagner notre développement.`;
    entreprise.url = `https://www.${slug}`;
    if (prng.chance(0.6)) entreprise.logo = `https://entreprise.francetravail.fr/static/img/logos/${record.id}.png`;
    if (prng.chance(0.05)) {
      entreprise.entrepriseAdaptee = true;
      offer.entrepriseAdaptee = true;
    }
  }
  if (record.experienceExige !== 'D' && prng.chance(0.3))
    offer.experienceCommentaire = prng.pick(['Sur un poste similaire', 'En autonomie', 'Idéalement en entreprise']);
  const formations = offer.formations as Record<string, unknown>[] | undefined;
  if (formations && prng.chance(0.6)) {
    formations[0].codeFormation = String(prng.int(10000, 49999));
    formations[0].commentaire = prng.pick([
      'ou expérience équivalente',
      'Diplôme exigé',
      'Titre professionnel accepté',
    ]);
  }
  if (fromFranceTravail && prng.chance(0.1)) {
    const extra = prng.pick(LANGUAGES.filter((l) => l.code !== 'AN' && l.code !== 'FR'));
    offer.langues = [...((offer.langues as unknown[]) ?? []), { libelle: extra.libelle, exigence: 'S' }];
  }
  if (fromFranceTravail && record.romeCode[0] === 'M' && prng.chance(0.4))
    offer.outilsBureautiques = prng.sample(['Tableur', 'Traitement de texte', 'Logiciel de gestion', 'Messagerie'], 2);
  const salaire = offer.salaire as Record<string, unknown>;
  if (salaire.libelle && prng.chance(0.3))
    salaire.commentaire = prng.pick(['Selon profil', 'Selon expérience', '13e mois']);
  if (fromFranceTravail && prng.chance(0.3)) {
    offer.complementExercice = prng.pick(['Travail le samedi', 'Astreintes possibles', 'Travail en week-end']);
    offer.conditionExercice = prng.pick(['Travail de nuit', 'Horaires variables', 'Travail en extérieur']);
  }
  const contact = offer.contact as Record<string, unknown> | undefined;
  if (contact && fromFranceTravail && prng.chance(0.4)) {
    contact.coordonnees2 = `${prng.int(1, 120)} rue de la République`;
    contact.telephone = `0${prng.int(1, 5)}${String(prng.int(0, 99_999_999)).padStart(8, '0')}`;
    contact.courriel = `${APPLY_SENTENCE}${DETAIL_URL}${record.id}`;
    contact.commentaire = prng.pick(['Envoyer CV et lettre de motivation', 'Candidature en ligne uniquement']);
  }
  if (contact && !fromFranceTravail && prng.chance(0.5)) contact.urlRecruteur = `https://careers.${slug}`;
  const agence = offer.agence as Record<string, unknown> | undefined;
  if (agence && prng.chance(0.5)) agence.telephone = `09${String(prng.int(0, 99_999_999)).padStart(8, '0')}`;
  const contexte = offer.contexteTravail as Record<string, unknown>;
  if (fromFranceTravail && prng.chance(0.3))
    contexte.conditionsExercice = prng.sample(
      ["Port d'une tenue professionnelle", 'Station debout prolongée', 'Travail en équipe'],
      1,
    );
}

/** The description, built only from the record and the fiche, so keyword search can rebuild it without a seed. */
export function describeOffer(record: OfferRecord, referential: Referential): string {
  const fiche = referential.ficheByCode.get(record.romeCode)!;
  const sentences = (fiche.definition ?? '').split('\n').filter((line) => line.trim() !== '');
  // The first sentence of a ROME definition names the job ("Le / La … conçoit…"); the next ones list its missions.
  const missions = (sentences.length > 1 ? sentences.slice(1, 4) : sentences).map((m) => m.replace(/[.\s]+$/, ''));
  const skills = record.competenceCodes
    .slice(0, 4)
    .map((code) => referential.competenceByCode.get(code)?.libelle ?? referential.savoirByCode.get(code)?.libelle)
    .filter((label): label is string => Boolean(label));
  const experience =
    record.experienceExige === 'D'
      ? 'Débutant(e) accepté(e).'
      : `Expérience de ${record.experienceYears} an(s) sur un poste similaire.`;
  if (record.origine === '2') {
    const body = missions.length ? ` ${missions.join('. ')}.` : '';
    return `Nous recherchons un(e) ${record.appellationLibelle} pour renforcer nos équipes à ${record.commune.nom}.${body} ${experience}`;
  }
  const lines = [
    'Descriptif du poste :',
    '',
    `Au sein de notre structure basée à ${record.commune.nom}, vous occupez un poste de ${record.appellationLibelle}.`,
    ...missions.map((m) => `* ${m}`),
    '',
    'Profil recherché :',
    '',
    experience,
  ];
  if (skills.length) lines.push(`Compétences attendues : ${skills.join(', ')}.`);
  return lines.join('\n');
}

function contractLabel(record: OfferRecord): string {
  const type = CONTRACT_TYPES.find((c) => c.code === record.typeContrat)!;
  return type.withDuration && record.contractMonths ? `${type.libelle} - ${record.contractMonths} Mois` : type.libelle;
}

function formationLevel(record: OfferRecord): number {
  switch (record.qualificationCode) {
    case '9':
      return 4;
    case '7':
    case '8':
      return 2;
    case '6':
      return 1;
    default:
      return 0;
  }
}

function employerName(fiche: FicheRecord, record: OfferRecord, prng: Prng): string {
  const nouns = EMPLOYER_NOUNS[fiche.code[0]] ?? EMPLOYER_NOUNS.K;
  const suffix = prng.chance(0.3) ? stripAccents(record.commune.nom).toUpperCase() : prng.pick(EMPLOYER_SUFFIXES);
  return `${prng.pick(nouns)} ${suffix}`;
}

function salary(record: OfferRecord, prng: Prng): Record<string, unknown> {
  if (!prng.chance(record.origine === '1' ? 0.6 : 0.3)) return {};
  const monthly =
    record.qualificationCode === '9'
      ? prng.int(32, 55) * 100
      : ['7', '8'].includes(record.qualificationCode ?? '')
        ? prng.int(22, 30) * 100
        : prng.int(18, 23) * 100;
  const upper = monthly + prng.int(2, 12) * 100;
  const annual = record.qualificationCode === '9' && prng.chance(0.6);
  const amount = (value: number) => `${(annual ? value * 12 : value).toFixed(1)} Euros`;
  const result: Record<string, unknown> = {
    libelle: `${annual ? 'Annuel' : 'Mensuel'} de ${amount(monthly)}${prng.chance(0.7) ? ` à ${amount(upper)}` : ''} sur 12.0 mois`,
  };
  if (record.origine === '1' && prng.chance(0.5)) {
    const complements = prng.sample(SALARY_COMPLEMENTS, prng.int(1, 3));
    result.complement1 = complements[0].libelle;
    if (complements[1]) result.complement2 = complements[1].libelle;
    result.listeComplements = complements;
  }
  return result;
}

function contactOf(
  record: OfferRecord,
  communeLabel: string,
  detailUrl: string,
  prng: Prng,
): Record<string, unknown> | undefined {
  const roll = prng.next();
  if (record.origine === '2') return roll < 0.5 ? undefined : roll < 0.8 ? {} : { urlPostulation: detailUrl };
  if (roll < 0.5) {
    return {
      nom: `Agence France Travail ${communeLabel}`,
      coordonnees1: `${record.commune.codePostal} ${record.commune.nom}`,
      coordonnees3: APPLY_SENTENCE + detailUrl,
    };
  }
  return roll < 0.8 ? { coordonnees1: detailUrl, urlPostulation: detailUrl } : {};
}

function qualitiesOf(fiche: FicheRecord, referential: Referential, prng: Prng) {
  const softSkills = fiche.competences.flatMap((code) => {
    const c = referential.competenceByCode.get(code);
    return c?.type === 'MACRO-SAVOIR-ETRE-PROFESSIONNEL' ? [c] : [];
  });
  return prng.sample(softSkills, 3).map((c) => ({ libelle: c.libelle, description: c.definition ?? '' }));
}

function partnerOf(record: OfferRecord, prng: Prng) {
  const partner = prng.pick(PARTNERS);
  return {
    nom: partner.nom,
    url: `https://${partner.slug.replace(/_/g, '-')}.example.invalid/offre/${record.id}`,
    logo: `https://www.francetravail.fr/logos/img/partenaires/${partner.slug}80.png`,
  };
}

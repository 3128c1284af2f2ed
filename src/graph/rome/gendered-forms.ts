import { foldText } from './label-normalizer';

/**
 * The masculine and feminine labels that a ROME label written in its double form stands for, so that an
 * offer using only one of them still finds its appellation.
 *
 * ROME writes the two genders in two ways:
 * - long labels: "<masculine head> / <feminine head> <rest>", where the heads may have several words and
 *   the feminine head may repeat only the last words of the masculine one:
 *   "Développeur / Développeuse informatique", "Informaticien chargé / Informaticienne chargée d'étude",
 *   "Analyste Concepteur / Conceptrice informatique" (the feminine keeps "Analyste");
 * - short labels: feminine endings glued in parentheses, "Conducteur(trice)", "Technicien(ne)", "Chef(fe)".
 *
 * Returns the distinct expansions, without the label itself; an empty list for a label with a single form.
 */
export function genderedForms(label: string): string[] {
  const split = splitDoubleForm(label);
  const masculine = split ? split.masculine : label;
  const feminine = split ? split.feminine : label;
  const forms = new Set([withMasculineEndings(masculine), withFeminineEndings(feminine)]);
  if (split) {
    forms.add(masculine);
    forms.add(feminine);
  }
  forms.delete(label);
  return [...forms];
}

interface DoubleForm {
  masculine: string;
  feminine: string;
}

// Only a spaced slash separates genders: "plastique/caoutchouc" is a list inside one label.
const GENDER_SEPARATOR = /\s\/\s/;

function splitDoubleForm(label: string): DoubleForm | null {
  const separator = GENDER_SEPARATOR.exec(label);
  if (!separator) return null;
  const left = words(label.slice(0, separator.index));
  const right = words(label.slice(separator.index + separator[0].length));
  if (left.length === 0 || right.length === 0) return null;

  const { headEnd, keptPrefix } = alignFeminineHead(left, right);
  const rest = right.slice(headEnd + 1);
  return {
    masculine: [...left, ...rest].join(' '),
    feminine: [...left.slice(0, keptPrefix), ...right].join(' '),
  };
}

/**
 * Where the feminine head ends in the right-hand words (it is the counterpart of the last masculine word),
 * and how many leading masculine words the feminine form keeps because the head does not repeat them.
 */
function alignFeminineHead(left: string[], right: string[]): { headEnd: number; keptPrefix: number } {
  const last = left[left.length - 1];
  const counterparts: number[] = [];
  right.forEach((word, index) => {
    if (sameWordOtherGender(last, word)) counterparts.push(index);
  });

  // A head aligned word by word with the end of the masculine side is the reliable reading:
  // in "Ingénieur navigant, navigateur / Ingénieure navigante, navigatrice …" it rejects "navigante" for "navigateur".
  for (const headEnd of counterparts) {
    const length = headEnd + 1;
    const tail = left.slice(left.length - length);
    if (length <= left.length && right.slice(0, length).every((word, i) => sameWordOtherGender(tail[i], word))) {
      // A head that repeats the masculine words unchanged is another name, not the other gender: "Homme sage-femme / Sage-femme".
      const unchanged = right.slice(0, length).every((word, i) => comparable(word) === comparable(tail[i]));
      return { headEnd, keptPrefix: unchanged ? 0 : left.length - length };
    }
  }
  if (counterparts.length > 0) {
    // The feminine head is reworded ("Chef d'équipe assistant / Cheffe assistante avion"): it replaces the whole masculine side
    // unless its first word still pairs with the masculine word in the same position.
    const headEnd = counterparts[0];
    const length = headEnd + 1;
    const pairsAtStart = length <= left.length && sameWordOtherGender(left[left.length - length], right[0]);
    return { headEnd, keptPrefix: pairsAtStart ? left.length - length : 0 };
  }
  // Different words for each gender ("Steward / Hôtesse de l'air", "Layout man / Layout woman").
  if (left.length > 1 && sameWordOtherGender(left[0], right[0])) {
    return { headEnd: Math.min(left.length, right.length) - 1, keptPrefix: 0 };
  }
  return { headEnd: 0, keptPrefix: left.length - 1 };
}

/** "Concepteur"/"Conceptrice", "chargé"/"chargée", "Accastilleur-gréeur"/"Accastilleuse-gréeuse": a shared stem, part by part. */
function sameWordOtherGender(a: string, b: string): boolean {
  const partsA = a.split('-');
  const partsB = b.split('-');
  return (
    partsA.length === partsB.length && partsA.every((part, i) => sameStem(comparable(part), comparable(partsB[i])))
  );
}

function sameStem(a: string, b: string): boolean {
  if (a.length === 0 || b.length === 0) return false;
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  let common = 0;
  while (common < shorter && a[common] === b[common]) common++;
  return common >= Math.max(3, Math.ceil(shorter / 2));
}

function comparable(word: string): string {
  return foldText(word).replace(/^[\p{P}]+|[\p{P}]+$/gu, '');
}

function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => word.length > 0);
}

// A lowercase ending glued to a word: "Technicien(ne)", "Conducteur(trice)"; "(IA)" or "(MAR)" are not endings.
const GLUED_ENDING = /(\p{L}+)\((\p{Ll}{1,6})\)/gu;

function withMasculineEndings(label: string): string {
  return label.replace(GLUED_ENDING, (_match, word: string) => word);
}

function withFeminineEndings(label: string): string {
  return label.replace(GLUED_ENDING, (_match, word: string, ending: string) => feminize(word, ending));
}

/** Applies a glued feminine ending the way ROME abbreviates them: "(e)", "(ne)", "(se)", "(trice)", "(ère)", "(ive)"… */
function feminize(word: string, ending: string): string {
  // Letter by letter, so that positions found in the folded word are positions in the word itself.
  const letters = Array.from(word);
  const folded = letters.map(baseLetter).join('');
  const first = baseLetter(ending);
  const endingFolded = Array.from(ending, baseLetter).join('');
  if (endingFolded === 'e' || endingFolded === 's') return word + ending;
  if (endingFolded === 'se' && folded.endsWith('eur')) return letters.slice(0, -1).join('') + ending;
  if (endingFolded === 've' && folded.endsWith('f')) return letters.slice(0, -1).join('') + ending;
  // A doubled consonant: "Technicien(ne)", "Chef(fe)", "fonctionnel(le)".
  if (folded.endsWith(first)) return word + ending;
  // The ending replaces the word from its first letter on: "Conducteur(trice)", "Développeur(euse)", "Conseiller(ère)".
  const from = folded.lastIndexOf(first);
  return from > 0 ? letters.slice(0, from).join('') + ending : word + ending;
}

function baseLetter(character: string): string {
  return character.toLowerCase().normalize('NFD').charAt(0);
}

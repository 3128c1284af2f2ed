import { badUserInput } from '../shared/errors';
import { memoizedOn } from '../shared/per-request';
import { foldText } from './label-normalizer';
import type { OccupationIndex } from './rome-referential';
import type { Occupation, RomeAppellation } from './rome.types';

/**
 * Text search over appellations and occupations, served from the cached métiers list rather than the ROME
 * `appellation/requete` endpoint: at ≈ 1 call/s per application, one whole-list call per quarter answers every
 * search, where `requete` would spend one call per distinct text (and caps at 20 hits). Built on first search only.
 */

const WORD = /[\p{L}\p{N}]+/gu;

function wordsOf(text: string): string[] {
  return foldText(text).match(WORD) ?? [];
}

export function assertSearchText(text: string, argument: string): string[] {
  const words = wordsOf(text);
  if (words.join('').length < 2) throw badUserInput('Search text needs at least 2 letters or digits.', argument);
  if (words.length > 10) throw badUserInput('Search text has more than 10 words.', argument);
  return words;
}

interface Entry<T> {
  /** Folded words of the label, joined by single spaces. */
  text: string;
  item: T;
  principal: boolean;
}

function search<T>(entries: Entry<T>[], words: string[], first: number): T[] {
  const phrase = words.join(' ');
  const scored: { entry: Entry<T>; score: number }[] = [];
  for (const entry of entries) {
    const text = entry.text;
    // Every word must start a word of the label.
    if (!words.every((word) => text.startsWith(word) || text.includes(` ${word}`))) continue;
    const score = (text === phrase ? 0 : text.startsWith(phrase) ? 1 : 2) * 2 + (entry.principal ? 0 : 1);
    scored.push({ entry, score });
  }
  scored.sort((a, b) => a.score - b.score || a.entry.text.length - b.entry.text.length);
  return scored.slice(0, first).map(({ entry }) => entry.item);
}

export const occupationSearchOf = memoizedOn((index: OccupationIndex) => {
  let appellations: Entry<RomeAppellation>[] | undefined;
  let occupations: Entry<Occupation>[] | undefined;
  return {
    appellations(words: string[], first: number): RomeAppellation[] {
      appellations ??= [...index.appellations.values()].map((item) => ({
        text: wordsOf(item.label).join(' '),
        item,
        principal: item.principal,
      }));
      return search(appellations, words, first);
    },
    occupations(words: string[], first: number): Occupation[] {
      occupations ??= [...index.occupations.values()].map((item) => ({
        text: wordsOf(item.label).join(' '),
        item,
        principal: true,
      }));
      return search(occupations, words, first);
    },
  };
});

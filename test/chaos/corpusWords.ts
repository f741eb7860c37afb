// Word pools for the chaos corpus: fictional people, places and organisations, so that no real story leaks in.

export const FIRST_NAMES = [
  'Maren', 'Tobias', 'Ingrid', 'Samuel', 'Adaeze', 'Lukas', 'Priya', 'Owen', 'Helena', 'Rafael', 'Yuki', 'Declan',
  'Amara', 'Viktor', 'Nadia', 'Felix', 'Leona', 'Matteo', 'Sigrid', 'Kwame', 'Elif', 'Bruno', 'Clara', 'Dmitri',
] as const;

export const SURNAMES = [
  'Okafor', 'Lindqvist', 'Harrowgate', 'Petrakis', 'Mbeki', 'Castellano', 'Voronin', 'Adeyemi', 'Thorne', 'Nakamura',
  'Delacroix', 'Fairweather', 'Kowalczyk', 'Oyelaran', 'Strand', 'Bellamy', 'Quintero', 'Haldane', 'Rasmussen',
  'Abernathy', 'Valdés', 'Eriksen', 'Mahlangu', 'Greenhalgh', 'Ivanova', 'Caldwell', 'Osei', 'Brennan',
] as const;

export const PLACES = [
  'Carrisford', 'Northmere', 'Aldham Cross', 'Pelling', 'Stowbury', 'Westmarch', 'Harlow Vale', 'Brackenfield',
  'Easterby', 'Kingsmoor', 'Lowther', 'Ravensgill', 'Tessaly', 'Wyndham Bay', 'Ashcombe', 'Greyhaven',
] as const;

export const ORGS = [
  'Tessaly Water', 'the Midshire Council', 'the Regional Health Board', 'Northline Rail', 'the Harbour Authority',
  'the Ministry of Transport', 'Coastline Energy', 'the Fire and Rescue Service', 'the Teachers Union',
  'the Chamber of Commerce', 'the Environment Agency', 'Valley Housing Trust', 'the Police Federation',
] as const;

export const ROLES = ['spokeswoman', 'spokesman', 'chief executive', 'director', 'chair', 'minister', 'leader'] as const;

/** Topics: what a story is about, with the nouns its quotes and figures talk about. */
export const TOPICS = [
  { event: 'boil-water notice', thing: 'treatment works', service: 'water supply', unit: 'households' },
  { event: 'rail strike', thing: 'timetable', service: 'train service', unit: 'passengers' },
  { event: 'flood warning', thing: 'flood barrier', service: 'road network', unit: 'homes' },
  { event: 'hospital backlog', thing: 'waiting list', service: 'emergency department', unit: 'patients' },
  { event: 'school closures', thing: 'heating system', service: 'school transport', unit: 'pupils' },
  { event: 'power cut', thing: 'substation', service: 'electricity supply', unit: 'customers' },
  { event: 'housing shortage', thing: 'building programme', service: 'housing register', unit: 'families' },
  { event: 'port closure', thing: 'harbour wall', service: 'ferry service', unit: 'vehicles' },
  { event: 'budget cuts', thing: 'spending plan', service: 'library service', unit: 'jobs' },
  { event: 'wildfire', thing: 'firebreak', service: 'fire service', unit: 'hectares' },
] as const;

export type Topic = (typeof TOPICS)[number];

/** Quote templates: two clauses joined by ", and " (so an outlet can print only the first), with slots. */
export const QUOTE_TEMPLATES = [
  'We are doing everything we can to restore the {service} in {place}, and we will not rest until the work is finished',
  'The {thing} was never designed to cope with this, and we have been warning about it for years',
  'Nobody in {place} should have to put up with this, and I will be raising it with ministers this week',
  'We are sorry for the disruption to the {service}, and we will publish a full account of what went wrong',
  'The people of {place} deserve better than this, and they deserve answers about the {thing}',
  'Our teams have been working through the night on the {thing}, and they have done an extraordinary job',
  'It is too early to say when the {service} will return to normal, and we will not put a date on it yet',
  'This is the worst {event} we have seen in a generation, and it must be the last',
  'We knew the {thing} was fragile, and the money to replace it was simply not there',
  'I want to thank everyone in {place} for their patience, and I promise we will learn from this',
  'The {event} has cost local businesses dearly, and many of them will not survive another week like this',
  'There is no evidence that anyone has been harmed, and we will keep testing until we are certain',
] as const;

/** Neutral background sentences (no speech, no figures), so that pages read like news without adding claims. */
export const FILLER_TEMPLATES = [
  'Queues formed outside the community centre in {place} early in the morning as volunteers set up tables.',
  'The {thing} sits on the edge of {place}, a short walk from the old market square and the bus station.',
  'Local shops in {place} put up handwritten signs in their windows telling customers what was still open.',
  'The county has a long history of trouble with the {thing}, which was last overhauled decades ago.',
  'Parents collecting children from the primary school in {place} swapped the latest news at the gates.',
  'Engineers in orange jackets were seen arriving at the {thing} throughout the afternoon.',
  'The weather forecast for the rest of the week offers little relief for the people of {place}.',
  'Councillors from all parties are expected to discuss the {event} at a meeting later this month.',
  'The {service} in the area has been the subject of repeated complaints from residents.',
  'A dedicated page on the council website is being updated with the latest information on the {event}.',
] as const;

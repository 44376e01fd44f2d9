// V0100: the seed graph, from one news opinion piece (South China Morning Post, late October 2024):
//   "North Korean intervention in Ukraine is the last thing the world needs".
//
// Holds: the states, people, organisations and military units the article names; the June 2024
// mutual defence pact between Russia and North Korea; the places (Vladivostok, Russia's Far East,
// near Donetsk, the missile launch site); the events (troop deployment, transport by Russian naval
// vessels, the August visit, the 2024-10-03 strike, the video, the weapons shipments); the article
// as a :Source; and every claim the article reports, with who asserts it, who denies it, its status
// and the figures it gives. Almost nothing here is a plain fact: read the claims.
//
// Conventions: ids are stable slugs; dates are Neo4j `date`s with `datePrecision` (DAY, MONTH,
// YEAR) where the article is vague ("in August" = 2024-08-01 with MONTH). Claim figures are
// `quantity` + `quantityQualifier` (AROUND, OVER, EXACTLY) + `quantityUnit`.
// Idempotent: every node and relationship is MERGEd on its id or its ends, then SET, so running this
// twice leaves the graph as it was after the first run.
// Run by the service at start-up; by hand:  cypher-shell -a bolt://127.0.0.1:7687 -f cypher/V0100__seed_article_nk_troops_russia_2024.cypher

// ---- States ------------------------------------------------------------------------------------
UNWIND [
  {id: 'north-korea', name: 'North Korea', iso3: 'PRK', aliases: ["Democratic People's Republic of Korea", 'DPRK', 'Pyongyang'],
   description: 'The state whose troops the article says were sent to Russia.'},
  {id: 'russia', name: 'Russia', iso3: 'RUS', aliases: ['Russian Federation', 'Moscow'],
   description: 'Fighting the war in Ukraine; signed the June 2024 mutual defence pact with North Korea.'},
  {id: 'ukraine', name: 'Ukraine', iso3: 'UKR', aliases: ['Kyiv'],
   description: 'At war with Russia; accused North Korea of deploying troops.'},
  {id: 'south-korea', name: 'South Korea', iso3: 'KOR', aliases: ['Republic of Korea', 'ROK', 'Seoul'],
   description: 'Accused North Korea of deploying troops, through its National Intelligence Service.'},
  {id: 'united-states', name: 'United States', iso3: 'USA', aliases: ['United States of America', 'US', 'Washington'],
   description: 'Its Defence Secretary said there was evidence of North Korean troops in Russia.'}
] AS s
MERGE (n:State {id: s.id})
SET n:Actor, n.name = s.name, n.iso3 = s.iso3, n.aliases = s.aliases, n.description = s.description;

// ---- Organisations and military units ----------------------------------------------------------
UNWIND [
  {id: 'south-korea-nis', name: "South Korea's National Intelligence Service", kind: 'Organization',
   aliases: ['NIS', 'National Intelligence Service'], description: "South Korea's spy agency; source of most of the article's figures.", partOf: 'south-korea'},
  {id: 'us-department-of-defense', name: 'US Department of Defense', kind: 'Organization',
   aliases: ['Pentagon', 'DoD'], description: 'Led by Defence Secretary Lloyd Austin at the time of the article.', partOf: 'united-states'},
  {id: 'ukrainian-media', name: 'Ukrainian media', kind: 'Organization',
   aliases: [], description: 'Ukrainian media outlets the article cites, unnamed, for the report of six officers killed.', partOf: 'ukraine'},
  {id: 'scmp', name: 'South China Morning Post', kind: 'Organization',
   aliases: ['SCMP'], description: 'Hong Kong newspaper that published the opinion piece.', partOf: null},
  {id: 'korean-peoples-army', name: "Korean People's Army", kind: 'MilitaryUnit',
   aliases: ['KPA', 'North Korean military'], description: 'The armed forces of North Korea.', partOf: 'north-korea'},
  {id: 'kpa-special-forces', name: 'North Korean special forces units', kind: 'MilitaryUnit',
   aliases: [], description: 'The units the NIS says Russian naval vessels transported to Russia.', partOf: 'korean-peoples-army'},
  {id: 'russian-navy', name: 'Russian Navy', kind: 'MilitaryUnit',
   aliases: ['Russian naval vessels'], description: 'Its vessels transported North Korean troops, according to the NIS.', partOf: 'russia'}
] AS o
MERGE (n:Actor {id: o.id})
SET n.name = o.name, n.aliases = o.aliases, n.description = o.description
FOREACH (_ IN CASE WHEN o.kind = 'Organization' THEN [1] ELSE [] END | SET n:Organization)
FOREACH (_ IN CASE WHEN o.kind = 'MilitaryUnit' THEN [1] ELSE [] END | SET n:MilitaryUnit)
WITH n, o WHERE o.partOf IS NOT NULL
MATCH (parent:Actor {id: o.partOf})
MERGE (n)-[:PART_OF]->(parent);

// ---- People and whom they lead -----------------------------------------------------------------
UNWIND [
  {id: 'kim-jong-un', name: 'Kim Jong-un', aliases: ['Kim Jong Un'], description: 'North Korean leader; signed the June 2024 pact.',
   leads: 'north-korea', title: 'Leader of North Korea'},
  {id: 'vladimir-putin', name: 'Vladimir Putin', aliases: [], description: 'Russian President; signed the June 2024 pact.',
   leads: 'russia', title: 'President of Russia'},
  {id: 'volodymyr-zelensky', name: 'Volodymyr Zelensky', aliases: ['Volodymyr Zelenskyy'], description: 'Ukrainian President; said over 10,000 North Korean troops were preparing to join Russian forces.',
   leads: 'ukraine', title: 'President of Ukraine'},
  {id: 'lloyd-austin', name: 'Lloyd Austin', aliases: [], description: 'US Defence Secretary; said there was "evidence" of North Korean troops in Russia.',
   leads: 'us-department-of-defense', title: 'Secretary of Defense'}
] AS p
MERGE (n:Actor {id: p.id})
SET n:Person, n.name = p.name, n.aliases = p.aliases, n.description = p.description
WITH n, p
MATCH (led:Actor {id: p.leads})
MERGE (n)-[l:LEADS]->(led)
SET l.title = p.title;

// ---- The pact ----------------------------------------------------------------------------------
MERGE (a:Agreement {id: 'russia-north-korea-mutual-defence-pact-2024'})
SET a.name = 'Russia-North Korea mutual defence pact',
    a.kind = 'PACT',
    a.signedOn = date('2024-06-19'),
    a.aliases = ['Treaty on Comprehensive Strategic Partnership'],
    a.description = 'Signed by Vladimir Putin and Kim Jong-un in June 2024; the article reads the troop deployment as proof it was "much more than bravado".';

UNWIND [
  {party: 'north-korea', signer: 'kim-jong-un'},
  {party: 'russia', signer: 'vladimir-putin'}
] AS x
MATCH (a:Agreement {id: 'russia-north-korea-mutual-defence-pact-2024'})
MATCH (party:State {id: x.party})
MATCH (signer:Person {id: x.signer})
MERGE (party)-[pt:PARTY_TO]->(a)
SET pt.role = 'SIGNATORY', pt.signedOn = date('2024-06-19')
MERGE (signer)-[sg:SIGNED]->(a)
SET sg.on = date('2024-06-19');

// ---- Places ------------------------------------------------------------------------------------
UNWIND [
  {id: 'russias-far-east', name: "Russia's Far East", kind: 'REGION', lat: 50.0, lon: 135.0, in: 'russia', description: 'Where the NIS says the troops were being stationed.'},
  {id: 'vladivostok', name: 'Vladivostok', kind: 'CITY', lat: 43.1155, lon: 131.8855, in: 'russias-far-east', description: 'Port city; around 1,500 North Korean soldiers there, according to the NIS.'},
  {id: 'near-donetsk', name: 'near Donetsk', kind: 'AREA', lat: 48.0159, lon: 37.8028, in: 'ukraine', description: 'Where Ukrainian media say six North Korean officers were killed on 2024-10-03.'},
  {id: 'missile-launch-site-near-front', name: 'missile launch site near the Russia-Ukraine war front', kind: 'MILITARY_SITE', lat: null, lon: null, in: null,
   description: 'Visited by North Korean military officers in August 2024, according to the NIS; exact location not given.'}
] AS pl
MERGE (n:Place {id: pl.id})
SET n.name = pl.name, n.kind = pl.kind, n.lat = pl.lat, n.lon = pl.lon, n.description = pl.description
WITH n, pl WHERE pl.in IS NOT NULL
MATCH (container {id: pl.in}) WHERE container:Place OR container:State
MERGE (n)-[:LOCATED_IN]->(container);

// ---- Events ------------------------------------------------------------------------------------
UNWIND [
  {id: 'nk-troop-deployment-russia-2024', kind: 'TROOP_DEPLOYMENT', title: 'North Korean troops deployed to Russia',
   summary: 'North Korea is accused of deploying troops, including special forces, to support Russia in its war in Ukraine; they are said to be stationed in Russia\'s Far East.',
   startDate: date('2024-10-01'), datePrecision: 'MONTH', fatalities: null, strength: null, place: 'russias-far-east'},
  {id: 'nk-troops-in-vladivostok-2024', kind: 'TROOP_DEPLOYMENT', title: 'North Korean soldiers in Vladivostok',
   summary: 'Around 1,500 North Korean soldiers already in Vladivostok, according to the NIS.',
   startDate: date('2024-10-01'), datePrecision: 'MONTH', fatalities: null, strength: 1500, place: 'vladivostok'},
  {id: 'nk-troops-preparing-to-join-russia-2024', kind: 'TROOP_DEPLOYMENT', title: 'North Korean troops preparing to join Russian forces',
   summary: 'Over 10,000 North Korean troops preparing to join Russian forces, according to Volodymyr Zelensky.',
   startDate: date('2024-10-01'), datePrecision: 'MONTH', fatalities: null, strength: 10000, place: null},
  {id: 'russian-navy-transports-nk-troops-2024', kind: 'TRANSPORT', title: 'Russian naval vessels transport North Korean special forces',
   summary: 'Russian naval vessels transporting North Korean special forces units to Russia, according to the NIS.',
   startDate: date('2024-10-01'), datePrecision: 'MONTH', fatalities: null, strength: null, place: 'russias-far-east'},
  {id: 'nk-officers-visit-launch-site-2024-08', kind: 'VISIT', title: 'North Korean officers visit a missile launch site near the front',
   summary: 'North Korean military officers visited a missile launch site near the Russia-Ukraine war front in August, according to the NIS.',
   startDate: date('2024-08-01'), datePrecision: 'MONTH', fatalities: null, strength: null, place: 'missile-launch-site-near-front'},
  {id: 'strike-near-donetsk-2024-10-03', kind: 'ATTACK', title: 'Ukrainian missile attack near Donetsk kills six North Korean officers',
   summary: 'Ukrainian media reported that six North Korean officers were killed in a Ukrainian missile attack near Donetsk on October 3.',
   startDate: date('2024-10-03'), datePrecision: 'DAY', fatalities: 6, strength: null, place: 'near-donetsk'},
  {id: 'ukraine-video-nk-soldiers-uniforms-2024', kind: 'MEDIA_RELEASE', title: 'Video of North Korean soldiers receiving uniforms in Russia',
   summary: 'Ukraine released a video which appears to show North Korean soldiers receiving uniforms in Russia; Korean speech is audible; not independently verified.',
   startDate: date('2024-10-01'), datePrecision: 'MONTH', fatalities: null, strength: null, place: null},
  {id: 'nk-weapons-shipments-russia', kind: 'WEAPONS_TRANSFER', title: 'North Korean weapons shipped for Russian use in Ukraine',
   summary: 'Reports, for more than a year, of shipments of North Korean weapons for Russian use in Ukraine.',
   startDate: date('2023-01-01'), datePrecision: 'YEAR', fatalities: null, strength: null, place: null}
] AS e
MERGE (n:Event {id: e.id})
SET n.kind = e.kind, n.title = e.title, n.summary = e.summary, n.startDate = e.startDate,
    n.datePrecision = e.datePrecision, n.fatalities = e.fatalities, n.strength = e.strength
WITH n, e WHERE e.place IS NOT NULL
MATCH (pl:Place {id: e.place})
MERGE (n)-[:OCCURRED_AT]->(pl);

UNWIND [
  {event: 'nk-troop-deployment-russia-2024', actor: 'north-korea', role: 'SENDER'},
  {event: 'nk-troop-deployment-russia-2024', actor: 'russia', role: 'RECEIVER'},
  {event: 'nk-troop-deployment-russia-2024', actor: 'kpa-special-forces', role: 'DEPLOYED_UNIT'},
  {event: 'nk-troops-in-vladivostok-2024', actor: 'north-korea', role: 'SENDER'},
  {event: 'nk-troops-in-vladivostok-2024', actor: 'russia', role: 'RECEIVER'},
  {event: 'nk-troops-preparing-to-join-russia-2024', actor: 'north-korea', role: 'SENDER'},
  {event: 'nk-troops-preparing-to-join-russia-2024', actor: 'russia', role: 'RECEIVER'},
  {event: 'russian-navy-transports-nk-troops-2024', actor: 'russian-navy', role: 'TRANSPORTER'},
  {event: 'russian-navy-transports-nk-troops-2024', actor: 'kpa-special-forces', role: 'TRANSPORTED'},
  {event: 'nk-officers-visit-launch-site-2024-08', actor: 'korean-peoples-army', role: 'VISITOR'},
  {event: 'nk-officers-visit-launch-site-2024-08', actor: 'russia', role: 'HOST'},
  {event: 'strike-near-donetsk-2024-10-03', actor: 'ukraine', role: 'ATTACKER'},
  {event: 'strike-near-donetsk-2024-10-03', actor: 'korean-peoples-army', role: 'CASUALTY'},
  {event: 'ukraine-video-nk-soldiers-uniforms-2024', actor: 'ukraine', role: 'PUBLISHER'},
  {event: 'nk-weapons-shipments-russia', actor: 'north-korea', role: 'SENDER'},
  {event: 'nk-weapons-shipments-russia', actor: 'russia', role: 'RECEIVER'}
] AS p
MATCH (ev:Event {id: p.event})
MATCH (ac:Actor {id: p.actor})
MERGE (ac)-[r:PARTICIPATED_IN {role: p.role}]->(ev);

// ---- The article -------------------------------------------------------------------------------
MERGE (s:Source {id: 'scmp-opinion-nk-intervention-ukraine-2024-10'})
SET s.title = 'North Korean intervention in Ukraine is the last thing the world needs',
    s.publisher = 'South China Morning Post',
    s.kind = 'OPINION',
    s.publishedOn = date('2024-10-01'),
    s.datePrecision = 'MONTH',
    s.url = null,
    s.summary = 'Opinion piece: Pyongyang sending troops to fight in Ukraine would signal North Korea\'s evolution from an isolated pariah state to a tangible threat to international security.';
MATCH (s:Source {id: 'scmp-opinion-nk-intervention-ukraine-2024-10'}), (p:Actor {id: 'scmp'})
MERGE (p)-[:PUBLISHED]->(s);

// ---- Claims: what is said, by whom, denied by whom ---------------------------------------------
// status: ASSERTED (said, not contested in the article), UNVERIFIED (the article says it could not
// be verified, or it rests on unnamed reports), DENIED (a party it is about denies it),
// CONFIRMED (a matter of record in the article).
UNWIND [
  {id: 'claim-nk-deploying-troops-to-russia', status: 'DENIED', confidence: 0.8,
   text: 'North Korea is deploying troops to support Russia in its war in Ukraine.',
   assertedBy: ['south-korea', 'ukraine', 'south-korea-nis'], deniedBy: ['north-korea'],
   about: ['nk-troop-deployment-russia-2024', 'north-korea', 'russia'], quantity: null, quantityQualifier: null, quantityUnit: null},
  {id: 'claim-austin-evidence-nk-troops-in-russia', status: 'ASSERTED', confidence: 0.8,
   text: 'There is evidence of North Korean troops in Russia; what they are doing there is left to be seen.',
   assertedBy: ['lloyd-austin'], deniedBy: [],
   about: ['nk-troop-deployment-russia-2024'], quantity: null, quantityQualifier: null, quantityUnit: null},
  {id: 'claim-nis-russian-vessels-transport-special-forces', status: 'ASSERTED', confidence: 0.7,
   text: 'Russian naval vessels are transporting North Korean special forces units.',
   assertedBy: ['south-korea-nis'], deniedBy: [],
   about: ['russian-navy-transports-nk-troops-2024', 'russian-navy', 'kpa-special-forces'], quantity: null, quantityQualifier: null, quantityUnit: null},
  {id: 'claim-nis-troops-stationed-far-east', status: 'ASSERTED', confidence: 0.7,
   text: "North Korean troops are being stationed in Russia's Far East.",
   assertedBy: ['south-korea-nis'], deniedBy: [],
   about: ['nk-troop-deployment-russia-2024', 'russias-far-east'], quantity: null, quantityQualifier: null, quantityUnit: null},
  {id: 'claim-nis-1500-soldiers-in-vladivostok', status: 'ASSERTED', confidence: 0.7,
   text: 'Around 1,500 North Korean soldiers are already in Vladivostok.',
   assertedBy: ['south-korea-nis'], deniedBy: [],
   about: ['nk-troops-in-vladivostok-2024', 'vladivostok'], quantity: 1500, quantityQualifier: 'AROUND', quantityUnit: 'soldiers'},
  {id: 'claim-nis-officers-visited-launch-site', status: 'ASSERTED', confidence: 0.7,
   text: 'North Korean military officers visited a missile launch site near the Russia-Ukraine war front in August.',
   assertedBy: ['south-korea-nis'], deniedBy: [],
   about: ['nk-officers-visit-launch-site-2024-08', 'missile-launch-site-near-front'], quantity: null, quantityQualifier: null, quantityUnit: null},
  {id: 'claim-video-nk-soldiers-receiving-uniforms', status: 'UNVERIFIED', confidence: 0.5,
   text: 'A video released by Ukraine shows North Korean soldiers receiving uniforms in Russia; Korean speech is audible in the background.',
   assertedBy: ['ukraine'], deniedBy: [],
   about: ['ukraine-video-nk-soldiers-uniforms-2024', 'nk-troop-deployment-russia-2024'], quantity: null, quantityQualifier: null, quantityUnit: null},
  {id: 'claim-zelensky-10000-troops-preparing', status: 'ASSERTED', confidence: 0.6,
   text: 'Over 10,000 North Korean troops are preparing to join Russian forces.',
   assertedBy: ['volodymyr-zelensky'], deniedBy: [],
   about: ['nk-troops-preparing-to-join-russia-2024'], quantity: 10000, quantityQualifier: 'OVER', quantityUnit: 'troops'},
  {id: 'claim-six-nk-officers-killed-near-donetsk', status: 'ASSERTED', confidence: 0.5,
   text: 'Six North Korean officers were killed in a Ukrainian missile attack near Donetsk on October 3.',
   assertedBy: ['ukrainian-media'], deniedBy: [],
   about: ['strike-near-donetsk-2024-10-03', 'near-donetsk'], quantity: 6, quantityQualifier: 'EXACTLY', quantityUnit: 'officers killed'},
  {id: 'claim-nk-weapons-shipped-for-russian-use', status: 'UNVERIFIED', confidence: 0.6,
   text: 'For more than a year, North Korean weapons have been shipped for Russian use in Ukraine.',
   assertedBy: ['scmp'], deniedBy: [],
   about: ['nk-weapons-shipments-russia'], quantity: null, quantityQualifier: null, quantityUnit: null},
  {id: 'claim-putin-kim-signed-mutual-defence-pact', status: 'CONFIRMED', confidence: 1.0,
   text: 'Vladimir Putin and Kim Jong-un signed a mutual defence pact in June.',
   assertedBy: ['scmp'], deniedBy: [],
   about: ['russia-north-korea-mutual-defence-pact-2024', 'vladimir-putin', 'kim-jong-un'], quantity: null, quantityQualifier: null, quantityUnit: null}
] AS c
MERGE (cl:Claim {id: c.id})
SET cl.text = c.text, cl.status = c.status, cl.confidence = c.confidence,
    cl.quantity = c.quantity, cl.quantityQualifier = c.quantityQualifier, cl.quantityUnit = c.quantityUnit
WITH cl, c
MATCH (src:Source {id: 'scmp-opinion-nk-intervention-ukraine-2024-10'})
MERGE (cl)-[:REPORTED_IN]->(src)
WITH cl, c
CALL (cl, c) {
  UNWIND c.assertedBy AS who
  MATCH (a:Actor {id: who})
  MERGE (a)-[:ASSERTED]->(cl)
}
CALL (cl, c) {
  UNWIND c.deniedBy AS who
  MATCH (a:Actor {id: who})
  MERGE (a)-[:DENIED]->(cl)
}
CALL (cl, c) {
  UNWIND c.about AS what
  MATCH (target {id: what})
  WHERE target:Actor OR target:Event OR target:Place OR target:Agreement OR target:Source OR target:Claim
  MERGE (cl)-[:ABOUT]->(target)
};

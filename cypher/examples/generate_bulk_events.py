#!/usr/bin/env python3
"""Regenerates bulk_events.cypher, the example bulk script (deterministic: same output every run)."""
import random

EVENTS = 2000
BATCH = 500
rnd = random.Random(20241028)
places = ['vladivostok', 'russias-far-east', 'near-donetsk', 'missile-launch-site-near-front']
kinds = [('ATTACK', 'ATTACKER', 'TARGET'), ('TRANSPORT', 'TRANSPORTER', 'RECEIVER'),
         ('TROOP_DEPLOYMENT', 'SENDER', 'RECEIVER'), ('WEAPONS_TRANSFER', 'SENDER', 'RECEIVER'),
         ('VISIT', 'VISITOR', 'HOST')]
pairs = [('north-korea', 'russia'), ('russia', 'ukraine'), ('ukraine', 'russia'),
         ('russian-navy', 'korean-peoples-army'), ('kpa-special-forces', 'russia')]
claimants = ['south-korea-nis', 'ukraine', 'us-department-of-defense', 'ukrainian-media']
statuses = ['ASSERTED', 'UNVERIFIED', 'DISPUTED']


def q(s):
    return "'" + s.replace('\\', '\\\\').replace("'", "\\'") + "'"


events, participations, claims = [], [], []
for i in range(1, EVENTS + 1):
    kind, role_a, role_b = rnd.choice(kinds)
    a, b = rnd.choice(pairs)
    day = f'2024-{rnd.randint(6, 12):02d}-{rnd.randint(1, 28):02d}'
    place = rnd.choice(places)
    eid = f'example-event-{i:04d}'
    events.append(f"{{id: {q(eid)}, kind: {q(kind)}, title: {q(f'Example {kind.lower()} #{i} (synthetic)')}, "
                  f"startDate: {q(day)}, place: {q(place)}, fatalities: {rnd.randint(0, 12)}}}")
    participations.append(f"{{event: {q(eid)}, actor: {q(a)}, role: {q(role_a)}}}")
    participations.append(f"{{event: {q(eid)}, actor: {q(b)}, role: {q(role_b)}}}")
    by = rnd.choice(claimants)
    claims.append(f"{{id: {q(f'example-claim-{i:04d}')}, event: {q(eid)}, by: {q(by)}, on: {q(day)}, "
                  f"status: {q(rnd.choice(statuses))}, confidence: {rnd.randint(2, 9) / 10}, "
                  f"text: {q(f'{by} says example event #{i} took place; synthetic data, not a real report')}}}")


def batches(rows):
    for k in range(0, len(rows), BATCH):
        yield '[\n  ' + ',\n  '.join(rows[k:k + BATCH]) + '\n]'


out = ["""// Example bulk script: 2,000 synthetic events with their participants (4,000 PARTICIPATED_IN) and one
// claim each (who asserts it, what it is about, where it was reported), in UNWIND batches of 500 rows:
// the shape of script a data team writes to fill the graph. THE DATA IS SYNTHETIC (every node carries
// synthetic: true and an id starting with example-); load it into a development graph only.
//
// Needs the schema and seed (cypher/V0001, cypher/V0100: the actors and places it links to), which the
// service applies at start-up. Idempotent: every node and relationship is MERGEd on its id or its ends,
// so a forced second run changes nothing.
//
// Run it (from the repository root, with the service running; see README.md, "Bulk loading"):
//   ./kg-load --dry-run cypher/examples/bulk_events.cypher   # validate only, writes nothing
//   ./kg-load cypher/examples/bulk_events.cypher             # load (skipped if already loaded; --force to re-run)
//   curl -u loader:$KG_LOADER_PASSWORD -H 'Content-Type: text/plain' \\
//        --data-binary @cypher/examples/bulk_events.cypher 'http://localhost:8080/load?name=bulk_events.cypher'
// Regenerate it with: python3 cypher/examples/generate_bulk_events.py > cypher/examples/bulk_events.cypher

:param source => 'example-synthetic-bulk-source'

MERGE (s:Source {id: $source})
SET s.title = 'Synthetic example data for the bulk loader (not a real report)', s.kind = 'NEWS',
    s.publisher = 'GeoKG examples', s.synthetic = true;
"""]
out.append('// ---- Events ----------------------------------------------------------------------------------')
for b in batches(events):
    out.append(f"""UNWIND {b} AS row
MERGE (e:Event {{id: row.id}})
SET e.kind = row.kind, e.title = row.title, e.startDate = date(row.startDate), e.datePrecision = 'DAY',
    e.fatalities = row.fatalities, e.synthetic = true
WITH e, row
MATCH (p:Place {{id: row.place}})
MERGE (e)-[:OCCURRED_AT]->(p);
""")
out.append('// ---- Participants ------------------------------------------------------------------------------')
for b in batches(participations):
    out.append(f"""UNWIND {b} AS row
MATCH (e:Event {{id: row.event}})
MATCH (a:Actor {{id: row.actor}})
MERGE (a)-[:PARTICIPATED_IN {{role: row.role}}]->(e);
""")
out.append('// ---- Claims ----------------------------------------------------------------------------------')
for b in batches(claims):
    out.append(f"""UNWIND {b} AS row
MERGE (c:Claim {{id: row.id}})
SET c.text = row.text, c.status = row.status, c.confidence = row.confidence, c.synthetic = true
WITH c, row
MATCH (e:Event {{id: row.event}})
MATCH (a:Actor {{id: row.by}})
MATCH (s:Source {{id: $source}})
MERGE (c)-[:ABOUT]->(e)
MERGE (a)-[:ASSERTED {{on: date(row.on)}}]->(c)
MERGE (c)-[:REPORTED_IN]->(s);
""")
print('\n'.join(out), end='')

// V0001: schema for the geopolitical knowledge graph.
//
// Holds: a uniqueness constraint on `id` for every label of the model (each constraint also gives
// the look-up index that `state(id:)`, `event(id:)` ... use), and the property indexes that list
// filters and sorts lean on (names, kinds, dates, claim status).
// Idempotent: every statement uses IF NOT EXISTS, so it can run any number of times.
// Run by the service at start-up; by hand:  cypher-shell -a bolt://127.0.0.1:7687 -f cypher/V0001__schema_constraints_and_indexes.cypher

CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT state_id IF NOT EXISTS FOR (n:State) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT military_unit_id IF NOT EXISTS FOR (n:MilitaryUnit) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;

CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name);
CREATE INDEX state_name IF NOT EXISTS FOR (n:State) ON (n.name);
CREATE INDEX agreement_kind IF NOT EXISTS FOR (n:Agreement) ON (n.kind);
CREATE INDEX agreement_signed_on IF NOT EXISTS FOR (n:Agreement) ON (n.signedOn);
CREATE INDEX event_kind IF NOT EXISTS FOR (n:Event) ON (n.kind);
CREATE INDEX event_start_date IF NOT EXISTS FOR (n:Event) ON (n.startDate);
CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);
CREATE INDEX claim_status IF NOT EXISTS FOR (n:Claim) ON (n.status);
CREATE INDEX participated_in_role IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.role);

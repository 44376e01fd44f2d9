// V0002: range indexes for the sort keys of the bundled model that V0001 does not cover, so that a
// page sorted by one of them is read from the index (the nodes with the value in the index's
// order, the page's worth and no more) instead of sorting the whole label. A type is found by its
// first label (`people` by :Person), so each type's own label gets its index.
// Idempotent: every statement uses IF NOT EXISTS.

CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX military_unit_name IF NOT EXISTS FOR (n:MilitaryUnit) ON (n.name);
CREATE INDEX agreement_name IF NOT EXISTS FOR (n:Agreement) ON (n.name);
CREATE INDEX event_title IF NOT EXISTS FOR (n:Event) ON (n.title);
CREATE INDEX source_title IF NOT EXISTS FOR (n:Source) ON (n.title);
CREATE INDEX source_published_on IF NOT EXISTS FOR (n:Source) ON (n.publishedOn);
CREATE INDEX claim_confidence IF NOT EXISTS FOR (n:Claim) ON (n.confidence);

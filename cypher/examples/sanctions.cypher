// Sanctions: example data for the model-extension example (cypher/examples/sanctions.graphql).
// Illustrative only, not from the seed article: three sanctions between the seed graph's states.
//   ./kg-load cypher/examples/sanctions.cypher
// Idempotent (MERGE): loading it again changes nothing.

CREATE CONSTRAINT sanction_id IF NOT EXISTS FOR (s:Sanction) REQUIRE s.id IS UNIQUE;

UNWIND [
  {id: 'example-sanction-arms-transfers', name: 'Example: sanctions on arms transfers', imposedOn: '2024-10-17',
   by: ['united-states', 'south-korea'], targets: ['north-korea', 'russia']},
  {id: 'example-sanction-troop-deployment', name: 'Example: sanctions on the troop deployment', imposedOn: '2024-11-05',
   by: ['south-korea'], targets: ['north-korea']},
  {id: 'example-sanction-shipping', name: 'Example: sanctions on shipping', imposedOn: '2024-06-30',
   by: ['united-states'], targets: ['russia']}
] AS row
MERGE (s:Sanction {id: row.id})
SET s.name = row.name, s.imposedOn = date(row.imposedOn)
WITH s, row
CALL {
  WITH s, row
  UNWIND row.by AS by
  MATCH (actor:Actor {id: by})
  MERGE (actor)-[:IMPOSED]->(s)
}
CALL {
  WITH s, row
  UNWIND row.targets AS target
  MATCH (actor:Actor {id: target})
  MERGE (s)-[:TARGETS]->(actor)
};

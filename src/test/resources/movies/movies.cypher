// A small movies graph, modelled on Neo4j's "movies" example graph (`:play movies` in Neo4j Browser):
// the same labels, relationship types and property names, written for GeoKG's tests (see README.md
// beside this file for why it is not Neo4j's own script).
//
//   (:Person {name, born})        born is missing on the reviewers, as in Neo4j's graph
//   (:Movie {title, released, tagline})   tagline is missing on one movie
//   (:Person)-[:ACTED_IN {roles}]->(:Movie)       roles: a list of strings
//   (:Person)-[:DIRECTED|PRODUCED|WROTE]->(:Movie)
//   (:Person)-[:REVIEWED {summary, rating}]->(:Movie)
//   (:Person)-[:FOLLOWS]->(:Person)
//
// No `id` properties. The cypher-shell dialect: load it with `kg-load`.

CREATE
  (matrix:Movie {title: 'The Matrix', released: 1999, tagline: 'A hacker learns what the world really is'}),
  (reloaded:Movie {title: 'The Matrix Reloaded', released: 2003, tagline: 'The war for Zion goes on'}),
  (fewGoodMen:Movie {title: 'A Few Good Men', released: 1992, tagline: 'A court-martial at Guantanamo Bay'}),
  (topGun:Movie {title: 'Top Gun', released: 1986, tagline: "Fighter pilots at the Navy's top school"}),
  (jerryMaguire:Movie {title: 'Jerry Maguire', released: 1996, tagline: 'A sports agent starts over with one client'}),
  (standByMe:Movie {title: 'Stand By Me', released: 1986, tagline: 'Four boys walk the railway tracks one summer'}),
  (asGoodAsItGets:Movie {title: 'As Good as It Gets', released: 1997, tagline: 'A difficult writer, a waitress and a dog'}),
  (sleepless:Movie {title: 'Sleepless in Seattle', released: 1993, tagline: 'A radio call across the country'}),
  (apollo13:Movie {title: 'Apollo 13', released: 1995, tagline: 'Bringing the crew home'}),
  (castAway:Movie {title: 'Cast Away', released: 2000, tagline: 'Alone on an island for four years'}),
  (greenMile:Movie {title: 'The Green Mile', released: 1999}),
  (cloudAtlas:Movie {title: 'Cloud Atlas', released: 2012, tagline: 'Six stories across five centuries'}),

  (keanu:Person {name: 'Keanu Reeves', born: 1964}),
  (carrie:Person {name: 'Carrie-Anne Moss', born: 1967}),
  (laurence:Person {name: 'Laurence Fishburne', born: 1961}),
  (hugo:Person {name: 'Hugo Weaving', born: 1960}),
  (lilly:Person {name: 'Lilly Wachowski', born: 1967}),
  (lana:Person {name: 'Lana Wachowski', born: 1965}),
  (joelSilver:Person {name: 'Joel Silver', born: 1952}),
  (tomCruise:Person {name: 'Tom Cruise', born: 1962}),
  (jackNicholson:Person {name: 'Jack Nicholson', born: 1937}),
  (demiMoore:Person {name: 'Demi Moore', born: 1962}),
  (kevinBacon:Person {name: 'Kevin Bacon', born: 1958}),
  (robReiner:Person {name: 'Rob Reiner', born: 1947}),
  (aaronSorkin:Person {name: 'Aaron Sorkin', born: 1961}),
  (kellyMcGillis:Person {name: 'Kelly McGillis', born: 1957}),
  (valKilmer:Person {name: 'Val Kilmer', born: 1959}),
  (tonyScott:Person {name: 'Tony Scott', born: 1944}),
  (cameronCrowe:Person {name: 'Cameron Crowe', born: 1957}),
  (cubaGooding:Person {name: 'Cuba Gooding Jr.', born: 1968}),
  (helenHunt:Person {name: 'Helen Hunt', born: 1963}),
  (jamesBrooks:Person {name: 'James L. Brooks', born: 1940}),
  (riverPhoenix:Person {name: 'River Phoenix', born: 1970}),
  (tomHanks:Person {name: 'Tom Hanks', born: 1956}),
  (megRyan:Person {name: 'Meg Ryan', born: 1961}),
  (noraEphron:Person {name: 'Nora Ephron', born: 1941}),
  (ronHoward:Person {name: 'Ron Howard', born: 1954}),
  (robertZemeckis:Person {name: 'Robert Zemeckis', born: 1951}),
  (frankDarabont:Person {name: 'Frank Darabont', born: 1959}),
  (michaelDuncan:Person {name: 'Michael Clarke Duncan', born: 1957}),
  (jessica:Person {name: 'Jessica Thompson'}),
  (james:Person {name: 'James Thompson'}),
  (angela:Person {name: 'Angela Scope'}),

  (keanu)-[:ACTED_IN {roles: ['Neo']}]->(matrix),
  (carrie)-[:ACTED_IN {roles: ['Trinity']}]->(matrix),
  (laurence)-[:ACTED_IN {roles: ['Morpheus']}]->(matrix),
  (hugo)-[:ACTED_IN {roles: ['Agent Smith']}]->(matrix),
  (keanu)-[:ACTED_IN {roles: ['Neo']}]->(reloaded),
  (carrie)-[:ACTED_IN {roles: ['Trinity']}]->(reloaded),
  (hugo)-[:ACTED_IN {roles: ['Agent Smith']}]->(reloaded),
  (lilly)-[:DIRECTED]->(matrix),
  (lana)-[:DIRECTED]->(matrix),
  (lilly)-[:DIRECTED]->(reloaded),
  (lana)-[:DIRECTED]->(reloaded),
  (lilly)-[:WROTE]->(matrix),
  (lana)-[:WROTE]->(matrix),
  (joelSilver)-[:PRODUCED]->(matrix),
  (joelSilver)-[:PRODUCED]->(reloaded),

  (tomCruise)-[:ACTED_IN {roles: ['Lt. Daniel Kaffee']}]->(fewGoodMen),
  (jackNicholson)-[:ACTED_IN {roles: ['Col. Nathan R. Jessup']}]->(fewGoodMen),
  (demiMoore)-[:ACTED_IN {roles: ['Lt. Cdr. JoAnne Galloway']}]->(fewGoodMen),
  (kevinBacon)-[:ACTED_IN {roles: ['Capt. Jack Ross']}]->(fewGoodMen),
  (robReiner)-[:DIRECTED]->(fewGoodMen),
  (aaronSorkin)-[:WROTE]->(fewGoodMen),

  (tomCruise)-[:ACTED_IN {roles: ['Maverick']}]->(topGun),
  (kellyMcGillis)-[:ACTED_IN {roles: ['Charlie']}]->(topGun),
  (valKilmer)-[:ACTED_IN {roles: ['Iceman']}]->(topGun),
  (tonyScott)-[:DIRECTED]->(topGun),

  (tomCruise)-[:ACTED_IN {roles: ['Jerry Maguire']}]->(jerryMaguire),
  (cubaGooding)-[:ACTED_IN {roles: ['Rod Tidwell']}]->(jerryMaguire),
  (cameronCrowe)-[:DIRECTED]->(jerryMaguire),
  (cameronCrowe)-[:PRODUCED]->(jerryMaguire),
  (cameronCrowe)-[:WROTE]->(jerryMaguire),

  (riverPhoenix)-[:ACTED_IN {roles: ['Chris Chambers']}]->(standByMe),
  (robReiner)-[:DIRECTED]->(standByMe),

  (jackNicholson)-[:ACTED_IN {roles: ['Melvin Udall']}]->(asGoodAsItGets),
  (helenHunt)-[:ACTED_IN {roles: ['Carol Connelly']}]->(asGoodAsItGets),
  (cubaGooding)-[:ACTED_IN {roles: ['Frank Sachs']}]->(asGoodAsItGets),
  (jamesBrooks)-[:DIRECTED]->(asGoodAsItGets),
  (jamesBrooks)-[:PRODUCED]->(asGoodAsItGets),

  (tomHanks)-[:ACTED_IN {roles: ['Sam Baldwin']}]->(sleepless),
  (megRyan)-[:ACTED_IN {roles: ['Annie Reed']}]->(sleepless),
  (robReiner)-[:ACTED_IN {roles: ['Jay Mathews']}]->(sleepless),
  (noraEphron)-[:DIRECTED]->(sleepless),
  (noraEphron)-[:WROTE]->(sleepless),

  (tomHanks)-[:ACTED_IN {roles: ['Jim Lovell']}]->(apollo13),
  (kevinBacon)-[:ACTED_IN {roles: ['Jack Swigert']}]->(apollo13),
  (ronHoward)-[:DIRECTED]->(apollo13),

  (tomHanks)-[:ACTED_IN {roles: ['Chuck Noland']}]->(castAway),
  (helenHunt)-[:ACTED_IN {roles: ['Kelly Frears']}]->(castAway),
  (robertZemeckis)-[:DIRECTED]->(castAway),

  (tomHanks)-[:ACTED_IN {roles: ['Paul Edgecomb']}]->(greenMile),
  (michaelDuncan)-[:ACTED_IN {roles: ['John Coffey']}]->(greenMile),
  (frankDarabont)-[:DIRECTED]->(greenMile),
  (frankDarabont)-[:WROTE]->(greenMile),

  (tomHanks)-[:ACTED_IN {roles: ['Zachry', 'Dr. Henry Goose', 'Isaac Sachs']}]->(cloudAtlas),
  (hugo)-[:ACTED_IN {roles: ['Bill Smoke', 'Nurse Noakes']}]->(cloudAtlas),
  (lilly)-[:DIRECTED]->(cloudAtlas),
  (lana)-[:DIRECTED]->(cloudAtlas),

  (jessica)-[:REVIEWED {summary: 'Dark, and worth it', rating: 88}]->(matrix),
  (jessica)-[:REVIEWED {summary: 'Too long by half', rating: 45}]->(reloaded),
  (james)-[:REVIEWED {summary: 'A courtroom drama that holds', rating: 80}]->(fewGoodMen),
  (angela)-[:REVIEWED {summary: 'Lovely and slight', rating: 62}]->(sleepless),
  (jessica)-[:REVIEWED {summary: 'Tense from start to end', rating: 91}]->(apollo13),

  (james)-[:FOLLOWS]->(jessica),
  (angela)-[:FOLLOWS]->(jessica),
  (jessica)-[:FOLLOWS]->(angela);

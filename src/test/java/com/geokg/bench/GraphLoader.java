package com.geokg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;


/**
 * Writes a {@link SyntheticGraph} through the driver. The schema script comes first, so every
 * {@code MATCH (:Label {id: ...})} below is an index seek; rows then travel as a {@code $rows}
 * parameter in batches, never as literals: one plan per statement, however many batches (STACK.md
 * measured literal batches at seconds of planning each). Nodes are {@code CREATE}d, not merged:
 * the database is fresh and the ids are unique by construction. Dates travel as ISO text and are
 * made dates by the statement, so that the same statements also run from a script of literals
 * ({@link GraphScript}), which is how {@code -Dbench.load=kg-load} writes the graph.
 */
final class GraphLoader {

    static final Path SCHEMA_SCRIPT = Path.of("cypher/V0001__schema_constraints_and_indexes.cypher");
    private static final int BATCH = 5_000;

    private static final String STATES = """
            UNWIND $rows AS r
            CREATE (:Actor:State {id: r.id, name: r.name, iso3: r.iso3, aliases: r.aliases, description: r.description})""";

    /** One statement per subtype label: labels are fixed text of ours, never data. */
    private static final Map<String, String> ACTORS = Map.of(
            "Person", actorStatement("Person"),
            "Organization", actorStatement("Organization"),
            "MilitaryUnit", actorStatement("MilitaryUnit"));

    private static final String PLACES = """
            UNWIND $rows AS r
            CREATE (p:Place {id: r.id, name: r.name, kind: r.kind, lat: r.lat, lon: r.lon})
            WITH p, r
            MATCH (s:State {id: r.in})
            CREATE (p)-[:LOCATED_IN]->(s)""";

    private static final String SOURCES = """
            UNWIND $rows AS r
            CREATE (s:Source {id: r.id, title: r.title, publisher: r.publisher, kind: r.kind, publishedOn: date(r.publishedOn)})
            WITH s, r
            MATCH (o:Organization {id: r.publishedBy})
            CREATE (o)-[:PUBLISHED]->(s)""";

    private static final String AGREEMENTS = """
            UNWIND $rows AS r
            CREATE (a:Agreement {id: r.id, name: r.name, kind: r.kind, signedOn: date(r.signedOn), aliases: r.aliases,
                                 description: r.description})
            WITH a, r
            UNWIND r.parties AS x
            MATCH (p:Actor {id: x.actor})
            CREATE (p)-[:PARTY_TO {role: x.role, signedOn: a.signedOn}]->(a)""";

    private static final String EVENTS = """
            UNWIND $rows AS r
            CREATE (e:Event {id: r.id, kind: r.kind, title: r.title, summary: r.summary, startDate: date(r.startDate),
                             endDate: date(r.endDate), datePrecision: r.datePrecision, fatalities: r.fatalities, strength: r.strength})
            WITH e, r
            CALL (e, r) {
              MATCH (p:Place {id: r.place})
              CREATE (e)-[:OCCURRED_AT]->(p)
            }
            CALL (e, r) {
              UNWIND r.participants AS x
              MATCH (a:Actor {id: x.actor})
              CREATE (a)-[:PARTICIPATED_IN {role: x.role}]->(e)
            }""";

    private static final String CLAIMS = """
            UNWIND $rows AS r
            CREATE (c:Claim {id: r.id, text: r.text, status: r.status, confidence: r.confidence})
            WITH c, r
            CALL (c, r) {
              UNWIND r.assertedBy AS who
              MATCH (a:Actor {id: who})
              CREATE (a)-[:ASSERTED {on: date(r.on)}]->(c)
            }
            CALL (c, r) {
              UNWIND r.deniedBy AS who
              MATCH (a:Actor {id: who})
              CREATE (a)-[:DENIED {on: date(r.on)}]->(c)
            }
            CALL (c, r) {
              UNWIND r.aboutEvents AS what
              MATCH (e:Event {id: what})
              CREATE (c)-[:ABOUT]->(e)
            }
            CALL (c, r) {
              UNWIND r.aboutActors AS who
              MATCH (a:Actor {id: who})
              CREATE (c)-[:ABOUT]->(a)
            }
            CALL (c, r) {
              UNWIND r.sources AS sid
              MATCH (s:Source {id: sid})
              CREATE (c)-[:REPORTED_IN]->(s)
            }""";

    private final Driver driver;

    GraphLoader(Driver driver) {
        this.driver = driver;
    }

    /** Runs the project's own schema script (constraints and indexes) and waits until every index is online. */
    void applySchema() throws IOException {
        long start = System.nanoTime();
        for (String statement : GraphScript.schema()) {
            driver.executableQuery(statement).execute();
        }
        driver.executableQuery("CALL db.awaitIndexes(300)").execute();
        System.out.printf(Locale.ROOT, "[bench]   schema in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    /** One statement of the load and the rows it is run with, in batches. */
    record Part(String what, String statement, List<Map<String, Object>> rows) {
    }

    /** The statements that write the graph, in the order they must run, each with its rows. */
    static List<Part> parts(SyntheticGraph.Rows rows) {
        var parts = new ArrayList<Part>();
        parts.add(new Part("states", STATES, rows.states()));
        rows.actorsByLabel().forEach((label, actorRows) -> parts.add(new Part(label, ACTORS.get(label), actorRows)));
        parts.add(new Part("places", PLACES, rows.places()));
        parts.add(new Part("sources", SOURCES, rows.sources()));
        parts.add(new Part("agreements", AGREEMENTS, rows.agreements()));
        parts.add(new Part("events", EVENTS, rows.events()));
        parts.add(new Part("claims", CLAIMS, rows.claims()));
        return parts;
    }

    void load(SyntheticGraph.Rows rows) {
        for (Part part : parts(rows)) {
            write(part.what(), part.statement(), part.rows());
        }
    }

    /**
     * Writes the graph through kg-load's engine (read, parse, lift, validate, run, record history),
     * from a script of the same statements with each batch of {@link GraphScript#BATCH} rows as a
     * literal list, as a data team would write it; answers the load's summary line.
     */
    String loadWithKgLoad(SyntheticGraph.Rows rows, Path script) throws IOException {
        long start = System.nanoTime();
        GraphScript.write(parts(rows), script);
        System.out.printf(Locale.ROOT, "[bench]   script %s, %,d bytes, written in %.1f s%n", script, Files.size(script),
                (System.nanoTime() - start) / 1e9);
        return GraphScript.load(driver, script, 1);
    }

    private void write(String what, String cypher, List<Map<String, Object>> rows) {
        long start = System.nanoTime();
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Map<String, Object>> batch = GraphScript.plain(rows.subList(from, Math.min(rows.size(), from + BATCH)));
            driver.executableQuery(cypher).withParameters(Map.of("rows", batch))
                    .withConfig(QueryConfig.defaultConfig()).execute();
        }
        System.out.printf(Locale.ROOT, "[bench]   %,d %s in %.1f s%n", rows.size(), what, (System.nanoTime() - start) / 1e9);
    }

    private static String actorStatement(String label) {
        return """
                UNWIND $rows AS r
                CREATE (n:Actor:%s {id: r.id, name: r.name, aliases: r.aliases, description: r.description})
                WITH n, r
                MATCH (s:State {id: r.partOf})
                CREATE (n)-[:PART_OF]->(s)""".formatted(label);
    }
}

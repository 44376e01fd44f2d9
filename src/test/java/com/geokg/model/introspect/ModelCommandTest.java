package com.geokg.model.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.geokg.load.LoadHistory;
import com.geokg.load.LoadListener;
import com.geokg.load.LoadOptions;
import com.geokg.load.LoadReport;
import com.geokg.load.Loader;
import com.geokg.load.ScriptSource;
import com.geokg.load.TestNeo4j;
import com.geokg.model.introspect.GraphShape.Endpoints;
import com.geokg.model.introspect.GraphShape.NodeShape;
import com.geokg.model.introspect.GraphShape.PropertyShape;
import com.geokg.model.introspect.GraphShape.RelationshipShape;

import graphql.language.Document;
import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.parser.Parser;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;

class ModelCommandTest {

    /** What kg-model prints for src/test/resources/movies/movies.cypher: the naming rules, pinned. */
    private static final String MOVIES_MODEL = """
            # A model file drafted by kg-model from the Neo4j database "neo4j":
            # 2 node types from 2 labels, and 6 relationship types between them.
            # Read from db.schema.nodeTypeProperties() and db.schema.relTypeProperties(); the node types each
            # relationship type connects are those seen in up to 1000 of its relationships.
            # Left out: nodes labelled LoadRecord, and their relationships.
            # A starting point to edit: add descriptions, `id: ID!` fields and @plural where the API needs them,
            # rename what reads badly, and see the lines saying what was left out and why.

            type Movie @node(labels: ["Movie"]) {
              released: Int!
              tagline: String
              title: String!
              peopleActedIn: [Person!]! @relationship(type: "ACTED_IN", direction: IN, properties: "ActedInProperties")
              peopleDirected: [Person!]! @relationship(type: "DIRECTED", direction: IN)
              peopleProduced: [Person!]! @relationship(type: "PRODUCED", direction: IN)
              peopleReviewed: [Person!]! @relationship(type: "REVIEWED", direction: IN, properties: "ReviewedProperties")
              peopleWrote: [Person!]! @relationship(type: "WROTE", direction: IN)
            }

            type Person @node(labels: ["Person"]) {
              born: Int
              name: String!
              actedInMovies: [Movie!]! @relationship(type: "ACTED_IN", direction: OUT, properties: "ActedInProperties")
              directedMovies: [Movie!]! @relationship(type: "DIRECTED", direction: OUT)
              followsPeople: [Person!]! @relationship(type: "FOLLOWS", direction: OUT)
              peopleFollows: [Person!]! @relationship(type: "FOLLOWS", direction: IN)
              producedMovies: [Movie!]! @relationship(type: "PRODUCED", direction: OUT)
              reviewedMovies: [Movie!]! @relationship(type: "REVIEWED", direction: OUT, properties: "ReviewedProperties")
              wroteMovies: [Movie!]! @relationship(type: "WROTE", direction: OUT)
            }

            type ActedInProperties @relationshipProperties {
              roles: [String!]!
            }

            type ReviewedProperties @relationshipProperties {
              rating: Int!
              summary: String!
            }
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void emptyGraph() {
        TestNeo4j.clean();
    }

    private int kgModel(String... args) {
        out.reset();
        err.reset();
        return ModelCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private int kgModelOfTestNeo4j(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--uri";
        all[1] = TestNeo4j.boltUri();
        System.arraycopy(args, 0, all, 2, args.length);
        return kgModel(all);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static void loadMovies() throws IOException {
        byte[] script;
        try (InputStream in = ModelCommandTest.class.getResourceAsStream("/movies/movies.cypher")) {
            script = in.readAllBytes();
        }
        var driver = TestNeo4j.driver();
        LoadReport report = new Loader(driver, new LoadHistory(driver))
                .load(List.of(ScriptSource.of("movies.cypher", script)), LoadOptions.DEFAULT, LoadListener.NONE);
        assertTrue(report.ok(), report::summary);
    }

    /** The model's types by name, each with its fields printed as {@code name: Type @directives}. */
    private static Map<String, Map<String, String>> types(Document document) {
        return document.getDefinitionsOfType(ObjectTypeDefinition.class).stream().collect(Collectors.toMap(
                ObjectTypeDefinition::getName,
                t -> t.getFieldDefinitions().stream().collect(Collectors.toMap(FieldDefinition::getName,
                        f -> graphql.language.AstPrinter.printAst(f)))));
    }

    /** Builds a schema from the model file and the model vocabulary, so that a misused directive fails. */
    private static void assertUsesTheModelVocabulary(String model) throws IOException {
        String directives;
        try (InputStream in = ModelCommandTest.class.getResourceAsStream("/model/directives.graphql")) {
            assertTrue(in != null, "model/directives.graphql is on the class path");
            directives = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var registry = new SchemaParser().parse(directives + "\nscalar Date\ntype Query { ok: Boolean }\n" + model);
        UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
    }

    private static List<String> codeLines(String model) {
        return model.lines().filter(l -> !l.isBlank() && !l.strip().startsWith("#")).toList();
    }

    @Test
    void printsAModelFileForTheMoviesGraph() throws IOException {
        // labels and relationship types whose nodes and relationships are gone are not in the model
        TestNeo4j.driver().executableQuery("CREATE (:Ghost {id: 'g'})-[:HAUNTS {since: 1}]->(:Ghost)").execute();
        TestNeo4j.clean();
        loadMovies();

        int exit = kgModelOfTestNeo4j();

        assertEquals(0, exit, this::err);
        assertEquals("", err());
        String model = out();
        Document document = Parser.parse(model);
        assertUsesTheModelVocabulary(model);
        assertTrue(model.contains("\ntype Movie @node(labels: [\"Movie\"]) {\n"), model);
        assertTrue(model.contains("\ntype Person @node(labels: [\"Person\"]) {\n"), model);

        var types = types(document);
        assertEquals(new TreeSet<>(List.of("Movie", "Person", "ActedInProperties", "ReviewedProperties")),
                new TreeSet<>(types.keySet()), model);
        var person = types.get("Person");
        var movie = types.get("Movie");
        assertEquals("actedInMovies: [Movie!]! @relationship(type: \"ACTED_IN\", direction: OUT, properties: \"ActedInProperties\")",
                person.get("actedInMovies"));
        assertEquals("peopleActedIn: [Person!]! @relationship(type: \"ACTED_IN\", direction: IN, properties: \"ActedInProperties\")",
                movie.get("peopleActedIn"));
        assertEquals("roles: [String!]!", types.get("ActedInProperties").get("roles"));
        assertEquals("rating: Int!", types.get("ReviewedProperties").get("rating"));
        assertEquals("summary: String!", types.get("ReviewedProperties").get("summary"));
        // non-null where every node has the property; the reviewers have no born, one movie no tagline
        assertEquals("title: String!", movie.get("title"));
        assertEquals("released: Int!", movie.get("released"));
        assertEquals("tagline: String", movie.get("tagline"));
        assertEquals("name: String!", person.get("name"));
        assertEquals("born: Int", person.get("born"));
        assertEquals("followsPeople: [Person!]! @relationship(type: \"FOLLOWS\", direction: OUT)", person.get("followsPeople"));
        assertEquals("peopleFollows: [Person!]! @relationship(type: \"FOLLOWS\", direction: IN)", person.get("peopleFollows"));
        for (String type : List.of("DIRECTED", "PRODUCED", "WROTE")) {
            assertTrue(person.values().stream().anyMatch(f -> f.contains("(type: \"" + type + "\", direction: OUT)")), type);
            assertTrue(movie.values().stream().anyMatch(f -> f.contains("(type: \"" + type + "\", direction: IN)")), type);
        }
        // the movies graph has no ids; the loader's LoadRecord history (which has one) is left out
        assertTrue(TestNeo4j.count("MATCH (r:LoadRecord) RETURN count(r) AS n") > 0);
        assertTrue(types.values().stream().flatMap(t -> t.values().stream()).noneMatch(f -> f.contains(": ID")), model);
        assertTrue(codeLines(model).stream().noneMatch(l -> l.contains("LoadRecord")), model);

        assertEquals(MOVIES_MODEL, model);
    }

    @Test
    void theSameGraphGivesTheSameFileOnStandardOutputAndInTheOutputFile() throws IOException {
        loadMovies();
        Path file = dir.resolve("movies.graphql");

        assertEquals(0, kgModelOfTestNeo4j(), this::err);
        String first = out();
        assertEquals(0, kgModelOfTestNeo4j("-o", file.toString()), this::err);

        assertEquals("", out());
        assertEquals(first, Files.readString(file));
        assertEquals(0, kgModelOfTestNeo4j(), this::err);
        assertEquals(first, out());
    }

    @Test
    void anExcludedLabelLeavesOutItsNodesAndTheirRelationships() throws IOException {
        loadMovies();

        int exit = kgModelOfTestNeo4j("--exclude-label", "Person");

        assertEquals(0, exit, this::err);
        String model = out();
        Parser.parse(model);
        assertTrue(codeLines(model).stream().noneMatch(l -> l.contains("Person")), model);
        assertFalse(model.contains("@relationship"), model);
        assertTrue(model.contains("# Left out: nodes labelled LoadRecord, Person, and their relationships.\n"), model);
        assertTrue(model.contains("# Left out: relationship types seen between none of these node types: "
                + "ACTED_IN, DIRECTED, FOLLOWS, PRODUCED, REVIEWED, WROTE.\n"), model);
        assertTrue(model.contains("\ntype Movie @node(labels: [\"Movie\"]) {\n  released: Int!\n  tagline: String\n  title: String!\n}\n"),
                model);
    }

    @Test
    void readsLabelCombinationsValueTypesAndIdsAsNeo4jReportsThem() throws IOException {
        TestNeo4j.driver().executableQuery("""
                CREATE (:Actor:State {id: 'north-korea', name: 'North Korea', aliases: ['DPRK'], founded: date('1948-09-09')}),
                       (:Actor:State {id: 'russia', name: 'Russia', aliases: ['Rossiya']}),
                       (:Actor:Person {id: 'kim-jong-un', name: 'Kim Jong-un', seen: datetime('2024-06-19T10:00:00Z')}),
                       (:Event {id: 1, at: point({x: 1.0, y: 2.0}), fatalities: 6, confidence: 0.8, confirmed: true,
                                `start date`: date('2024-10-03'), figures: [1, 2]}),
                       (:Event {id: 2, fatalities: 'six'})
                WITH 1 AS one
                MATCH (p:Person), (s:State {id: 'north-korea'}), (e:Event {id: 1})
                CREATE (p)-[:LEADS {since: date('2011-12-17'), title: 'Supreme Leader'}]->(s),
                       (s)-[:PARTICIPATED_IN {role: 'SENDER'}]->(e),
                       (p)-[:PARTICIPATED_IN]->(e)
                """).execute();

        int exit = kgModelOfTestNeo4j();

        assertEquals(0, exit, this::err);
        String model = out();
        var types = types(Parser.parse(model));
        assertUsesTheModelVocabulary(model);
        // Actor occurs in two label combinations, State and Person in one: they are the primary labels
        assertTrue(model.contains("\ntype State @node(labels: [\"State\", \"Actor\"]) {\n"), model);
        assertTrue(model.contains("\ntype Person @node(labels: [\"Person\", \"Actor\"]) {\n"), model);
        assertFalse(types.containsKey("Actor"), model);
        var state = types.get("State");
        assertEquals("id: ID!", state.get("id"));
        assertEquals("name: String!", state.get("name"));
        assertEquals("aliases: [String!]!", state.get("aliases"));
        assertEquals("founded: Date", state.get("founded"));
        assertTrue(model.contains("  # seen: left out, DateTime values have no type in a model file\n"), model);
        var event = types.get("Event");
        assertEquals("id: Int!", event.get("id"), "a Long id is not an ID");
        assertTrue(model.contains("  # fatalities: left out, its values have several types ("), model);
        assertTrue(model.contains("  # at: left out, Point values have no type in a model file\n"), model);
        assertTrue(model.contains("  # figures: left out, LongArray values have no type in a model file\n"), model);
        assertEquals("confidence: Float", event.get("confidence"));
        assertEquals("confirmed: Boolean", event.get("confirmed"));
        assertEquals("startDate: Date @alias(property: \"start date\")", event.get("startDate"));
        assertEquals("leadsStates: [State!]! @relationship(type: \"LEADS\", direction: OUT, properties: \"LeadsProperties\")",
                types.get("Person").get("leadsStates"));
        assertEquals("peopleLeads: [Person!]! @relationship(type: \"LEADS\", direction: IN, properties: \"LeadsProperties\")",
                state.get("peopleLeads"));
        assertEquals("since: Date!", types.get("LeadsProperties").get("since"));
        // PARTICIPATED_IN has a property on some relationships only: nullable, and both ends name it
        assertEquals("role: String", types.get("ParticipatedInProperties").get("role"));
        assertTrue(event.get("peopleParticipatedIn").contains("properties: \"ParticipatedInProperties\""), model);
        assertTrue(event.get("statesParticipatedIn").contains("properties: \"ParticipatedInProperties\""), model);
    }

    @Test
    void anUnreachableNeo4jIsExitThreeWithOneLineOnStandardError() throws IOException {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        int exit = kgModel("--uri", "bolt://127.0.0.1:" + port);

        assertEquals(3, exit);
        assertEquals("", out());
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().startsWith("kg-model: cannot reach Neo4j at bolt://127.0.0.1:" + port + ": "), err());
    }

    @Test
    void aDatabaseThatDoesNotExistIsExitThreeWithOneLineOnStandardError() {
        int exit = kgModelOfTestNeo4j("--database", "nosuch");

        assertEquals(3, exit);
        assertEquals("", out());
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().startsWith("kg-model: Neo4j error Neo.ClientError.Database.DatabaseNotFound: "), err());
    }

    @Test
    void anOutputFileThatCannotBeWrittenIsExitOneAndLeavesNothing() {
        Path file = dir.resolve("no/such/dir/model.graphql");

        int exit = kgModelOfTestNeo4j("-o", file.toString());

        assertEquals(1, exit);
        assertEquals("kg-model: cannot write " + file + ": no such directory" + System.lineSeparator(), err());
        assertFalse(Files.exists(file));
    }

    @Test
    void aBadOptionIsExitSixtyFourWithOneLineOnStandardError() {
        int exit = kgModel("--no-such-option");

        assertEquals(64, exit);
        assertEquals("", out());
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().startsWith("kg-model: Unknown option: '--no-such-option'"), err());
    }

    @Test
    void aUriWithAnUnknownSchemeIsAUsageError() {
        int exit = kgModel("--uri", "http://127.0.0.1:7474");

        assertEquals(64, exit);
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().startsWith("kg-model: "), err());
    }

    // The naming rules, on shapes made by hand (no database needed)

    private static PropertyShape property(String name, String type, boolean mandatory) {
        return new PropertyShape(name, List.of(type), mandatory);
    }

    private static GraphShape shape(List<NodeShape> nodes, List<RelationshipShape> relationships) {
        return new GraphShape("neo4j", nodes, relationships, new TreeSet<>(), false);
    }

    @Test
    void combinationsWithTheSamePrimaryLabelAreOneTypeWithTheLabelsTheyShare() {
        var person = new NodeShape(List.of("Person"), List.of(property("name", "String", true)));
        var actingPerson = new NodeShape(List.of("Actor", "Person"),
                List.of(property("name", "String", true), property("agent", "String", true)));
        var state = new NodeShape(List.of("Actor", "State"), List.of(property("iso3", "String", true)));
        var organization = new NodeShape(List.of("Actor", "Organization"), List.of());

        String model = ModelWriter.write(shape(List.of(actingPerson, state, organization, person), List.of()));

        Parser.parse(model);
        // Actor occurs in three combinations, Person in two: :Actor:Person is a Person, like :Person
        assertTrue(model.contains("""

                type Person @node(labels: ["Person"]) {
                  agent: String
                  name: String!
                }
                """), model);
        assertTrue(model.contains("\ntype State @node(labels: [\"State\", \"Actor\"]) {\n  iso3: String!\n}\n"), model);
        assertTrue(model.contains("""

                # Organization: no properties and no relationships were found
                type Organization @node(labels: ["Organization", "Actor"])
                """), model);
        assertTrue(model.contains(":\n# 3 node types from 4 labels, and 0 relationship types between them.\n"), model);
    }

    @Test
    void namesThatAreNotGraphqlNamesAreMadeOneAndClashesGetASuffix() {
        var film = new NodeShape(List.of("film-star"), List.of(
                property("first name", "String", true), property("firstName", "String", false),
                property("id", "String", false), property("ok", "Boolean", false)));
        var query = new NodeShape(List.of("Query"), List.of(property("text", "String", true)));
        var films = new NodeShape(List.of("FilmStar"), List.of(property("x", "Double", true)));
        var likes = new RelationshipShape("likes", List.of(), List.of(
                new Endpoints(List.of("film-star"), List.of("film-star"))));
        var knows = new RelationshipShape("KNOWS", List.of(property("since", "Duration", true)), List.of(
                new Endpoints(List.of("FilmStar"), List.of("film-star"))));

        String model = ModelWriter.write(shape(List.of(film, films, query), List.of(knows, likes)));

        Parser.parse(model);
        // FilmStar (the label) keeps its name; film-star (PascalCase: FilmStar too) gets the suffix
        assertTrue(model.contains("\ntype FilmStar @node(labels: [\"FilmStar\"]) {\n"), model);
        assertTrue(model.contains("\ntype FilmStar2 @node(labels: [\"film-star\"]) {\n"), model);
        assertTrue(model.contains("\ntype QueryNode @node(labels: [\"Query\"]) {\n"), model);
        assertTrue(model.contains("""
                  firstName: String! @alias(property: "first name")
                  firstName2: String @alias(property: "firstName")
                  id: String
                """), model);
        // likes from FilmStar2 to itself: both ends on one type; KNOWS's only property has no type
        assertTrue(model.contains("  likesFilmStar2: [FilmStar2!]! @relationship(type: \"likes\", direction: OUT)\n"), model);
        assertTrue(model.contains("  filmStar2Likes: [FilmStar2!]! @relationship(type: \"likes\", direction: IN)\n"), model);
        assertTrue(model.contains("  knowsFilmStar2: [FilmStar2!]! @relationship(type: \"KNOWS\", direction: OUT)\n"), model);
        assertTrue(model.contains("# KNOWS: no property has a type here, so its fields name no properties type\n"
                + "# since: left out, Duration values have no type in a model file\n"), model);
    }

    @Test
    void pluralsAndWords() {
        assertEquals("People", Names.plural("Person"));
        assertEquals("Movies", Names.plural("Movie"));
        assertEquals("Agencies", Names.plural("Agency"));
        assertEquals("Addresses", Names.plural("Address"));
        assertEquals("MilitaryUnits", Names.plural("MilitaryUnit"));
        assertEquals("SalesPeople", Names.plural("SalesPerson"));
        assertEquals("Humans", Names.plural("Human"));
        assertEquals("Days", Names.plural("Day"));
        assertEquals(List.of("HTTP", "Server", "2"), Names.words("HTTPServer_2"));
        assertEquals("actedInMovies", Names.outgoingFieldName("ACTED_IN", "Movie"));
        assertEquals("peopleActedIn", Names.incomingFieldName("Person", "ACTED_IN"));
        assertEquals("militaryUnitsPartOf", Names.incomingFieldName("MilitaryUnit", "PART_OF"));
        assertEquals("ActedInProperties", Names.propertiesTypeName("ACTED_IN"));
        assertEquals("\"a\\\"b\\\\c\\n\"", Names.literal("a\"b\\c\n"));
    }
}

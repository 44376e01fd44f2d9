package com.geokg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.geokg.model.Model.CypherDef;
import com.geokg.model.Model.Kind;
import com.geokg.model.Model.RelationshipDef;
import com.geokg.model.Model.ScalarDef;

/** Reading model files: the bundled model, extensions, and one clear line for each thing wrong. */
class ModelReaderTest {

    private static Model read(String... texts) {
        var sources = new java.util.ArrayList<ModelReader.Source>();
        for (int i = 0; i < texts.length; i++) {
            sources.add(new ModelReader.Source("m" + (i + 1) + ".graphql", texts[i]));
        }
        return ModelReader.read(sources);
    }

    private static List<String> problems(String... texts) {
        var e = assertThrows(ModelException.class, () -> read(texts));
        return e.problems().stream().map(ModelProblem::toString).toList();
    }

    @Test
    void theBundledModelDescribesTheGraph() {
        Model model = ModelReader.read(List.of(ModelReader.builtin()));
        var actor = model.nodes().get("Actor");
        assertEquals(Kind.INTERFACE, actor.kind());
        assertEquals(List.of("Actor"), actor.labels());
        assertEquals(List.of("State", "Person", "Organization", "MilitaryUnit"), actor.implementations());
        assertEquals("Organization", actor.fallback());
        var state = model.nodes().get("State");
        assertEquals(List.of("State", "Actor"), state.labels());
        assertTrue(state.fields().get("name") instanceof ScalarDef, "inherited from Actor");
        assertEquals("Actor", state.fields().get("events").declaredOn());
        assertTrue(state.fields().get("pactPartners") instanceof CypherDef c && c.columnName().equals("partner"));
        assertEquals("people", model.nodes().get("Person").plural());
        var participants = (RelationshipDef) model.nodes().get("Event").fields().get("participants");
        assertEquals("PARTICIPATED_IN", participants.relationshipType());
        assertFalse(participants.outgoing());
        assertEquals("ParticipationProperties", participants.properties());
        assertEquals("actor", model.items().get("Participation").nodeField());
        assertTrue(model.properties().get("ParticipationProperties").fields().get("role").key());
        assertEquals(Kind.UNION, model.nodes().get("ClaimSubject").kind());
        assertTrue(model.nodes().get("Claim").hasId());
        assertTrue(((ScalarDef) model.nodes().get("Claim").fields().get("id")).rules().slug());
    }

    @Test
    void laterFilesAddTypesAndExtendEarlierOnes() {
        Model model = ModelReader.read(List.of(ModelReader.builtin(), new ModelReader.Source("sanctions.graphql", """
                type Sanction @node {
                  id: ID!
                  name: String!
                  imposedOn: Date
                  imposedBy: [Actor!]! @relationship(type: "IMPOSED", direction: IN)
                  targets: [Actor!]! @relationship(type: "TARGETS", direction: OUT)
                }
                extend type State {
                  sanctionsImposed: [Sanction!]! @relationship(type: "IMPOSED", direction: OUT)
                }""")));
        assertTrue(model.nodes().containsKey("Sanction"));
        assertEquals("IMPOSED", ((RelationshipDef) model.nodes().get("State").fields().get("sanctionsImposed")).relationshipType());
        assertEquals("sanctions", model.nodes().get("Sanction").plural());
    }

    @Test
    void theLibrarysMoviesTypeDefinitionsRead() {
        Model model = read("""
                type Movie @node {
                  title: String!
                  released: Int
                  actors: [Actor!]! @relationship(type: "ACTED_IN", direction: IN, properties: "ActedIn")
                }
                type Actor @node(labels: ["Person"]) {
                  name: String!
                  movies: [Movie!]! @relationship(type: "ACTED_IN", direction: OUT, properties: "ActedIn")
                }
                type ActedIn @relationshipProperties {
                  roles: [String!]
                }""");
        assertEquals(List.of("Person"), model.nodes().get("Actor").labels());
        assertFalse(model.nodes().get("Movie").hasId());
    }

    @Test
    void syntaxErrorsNameFileLineAndColumn() {
        var found = problems("type A @node {\n  id: ID!\n  name String\n}");
        assertEquals(1, found.size());
        assertTrue(found.get(0).startsWith("m1.graphql:3:"), found.get(0));
    }

    @Test
    void everyProblemIsReportedWithItsPlace() {
        var found = problems("""
                type A @node {
                  id: ID!
                  id: String
                  b: [B!]! @relationship(type: "R")
                  c: Nowhere
                  d: String @unknown
                  e: String @alias(column: "x")
                  f: [A!]! @relationship(direction: OUT)
                }""");
        assertEquals(List.of(
                "m1.graphql:3:3: two fields named 'id' in A",
                "m1.graphql:4:12: @relationship needs its argument 'direction'",
                "m1.graphql:4:6: A.b: unknown type 'B'",
                "m1.graphql:5:6: A.c: unknown type 'Nowhere'",
                "m1.graphql:6:13: unknown directive @unknown on A.d",
                "m1.graphql:7:20: @alias has no argument 'column'; it takes property",
                "m1.graphql:7:13: @alias needs its argument 'property'",
                "m1.graphql:8:12: @relationship needs its argument 'type'"), found);
    }

    @Test
    void explorationDirectivesSayWhatSearchCaptionsAndDatesRead() {
        Model model = read("""
                type A @node {
                  id: ID!
                  title: String! @searchable @caption
                  aliases: [String!]! @searchable
                  startDate: Date @when(end: "endDate", precision: "datePrecision")
                  endDate: Date
                }""");
        var fields = model.nodes().get("A").fields();
        var title = ((ScalarDef) fields.get("title")).exploration();
        assertTrue(title.searchable() && title.caption());
        assertTrue(((ScalarDef) fields.get("aliases")).exploration().searchable());
        assertEquals(new Model.When("endDate", "datePrecision"), ((ScalarDef) fields.get("startDate")).exploration().when());
        assertEquals(Model.Exploration.NONE, ((ScalarDef) fields.get("endDate")).exploration());

        assertEquals(List.of(
                "m1.graphql:1:1: B: @caption on a and b; a type has at most one",
                "m1.graphql:1:1: B: @when on d and e; a type has at most one",
                "m1.graphql:4:10: B.c: @searchable applies to String fields and lists of String",
                "m1.graphql:5:10: B.d: @when applies to Date fields"), problems("""
                type B @node {
                  a: String @caption
                  b: String @caption
                  c: Int @searchable
                  d: Int @when
                  e: Date @when
                }""").stream().sorted().toList());
    }

    @Test
    void aTraversalSaysWhatItRestsOn() {
        Model model = read("""
                type S @node {
                  id: ID!
                  partners: [S!]! @cypher(statement: "MATCH (this)-[:P]->(deal:D)<-[:P]-(other:S) RETURN other", columnName: "other")
                    @restsOn(variables: ["deal"])
                }""");
        var partners = (CypherDef) model.nodes().get("S").fields().get("partners");
        assertEquals(List.of("deal"), partners.restsOn());
        assertTrue(partners.statementWithVia("via").strip().endsWith("RETURN other, [deal] AS via"), partners.statementWithVia("via"));

        assertEquals(List.of(
                "m1.graphql:3:88: S.a: with @restsOn the statement must end with RETURN o (GeoKG adds the variables it passes through to that clause)",
                "m1.graphql:4:80: S.b: @restsOn names 'nowhere', which is not a variable of the statement"), problems("""
                type S @node {
                  id: ID!
                  a: [S!]! @cypher(statement: "MATCH (this)--(o:S) RETURN o LIMIT 5", columnName: "o") @restsOn(variables: ["o"])
                  b: [S!]! @cypher(statement: "MATCH (this)--(o:S) RETURN o", columnName: "o") @restsOn(variables: ["nowhere"])
                }"""));
    }

    @Test
    void libraryDirectivesWeDoNotImplementAreNamedAsSuch() {
        var found = problems("type A @node { id: ID! @id  name: String @unique }");
        assertTrue(found.get(0).contains("@id is a directive of the Neo4j GraphQL Library that GeoKG does not support"), found.toString());
    }

    @Test
    void objectTypesMustSayWhatTheyAre() {
        var found = problems("type A { id: ID! }");
        assertTrue(found.get(0).contains("type A needs @node"), found.toString());
    }

    @Test
    void extendingAMissingTypeOrRedefiningOneIsAnError() {
        var found = problems("type A @node { id: ID! }", "extend type B { x: String }\ntype A @node { y: String }");
        assertEquals(List.of(
                "m2.graphql:2:1: type A is defined twice (first at m1.graphql:1:1); add fields with `extend type A`",
                "m2.graphql:1:1: extend type B: there is no type B"), found);
    }

    @Test
    void unreadableFilesAreNamed() {
        var e = assertThrows(ModelException.class, () -> ModelReader.sources("builtin,/nonexistent/sanctions.graphql"));
        assertEquals("/nonexistent/sanctions.graphql: cannot read the model file: no such file", e.problems().get(0).toString());
        assertEquals(1, ModelReader.sources(null).size());
    }

    @Test
    void cypherFieldsKeepTheirStatementAndArguments() {
        Model model = read("""
                type A @node { id: ID! name: String }
                type Query {
                  "A by name."
                  named(name: String!): [A!]! @cypher(statement: "MATCH (a:A) WHERE a.name = $name RETURN a", columnName: "a")
                }""");
        CypherDef named = model.queries().get(0);
        assertEquals("named", named.name());
        assertEquals("name", named.arguments().get(0).name());
        assertNull(model.nodes().get("A").fallback());
    }

    @Test
    void namesFollowTheConventions() {
        assertEquals("people", Naming.plural("Person"));
        assertEquals("militaryUnits", Naming.plural("MilitaryUnit"));
        assertEquals("parties", Naming.plural("Party"));
        assertEquals("addresses", Naming.plural("Address"));
        assertEquals("participant", Naming.singular("participants"));
        assertEquals("signatory", Naming.singular("signatories"));
        assertEquals("assertedBy", Naming.singular("assertedBy"));
        assertEquals("source", Naming.singular("sources"));
    }
}

package com.geokg;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Who may touch what: GraphQL-facing code (the generated schema and the annotated APIs) holds no
 * Cypher and no driver types; the query machinery knows nothing of the schema, the loader or
 * exploration; the compiler is free of graphql-java and the driver; the model is read without them.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.geokg");

    @Test
    void graphqlApisDoNotUseTheDriver() {
        noClasses().that().haveSimpleNameEndingWith("Api").or().resideInAPackage("com.geokg.schema..")
                .should().dependOnClassesThat().resideInAnyPackage("org.neo4j.driver..")
                .check(CLASSES);
    }

    @Test
    void graphMachineryDoesNotDependOnTheSchemaLoaderOrExploration() {
        noClasses().that().resideInAPackage("com.geokg.graph..")
                .should().dependOnClassesThat().resideInAnyPackage("com.geokg.schema..", "com.geokg.load..", "com.geokg.explore..")
                .check(CLASSES);
    }

    @Test
    void queryCompilerIsFreeOfGraphqlJavaAndTheDriver() {
        noClasses().that().resideInAPackage("com.geokg.graph.query..")
                .should().dependOnClassesThat().resideInAnyPackage("graphql..", "org.neo4j.driver..", "io.smallrye..", "com.geokg.model..")
                .check(CLASSES);
    }

    @Test
    void theModelIsReadWithoutTheDriverOrTheGeneratedSchema() {
        noClasses().that().resideInAPackage("com.geokg.model")
                .should().dependOnClassesThat().resideInAnyPackage("org.neo4j.driver..", "com.geokg.schema..", "io.smallrye.graphql..")
                .check(CLASSES);
    }
}

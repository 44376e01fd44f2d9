package com.geokg;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Who may touch what: GraphQL APIs hold no Cypher and no driver types; the query machinery knows no domain. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.geokg");

    @Test
    void graphqlApisDoNotUseTheDriver() {
        noClasses().that().haveSimpleNameEndingWith("Api")
                .should().dependOnClassesThat().resideInAnyPackage("org.neo4j.driver..")
                .check(CLASSES);
    }

    @Test
    void graphMachineryDoesNotDependOnTheDomain() {
        noClasses().that().resideInAPackage("com.geokg.graph..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.geokg.actor..", "com.geokg.agreement..", "com.geokg.event..", "com.geokg.claim..",
                        "com.geokg.place..", "com.geokg.source..", "com.geokg.load..", "com.geokg.explore..")
                .check(CLASSES);
    }

    @Test
    void queryCompilerIsFreeOfGraphqlJavaAndTheDriver() {
        noClasses().that().resideInAPackage("com.geokg.graph.query..")
                .should().dependOnClassesThat().resideInAnyPackage("graphql..", "org.neo4j.driver..", "io.smallrye..")
                .check(CLASSES);
    }
}

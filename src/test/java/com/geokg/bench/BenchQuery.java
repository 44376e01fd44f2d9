package com.geokg.bench;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

import org.neo4j.driver.Record;

import com.fasterxml.jackson.databind.JsonNode;
import com.geokg.graph.query.CypherStatement;

/**
 * One query of the benchmark, written twice: as the GraphQL operation a client sends, and as the
 * Cypher a skilled developer would write by hand for the same result shape.
 *
 * @param name      short name for the table
 * @param graphql   the GraphQL operation (values only through {@code variables})
 * @param variables its variables
 * @param cypher    the hand-written Cypher (values only through {@code params})
 * @param params    its parameters
 * @param compiled  the statement the service compiles for the operation (see {@link CompiledStatements})
 * @param shape     turns the Cypher records into the GraphQL {@code data} object, so that both
 *                  sides answer the same JSON and can be compared value for value
 * @param items     the number of top-level items in a {@code data} object (for the count check)
 * @param expected  how many top-level items a correct answer has
 * @param library   the same query for the Neo4j GraphQL Library (the optional third side)
 */
record BenchQuery(String name, String graphql, Map<String, Object> variables, String cypher, Map<String, Object> params,
                  CypherStatement compiled, Function<List<Record>, Map<String, Object>> shape, ToIntFunction<JsonNode> items, int expected,
                  Library library) {

    /**
     * The query in the Neo4j GraphQL Library's dialect (version 7): the same data, asked the way that
     * library's schema allows. It has no default order, so every list is sorted by id explicitly, as
     * the service orders them by default.
     *
     * @param graphql   the operation (values only through {@code variables})
     * @param variables its variables
     * @param toOurs    turns the library's {@code data} into the shape of the service's {@code data}
     *                  (identity where the operations select the same fields), so the answers compare
     *                  value for value
     */
    record Library(String graphql, Map<String, Object> variables, UnaryOperator<JsonNode> toOurs) {
    }
}

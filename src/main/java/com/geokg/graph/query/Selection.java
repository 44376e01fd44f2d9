package com.geokg.graph.query;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One selected GraphQL field, free of graphql-java types so that the compiler can be tested on
 * its own.
 *
 * @param field the schema field name
 * @param resultKey the alias, or the field name
 * @param arguments the field's arguments, as coerced by GraphQL
 * @param objectTypes the object types this selection applies to (several under an interface)
 * @param children the sub-selection
 */
public record Selection(String field, String resultKey, Map<String, Object> arguments,
                        Set<String> objectTypes, List<Selection> children) {

    public static Selection of(String field, Selection... children) {
        return new Selection(field, field, Map.of(), Set.of(), List.of(children));
    }

    public Selection as(String alias) {
        return new Selection(field, alias, arguments, objectTypes, children);
    }

    boolean appliesTo(NodeType type) {
        if (objectTypes.isEmpty() || objectTypes.contains(type.name())) {
            return true;
        }
        return type.concreteTypes().stream().anyMatch(objectTypes::contains);
    }
}

package com.geokg.graph.execution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.ParseAndValidate;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;

/**
 * One distinct operation text, parsed and validated once: either ready for the compiled path, or
 * with the reason it is not ({@code refusal}), so that repeated requests decide at the cost of a
 * map look-up.
 *
 * <p>Refused: what does not parse or validate (the general executor reports the errors), anything
 * but a query, directives anywhere (their conditions depend on variables), and operations that
 * come near the configured depth or complexity limits: counted here as an upper bound (every field
 * of every fragment spread), so that what the compiled path runs the general executor would have
 * accepted, and what is close to a limit is decided by the general executor's own check.
 */
record PreparedOperation(Document document, String operationName, String refusal) {

    static PreparedOperation prepare(GraphQLSchema schema, String query, String operationName, int maxDepth, int maxComplexity) {
        Document document;
        try {
            document = Parser.parse(query);
        } catch (RuntimeException syntax) {
            return refused("does not parse");
        }
        List<ValidationError> errors = ParseAndValidate.validate(schema, document);
        if (!errors.isEmpty()) {
            return refused("does not validate");
        }
        OperationDefinition operation = null;
        var fragments = new HashMap<String, FragmentDefinition>();
        int operations = 0;
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof OperationDefinition o) {
                operations++;
                if (operationName == null || operationName.equals(o.getName())) {
                    operation = o;
                }
            } else if (definition instanceof FragmentDefinition f) {
                fragments.put(f.getName(), f);
            }
        }
        if (operation == null || (operationName == null && operations > 1)) {
            return refused("no single operation to run");
        }
        if (operation.getOperation() != OperationDefinition.Operation.QUERY) {
            return refused(operation.getOperation() + " operation");
        }
        if (!operation.getDirectives().isEmpty()
                || operation.getVariableDefinitions().stream().map(VariableDefinition::getDirectives).anyMatch(d -> !d.isEmpty())) {
            return refused("directives");
        }
        var bounds = new Bounds(maxDepth, maxComplexity, fragments);
        String why = bounds.check(operation.getSelectionSet(), 0);
        return why == null ? new PreparedOperation(document, operationName, null) : refused(why);
    }

    private static PreparedOperation refused(String why) {
        return new PreparedOperation(null, null, why);
    }

    /** Walks the operation with fragment spreads expanded, stopping as soon as a bound is reached. */
    private static final class Bounds {
        private final int maxDepth;
        private final int maxFields;
        private final Map<String, FragmentDefinition> fragments;
        private int fields;

        Bounds(int maxDepth, int maxFields, Map<String, FragmentDefinition> fragments) {
            this.maxDepth = maxDepth;
            this.maxFields = maxFields;
            this.fragments = fragments;
        }

        /** Null when within bounds, else why not. */
        String check(SelectionSet set, int depth) {
            if (set == null) {
                return null;
            }
            for (var selection : set.getSelections()) {
                String why;
                if (selection instanceof Field field) {
                    if (!field.getDirectives().isEmpty()) {
                        return "directives";
                    }
                    if (++fields >= maxFields) {
                        return "near the complexity limit";
                    }
                    if (depth + 1 >= maxDepth) {
                        return "near the depth limit";
                    }
                    why = check(field.getSelectionSet(), depth + 1);
                } else if (selection instanceof InlineFragment inline) {
                    why = inline.getDirectives().isEmpty() ? check(inline.getSelectionSet(), depth) : "directives";
                } else if (selection instanceof FragmentSpread spread) {
                    FragmentDefinition fragment = fragments.get(spread.getName());
                    why = !spread.getDirectives().isEmpty() || fragment == null || !fragment.getDirectives().isEmpty()
                            ? "directives" : check(fragment.getSelectionSet(), depth);
                } else {
                    why = "unknown selection";
                }
                if (why != null) {
                    return why;
                }
            }
            return null;
        }
    }
}

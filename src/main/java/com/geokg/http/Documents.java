package com.geokg.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.language.SourceLocation;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import graphql.validation.Validator;

/**
 * Operation texts, parsed and validated once each (graphql-java's own parser and validator, against
 * the schema SmallRye GraphQL built), then checked against the static bounds: depth and number of
 * fields, counted with every fragment spread expanded, and introspection when it is switched off.
 * A text that fails any of these keeps its problems, so repeated bad requests cost a map look-up.
 */
final class Documents {

    private static final int CACHED = 1_000;
    /** graphql-java's prefix of validation messages, {@code Validation error (FieldUndefined@[nope]) : }: its rule names mean nothing to a client. */
    private static final java.util.regex.Pattern VALIDATION_PREFIX = java.util.regex.Pattern.compile("^Validation error \\([^)]*\\) : ");
    /** Longer texts are prepared every time: the cache holds texts, so it must stay small. */
    private static final int MAX_CACHED_CHARS = 64 * 1024;

    private final Supplier<GraphQLSchema> schema;
    private final int maxDepth;
    private final int maxFields;
    private final boolean introspection;
    private final ParserOptions parserOptions;
    private final Map<String, Prepared> cache = new ConcurrentHashMap<>();

    Documents(Supplier<GraphQLSchema> schema, int maxDepth, int maxFields, boolean introspection, int maxChars, int maxTokens) {
        this.schema = schema;
        this.maxDepth = maxDepth;
        this.maxFields = maxFields;
        this.introspection = introspection;
        this.parserOptions = ParserOptions.getDefaultOperationParserOptions().transform(o -> o.maxCharacters(maxChars)
                .maxTokens(maxTokens).captureIgnoredChars(false).captureLineComments(false));
    }

    /** A prepared text: the document and its operations, or the problems that refuse it. */
    record Prepared(Document document, Map<String, OperationDefinition> operations, Map<String, FragmentDefinition> fragments,
                    List<Problem> problems) {

        boolean refused() {
            return !problems.isEmpty();
        }

        /** The operation to run: the named one, or the only one; a {@link RequestError} otherwise. */
        OperationDefinition operation(String name) {
            if (name == null) {
                if (operations.size() == 1) {
                    return operations.values().iterator().next();
                }
                throw new RequestError(400, ErrorCode.BAD_REQUEST, "the document has %d operations (%s): say which one to run in \"operationName\""
                        .formatted(operations.size(), String.join(", ", operations.keySet())));
            }
            OperationDefinition op = operations.get(name);
            if (op == null) {
                throw new RequestError(400, ErrorCode.BAD_REQUEST, "the document has no operation named '%s'; it has %s"
                        .formatted(Text.shorten(name, 100), String.join(", ", operations.keySet())));
            }
            return op;
        }
    }

    Prepared prepare(String text) {
        if (text.length() > MAX_CACHED_CHARS) {
            return prepareNow(text);
        }
        Prepared p = cache.get(text);
        if (p == null) {
            if (cache.size() >= CACHED) {
                cache.clear(); // a bound, not an LRU: the distinct operations of real clients are few
            }
            p = prepareNow(text);
            cache.put(text, p);
        }
        return p;
    }

    private Prepared prepareNow(String text) {
        Document document;
        try {
            document = new Parser().parseDocument(ParserEnvironment.newParserEnvironment().document(text)
                    .parserOptions(parserOptions).build());
        } catch (InvalidSyntaxException e) {
            return refused(syntax(e));
        } catch (RuntimeException e) {
            return refused(Problem.of(ErrorCode.GRAPHQL_PARSE_FAILED, "the operation text could not be parsed"));
        }
        List<ValidationError> errors = new Validator().validateDocument(schema.get(), document, Locale.ENGLISH);
        if (!errors.isEmpty()) {
            var problems = new ArrayList<Problem>();
            for (ValidationError e : errors) {
                problems.add(new Problem(ErrorCode.GRAPHQL_VALIDATION_FAILED, Text.clean(VALIDATION_PREFIX.matcher(
                        e.getDescription() == null ? "" : e.getDescription()).replaceFirst("")), locations(e.getLocations()), null));
            }
            return refused(problems.toArray(Problem[]::new));
        }
        var operations = new java.util.LinkedHashMap<String, OperationDefinition>();
        var fragments = new HashMap<String, FragmentDefinition>();
        for (Definition<?> d : document.getDefinitions()) {
            if (d instanceof OperationDefinition o) {
                operations.put(o.getName() == null ? "(anonymous)" : o.getName(), o);
            } else if (d instanceof FragmentDefinition f) {
                fragments.put(f.getName(), f);
            }
        }
        for (OperationDefinition o : operations.values()) {
            Problem over = new Bounds(fragments).check(o);
            if (over != null) {
                return refused(over);
            }
        }
        return new Prepared(document, operations, fragments, List.of());
    }

    private static Prepared refused(Problem... problems) {
        return new Prepared(null, Map.of(), Map.of(), List.of(problems));
    }

    private static Problem syntax(InvalidSyntaxException e) {
        SourceLocation at = e.getLocation();
        String token = e.getOffendingToken();
        String what;
        if ("<EOF>".equals(token)) {
            what = "the document ends too early (a closing brace or parenthesis is missing?)";
        } else if (token != null) {
            what = "unexpected '" + Text.shorten(token, 40) + "'";
        } else if (e.getMessage() != null && e.getMessage().contains("token recognition error at: '")) {
            String m = e.getMessage();
            int from = m.indexOf("token recognition error at: '") + "token recognition error at: '".length();
            int to = m.lastIndexOf("'' at line");
            what = "unexpected characters '" + Text.shorten(to > from ? m.substring(from, to) : m.substring(from), 40)
                    + "' (an unterminated string, or a character GraphQL does not allow here)";
        } else if (e.getMessage() != null && e.getMessage().contains("parsing has been cancelled")) {
            what = "the document is too large (too many tokens or characters); send a smaller operation";
        } else {
            what = "the text is not a GraphQL document";
        }
        if (at == null || at.getLine() < 1) {
            return Problem.of(ErrorCode.GRAPHQL_PARSE_FAILED, "Syntax error: " + what);
        }
        return new Problem(ErrorCode.GRAPHQL_PARSE_FAILED, "Syntax error at line %d, column %d: %s".formatted(at.getLine(), at.getColumn(), what),
                List.of(new Problem.Location(at.getLine(), at.getColumn())), null);
    }

    static List<Problem.Location> locations(List<SourceLocation> locations) {
        if (locations == null) {
            return List.of();
        }
        return locations.stream().filter(l -> l != null && l.getLine() > 0).map(l -> new Problem.Location(l.getLine(), l.getColumn())).toList();
    }

    /** Walks an operation with fragment spreads expanded, stopping as soon as a bound is passed. */
    private final class Bounds {
        private final Map<String, FragmentDefinition> fragments;
        private int fields;

        Bounds(Map<String, FragmentDefinition> fragments) {
            this.fragments = fragments;
        }

        Problem check(OperationDefinition operation) {
            return check(operation.getSelectionSet(), 0);
        }

        private Problem check(SelectionSet set, int depth) {
            if (set == null) {
                return null;
            }
            for (var selection : set.getSelections()) {
                Problem over = null;
                if (selection instanceof Field field) {
                    if (!introspection && (field.getName().equals("__schema") || field.getName().equals("__type"))) {
                        return new Problem(ErrorCode.GRAPHQL_VALIDATION_FAILED, "introspection is switched off on this service",
                                locations(List.of(field.getSourceLocation())), null);
                    }
                    if (++fields > maxFields) {
                        return new Problem(ErrorCode.COST_LIMIT, "the operation selects more than %d fields (fragments counted where they are spread); select fewer"
                                .formatted(maxFields), locations(List.of(field.getSourceLocation())), null);
                    }
                    if (depth + 1 > maxDepth) {
                        return new Problem(ErrorCode.COST_LIMIT, "the operation nests fields deeper than the maximum depth of %d; ask for a shallower selection"
                                .formatted(maxDepth), locations(List.of(field.getSourceLocation())), null);
                    }
                    over = check(field.getSelectionSet(), depth + 1);
                } else if (selection instanceof InlineFragment inline) {
                    over = check(inline.getSelectionSet(), depth);
                } else if (selection instanceof FragmentSpread spread) {
                    FragmentDefinition fragment = fragments.get(spread.getName());
                    over = fragment == null ? null : check(fragment.getSelectionSet(), depth);
                }
                if (over != null) {
                    return over;
                }
            }
            return null;
        }
    }
}

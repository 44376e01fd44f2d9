package com.geokg.schema;

import static graphql.schema.GraphQLArgument.newArgument;
import static graphql.schema.GraphQLFieldDefinition.newFieldDefinition;
import static graphql.schema.GraphQLInputObjectField.newInputObjectField;
import static graphql.schema.GraphQLList.list;
import static graphql.schema.GraphQLNonNull.nonNull;
import static graphql.schema.GraphQLTypeReference.typeRef;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.geokg.model.CompilerSchema;
import com.geokg.model.Model;
import com.geokg.model.Model.CypherDef;
import com.geokg.model.Model.FieldDef;
import com.geokg.model.Model.ItemDef;
import com.geokg.model.Model.Kind;
import com.geokg.model.Model.NodeDef;
import com.geokg.model.Model.PropertiesDef;
import com.geokg.model.Model.RelationshipDef;
import com.geokg.model.Model.ScalarDef;
import com.geokg.model.Model.TypeRef;
import com.geokg.model.Naming;

import graphql.Scalars;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLUnionType;
import io.smallrye.graphql.scalar.GraphQLScalarTypes;

/**
 * Generates the GraphQL API from the {@link Model}, as the Neo4j GraphQL Library augments its type
 * definitions: for every node type its object (or interface) type, filter, sort, input and
 * connection types, its root fields and mutations; for every relationship field its arguments and,
 * where the relationship has properties, its connection; and the data fetchers of the general
 * executor (the compiled path answers most reads without them). Every name comes from
 * {@link Naming}; every description from the model or from the templates here.
 */
final class SchemaGenerator {

    private static final String MUTATION_ROLE = " Needs the `editor` role.";

    // SmallRye GraphQL's own instances of the built-in scalars (its Int and Float coerce Java
    // numbers its way): a schema may hold only one type of each name
    private static final GraphQLScalarType S_ID = scalar("ID", Scalars.GraphQLID);
    private static final GraphQLScalarType S_STRING = scalar("String", Scalars.GraphQLString);
    private static final GraphQLScalarType S_INT = scalar("Int", Scalars.GraphQLInt);
    private static final GraphQLScalarType S_FLOAT = scalar("Float", Scalars.GraphQLFloat);
    private static final GraphQLScalarType S_BOOLEAN = scalar("Boolean", Scalars.GraphQLBoolean);

    private final Model model;
    private final Map<String, GraphQLNamedType> types = new LinkedHashMap<>();
    private final List<GraphQLFieldDefinition> queries = new ArrayList<>();
    private final java.util.Set<String> unsortable = new java.util.HashSet<>();
    private final List<GraphQLFieldDefinition> mutations = new ArrayList<>();
    private final GraphQLCodeRegistry.Builder registry;
    private final GraphQLScalarType date = GraphQLScalarTypes.getScalarByName("Date");
    private final GraphQLScalarType bigInteger = GraphQLScalarTypes.getScalarByName("BigInteger");

    /** The enum of the {@code evidence} argument. */
    static final String EVIDENCE = "Evidence";
    /** The model's type of claims (what {@code provenance} lists and {@code evidence} weighs), or null when it has none. */
    private final String claims;

    private SchemaGenerator(Model model, GraphQLCodeRegistry.Builder registry) {
        this.model = model;
        this.registry = registry;
        this.claims = com.geokg.model.CompilerSchema.claimType(model);
    }

    /** The base schema (SmallRye GraphQL's, from the annotated classes) with the model's API added. */
    static GraphQLSchema.Builder augment(Model model, GraphQLSchema base) {
        var registry = GraphQLCodeRegistry.newCodeRegistry(base.getCodeRegistry());
        var generator = new SchemaGenerator(model, registry);
        generator.generate();
        GraphQLObjectType query = base.getQueryType().transform(q -> generator.queries.forEach(q::field));
        GraphQLObjectType mutation = base.getMutationType() == null
                ? GraphQLObjectType.newObject().name("Mutation").description("Mutation root").fields(generator.mutations).build()
                : base.getMutationType().transform(m -> generator.mutations.forEach(m::field));
        var builder = GraphQLSchema.newSchema(base).query(query).codeRegistry(registry.build())
                .additionalTypes(new java.util.LinkedHashSet<>(generator.types.values()));
        if (!generator.mutations.isEmpty()) {
            builder.mutation(mutation);
        }
        return builder;
    }

    private void generate() {
        model.enums().values().forEach(this::enumType);
        if (claims != null) {
            evidenceType();
        }
        model.properties().values().forEach(this::propertiesType); // before the connections that use their filter and sort
        for (NodeDef node : model.nodes().values()) {
            switch (node.kind()) {
                case OBJECT -> objectType(node);
                case INTERFACE -> interfaceType(node);
                case UNION -> unionType(node);
            }
        }
        model.items().values().forEach(this::itemType);
        for (NodeDef node : model.nodes().values()) {
            if (node.kind() != Kind.UNION) {
                rootFields(node);
            }
            if (node.kind() == Kind.OBJECT) {
                nodeMutations(node);
            }
            relationshipMutations(node);
        }
        model.queries().forEach(this::cypherQuery);
        pageInfo();
        sortDirection();
    }

    // ---- output types -------------------------------------------------------------------------

    private void objectType(NodeDef node) {
        var type = GraphQLObjectType.newObject().name(node.name()).description(node.description());
        node.interfaces().forEach(i -> type.withInterface(typeRef(i)));
        for (FieldDef field : node.fields().values()) {
            nodeFields(node, field).forEach(type::field);
        }
        provenanceField(node).ifPresent(type::field);
        types.put(node.name(), type.build());
    }

    private void interfaceType(NodeDef node) {
        var type = GraphQLInterfaceType.newInterface().name(node.name()).description(node.description());
        for (FieldDef field : node.fields().values()) {
            nodeFields(node, field).forEach(type::field);
        }
        provenanceField(node).ifPresent(type::field);
        types.put(node.name(), type.build());
        registry.typeResolver(node.name(), Fetchers.typeResolver(node.name()));
    }

    private void unionType(NodeDef node) {
        var type = GraphQLUnionType.newUnionType().name(node.name()).description(node.description());
        node.implementations().forEach(m -> type.possibleType(typeRef(m)));
        types.put(node.name(), type.build());
        registry.typeResolver(node.name(), Fetchers.typeResolver(node.name()));
    }

    /** A field of a node type, and its connection where it has one; registers their fetchers on the type. */
    private List<GraphQLFieldDefinition> nodeFields(NodeDef node, FieldDef field) {
        var out = new ArrayList<GraphQLFieldDefinition>();
        var definition = newFieldDefinition().name(field.name()).description(field.description())
                .type(outputType(field.type()));
        if (field instanceof ScalarDef || (field instanceof CypherDef c && !isNode(c.type().name()))) {
            fetch(node.name(), field.name(), Fetchers.scalar(scalarKind(field.type()), field.type().list()));
        } else {
            String target = target(field);
            if (field.type().list() && model.node(target).map(t -> t.kind() != Kind.UNION).orElse(false)) {
                listArguments(target).forEach(definition::argument);
            } else if (field.type().list()) {
                definition.argument(argument("limit", S_INT, "At most this many; omit for all."));
                definition.argument(argument("offset", S_INT, "Skip this many first."));
            }
            fetch(node.name(), field.name(), Fetchers.related());
            if (field instanceof RelationshipDef r && r.properties() != null) {
                out.add(relationshipConnection(node, r));
            }
        }
        out.add(0, definition.build());
        return out;
    }

    private GraphQLFieldDefinition relationshipConnection(NodeDef node, RelationshipDef field) {
        String declaring = field.declaredOn();
        String target = target(field);
        String connectionName = Naming.relationshipConnection(declaring, field.name());
        if (!types.containsKey(connectionName)) {
            String edgeName = Naming.relationshipEdge(declaring, field.name());
            types.put(edgeName, GraphQLObjectType.newObject().name(edgeName)
                    .description("One edge of the connection: the node, the relationship's properties, and a cursor.")
                    .field(field("cursor", nonNull(S_STRING), "Opaque cursor of this edge: pass it as `after` or `before`."))
                    .field(field("node", nonNull(typeRef(target)), "The node at the other end."))
                    .field(field("properties", nonNull(typeRef(field.properties())), "The relationship's properties."))
                    .build());
            edgeFetchers(edgeName, true);
            types.put(connectionName, connectionType(connectionName, edgeName,
                    "A page of related nodes with the properties of each relationship (Relay connection).",
                    "The edges of this page, in order.", "How many edges match in all, counted without fetching them."));
            String where = connectionName + "Where";
            types.put(where, GraphQLInputObjectType.newInputObject().name(where)
                    .description("Which edges of the connection: conditions on the node and on the relationship.")
                    .field(inputField("node", whereType(target), "On the node at the other end."))
                    .field(inputField("edge", typeRef(Naming.where(field.properties())), "On the relationship's properties."))
                    .field(inputField("AND", list(typeRef(where)), "All of these."))
                    .field(inputField("OR", list(typeRef(where)), "At least one of these."))
                    .field(inputField("NOT", typeRef(where), "Not this."))
                    .build());
            var sort = GraphQLInputObjectType.newInputObject().name(connectionName + "Sort")
                    .description("One sort key: on the node or on the relationship; give one per list item.");
            GraphQLInputType nodeSort = sortType(target);
            if (nodeSort != null) {
                sort.field(inputField("node", nodeSort, "By a field of the node."));
            }
            if (types.containsKey(Naming.sort(field.properties()))) {
                sort.field(inputField("edge", typeRef(Naming.sort(field.properties())), "By a property of the relationship."));
            }
            GraphQLInputObjectType built = sort.build();
            if (!built.getFieldDefinitions().isEmpty()) {
                types.put(built.getName(), built);
            }
        }
        String name = Naming.connectionField(field.name());
        fetch(node.name(), name, Fetchers.relatedConnection());
        var connection = newFieldDefinition().name(name)
                .description("`" + field.name() + "` as a Relay connection, with the relationship's properties on each edge.")
                .type(nonNull(typeRef(connectionName)))
                .argument(argument("where", typeRef(connectionName + "Where"), "Which edges: conditions on `node` and `edge`."));
        if (types.containsKey(connectionName + "Sort")) {
            connection.argument(argument("sort", list(typeRef(connectionName + "Sort")), "Sort keys on `node` or `edge` fields; ties are broken by id."));
        }
        return connection.arguments(pagingArguments()).arguments(evidenceArguments()).build();
    }

    private void itemType(ItemDef item) {
        var type = GraphQLObjectType.newObject().name(item.name()).description(item.description());
        for (ScalarDef property : item.properties().values()) {
            type.field(newFieldDefinition().name(property.name()).description(property.description()).type(outputType(property.type())));
            fetch(item.name(), property.name(), Fetchers.scalar(scalarKind(property.type()), property.type().list()));
        }
        type.field(newFieldDefinition().name(item.nodeField()).description(item.nodeFieldDescription()).type(outputType(item.nodeType())));
        fetch(item.name(), item.nodeField(), Fetchers.related());
        types.put(item.name(), type.build());
    }

    private void propertiesType(PropertiesDef properties) {
        var type = GraphQLObjectType.newObject().name(properties.name()).description(properties.description());
        var where = GraphQLInputObjectType.newInputObject().name(Naming.where(properties.name()))
                .description("Conditions on the relationship's properties; all given conditions must hold.");
        var sort = GraphQLInputObjectType.newInputObject().name(Naming.sort(properties.name()))
                .description("One sort key on the relationship's properties.");
        for (ScalarDef property : properties.fields().values()) {
            TypeRef nullable = new TypeRef(property.type().name(), property.type().list(), property.type().itemNonNull(), false);
            type.field(newFieldDefinition().name(property.name()).description(property.description()).type(outputType(nullable)));
            fetch(properties.name(), property.name(), Fetchers.scalar(scalarKind(property.type()), property.type().list()));
            GraphQLInputType filter = property.filterable() ? filterType(property.type()) : null;
            if (filter != null) {
                where.field(inputField(property.name(), filter, "On " + property.name() + "."));
            }
            if (!property.type().list() && property.sortable()) {
                sort.field(inputField(property.name(), typeRef("SortDirection"), "By " + property.name() + "."));
            }
        }
        String whereName = Naming.where(properties.name());
        where.field(inputField("AND", list(typeRef(whereName)), "All of these."))
                .field(inputField("OR", list(typeRef(whereName)), "At least one of these."))
                .field(inputField("NOT", typeRef(whereName), "Not this."));
        types.put(properties.name(), type.build());
        types.put(whereName, where.build());
        GraphQLInputObjectType sortType = sort.build();
        if (!sortType.getFieldDefinitions().isEmpty()) {
            types.put(Naming.sort(properties.name()), sortType);
        }
    }

    private void enumType(Model.EnumDef definition) {
        var type = GraphQLEnumType.newEnum().name(definition.name()).description(definition.description());
        definition.values().forEach(v -> type.value(v.name(), v.name(), v.description()));
        types.put(definition.name(), type.build());
    }

    private void pageInfo() {
        types.put("PageInfo", GraphQLObjectType.newObject().name("PageInfo")
                .description("Where a page sits in its connection (Relay cursor paging).")
                .field(field("hasNextPage", nonNull(S_BOOLEAN), "There are items after this page: ask again with `after: endCursor`."))
                .field(field("hasPreviousPage", nonNull(S_BOOLEAN), "There are items before this page: ask with `last` and `before: startCursor`."))
                .field(field("startCursor", S_STRING, "Cursor of the first edge of the page; null when the page is empty."))
                .field(field("endCursor", S_STRING, "Cursor of the last edge of the page; null when the page is empty."))
                .build());
        for (String name : List.of("hasNextPage", "hasPreviousPage", "startCursor", "endCursor")) {
            fetch("PageInfo", name, Fetchers.pageInfo(name));
        }
    }

    private void sortDirection() {
        types.put("SortDirection", GraphQLEnumType.newEnum().name("SortDirection").description("Order of a sort key.")
                .value("ASC", "ASC", "Ascending: A to Z, oldest first, smallest first; items without the value come last.")
                .value("DESC", "DESC", "Descending: Z to A, newest first, largest first; items without the value still come last.")
                .build());
    }

    private GraphQLObjectType connectionType(String name, String edgeName, String description, String edges, String total) {
        fetch(name, "edges", Fetchers.connectionEdges());
        fetch(name, "pageInfo", Fetchers.connectionPageInfo());
        fetch(name, "totalCount", Fetchers.connectionTotal());
        return GraphQLObjectType.newObject().name(name).description(description)
                .field(field("edges", nonNull(list(nonNull(typeRef(edgeName)))), edges))
                .field(field("pageInfo", nonNull(typeRef("PageInfo")), "Cursors and whether there is more before or after."))
                .field(field("totalCount", nonNull(bigInteger), total))
                .build();
    }

    private void edgeFetchers(String edgeName, boolean withProperties) {
        fetch(edgeName, "cursor", Fetchers.edgeCursor());
        fetch(edgeName, "node", Fetchers.edgeNode());
        if (withProperties) {
            fetch(edgeName, "properties", Fetchers.edgeProperties());
        }
    }

    // ---- root fields --------------------------------------------------------------------------

    private void rootFields(NodeDef node) {
        String noun = nounOf(node);
        if (node.hasId()) {
            queries.add(newFieldDefinition().name(Naming.byId(node))
                    .description("A " + Naming.words(node.name()) + " by id; null when there is none.")
                    .argument(argument("id", nonNull(S_ID), "The " + Naming.words(node.name()) + "'s id."))
                    .type(typeRef(node.name())).build());
            fetch("Query", Naming.byId(node), Fetchers.byId(node.name()));
        }
        queries.add(newFieldDefinition().name(Naming.list(node))
                .description(upper(noun) + ", filtered, sorted and paged.")
                .argument(argument("where", typeRef(Naming.where(node.name())), "Which " + noun + "; omit for all."))
                .arguments(sortArguments(node.name()))
                .argument(argument("limit", S_INT, "At most this many (default 100, at most the configured maximum)."))
                .argument(argument("offset", S_INT, "Skip this many first."))
                .arguments(evidenceArguments())
                .type(nonNull(list(nonNull(typeRef(node.name()))))).build());
        fetch("Query", Naming.list(node), Fetchers.list(node.name()));
        String connection = Naming.connectionType(node);
        String edge = Naming.edgeType(node.name());
        types.put(edge, GraphQLObjectType.newObject().name(edge)
                .description("One " + Naming.words(node.name()) + " of a connection page, with its cursor.")
                .field(field("cursor", nonNull(S_STRING), "Opaque cursor of this edge: pass it as `after` or `before`."))
                .field(field("node", nonNull(typeRef(node.name())), "The " + Naming.words(node.name()) + "."))
                .build());
        edgeFetchers(edge, false);
        types.put(connection, connectionType(connection, edge, "A page of " + noun + " with cursors (Relay connection).",
                "The " + noun + " of this page, in order.", "How many " + noun + " match in all, counted without fetching them."));
        queries.add(newFieldDefinition().name(Naming.connection(node))
                .description(upper(noun) + ", filtered and sorted, as a Relay connection: cursor paging with `totalCount` and `pageInfo`.")
                .argument(argument("where", typeRef(Naming.where(node.name())), "Which " + noun + "; omit for all."))
                .arguments(sortArguments(node.name()))
                .arguments(pagingArguments())
                .arguments(evidenceArguments())
                .type(nonNull(typeRef(connection))).build());
        fetch("Query", Naming.connection(node), Fetchers.connection(node.name()));
        whereType(node.name());
        sortType(node.name());
    }

    private void cypherQuery(CypherDef query) {
        var definition = newFieldDefinition().name(query.name()).description(query.description()).type(outputType(query.type()));
        for (var argument : query.arguments()) {
            definition.argument(argument(argument.name(), argumentType(argument.type()), argument.description()));
        }
        queries.add(definition.build());
        fetch("Query", query.name(), Fetchers.cypherQuery(query, isNode(query.type().name())));
    }

    private List<GraphQLArgument> listArguments(String target) {
        String noun = nounOf(model.nodes().get(target));
        var arguments = new ArrayList<GraphQLArgument>();
        arguments.add(argument("where", whereType(target), "Which " + noun + "; omit for all."));
        GraphQLInputType sort = sortType(target);
        if (sort != null) {
            arguments.add(argument("sort", list(sort), "Sort keys in order of precedence; ties are broken by id."));
        }
        arguments.add(argument("limit", S_INT, "At most this many; omit for all."));
        arguments.add(argument("offset", S_INT, "Skip this many first."));
        arguments.addAll(evidenceArguments());
        return arguments;
    }

    // ---- provenance: what the claims say ------------------------------------------------------

    /** {@code evidence} and {@code asOf}, on every list of nodes, when the model has claims. */
    private List<GraphQLArgument> evidenceArguments() {
        if (claims == null) {
            return List.of();
        }
        return List.of(
                argument("evidence", typeRef(EVIDENCE), "Keep only what the claims it rests on support (default ANY: everything). "
                        + "What an item rests on: the claims ABOUT it, or, for a traversal such as `deployedTroopsTo`, the claims "
                        + "about the events and agreements it passes through."),
                argument("asOf", date, "Read the list as known on this day: claims nobody had asserted by then are left out, "
                        + "and so are items and relationships dated later; claims' `status` is the one they had then (a claim "
                        + "denied later reads ASSERTED); `evidence` weighs the claims as they stood. Lists inside inherit it."));
    }

    private void evidenceType() {
        var type = GraphQLEnumType.newEnum().name(EVIDENCE)
                .description("How much support from claims an item needs to be kept (the `evidence` argument of lists).");
        type.value("ANY", "ANY", "Everything, whatever the claims say.");
        type.value("CLAIMED", "CLAIMED", "At least one claim it rests on has been asserted.");
        type.value("NOT_DENIED", "NOT_DENIED", "At least one claim it rests on has been asserted, and none is DENIED or RETRACTED.");
        type.value("CONFIRMED", "CONFIRMED", "At least one claim it rests on is CONFIRMED.");
        types.put(EVIDENCE, type.build());
    }

    /** {@code provenance}: the claims a node rests on, on every node type (unless the model names a field so). */
    private java.util.Optional<GraphQLFieldDefinition> provenanceField(NodeDef node) {
        if (claims == null || node.fields().containsKey(com.geokg.graph.query.Provenance.FIELD)) {
            return java.util.Optional.empty();
        }
        var definition = newFieldDefinition().name(com.geokg.graph.query.Provenance.FIELD)
                .description("The claims this rests on, with who asserted and who denied each (`assertions`, `denials`), their "
                        + "`status` and `sources`: the claims ABOUT this node, or, where it was reached by a traversal such as "
                        + "`deployedTroopsTo` or `pactPartners`, the claims about the events and agreements that traversal passed "
                        + "through. With `asOf`, only the claims asserted by then, as they stood then.")
                .type(nonNull(list(nonNull(typeRef(claims)))));
        listArguments(claims).forEach(definition::argument);
        fetch(node.name(), com.geokg.graph.query.Provenance.FIELD, Fetchers.related());
        return java.util.Optional.of(definition.build());
    }

    private static List<GraphQLArgument> pagingArguments() {
        return List.of(
                argument("first", S_INT, "Page size: at most this many edges after `after` (default 100)."),
                argument("after", S_STRING, "Start after the edge with this cursor."),
                argument("last", S_INT, "Page backwards: at most this many edges before `before`."),
                argument("before", S_STRING, "End before the edge with this cursor."));
    }

    // ---- filter and sort inputs ---------------------------------------------------------------

    /** {@code StateWhere}, made on first use: every stored scalar with a filter, every list relation. */
    private GraphQLInputType whereType(String typeName) {
        String name = Naming.where(typeName);
        if (!types.containsKey(name)) {
            types.put(name, GraphQLInputObjectType.newInputObject().name(name).build()); // a placeholder against recursion
            NodeDef node = model.nodes().get(typeName);
            String noun = nounOf(node);
            var where = GraphQLInputObjectType.newInputObject().name(name)
                    .description("Which " + noun + " to return; all given conditions must hold.");
            for (FieldDef field : node.fields().values()) {
                if (field instanceof ScalarDef scalar && scalar.filterable()) {
                    GraphQLInputType filter = filterType(scalar.type());
                    if (filter != null) {
                        where.field(inputField(field.name(), filter, "On `" + field.name() + "`."));
                    }
                } else if (field.type().list() && !(field instanceof CypherDef c && !isNode(c.type().name()))) {
                    String target = target(field);
                    if (model.nodes().get(target).kind() != Kind.UNION) {
                        where.field(inputField(field.name(), listFilterType(target), "On the related " + nounOf(model.nodes().get(target)) + " (`"
                                + field.name() + "`)."));
                    }
                }
            }
            where.field(inputField("AND", list(typeRef(name)), "All of these."))
                    .field(inputField("OR", list(typeRef(name)), "At least one of these."))
                    .field(inputField("NOT", typeRef(name), "Not this."));
            types.put(name, where.build());
        }
        return typeRef(name);
    }

    /** {@code StateSort}, made on first use; null when the type has no field to sort by. */
    private GraphQLInputType sortType(String typeName) {
        String name = Naming.sort(typeName);
        if (!types.containsKey(name) && !unsortable.contains(typeName)) {
            var sort = GraphQLInputObjectType.newInputObject().name(name)
                    .description("One sort key; give one field per list item, in order of precedence.");
            for (FieldDef field : model.nodes().get(typeName).fields().values()) {
                if (field instanceof ScalarDef scalar && scalar.sortable() && !scalar.type().list()) {
                    sort.field(inputField(field.name(), typeRef("SortDirection"), "By `" + field.name() + "`."));
                }
            }
            GraphQLInputObjectType built = sort.build();
            if (built.getFieldDefinitions().isEmpty()) {
                unsortable.add(typeName);
            } else {
                types.put(name, built);
            }
        }
        return unsortable.contains(typeName) ? null : typeRef(name);
    }

    /** The {@code sort} argument, where the type has something to sort by. */
    private List<GraphQLArgument> sortArguments(String typeName) {
        GraphQLInputType sort = sortType(typeName);
        return sort == null ? List.of() : List.of(argument("sort", list(sort), "Sort keys in order of precedence; ties are broken by id."));
    }

    private GraphQLInputType listFilterType(String typeName) {
        String name = Naming.listFilter(typeName);
        if (!types.containsKey(name)) {
            String noun = Naming.words(typeName);
            GraphQLInputType where = whereType(typeName);
            types.put(name, GraphQLInputObjectType.newInputObject().name(name)
                    .description("Conditions on a list of related " + nounOf(model.nodes().get(typeName)) + ".")
                    .field(inputField("some", where, "At least one related " + noun + " matches."))
                    .field(inputField("none", where, "No related " + noun + " matches."))
                    .field(inputField("all", where, "Every related " + noun + " matches (true when there are none)."))
                    .field(inputField("single", where, "Exactly one related " + noun + " matches."))
                    .build());
        }
        return typeRef(name);
    }

    /** The filter input of a scalar or enum field, made on first use; null for lists, which have none. */
    private GraphQLInputType filterType(TypeRef type) {
        if (type.list()) {
            return null;
        }
        String name = type.name().equals("ID") ? "IDFilter" : Naming.scalarFilter(type.name());
        if (!types.containsKey(name)) {
            var filter = GraphQLInputObjectType.newInputObject().name(name);
            switch (type.name()) {
                case "ID" -> filter.description("Conditions on an id; all given conditions must hold.")
                        .field(inputField("eq", S_ID, "Equal to."))
                        .field(inputField("in", list(S_ID), "Equal to one of."))
                        .field(inputField("contains", S_STRING, "Contains this text."))
                        .field(inputField("startsWith", S_STRING, "Starts with this text."))
                        .field(inputField("endsWith", S_STRING, "Ends with this text."));
                case "String" -> filter.description("Conditions on a text field; all given conditions must hold. `eq: null` matches a missing value.")
                        .field(inputField("eq", S_STRING, "Equal to."))
                        .field(inputField("in", list(S_STRING), "Equal to one of."))
                        .field(inputField("contains", S_STRING, "Contains this text (case-sensitive)."))
                        .field(inputField("startsWith", S_STRING, "Starts with this text."))
                        .field(inputField("endsWith", S_STRING, "Ends with this text."));
                case "Int", "Float" -> ordered(filter, type.name().equals("Int") ? S_INT : S_FLOAT,
                        type.name().equals("Int") ? "Conditions on a whole number; all given conditions must hold."
                                : "Conditions on a number; all given conditions must hold.");
                case "Date" -> filter.description("Conditions on a date (YYYY-MM-DD); all given conditions must hold.")
                        .field(inputField("eq", date, "On this date."))
                        .field(inputField("in", list(date), "On one of these dates."))
                        .field(inputField("lt", date, "Before."))
                        .field(inputField("lte", date, "On or before."))
                        .field(inputField("gt", date, "After."))
                        .field(inputField("gte", date, "On or after."));
                case "Boolean" -> filter.description("Conditions on a true/false field.")
                        .field(inputField("eq", S_BOOLEAN, "Equal to."));
                default -> filter.description("Conditions on " + Naming.words(type.name()) + " values; all given conditions must hold.")
                        .field(inputField("eq", typeRef(type.name()), "Equal to."))
                        .field(inputField("in", list(typeRef(type.name())), "Equal to one of."));
            }
            types.put(name, filter.build());
        }
        return typeRef(name);
    }

    private static void ordered(GraphQLInputObjectType.Builder filter, GraphQLInputType scalar, String description) {
        filter.description(description)
                .field(inputField("eq", scalar, "Equal to."))
                .field(inputField("in", list(scalar), "Equal to one of."))
                .field(inputField("lt", scalar, "Less than."))
                .field(inputField("lte", scalar, "Less than or equal to."))
                .field(inputField("gt", scalar, "Greater than."))
                .field(inputField("gte", scalar, "Greater than or equal to."));
    }

    // ---- mutations ----------------------------------------------------------------------------

    private void nodeMutations(NodeDef node) {
        String name = node.name();
        var input = GraphQLInputObjectType.newInputObject().name(Naming.input(name)).description("A whole " + name + ", to create or upsert.");
        var update = GraphQLInputObjectType.newInputObject().name(Naming.update(name))
                .description("Fields of a " + name + " to change; a field given as null is removed, a field left out is kept.");
        boolean anyUpdate = false;
        for (FieldDef field : node.fields().values()) {
            if (field instanceof ScalarDef scalar) {
                input.field(inputField(field.name(), inputType(scalar.type(), true), describe(field)));
                if (!field.name().equals("id") || !node.hasId()) {
                    update.field(inputField(field.name(), inputType(scalar.type(), false), describe(field)));
                    anyUpdate = true;
                }
            }
        }
        types.put(Naming.input(name), input.build());
        mutations.add(newFieldDefinition().name(Naming.create(name))
                .description("Creates a " + name + (node.hasId() ? "; fails with ALREADY_EXISTS when the id is taken." : ".") + MUTATION_ROLE)
                .argument(argument("input", nonNull(typeRef(Naming.input(name))), "The new " + name + "."))
                .type(nonNull(typeRef(name))).build());
        fetch("Mutation", Naming.create(name), Fetchers.create(name));
        if (!node.hasId()) {
            return;
        }
        mutations.add(newFieldDefinition().name(Naming.upsert(name))
                .description("Creates the " + name + ", or sets the given fields on the one with this id." + MUTATION_ROLE)
                .argument(argument("input", nonNull(typeRef(Naming.input(name))), "The " + name + "."))
                .type(nonNull(typeRef(name))).build());
        fetch("Mutation", Naming.upsert(name), Fetchers.upsert(name));
        if (anyUpdate) {
            types.put(Naming.update(name), update.build());
            mutations.add(newFieldDefinition().name(Naming.update(node))
                    .description("Changes fields of a " + name + "; fails with NOT_FOUND when there is none." + MUTATION_ROLE)
                    .argument(argument("id", nonNull(S_ID), "Its id."))
                    .argument(argument("input", nonNull(typeRef(Naming.update(name))), "The fields to change."))
                    .type(nonNull(typeRef(name))).build());
            fetch("Mutation", Naming.update(node), Fetchers.update(name));
        }
        mutations.add(newFieldDefinition().name(Naming.delete(name))
                .description("Deletes a " + name + " and its relationships, returning it as it was; NOT_FOUND when there is none." + MUTATION_ROLE)
                .argument(argument("id", nonNull(S_ID), "Its id."))
                .type(nonNull(typeRef(name))).build());
        fetch("Mutation", Naming.delete(name), Fetchers.delete(name));
    }

    /** {@code connectX}/{@code disconnectX} for the relationship fields this type declares. */
    private void relationshipMutations(NodeDef node) {
        for (FieldDef field : node.fields().values()) {
            if (!(field instanceof RelationshipDef relationship) || !relationship.declaredOn().equals(node.name())
                    || (!relationship.connect() && !relationship.disconnect()) || !node.hasId()) {
                continue;
            }
            Connect connect = Connect.of(model, node, relationship);
            if (connect == null) {
                continue;
            }
            String suffix = Naming.connectName(relationship);
            if (relationship.connect()) {
                mutations.add(connectField("connect" + suffix, "Adds", connect, true));
                fetch("Mutation", "connect" + suffix, Fetchers.relate(connect, true));
            }
            if (relationship.disconnect()) {
                mutations.add(connectField("disconnect" + suffix, "Removes", connect, false));
                fetch("Mutation", "disconnect" + suffix, Fetchers.relate(connect, false));
            }
        }
    }

    private GraphQLFieldDefinition connectField(String name, String verb, Connect connect, boolean withProperties) {
        var field = newFieldDefinition().name(name)
                .description(verb + " the `" + connect.spec().type() + "` relationship; NOT_FOUND names a missing end." + MUTATION_ROLE)
                .argument(argument(connect.thisId(), nonNull(S_ID), "The " + Naming.words(connect.owner()) + "."))
                .argument(argument(connect.otherId(), nonNull(S_ID), connect.otherDescription()))
                .type(nonNull(typeRef(connect.owner())));
        for (ScalarDef property : connect.properties().values()) {
            if (withProperties || property.key()) {
                TypeRef type = new TypeRef(property.type().name(), property.type().list(), false, property.key());
                field.argument(argument(property.name(), inputType(type, property.key()), describe(property)));
            }
        }
        return field.build();
    }

    // ---- helpers ------------------------------------------------------------------------------

    private void fetch(String type, String field, DataFetcher<?> fetcher) {
        registry.dataFetcher(FieldCoordinates.coordinates(type, field), fetcher);
    }

    private boolean isNode(String typeName) {
        return model.nodes().containsKey(typeName);
    }

    private String target(FieldDef field) {
        ItemDef item = model.items().get(field.type().name());
        return item != null ? item.nodeType().name() : field.type().name();
    }

    private String nounOf(NodeDef node) {
        return Naming.words(node.plural());
    }

    private static String upper(String text) {
        return Naming.upperFirst(text);
    }

    private static String describe(FieldDef field) {
        return field.description() == null ? "`" + field.name() + "`." : field.description();
    }

    private com.geokg.graph.query.ScalarKind scalarKind(TypeRef type) {
        return CompilerSchema.kindOf(model, type);
    }

    private GraphQLOutputType outputType(TypeRef type) {
        GraphQLOutputType named = switch (type.name()) {
            case "ID" -> S_ID;
            case "String" -> S_STRING;
            case "Int" -> S_INT;
            case "Float" -> S_FLOAT;
            case "Boolean" -> S_BOOLEAN;
            case "Date" -> date;
            default -> typeRef(type.name());
        };
        return (GraphQLOutputType) wrap(named, type);
    }

    /** A named type wrapped as the reference declares it: {@code [Name!]!}. */
    private static graphql.schema.GraphQLType wrap(graphql.schema.GraphQLType named, TypeRef type) {
        graphql.schema.GraphQLType wrapped = named;
        if (type.list()) {
            wrapped = list(type.itemNonNull() ? nonNull(named) : named);
        }
        return type.nonNull() ? nonNull(wrapped) : wrapped;
    }

    /** The input type of a scalar field: ids are written as String, lists take nullable items, and only creates require. */
    private GraphQLInputType inputType(TypeRef type, boolean required) {
        GraphQLInputType named = switch (type.name()) {
            case "ID", "String" -> S_STRING;
            case "Int" -> S_INT;
            case "Float" -> S_FLOAT;
            case "Boolean" -> S_BOOLEAN;
            case "Date" -> date;
            default -> typeRef(type.name());
        };
        if (type.list()) {
            return list(named);
        }
        return required && type.nonNull() ? nonNull(named) : named;
    }

    private static GraphQLScalarType scalar(String name, GraphQLScalarType otherwise) {
        GraphQLScalarType smallrye = GraphQLScalarTypes.getScalarByName(name);
        return smallrye != null ? smallrye : otherwise;
    }

    /** The type of a declared argument, exactly as declared. */
    private GraphQLInputType argumentType(TypeRef type) {
        GraphQLInputType named = type.name().equals("ID") ? S_ID : inputType(new TypeRef(type.name(), false, false, false), false);
        return (GraphQLInputType) wrap(named, type);
    }

    private static GraphQLFieldDefinition field(String name, GraphQLOutputType type, String description) {
        return newFieldDefinition().name(name).type(type).description(description).build();
    }

    private static graphql.schema.GraphQLInputObjectField inputField(String name, GraphQLInputType type, String description) {
        return newInputObjectField().name(name).type(type).description(description).build();
    }

    private static GraphQLArgument argument(String name, GraphQLInputType type, String description) {
        return newArgument().name(name).type(type).description(description).build();
    }
}

package com.geokg.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.Definition;
import graphql.language.Description;
import graphql.language.Directive;
import graphql.language.DirectiveDefinition;
import graphql.language.Document;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumTypeExtensionDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.InterfaceTypeExtensionDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.SchemaDefinition;
import graphql.language.SourceLocation;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.UnionTypeDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.MultiSourceReader;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;

import com.geokg.model.Model.ArgumentDef;
import com.geokg.model.Model.ConnectNames;
import com.geokg.model.Model.CypherDef;
import com.geokg.model.Model.EnumDef;
import com.geokg.model.Model.EnumValueDef;
import com.geokg.model.Model.FieldDef;
import com.geokg.model.Model.InputRules;
import com.geokg.model.Model.ItemDef;
import com.geokg.model.Model.Kind;
import com.geokg.model.Model.Location;
import com.geokg.model.Model.NodeDef;
import com.geokg.model.Model.PropertiesDef;
import com.geokg.model.Model.RelationshipDef;
import com.geokg.model.Model.ScalarDef;
import com.geokg.model.Model.TypeRef;

/**
 * Reads model files (GraphQL SDL with the directives of {@code model/directives.graphql}) into a
 * checked {@link Model}. Files are read in order; a later file may add types and extend earlier
 * ones ({@code extend type State { ... }}). Every problem is collected with its file, line and
 * column, and reported together in one {@link ModelException}: nothing half-read is returned.
 */
public final class ModelReader {

    /** The name that stands for the bundled model in {@code KG_MODEL}. */
    public static final String BUILTIN = "builtin";

    /** The scalars a field may have, besides the model's enums. */
    public static final Set<String> SCALARS = Set.of("ID", "String", "Int", "Float", "Boolean", "Date");

    private static final ParserOptions OPTIONS = ParserOptions.newParserOptions()
            .maxTokens(2_000_000).maxCharacters(64 * 1024 * 1024).captureSourceLocation(true).build();

    /** One model file's text and the name errors give it (its path, or {@code builtin}). */
    public record Source(String name, String text) {
    }

    private ModelReader() {
    }

    /** The bundled model. */
    public static Source builtin() {
        try (InputStream in = ModelReader.class.getResourceAsStream("/model/geokg.graphql")) {
            return new Source(BUILTIN, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The files a {@code KG_MODEL} value lists (comma-separated paths, {@code builtin} for the
     * bundled model); null or blank means the bundled model alone.
     */
    public static List<Source> sources(String list) {
        if (list == null || list.isBlank()) {
            return List.of(builtin());
        }
        var sources = new ArrayList<Source>();
        var problems = new Problems("KG_MODEL");
        for (String entry : list.split(",")) {
            String name = entry.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (name.equals(BUILTIN)) {
                sources.add(builtin());
                continue;
            }
            try {
                sources.add(new Source(name, Files.readString(Path.of(name), StandardCharsets.UTF_8)));
            } catch (IOException | RuntimeException e) {
                problems.add(new ModelProblem(name, 0, 0, "cannot read the model file: " + reason(e)));
            }
        }
        if (sources.isEmpty() && !problems.any()) {
            problems.add(new ModelProblem("KG_MODEL", 0, 0, "lists no model file; leave it unset for the bundled model"));
        }
        problems.throwIfAny();
        return sources;
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.charset.MalformedInputException) {
            return "not UTF-8 text";
        }
        return e.getMessage() == null ? "unreadable" : e.getMessage();
    }

    /** Reads and checks the files; throws {@link ModelException} with every problem found. */
    public static Model read(List<Source> sources) {
        return new Reading(sources).read();
    }

    /** One reading: the definitions of all files, then the checked model built from them. */
    private static final class Reading {
        private final List<Source> sources;
        private final Problems problems;
        private final Map<String, ObjectTypeDefinition> objects = new LinkedHashMap<>();
        private final Map<String, InterfaceTypeDefinition> interfaces = new LinkedHashMap<>();
        private final Map<String, UnionTypeDefinition> unions = new LinkedHashMap<>();
        private final Map<String, EnumTypeDefinition> enumDefinitions = new LinkedHashMap<>();
        private final Map<String, Location> defined = new LinkedHashMap<>();
        /** Fields of each object or interface: its own, then those of its extensions, in file order. */
        private final Map<String, List<FieldDefinition>> fieldsOf = new LinkedHashMap<>();
        private final List<FieldDefinition> queryFields = new ArrayList<>();
        private final List<ObjectTypeExtensionDefinition> extensions = new ArrayList<>();
        private final List<InterfaceTypeExtensionDefinition> interfaceExtensions = new ArrayList<>();

        Reading(List<Source> sources) {
            this.sources = sources;
            this.problems = new Problems(sources.isEmpty() ? "model" : sources.get(0).name());
        }

        Model read() {
            var documents = new ArrayList<Document>();
            for (Source source : sources) {
                try {
                    var reader = MultiSourceReader.newMultiSourceReader().string(source.text(), source.name()).trackData(false).build();
                    documents.add(Parser.parse(ParserEnvironment.newParserEnvironment().document(reader).parserOptions(OPTIONS).build()));
                } catch (InvalidSyntaxException e) {
                    SourceLocation at = e.getLocation();
                    problems.add(at == null ? null : new SourceLocation(at.getLine(), at.getColumn(), source.name()),
                            "not GraphQL SDL: " + syntax(e));
                }
            }
            problems.throwIfAny();
            documents.forEach(this::collect);
            extensions.forEach(this::extend);
            interfaceExtensions.forEach(this::extend);
            var enums = enums();
            var properties = new LinkedHashMap<String, PropertiesDef>();
            var items = new LinkedHashMap<String, ItemDef>();
            var nodeObjects = new ArrayList<ObjectTypeDefinition>();
            for (var object : objects.values()) {
                String where = "type " + object.getName();
                Directives.INSTANCE.check(object.getDirectives(), "OBJECT", where, problems);
                boolean node = has(object, "node");
                boolean props = has(object, "relationshipProperties");
                boolean item = has(object, "relationshipItem");
                if ((node ? 1 : 0) + (props ? 1 : 0) + (item ? 1 : 0) > 1) {
                    problems.add(object.getSourceLocation(), where + " can be only one of @node, @relationshipProperties and @relationshipItem");
                } else if (props) {
                    properties.put(object.getName(), new PropertiesDef(object.getName(), text(object.getDescription()),
                            scalarsOnly(object.getName(), fieldsOf.get(object.getName()), enums)));
                } else if (!node && !item) {
                    problems.add(object.getSourceLocation(), where + " needs @node (a node type), @relationshipProperties or "
                            + "@relationshipItem; other object types are generated, not declared");
                } else if (node) {
                    nodeObjects.add(object);
                }
                if (!object.getImplements().isEmpty() && !node) {
                    problems.add(object.getSourceLocation(), where + " implements an interface but is not a @node type");
                }
            }
            var nodes = new LinkedHashMap<String, NodeDef>();
            var names = new Names(objects.keySet(), interfaces.keySet(), unions.keySet(), enums.keySet(), properties.keySet());
            for (var object : objects.values()) {
                if (has(object, "relationshipItem") && !has(object, "node") && !has(object, "relationshipProperties")) {
                    ItemDef item = item(object, enums, names);
                    if (item != null) {
                        items.put(item.name(), item);
                    }
                }
            }
            names.items = items.keySet();
            // interfaces first: their fields are inherited by their implementations
            for (var anInterface : interfaces.values()) {
                Directives.INSTANCE.check(anInterface.getDirectives(), "INTERFACE", "interface " + anInterface.getName(), problems);
                var implementations = nodeObjects.stream()
                        .filter(o -> o.getImplements().stream().anyMatch(t -> ((TypeName) t).getName().equals(anInterface.getName())))
                        .map(ObjectTypeDefinition::getName).toList();
                var fields = fields(anInterface.getName(), fieldsOf.get(anInterface.getName()), enums, names, properties, true);
                Directive node = directive(anInterface.getDirectives(), "node");
                List<String> labels = node == null ? List.of() : labelsOf(node, anInterface.getName());
                String fallback = fallback(anInterface, implementations);
                nodes.put(anInterface.getName(), new NodeDef(Kind.INTERFACE, anInterface.getName(), text(anInterface.getDescription()),
                        labels, plural(anInterface.getDirectives(), anInterface.getName()), List.of(), implementations, fallback,
                        fields, location(anInterface.getSourceLocation())));
            }
            for (var object : nodeObjects) {
                nodes.put(object.getName(), node(object, enums, names, properties, nodes));
            }
            for (var union : unions.values()) {
                Directives.INSTANCE.check(union.getDirectives(), "UNION", "union " + union.getName(), problems);
                var members = new ArrayList<String>();
                for (Type<?> member : union.getMemberTypes()) {
                    String name = ((TypeName) member).getName();
                    if (!nodes.containsKey(name) || nodes.get(name).kind() != Kind.OBJECT) {
                        problems.add(member.getSourceLocation(), "union " + union.getName() + ": '" + name + "' is not a @node type");
                    } else {
                        members.add(name);
                    }
                }
                nodes.put(union.getName(), new NodeDef(Kind.UNION, union.getName(), text(union.getDescription()), List.of(),
                        plural(union.getDirectives(), union.getName()), List.of(), members, null, Map.of(),
                        location(union.getSourceLocation())));
            }
            checkTargets(nodes, items, properties);
            var queries = queries(enums, names, nodes);
            problems.throwIfAny();
            return new Model(Collections.unmodifiableMap(nodes), Collections.unmodifiableMap(properties),
                    Collections.unmodifiableMap(items), enums, List.copyOf(queries));
        }

        private static String syntax(InvalidSyntaxException e) {
            String token = e.getOffendingToken();
            return token == null ? "invalid syntax" : "unexpected '" + token + "'";
        }

        // ---- collecting definitions ---------------------------------------------------------

        private void collect(Document document) {
            for (Definition<?> definition : document.getDefinitions()) {
                if (definition instanceof ObjectTypeExtensionDefinition e) {
                    extensions.add(e);
                } else if (definition instanceof InterfaceTypeExtensionDefinition e) {
                    interfaceExtensions.add(e);
                } else if (definition instanceof EnumTypeExtensionDefinition e) {
                    problems.add(e.getSourceLocation(), "extending enum " + e.getName() + " is not supported; declare all its values in one place");
                } else if (definition instanceof ObjectTypeDefinition o) {
                    if (o.getName().equals("Query")) {
                        if (!o.getDirectives().isEmpty()) {
                            problems.add(o.getSourceLocation(), "type Query takes no directives");
                        }
                        queryFields.addAll(o.getFieldDefinitions());
                    } else if (o.getName().equals("Mutation") || o.getName().equals("Subscription")) {
                        problems.add(o.getSourceLocation(), "type " + o.getName() + " is generated from the model; it cannot be declared");
                    } else if (define(o.getName(), o.getSourceLocation())) {
                        objects.put(o.getName(), o);
                        fieldsOf.put(o.getName(), new ArrayList<>(o.getFieldDefinitions()));
                    }
                } else if (definition instanceof InterfaceTypeDefinition i) {
                    if (define(i.getName(), i.getSourceLocation())) {
                        interfaces.put(i.getName(), i);
                        fieldsOf.put(i.getName(), new ArrayList<>(i.getFieldDefinitions()));
                        if (!i.getImplements().isEmpty()) {
                            problems.add(i.getSourceLocation(), "interface " + i.getName() + ": interfaces implementing interfaces are not supported");
                        }
                    }
                } else if (definition instanceof UnionTypeDefinition u) {
                    if (define(u.getName(), u.getSourceLocation())) {
                        unions.put(u.getName(), u);
                    }
                } else if (definition instanceof EnumTypeDefinition e) {
                    if (define(e.getName(), e.getSourceLocation())) {
                        enumDefinitions.put(e.getName(), e);
                    }
                } else if (definition instanceof DirectiveDefinition d) {
                    problems.add(d.getSourceLocation(), "directive @" + d.getName() + " cannot be defined in a model: "
                            + "the model's directives are fixed (see README.md, \"The model file\")");
                } else if (definition instanceof InputObjectTypeDefinition i) {
                    problems.add(i.getSourceLocation(), "input " + i.getName() + ": input types are generated from the model, not declared");
                } else if (definition instanceof ScalarTypeDefinition s) {
                    problems.add(s.getSourceLocation(), "scalar " + s.getName() + ": custom scalars are not supported; use "
                            + String.join(", ", new java.util.TreeSet<>(SCALARS)));
                } else if (definition instanceof SchemaDefinition s) {
                    problems.add(s.getSourceLocation(), "a schema definition is not allowed; the root types are generated");
                } else {
                    problems.add(definition.getSourceLocation(), "this kind of definition is not supported in a model");
                }
            }
        }

        private boolean define(String name, SourceLocation at) {
            Location first = defined.get(name);
            if (first != null) {
                problems.add(at, "type " + name + " is defined twice (first at " + first + "); add fields with `extend type " + name + "`");
                return false;
            }
            if (name.startsWith("__") || SCALARS.contains(name) || Set.of("Query", "Mutation", "Subscription", "PageInfo",
                    "SortDirection", "Neighbour", "Property", "Direction").contains(name)) {
                problems.add(at, "the name " + name + " is taken by the API itself");
                return false;
            }
            defined.put(name, location(at));
            return true;
        }

        private void extend(ObjectTypeExtensionDefinition extension) {
            if (extension.getName().equals("Query")) {
                queryFields.addAll(extension.getFieldDefinitions());
                return;
            }
            var fields = objects.containsKey(extension.getName()) ? fieldsOf.get(extension.getName()) : null;
            if (fields == null) {
                problems.add(extension.getSourceLocation(), "extend type " + extension.getName() + ": there is no type "
                        + extension.getName() + (interfaces.containsKey(extension.getName()) ? " (it is an interface: extend interface)" : ""));
                return;
            }
            if (!extension.getDirectives().isEmpty() || !extension.getImplements().isEmpty()) {
                problems.add(extension.getSourceLocation(), "extend type " + extension.getName() + " may only add fields");
            }
            fields.addAll(extension.getFieldDefinitions());
        }

        private void extend(InterfaceTypeExtensionDefinition extension) {
            var fields = interfaces.containsKey(extension.getName()) ? fieldsOf.get(extension.getName()) : null;
            if (fields == null) {
                problems.add(extension.getSourceLocation(), "extend interface " + extension.getName() + ": there is no interface " + extension.getName());
                return;
            }
            if (!extension.getDirectives().isEmpty()) {
                problems.add(extension.getSourceLocation(), "extend interface " + extension.getName() + " may only add fields");
            }
            fields.addAll(extension.getFieldDefinitions());
        }

        private Map<String, EnumDef> enums() {
            var enums = new LinkedHashMap<String, EnumDef>();
            for (var e : enumDefinitions.values()) {
                Directives.INSTANCE.check(e.getDirectives(), "ENUM", "enum " + e.getName(), problems);
                var values = e.getEnumValueDefinitions().stream()
                        .map(v -> new EnumValueDef(v.getName(), text(v.getDescription()))).toList();
                if (values.isEmpty()) {
                    problems.add(e.getSourceLocation(), "enum " + e.getName() + " has no values");
                }
                enums.put(e.getName(), new EnumDef(e.getName(), text(e.getDescription()), values));
            }
            return Collections.unmodifiableMap(enums);
        }

        // ---- node types ---------------------------------------------------------------------

        private NodeDef node(ObjectTypeDefinition object, Map<String, EnumDef> enums, Names names,
                             Map<String, PropertiesDef> properties, Map<String, NodeDef> nodes) {
            String name = object.getName();
            var fields = fields(name, fieldsOf.get(name), enums, names, properties, false);
            var declaredInterfaces = new ArrayList<String>();
            var all = new LinkedHashMap<String, FieldDef>();
            for (Type<?> t : object.getImplements()) {
                String interfaceName = ((TypeName) t).getName();
                NodeDef anInterface = nodes.get(interfaceName);
                if (anInterface == null) {
                    problems.add(t.getSourceLocation(), "type " + name + " implements '" + interfaceName + "', which is not an interface of the model");
                    continue;
                }
                declaredInterfaces.add(interfaceName);
                for (var inherited : anInterface.fields().values()) {
                    all.putIfAbsent(inherited.name(), inherited);
                }
            }
            for (var own : fields.values()) {
                FieldDef inherited = all.get(own.name());
                if (inherited != null && !inherited.type().equals(own.type())) {
                    problems.add(location(object.getSourceLocation()), "type " + name + "." + own.name() + " is " + own.type()
                            + " but interface " + inherited.declaredOn() + " declares it " + inherited.type());
                }
                if (inherited instanceof RelationshipDef && own instanceof RelationshipDef r) {
                    // the interface's field, given by the implementation (the library's style): the
                    // generated types stay the interface's, so that the implementation's field fits it
                    all.put(own.name(), new RelationshipDef(r.name(), r.description() == null ? inherited.description() : r.description(),
                            r.type(), r.relationshipType(), r.outgoing(), r.undirected(), r.properties(), r.connect(), r.disconnect(),
                            r.names(), inherited.declaredOn()));
                    continue;
                }
                all.put(own.name(), own);
            }
            onePerType(name, all.values(), "caption", e -> e.caption(), object);
            onePerType(name, all.values(), "when", e -> e.when() != null, object);
            Directive node = directive(object.getDirectives(), "node");
            return new NodeDef(Kind.OBJECT, name, text(object.getDescription()), labelsOf(node, name),
                    plural(object.getDirectives(), name), declaredInterfaces, List.of(), null,
                    Collections.unmodifiableMap(all), location(object.getSourceLocation()));
        }

        /** {@code @caption} and {@code @when} name one field of a type: a node has one caption and one place in time. */
        private void onePerType(String typeName, java.util.Collection<FieldDef> fields, String directive,
                                java.util.function.Predicate<Model.Exploration> marked, ObjectTypeDefinition object) {
            List<String> names = fields.stream().filter(f -> f instanceof ScalarDef sd && marked.test(sd.exploration()))
                    .map(FieldDef::name).toList();
            if (names.size() > 1) {
                problems.add(object.getSourceLocation(), typeName + ": @" + directive + " on " + String.join(" and ", names)
                        + "; a type has at most one");
            }
        }

        private List<String> labelsOf(Directive node, String typeName) {
            List<String> labels = node == null ? null : Directives.strings(node, "labels");
            if (labels == null) {
                return List.of(typeName);
            }
            if (labels.isEmpty()) {
                problems.add(node.getSourceLocation(), "@node(labels:) of " + typeName + " lists no label");
                return List.of(typeName);
            }
            for (String label : labels) {
                if (label.isBlank() || label.contains("`")) {
                    problems.add(node.getSourceLocation(), "'" + label + "' is not a label name");
                }
            }
            return List.copyOf(labels);
        }

        private String plural(List<Directive> directives, String typeName) {
            Directive plural = directive(directives, "plural");
            if (plural == null) {
                return Naming.plural(typeName);
            }
            String value = Directives.string(plural, "value");
            if (value == null || !value.matches("[A-Za-z][A-Za-z0-9]*")) {
                problems.add(plural.getSourceLocation(), "@plural(value:) of " + typeName + " must be a name such as `people`");
                return Naming.plural(typeName);
            }
            return Character.toLowerCase(value.charAt(0)) + value.substring(1);
        }

        private String fallback(InterfaceTypeDefinition anInterface, List<String> implementations) {
            Directive fallback = directive(anInterface.getDirectives(), "fallback");
            if (fallback == null) {
                return null;
            }
            String type = Directives.string(fallback, "type");
            if (!implementations.contains(type)) {
                problems.add(fallback.getSourceLocation(), "@fallback(type:) of " + anInterface.getName() + ": '" + type
                        + "' does not implement it");
                return null;
            }
            return type;
        }

        /** The fields of a node type or interface, each checked. */
        private Map<String, FieldDef> fields(String owner, List<FieldDefinition> definitions, Map<String, EnumDef> enums,
                                             Names names, Map<String, PropertiesDef> properties, boolean onInterface) {
            var fields = new LinkedHashMap<String, FieldDef>();
            for (FieldDefinition definition : definitions == null ? List.<FieldDefinition>of() : definitions) {
                String what = owner + "." + definition.getName();
                if (fields.containsKey(definition.getName())) {
                    problems.add(definition.getSourceLocation(), "two fields named '" + definition.getName() + "' in " + owner);
                    continue;
                }
                Directives.INSTANCE.check(definition.getDirectives(), "FIELD_DEFINITION", what, problems);
                TypeRef type = type(definition.getType(), what);
                if (type == null) {
                    continue;
                }
                FieldDef field = field(owner, definition, type, enums, names, properties, onInterface);
                if (field != null) {
                    fields.put(field.name(), field);
                }
            }
            return Collections.unmodifiableMap(fields);
        }

        private FieldDef field(String owner, FieldDefinition definition, TypeRef type, Map<String, EnumDef> enums, Names names,
                               Map<String, PropertiesDef> properties, boolean onInterface) {
            String what = owner + "." + definition.getName();
            Directive relationship = directive(definition.getDirectives(), "relationship");
            Directive cypher = directive(definition.getDirectives(), "cypher");
            Directive declare = directive(definition.getDirectives(), "declareRelationship");
            String description = text(definition.getDescription());
            if ((relationship != null ? 1 : 0) + (cypher != null ? 1 : 0) + (declare != null ? 1 : 0) > 1) {
                problems.add(definition.getSourceLocation(), what + " can have only one of @relationship, @cypher and @declareRelationship");
                return null;
            }
            if (declare != null && !onInterface) {
                problems.add(declare.getSourceLocation(), what + ": @declareRelationship belongs on interface fields");
                return null;
            }
            if (!definition.getInputValueDefinitions().isEmpty() && cypher == null) {
                problems.add(definition.getSourceLocation(), what + " declares arguments; only @cypher fields may (the others' are generated)");
            }
            if (cypher != null) {
                if (!names.known(type.name())) {
                    problems.add(definition.getType().getSourceLocation(), what + ": unknown type '" + type.name() + "'");
                    return null;
                }
                if (names.items.contains(type.name()) || names.properties.contains(type.name())) {
                    problems.add(definition.getType().getSourceLocation(), what + ": a @cypher field returns nodes, scalars or enums, not " + type.name());
                    return null;
                }
                return cypher(owner, definition, type, cypher, enums, names);
            }
            if (relationship != null || declare != null) {
                boolean item = names.items.contains(type.name());
                if (!names.nodeLike(type.name()) && !item) {
                    problems.add(definition.getType().getSourceLocation(), what + ": " + (names.known(type.name())
                            ? "a relationship leads to a @node type, an interface, a union or a @relationshipItem type, not " + type.name()
                            : "unknown type '" + type.name() + "'"));
                    return null;
                }
                if (declare != null) {
                    return new RelationshipDef(definition.getName(), description, type, null, true, false, null, false, false,
                            ConnectNames.DEFAULT, owner);
                }
                return relationship(owner, definition, type, relationship, properties);
            }
            if (!SCALARS.contains(type.name()) && !enums.containsKey(type.name())) {
                problems.add(definition.getType().getSourceLocation(), what + ": " + (names.known(type.name())
                        ? "a field of type " + type.name() + " needs @relationship (or @cypher) to say how it is reached"
                        : "unknown type '" + type.name() + "'"));
                return null;
            }
            for (String only : List.of("connectMutation")) {
                Directive misplaced = directive(definition.getDirectives(), only);
                if (misplaced != null) {
                    problems.add(misplaced.getSourceLocation(), what + ": @" + only + " belongs on relationship fields");
                }
            }
            return scalar(owner, definition, type, false);
        }

        private ScalarDef scalar(String owner, FieldDefinition definition, TypeRef type, boolean propertiesType) {
            String what = owner + "." + definition.getName();
            if (type.list() && !type.name().equals("String")) {
                problems.add(definition.getType().getSourceLocation(), what + ": lists of " + type.name()
                        + " are not supported yet; lists of String are");
            }
            Directive alias = directive(definition.getDirectives(), "alias");
            String property = alias == null ? definition.getName() : Directives.string(alias, "property");
            if (property == null) {
                property = definition.getName(); // reported by the directive check
            } else if (property.isBlank() || property.contains("`")) {
                problems.add(alias.getSourceLocation(), what + ": '" + property + "' is not a property name");
                property = definition.getName();
            }
            Directive range = directive(definition.getDirectives(), "range");
            Directive allowed = directive(definition.getDirectives(), "allowedValues");
            boolean textual = type.name().equals("String") || type.name().equals("ID");
            if (range != null && !type.name().equals("Int") && !type.name().equals("Float")) {
                problems.add(range.getSourceLocation(), what + ": @range applies to Int and Float fields");
            }
            for (String textOnly : List.of("slug", "upperSnakeCase", "allowedValues", "allowBlank")) {
                Directive d = directive(definition.getDirectives(), textOnly);
                if (d != null && !textual) {
                    problems.add(d.getSourceLocation(), what + ": @" + textOnly + " applies to String and ID fields");
                }
            }
            Directive key = directive(definition.getDirectives(), "relationshipKey");
            if (key != null && !propertiesType) {
                problems.add(key.getSourceLocation(), what + ": @relationshipKey belongs on fields of @relationshipProperties types");
            }
            var rules = new InputRules(has(definition.getDirectives(), "slug"), has(definition.getDirectives(), "upperSnakeCase"),
                    range == null ? null : Directives.number(range, "min"), range == null ? null : Directives.number(range, "max"),
                    allowed == null ? List.of() : Directives.strings(allowed, "values"), has(definition.getDirectives(), "allowBlank"));
            boolean filterable = Directives.bool(directive(definition.getDirectives(), "filterable"), "byValue", true);
            boolean sortable = Directives.bool(directive(definition.getDirectives(), "sortable"), "byValue", true);
            return new ScalarDef(definition.getName(), text(definition.getDescription()), type, property, rules, key != null,
                    filterable, sortable, exploration(what, definition, type), owner);
        }

        private Model.Exploration exploration(String what, FieldDefinition definition, TypeRef type) {
            boolean searchable = has(definition.getDirectives(), "searchable");
            boolean caption = has(definition.getDirectives(), "caption");
            Directive when = directive(definition.getDirectives(), "when");
            if (searchable && !type.name().equals("String")) {
                problems.add(directive(definition.getDirectives(), "searchable").getSourceLocation(),
                        what + ": @searchable applies to String fields and lists of String");
            }
            if (caption && (!type.name().equals("String") || type.list())) {
                problems.add(directive(definition.getDirectives(), "caption").getSourceLocation(), what + ": @caption applies to String fields");
            }
            Model.When span = null;
            if (when != null) {
                if (!type.name().equals("Date") || type.list()) {
                    problems.add(when.getSourceLocation(), what + ": @when applies to Date fields");
                }
                String end = Directives.string(when, "end");
                String precision = Directives.string(when, "precision");
                for (String property : java.util.Arrays.asList(end, precision)) {
                    if (property != null && (property.isBlank() || property.contains("`"))) {
                        problems.add(when.getSourceLocation(), what + ": '" + property + "' is not a property name");
                    }
                }
                span = new Model.When(end, precision);
            }
            return searchable || caption || span != null ? new Model.Exploration(searchable, caption, span) : Model.Exploration.NONE;
        }

        private RelationshipDef relationship(String owner, FieldDefinition definition, TypeRef type, Directive relationship,
                                             Map<String, PropertiesDef> properties) {
            String what = owner + "." + definition.getName();
            String relationshipType = Directives.string(relationship, "type");
            String direction = Directives.enumValue(relationship, "direction");
            if (relationshipType != null && (relationshipType.isBlank() || relationshipType.contains("`"))) {
                problems.add(relationship.getSourceLocation(), what + ": '" + relationshipType + "' is not a relationship type name");
            }
            String propertiesType = Directives.string(relationship, "properties");
            if (propertiesType != null && !properties.containsKey(propertiesType)) {
                problems.add(relationship.getSourceLocation(), what + ": properties: \"" + propertiesType
                        + "\" is not a @relationshipProperties type of the model");
                propertiesType = null;
            }
            if (propertiesType != null && !type.list()) {
                problems.add(relationship.getSourceLocation(), what + ": properties are shown on a connection, which only list fields have");
            }
            String queryDirection = Directives.enumValue(relationship, "queryDirection");
            boolean undirected = queryDirection != null && queryDirection.contains("UNDIRECTED");
            List<String> operations = Directives.strings(relationship, "nestedOperations");
            boolean connect = operations == null || operations.contains("CONNECT");
            boolean disconnect = operations == null || operations.contains("DISCONNECT");
            Directive names = directive(definition.getDirectives(), "connectMutation");
            ConnectNames connectNames = ConnectNames.DEFAULT;
            if (names != null) {
                List<String> otherTypes = Directives.strings(names, "otherTypes");
                connectNames = new ConnectNames(Directives.string(names, "name"), Directives.string(names, "thisId"),
                        Directives.string(names, "otherId"), otherTypes == null ? List.of() : List.copyOf(otherTypes));
                for (String name : new String[] {connectNames.name(), connectNames.thisId(), connectNames.otherId()}) {
                    if (name != null && !name.matches("[A-Za-z][A-Za-z0-9]*")) {
                        problems.add(names.getSourceLocation(), what + ": '" + name + "' is not a GraphQL name");
                    }
                }
                if (!connect && !disconnect) {
                    problems.add(names.getSourceLocation(), what + ": @connectMutation names mutations that nestedOperations switches off");
                }
            }
            if (relationshipType == null || direction == null) {
                return null; // reported by the directive check
            }
            return new RelationshipDef(definition.getName(), text(definition.getDescription()), type, relationshipType,
                    direction.equals("OUT"), undirected, propertiesType, connect, disconnect, connectNames, owner);
        }

        private CypherDef cypher(String owner, FieldDefinition definition, TypeRef type, Directive cypher, Map<String, EnumDef> enums, Names names) {
            String what = owner + "." + definition.getName();
            String statement = Directives.string(cypher, "statement");
            String column = Directives.string(cypher, "columnName");
            if (statement == null || column == null) {
                return null; // reported by the directive check
            }
            if (!column.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                problems.add(cypher.getSourceLocation(), what + ": columnName '" + column + "' is not a Cypher variable name");
            }
            String reserved = reservedVariable(statement);
            if (reserved != null) {
                problems.add(cypher.getSourceLocation(), what + ": the @cypher statement uses the variable `" + reserved
                        + "`, a name GeoKG keeps for the statements it builds around it (this0, n1, r1, v1_...); rename it");
            }
            var arguments = new ArrayList<ArgumentDef>();
            for (var argument : definition.getInputValueDefinitions()) {
                TypeRef argType = type(argument.getType(), what + "(" + argument.getName() + ":)");
                if (argType != null && !SCALARS.contains(argType.name()) && !enums.containsKey(argType.name())) {
                    problems.add(argument.getSourceLocation(), what + "(" + argument.getName() + ":) must be a scalar or enum, not " + argType.name());
                } else if (argType != null) {
                    arguments.add(new ArgumentDef(argument.getName(), text(argument.getDescription()), argType));
                }
                if (argument.getName().matches("p[0-9]+|__.*")) {
                    problems.add(argument.getSourceLocation(), what + "(" + argument.getName() + ":): the name is reserved for the generated parameters");
                }
            }
            if (type.list() && names.nodeLike(type.name()) && !owner.equals("Query")) {
                // list fields of node types get these generated; a Query field's statement reads its own
                for (String generated : List.of("where", "sort", "limit", "offset")) {
                    if (arguments.stream().anyMatch(a -> a.name().equals(generated))) {
                        problems.add(definition.getSourceLocation(), what + " cannot declare '" + generated + "': list fields get it generated");
                    }
                }
            }
            List<String> restsOn = restsOn(what, definition, statement, column, type, names);
            return new CypherDef(definition.getName(), text(definition.getDescription()), type, statement, column,
                    List.copyOf(arguments), restsOn, owner, location(cypher.getSourceLocation()));
        }

        /** {@code @restsOn(variables:)} of a traversal: variables of a statement that ends {@code RETURN <columnName>}. */
        private List<String> restsOn(String what, FieldDefinition definition, String statement, String column, TypeRef type, Names names) {
            Directive restsOn = directive(definition.getDirectives(), "restsOn");
            if (restsOn == null) {
                return List.of();
            }
            List<String> variables = Directives.strings(restsOn, "variables");
            if (variables == null) {
                return List.of(); // reported by the directive check
            }
            if (!names.nodeLike(type.name())) {
                problems.add(restsOn.getSourceLocation(), what + ": @restsOn belongs on @cypher fields that return nodes");
                return List.of();
            }
            var end = Model.RETURN_COLUMN.matcher(statement.strip());
            if (!end.find() || !statement.strip().substring(end.start()).replaceAll("(?i)^RETURN\\s+", "").strip().equals(column)) {
                problems.add(restsOn.getSourceLocation(), what + ": with @restsOn the statement must end with RETURN " + column
                        + " (GeoKG adds the variables it passes through to that clause)");
                return List.of();
            }
            for (String variable : variables) {
                if (!variable.matches("[A-Za-z_][A-Za-z0-9_]*") || !java.util.regex.Pattern.compile("\\b" + variable + "\\b").matcher(statement).find()) {
                    problems.add(restsOn.getSourceLocation(), what + ": @restsOn names '" + variable + "', which is not a variable of the statement");
                    return List.of();
                }
            }
            return List.copyOf(variables);
        }

        private Map<String, ScalarDef> scalarsOnly(String owner, List<FieldDefinition> definitions, Map<String, EnumDef> enums) {
            var fields = new LinkedHashMap<String, ScalarDef>();
            for (FieldDefinition definition : definitions) {
                String what = owner + "." + definition.getName();
                Directives.INSTANCE.check(definition.getDirectives(), "FIELD_DEFINITION", what, problems);
                if (fields.containsKey(definition.getName())) {
                    problems.add(definition.getSourceLocation(), "two fields named '" + definition.getName() + "' in " + owner);
                    continue;
                }
                TypeRef type = type(definition.getType(), what);
                if (type == null) {
                    continue;
                }
                if (!SCALARS.contains(type.name()) && !enums.containsKey(type.name())) {
                    problems.add(definition.getType().getSourceLocation(), what + ": relationship properties are scalars or enums, not " + type.name());
                    continue;
                }
                rejectRelationshipDirectives(definition, what);
                fields.put(definition.getName(), scalar(owner, definition, type, true));
            }
            if (fields.isEmpty()) {
                problems.add(definitions.isEmpty() ? null : definitions.get(0).getSourceLocation(), owner + " has no properties");
            }
            return Collections.unmodifiableMap(fields);
        }

        private void rejectRelationshipDirectives(FieldDefinition definition, String what) {
            for (String name : List.of("relationship", "cypher", "declareRelationship", "connectMutation")) {
                Directive d = directive(definition.getDirectives(), name);
                if (d != null) {
                    problems.add(d.getSourceLocation(), what + ": @" + name + " does not belong here");
                }
            }
        }

        private ItemDef item(ObjectTypeDefinition object, Map<String, EnumDef> enums, Names names) {
            var properties = new LinkedHashMap<String, ScalarDef>();
            String nodeField = null;
            String nodeDescription = null;
            TypeRef nodeType = null;
            for (FieldDefinition definition : fieldsOf.get(object.getName())) {
                String what = object.getName() + "." + definition.getName();
                Directives.INSTANCE.check(definition.getDirectives(), "FIELD_DEFINITION", what, problems);
                TypeRef type = type(definition.getType(), what);
                if (type == null) {
                    continue;
                }
                rejectRelationshipDirectives(definition, what);
                if (names.nodeLike(type.name())) {
                    if (nodeField != null) {
                        problems.add(definition.getSourceLocation(), object.getName() + " has two node fields ('" + nodeField + "' and '"
                                + definition.getName() + "'); a @relationshipItem has one, the node at the other end");
                    } else if (type.list()) {
                        problems.add(definition.getSourceLocation(), what + ": the node at the other end is one node, not a list");
                    } else {
                        nodeField = definition.getName();
                        nodeDescription = text(definition.getDescription());
                        nodeType = type;
                    }
                } else if (SCALARS.contains(type.name()) || enums.containsKey(type.name())) {
                    properties.put(definition.getName(), scalar(object.getName(), definition, type, false));
                } else {
                    problems.add(definition.getType().getSourceLocation(), what + ": unknown type '" + type.name() + "'");
                }
            }
            if (nodeField == null) {
                problems.add(object.getSourceLocation(), "@relationshipItem " + object.getName() + " needs one field of a node type: the node at the other end");
                return null;
            }
            return new ItemDef(object.getName(), text(object.getDescription()), Collections.unmodifiableMap(properties),
                    nodeField, nodeDescription, nodeType);
        }

        /** Relationship fields on interfaces only declared, relationship targets, fallback. */
        private void checkTargets(Map<String, NodeDef> nodes, Map<String, ItemDef> items, Map<String, PropertiesDef> properties) {
            for (NodeDef node : nodes.values()) {
                for (FieldDef field : node.fields().values()) {
                    if (field instanceof RelationshipDef r && r.relationshipType() == null && node.kind() == Kind.OBJECT) {
                        problems.add(node.location(), node.name() + "." + r.name() + ": interface " + r.declaredOn()
                                + " declares the relationship; " + node.name() + " must give it with @relationship");
                    }
                }
                if (node.kind() == Kind.INTERFACE) {
                    for (FieldDef field : node.fields().values()) {
                        if (field instanceof RelationshipDef r && r.relationshipType() == null) {
                            lift(node, r, nodes);
                        }
                    }
                }
            }
        }

        /** An interface field with {@code @declareRelationship}: every implementation must give the same relationship. */
        private void lift(NodeDef anInterface, RelationshipDef declared, Map<String, NodeDef> nodes) {
            RelationshipDef first = null;
            for (String implementation : anInterface.implementations()) {
                FieldDef field = nodes.get(implementation).fields().get(declared.name());
                if (!(field instanceof RelationshipDef r) || r.relationshipType() == null) {
                    continue;
                }
                if (first == null) {
                    first = r;
                } else if (!first.relationshipType().equals(r.relationshipType()) || first.outgoing() != r.outgoing()) {
                    problems.add(anInterface.location(), anInterface.name() + "." + declared.name()
                            + ": its implementations give different relationships; GeoKG needs the same one on all");
                    return;
                }
            }
            if (first != null) {
                var lifted = new RelationshipDef(declared.name(), declared.description() == null ? first.description() : declared.description(),
                        declared.type(), first.relationshipType(), first.outgoing(), first.undirected(), first.properties(),
                        first.connect(), first.disconnect(), first.names(), anInterface.name());
                var fields = new LinkedHashMap<>(anInterface.fields());
                fields.put(declared.name(), lifted);
                nodes.put(anInterface.name(), new NodeDef(anInterface.kind(), anInterface.name(), anInterface.description(),
                        anInterface.labels(), anInterface.plural(), anInterface.interfaces(), anInterface.implementations(),
                        anInterface.fallback(), Collections.unmodifiableMap(fields), anInterface.location()));
            }
        }

        private List<CypherDef> queries(Map<String, EnumDef> enums, Names names, Map<String, NodeDef> nodes) {
            var queries = new ArrayList<CypherDef>();
            var seen = new java.util.HashSet<String>();
            for (FieldDefinition definition : queryFields) {
                String what = "Query." + definition.getName();
                Directives.INSTANCE.check(definition.getDirectives(), "FIELD_DEFINITION", what, problems);
                Directive cypher = directive(definition.getDirectives(), "cypher");
                if (cypher == null) {
                    problems.add(definition.getSourceLocation(), what + ": fields of Query in a model need @cypher; the others are generated");
                    continue;
                }
                if (!seen.add(definition.getName())) {
                    problems.add(definition.getSourceLocation(), "two fields named '" + definition.getName() + "' in Query");
                    continue;
                }
                TypeRef type = type(definition.getType(), what);
                if (type == null) {
                    continue;
                }
                if (!names.nodeLike(type.name()) && !SCALARS.contains(type.name()) && !enums.containsKey(type.name())) {
                    problems.add(definition.getType().getSourceLocation(), what + ": unknown type '" + type.name() + "'");
                    continue;
                }
                CypherDef field = cypher("Query", definition, type, cypher, enums, names);
                if (field != null) {
                    queries.add(field);
                }
            }
            return queries;
        }

        /** A variable name of the statements the compiler builds, if the statement uses one (strings and comments aside). */
        private static String reservedVariable(String statement) {
            String code = statement.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\n]*", " ")
                    .replaceAll("'(?:[^'\\\\]|\\\\.)*'", "''").replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "''")
                    .replaceAll("`[^`]*`", "``");
            var matcher = java.util.regex.Pattern.compile("(?<![.$:\\w])(this0|[nr][0-9]+|v[0-9]+_\\w*)(?!\\w)").matcher(code);
            return matcher.find() ? matcher.group(1) : null;
        }

        // ---- small helpers ------------------------------------------------------------------

        private TypeRef type(Type<?> type, String what) {
            boolean nonNull = false;
            if (type instanceof NonNullType n) {
                nonNull = true;
                type = n.getType();
            }
            if (type instanceof ListType list) {
                Type<?> item = list.getType();
                boolean itemNonNull = false;
                if (item instanceof NonNullType n) {
                    itemNonNull = true;
                    item = n.getType();
                }
                if (!(item instanceof TypeName name)) {
                    problems.add(type.getSourceLocation(), what + ": lists of lists are not supported");
                    return null;
                }
                return new TypeRef(name.getName(), true, itemNonNull, nonNull);
            }
            return new TypeRef(((TypeName) type).getName(), false, false, nonNull);
        }

        private Location location(SourceLocation at) {
            if (at == null) {
                return new Location(sources.isEmpty() ? "model" : sources.get(0).name(), 0, 0);
            }
            return new Location(at.getSourceName() == null ? "model" : at.getSourceName(), at.getLine(), at.getColumn());
        }

        private static String text(Description description) {
            return description == null ? null : description.getContent().strip();
        }

        private static Directive directive(List<Directive> directives, String name) {
            return directives.stream().filter(d -> d.getName().equals(name)).findFirst().orElse(null);
        }

        private static boolean has(List<Directive> directives, String name) {
            return directive(directives, name) != null;
        }

        private static boolean has(ObjectTypeDefinition object, String name) {
            return has(object.getDirectives(), name);
        }
    }

    /** Which kind each declared name is, for resolving field types before all types are built. */
    private static final class Names {
        final Set<String> objects;
        final Set<String> interfaces;
        final Set<String> unions;
        final Set<String> enums;
        final Set<String> properties;
        Set<String> items = Set.of();

        Names(Set<String> objects, Set<String> interfaces, Set<String> unions, Set<String> enums, Set<String> properties) {
            this.objects = objects;
            this.interfaces = interfaces;
            this.unions = unions;
            this.enums = enums;
            this.properties = properties;
        }

        boolean nodeLike(String name) {
            return (objects.contains(name) && !properties.contains(name) && !items.contains(name))
                    || interfaces.contains(name) || unions.contains(name);
        }

        boolean known(String name) {
            return objects.contains(name) || interfaces.contains(name) || unions.contains(name) || enums.contains(name)
                    || SCALARS.contains(name);
        }
    }
}

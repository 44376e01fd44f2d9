package com.geokg.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.geokg.graph.GraphStatistics;
import com.geokg.model.Model;
import com.geokg.model.Naming;
import com.geokg.model.RootFields;
import com.geokg.model.RootFields.Kind;
import com.geokg.model.RootFields.Root;

import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;

/**
 * Prices an operation before it runs: the number of objects (nodes, relationship items, edges) it
 * would return. A root list costs its page ({@code limit}, else the default page) but never more
 * than the label holds; a list below it costs, per parent, the average degree of its relationship
 * type in its direction from the parent's label ({@link GraphStatistics}), capped by its
 * {@code limit}; a connection's edges cost like a list of {@code first} (or {@code last}, or the
 * default page); a single object costs one. Costs multiply down the tree, so
 * {@code actors(limit: 1000) { events { participants { actor { events { id } } } } } }} is priced
 * at what it would really return, not at the 1,000 nodes it names. Introspection costs nothing: it
 * does not touch the graph.
 *
 * <p>Also refuses pages above {@code kg.query.max-limit} (LIMIT_TOO_LARGE) before anything runs.
 */
final class CostEstimate {

    private final Model model;
    private final Map<String, Root> roots;
    private final int defaultLimit;
    private final int maxLimit;
    private final int cypherListEstimate;

    CostEstimate(Model model, int defaultLimit, int maxLimit, int cypherListEstimate) {
        this.model = model;
        this.defaultLimit = defaultLimit;
        this.maxLimit = maxLimit;
        this.cypherListEstimate = cypherListEstimate;
        this.roots = RootFields.of(model);
    }

    /** The estimate: its total, and the costliest field with its share. */
    record Result(double total, String costliest, double costliestCost) {
    }

    /** Prices the operation; throws a {@link ProblemException} with LIMIT_TOO_LARGE for a page above the maximum. */
    Result estimate(ExecutableNormalizedOperation operation, GraphStatistics.Snapshot stats, boolean query) {
        var walk = new Walk(stats);
        for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
            if (field.getName().startsWith("__")) {
                continue;
            }
            checkPage(field);
            double m = query ? rootMultiplicity(field, stats) : 1;
            Root root = roots.get(field.getName());
            if (query && root != null && root.kind() == Kind.CONNECTION) {
                walk.add(field, 1);
                walk.visit(field.getChildren(), 1, m);
            } else {
                walk.add(field, m);
                walk.visit(field.getChildren(), m, null);
            }
        }
        return new Result(walk.total, walk.costliest, walk.costliestCost);
    }

    private double rootMultiplicity(ExecutableNormalizedField field, GraphStatistics.Snapshot stats) {
        Root root = roots.get(field.getName());
        if (root == null) {
            Object limit = field.getResolvedArguments().get("limit");
            return limit instanceof Number n ? Math.max(0, n.doubleValue()) : 1;
        }
        return switch (root.kind()) {
            case BY_ID -> 1;
            case LIST -> Math.min(page(field.getResolvedArguments().get("limit")), count(root.type(), stats));
            case CONNECTION -> Math.min(connectionPage(field.getResolvedArguments()), count(root.type(), stats));
            case CYPHER -> root.cypher().type().list() ? cypherListEstimate : 1;
        };
    }

    private double page(Object limit) {
        return limit instanceof Number n ? Math.max(0, n.doubleValue()) : defaultLimit;
    }

    private double connectionPage(Map<String, Object> args) {
        Object first = args.get("first");
        Object last = args.get("last");
        return first instanceof Number n ? Math.max(0, n.doubleValue()) : last instanceof Number l ? Math.max(0, l.doubleValue()) : defaultLimit;
    }

    /** Nodes of a type, from its label or its implementations' labels; infinite when unknown. */
    private double count(Model.NodeDef type, GraphStatistics.Snapshot stats) {
        if (type == null) {
            return Double.POSITIVE_INFINITY;
        }
        if (!type.labels().isEmpty()) {
            long n = stats.nodes(type.labels().get(0));
            return n < 0 ? Double.POSITIVE_INFINITY : n;
        }
        double sum = 0;
        for (String implementation : type.implementations()) {
            Model.NodeDef member = model.nodes().get(implementation);
            sum += member == null ? Double.POSITIVE_INFINITY : count(member, stats);
        }
        return type.implementations().isEmpty() ? Double.POSITIVE_INFINITY : sum;
    }

    private void checkPage(ExecutableNormalizedField field) {
        for (String arg : List.of("limit", "first", "last")) {
            if (field.getResolvedArguments().get(arg) instanceof Number n && n.longValue() > maxLimit
                    && !field.getName().equals("neighbours")) {
                throw new ProblemException(Problem.of(ErrorCode.LIMIT_TOO_LARGE,
                        "%s %d on '%s' is larger than the maximum page size %d; page with offset or a connection's cursor"
                                .formatted(arg, n.longValue(), field.getResultKey(), maxLimit)));
            }
        }
    }

    private final class Walk {
        private final GraphStatistics.Snapshot stats;
        private double total;
        private String costliest = "";
        private double costliestCost;

        Walk(GraphStatistics.Snapshot stats) {
            this.stats = stats;
        }

        void add(ExecutableNormalizedField field, double n) {
            total += n;
            if (n > costliestCost) {
                costliestCost = n;
                costliest = pathOf(field);
            }
        }

        /**
         * Prices {@code fields}, each selected once per parent; {@code connectionPage} is set when
         * the parents are connections ({@code edges} then holds a page of edges per parent).
         */
        void visit(List<ExecutableNormalizedField> fields, double parents, Double connectionPage) {
            for (ExecutableNormalizedField f : fields) {
                if (f.getChildren().isEmpty() || f.getName().startsWith("__")) {
                    continue; // scalars and enums cost nothing beyond their object
                }
                checkPage(f);
                if (connectionPage != null) {
                    double n = parents * (f.getName().equals("edges") ? connectionPage : 1);
                    add(f, n);
                    visit(f.getChildren(), n, null);
                    continue;
                }
                double perParent = -1; // the most of any of the parents' types
                Double page = null;
                for (String typeName : f.getObjectTypeNames()) {
                    Model.NodeDef parent = model.nodes().get(typeName);
                    if (parent == null) {
                        continue; // an edge, item, connection or page-info object: one per parent
                    }
                    Model.FieldDef def = parent.fields().get(f.getName());
                    String label = parent.labels().isEmpty() ? null : parent.labels().get(0);
                    if (def instanceof Model.RelationshipDef r) {
                        double degree = label == null ? -1 : stats.degree(label, r.relationshipType(), r.outgoing(), r.undirected());
                        Object limit = f.getResolvedArguments().get("limit");
                        double m = r.type().list()
                                ? Math.min(limit instanceof Number n ? Math.max(0, n.doubleValue()) : Double.POSITIVE_INFINITY,
                                        degree < 0 ? defaultLimit : degree)
                                : 1;
                        perParent = Math.max(perParent, m);
                    } else if (def instanceof Model.CypherDef c) {
                        perParent = Math.max(perParent, c.type().list() ? cypherListEstimate : 1);
                    } else if (def == null && f.getName().equals(com.geokg.graph.query.Provenance.FIELD)) {
                        // the claims about the node (or about what a traversal passed through): ABOUT, inwards
                        double degree = label == null ? -1 : stats.degree(label, com.geokg.graph.query.Provenance.ABOUT, false, false);
                        Object limit = f.getResolvedArguments().get("limit");
                        perParent = Math.max(perParent, Math.min(limit instanceof Number n ? Math.max(0, n.doubleValue()) : Double.POSITIVE_INFINITY,
                                degree < 0 ? defaultLimit : Math.max(degree, 1) * 3));
                    } else if (def == null) {
                        Model.RelationshipDef r = connectionOf(parent, f.getName());
                        if (r != null) {
                            double degree = label == null ? -1 : stats.degree(label, r.relationshipType(), r.outgoing(), r.undirected());
                            double p = Math.min(connectionPage(f.getResolvedArguments()), degree < 0 ? defaultLimit : degree);
                            page = page == null ? p : Math.max(page, p);
                        }
                    }
                }
                double n = parents * (perParent < 0 ? 1 : perParent);
                add(f, n);
                visit(f.getChildren(), n, page);
            }
        }
    }

    private static Model.RelationshipDef connectionOf(Model.NodeDef parent, String fieldName) {
        for (Model.FieldDef def : parent.fields().values()) {
            if (def instanceof Model.RelationshipDef r && Naming.connectionField(r.name()).equals(fieldName)) {
                return r;
            }
        }
        return null;
    }

    private static String pathOf(ExecutableNormalizedField field) {
        var names = new ArrayList<String>();
        for (ExecutableNormalizedField f = field; f != null; f = f.getParent()) {
            names.add(0, f.getResultKey());
        }
        return String.join(".", names);
    }
}

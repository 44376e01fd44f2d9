package com.geokg.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.geokg.graph.query.RelationshipSpec;
import com.geokg.graph.query.ScalarField;
import com.geokg.model.CompilerSchema;
import com.geokg.model.Model;
import com.geokg.model.Model.ItemDef;
import com.geokg.model.Model.NodeDef;
import com.geokg.model.Model.RelationshipDef;
import com.geokg.model.Model.ScalarDef;
import com.geokg.model.Naming;

/**
 * The connect and disconnect mutations of one relationship field: their argument names, the
 * relationship's properties a client may set, and the {@link RelationshipSpec} the writer runs.
 *
 * @param owner the type that declares the field, which the mutation returns
 * @param ownerIsFrom whether the owner is the relationship's start node
 */
record Connect(String owner, String thisId, String otherId, String otherDescription, Map<String, ScalarDef> properties,
               RelationshipSpec spec, boolean ownerIsFrom) {

    /** Null when an end has no id to name it by: such relationships are written by scripts only. */
    static Connect of(Model model, NodeDef node, RelationshipDef field) {
        ItemDef item = model.items().get(field.type().name());
        String target = item != null ? item.nodeType().name() : field.type().name();
        List<String> others = field.names().otherTypes().isEmpty() ? List.of(target) : field.names().otherTypes();
        for (String other : others) {
            NodeDef end = model.nodes().get(other);
            if (end == null || !(end.kind() == Model.Kind.OBJECT ? end.hasId()
                    : end.implementations().stream().allMatch(m -> model.nodes().get(m).hasId()))) {
                return null;
            }
        }
        Map<String, ScalarDef> properties = field.properties() != null ? model.properties().get(field.properties()).fields()
                : item != null ? item.properties() : Map.of();
        var fields = new LinkedHashMap<String, ScalarField>();
        properties.values().forEach(p -> fields.put(p.name(), CompilerSchema.scalarField(p)));
        List<String> identity = properties.values().stream().filter(ScalarDef::key).map(ScalarDef::property).toList();
        List<String> thisLabels = CompilerSchema.lookupLabels(model, List.of(node.name()));
        List<String> otherLabels = CompilerSchema.lookupLabels(model, others);
        boolean ownerIsFrom = field.outgoing() || field.undirected();
        var spec = ownerIsFrom
                ? new RelationshipSpec(field.relationshipType(), thisLabels, otherLabels, fields, identity, "from")
                : new RelationshipSpec(field.relationshipType(), otherLabels, thisLabels, fields, identity, "to");
        String thisId = field.names().thisId() != null ? field.names().thisId() : Naming.idArgument(node.name());
        String otherId = field.names().otherId() != null ? field.names().otherId() : Naming.idArgument(others.get(0));
        String otherDescription = field.description() != null ? "The other end: " + Naming.lowerFirst(field.description())
                : "The " + Naming.words(others.get(0)) + ".";
        return new Connect(node.name(), thisId, otherId, otherDescription, properties, spec, ownerIsFrom);
    }
}

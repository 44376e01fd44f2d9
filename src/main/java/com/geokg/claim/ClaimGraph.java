package com.geokg.claim;

import static com.geokg.graph.query.ScalarKind.DATE;
import static com.geokg.graph.query.ScalarKind.ENUM;
import static com.geokg.graph.query.ScalarKind.FLOAT;
import static com.geokg.graph.query.ScalarKind.ID;
import static com.geokg.graph.query.ScalarKind.INT;
import static com.geokg.graph.query.ScalarKind.STRING;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.geokg.graph.GraphTypes;
import com.geokg.graph.query.Edge;
import com.geokg.graph.query.NodeType;
import com.geokg.graph.query.Relation;
import com.geokg.graph.query.RelationshipSpec;
import com.geokg.graph.query.ScalarField;

/**
 * How claims sit in the graph: actors `ASSERTED` or `DENIED` them, a claim is `ABOUT` any node and
 * `REPORTED_IN` sources.
 */
@ApplicationScoped
public class ClaimGraph implements GraphTypes {

    static final String CLAIM = "Claim";

    static final RelationshipSpec ASSERTED = new RelationshipSpec("ASSERTED", List.of("Actor"), List.of("Claim"),
            Map.of("on", ScalarField.of("on", DATE)), List.of(), "to");

    static final RelationshipSpec DENIED = new RelationshipSpec("DENIED", List.of("Actor"), List.of("Claim"),
            Map.of("on", ScalarField.of("on", DATE)), List.of(), "to");

    static final RelationshipSpec ABOUT = new RelationshipSpec("ABOUT", List.of("Claim"),
            List.of("Actor", "Event", "Place", "Agreement", "Source", "Claim"), Map.of(), List.of(), "from");

    static final RelationshipSpec REPORTED_IN = new RelationshipSpec("REPORTED_IN", List.of("Claim"), List.of("Source"),
            Map.of(), List.of(), "from");

    private static final Edge STANCE = new Edge("Stance", Map.of("on", ScalarField.of("on", DATE)), "actor");

    static final NodeType CLAIM_TYPE = NodeType.object(CLAIM, "Claim")
            .scalar("id", ID)
            .scalar("text", STRING)
            .scalar("status", ENUM)
            .scalar("confidence", FLOAT)
            .scalar("quantity", INT)
            .scalar("quantityQualifier", STRING)
            .scalar("quantityUnit", STRING)
            .relation(Relation.withEdge("assertedBy", "({this})<-[{rel}:ASSERTED]-({that}:Actor)", "Actor", STANCE))
            .relation(Relation.withEdge("deniedBy", "({this})<-[{rel}:DENIED]-({that}:Actor)", "Actor", STANCE))
            .relation(Relation.edges("assertions", "({this})<-[{rel}:ASSERTED]-({that}:Actor)", "Actor", STANCE))
            .relation(Relation.edges("denials", "({this})<-[{rel}:DENIED]-({that}:Actor)", "Actor", STANCE))
            .relation(Relation.many("sources", "({this})-[:REPORTED_IN]->({that}:Source)", "Source"))
            .relation(Relation.many("aboutActors", "({this})-[:ABOUT]->({that}:Actor)", "Actor"))
            .relation(Relation.many("aboutEvents", "({this})-[:ABOUT]->({that}:Event)", "Event"))
            .relation(Relation.many("aboutPlaces", "({this})-[:ABOUT]->({that}:Place)", "Place"))
            .relation(Relation.many("aboutAgreements", "({this})-[:ABOUT]->({that}:Agreement)", "Agreement"))
            .build();

    @Override
    public List<NodeType> types() {
        return List.of(CLAIM_TYPE);
    }
}

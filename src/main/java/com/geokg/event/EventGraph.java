package com.geokg.event;

import static com.geokg.graph.query.ScalarKind.DATE;
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

/** How events sit in the graph: actors take part with a role, events occur at places. */
@ApplicationScoped
public class EventGraph implements GraphTypes {

    static final String EVENT = "Event";

    static final RelationshipSpec PARTICIPANT = new RelationshipSpec("PARTICIPATED_IN", List.of("Actor"), List.of("Event"),
            Map.of("role", ScalarField.of("role", STRING)), List.of("role"), "to");

    static final RelationshipSpec OCCURRED_AT = new RelationshipSpec("OCCURRED_AT", List.of("Event"), List.of("Place"),
            Map.of(), List.of(), "from");

    private static final Edge PARTICIPATION = new Edge("Participation", Map.of(
            "role", ScalarField.of("role", STRING)), "actor");

    static final NodeType EVENT_TYPE = NodeType.object(EVENT, "Event")
            .scalar("id", ID)
            .scalar("kind", STRING)
            .scalar("title", STRING)
            .scalar("summary", STRING)
            .scalar("startDate", DATE)
            .scalar("endDate", DATE)
            .scalar("datePrecision", STRING)
            .scalar("fatalities", INT)
            .scalar("strength", INT)
            .relation(Relation.one("place", "({this})-[:OCCURRED_AT]->({that}:Place)", "Place"))
            .relation(Relation.edges("participants", "({this})<-[{rel}:PARTICIPATED_IN]-({that}:Actor)", "Actor", PARTICIPATION))
            .relation(Relation.many("claims", "({this})<-[:ABOUT]-({that}:Claim)", "Claim"))
            .build();

    @Override
    public List<NodeType> types() {
        return List.of(EVENT_TYPE);
    }
}

package com.geokg.place;

import static com.geokg.graph.query.ScalarKind.FLOAT;
import static com.geokg.graph.query.ScalarKind.ID;
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

/** How places sit in the graph: `LOCATED_IN` a larger place or a state; events `OCCURRED_AT` them. */
@ApplicationScoped
public class PlaceGraph implements GraphTypes {

    static final String PLACE = "Place";

    static final RelationshipSpec LOCATED_IN = new RelationshipSpec("LOCATED_IN", List.of("Place"), List.of("Place", "State"),
            Map.of(), List.of(), "from");

    static final NodeType PLACE_TYPE = NodeType.object(PLACE, "Place")
            .scalar("id", ID)
            .scalar("name", STRING)
            .scalar("kind", STRING)
            .scalar("lat", FLOAT)
            .scalar("lon", FLOAT)
            .scalar("description", STRING)
            .relation(Relation.one("locatedIn", "({this})-[:LOCATED_IN]->({that}:Place)", PLACE))
            .relation(Relation.one("state", "({this})-[:LOCATED_IN*1..8]->({that}:State)", "State"))
            .relation(Relation.many("places", "({this})<-[:LOCATED_IN]-({that}:Place)", PLACE))
            .relation(Relation.many("events", "({this})<-[:OCCURRED_AT]-({that}:Event)", "Event"))
            .relation(Relation.many("claims", "({this})<-[:ABOUT]-({that}:Claim)", "Claim"))
            .build();

    @Override
    public List<NodeType> types() {
        return List.of(PLACE_TYPE);
    }
}

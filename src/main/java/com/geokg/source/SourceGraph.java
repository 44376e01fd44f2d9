package com.geokg.source;

import static com.geokg.graph.query.ScalarKind.DATE;
import static com.geokg.graph.query.ScalarKind.ID;
import static com.geokg.graph.query.ScalarKind.STRING;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.geokg.graph.GraphTypes;
import com.geokg.graph.query.Edge;
import com.geokg.graph.query.NodeType;
import com.geokg.graph.query.Relation;
import com.geokg.graph.query.ScalarField;

/** How sources sit in the graph: claims are `REPORTED_IN` them; an actor `PUBLISHED` them. */
@ApplicationScoped
public class SourceGraph implements GraphTypes {

    static final String SOURCE = "Source";

    static final NodeType SOURCE_TYPE = NodeType.object(SOURCE, "Source")
            .scalar("id", ID)
            .scalar("title", STRING)
            .scalar("publisher", STRING)
            .scalar("kind", STRING)
            .scalar("publishedOn", DATE)
            .scalar("datePrecision", STRING)
            .scalar("url", STRING)
            .scalar("summary", STRING)
            .relation(Relation.many("claims", "({this})<-[:REPORTED_IN]-({that}:Claim)", "Claim"))
            .relation(Relation.one("publishedBy", "({this})<-[:PUBLISHED]-({that}:Actor)", "Actor"))
            .build();

    @Override
    public List<NodeType> types() {
        return List.of(SOURCE_TYPE);
    }
}

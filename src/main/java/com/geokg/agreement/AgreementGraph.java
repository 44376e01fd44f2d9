package com.geokg.agreement;

import static com.geokg.graph.query.ScalarKind.DATE;
import static com.geokg.graph.query.ScalarKind.ID;
import static com.geokg.graph.query.ScalarKind.STRING;
import static com.geokg.graph.query.ScalarKind.STRING_LIST;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.geokg.graph.GraphTypes;
import com.geokg.graph.query.Edge;
import com.geokg.graph.query.NodeType;
import com.geokg.graph.query.Relation;
import com.geokg.graph.query.RelationshipSpec;
import com.geokg.graph.query.ScalarField;

/** How agreements sit in the graph: parties by `PARTY_TO`, signatories by `SIGNED`. */
@ApplicationScoped
public class AgreementGraph implements GraphTypes {

    static final String AGREEMENT = "Agreement";

    static final RelationshipSpec PARTY = new RelationshipSpec("PARTY_TO", List.of("Actor"), List.of("Agreement"),
            Map.of("role", ScalarField.of("role", STRING), "signedOn", ScalarField.of("signedOn", DATE)), List.of(), "to");

    static final RelationshipSpec SIGNATORY = new RelationshipSpec("SIGNED", List.of("Person"), List.of("Agreement"),
            Map.of("on", ScalarField.of("on", DATE)), List.of(), "to");

    private static final Edge PARTY_EDGE = new Edge("Party", Map.of(
            "role", ScalarField.of("role", STRING),
            "signedOn", ScalarField.of("signedOn", DATE)), "actor");

    static final NodeType AGREEMENT_TYPE = NodeType.object(AGREEMENT, "Agreement")
            .scalar("id", ID)
            .scalar("name", STRING)
            .scalar("kind", STRING)
            .scalar("signedOn", DATE)
            .scalar("aliases", STRING_LIST)
            .scalar("description", STRING)
            .relation(Relation.withEdge("parties", "({this})<-[{rel}:PARTY_TO]-({that}:Actor)", "Actor", PARTY_EDGE))
            .relation(Relation.edges("partyRoles", "({this})<-[{rel}:PARTY_TO]-({that}:Actor)", "Actor", PARTY_EDGE))
            .relation(Relation.many("signatories", "({this})<-[:SIGNED]-({that}:Person)", "Person"))
            .relation(Relation.many("claims", "({this})<-[:ABOUT]-({that}:Claim)", "Claim"))
            .build();

    @Override
    public List<NodeType> types() {
        return List.of(AGREEMENT_TYPE);
    }
}

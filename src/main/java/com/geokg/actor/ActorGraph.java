package com.geokg.actor;

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

/**
 * How actors sit in the graph. "Signed pact with" and "deployed troops to" are not stored: they
 * are traversals through the agreements and events that are the source of truth.
 */
@ApplicationScoped
public class ActorGraph implements GraphTypes {

    static final String ACTOR = "Actor";
    static final String STATE = "State";
    static final String PERSON = "Person";
    static final String ORGANIZATION = "Organization";
    static final String MILITARY_UNIT = "MilitaryUnit";

    static final RelationshipSpec PART_OF = new RelationshipSpec("PART_OF", List.of("Actor"), List.of("Actor"),
            Map.of(), List.of(), "from");

    private static final Edge LEADERSHIP = new Edge("Leadership", Map.of(
            "title", ScalarField.of("title", STRING),
            "since", ScalarField.of("since", DATE),
            "until", ScalarField.of("until", DATE)), "person");

    private static final Edge OFFICE = new Edge("Office", LEADERSHIP.properties(), "actor");

    private static final Edge EVENT_ROLE = new Edge("EventRole", Map.of(
            "role", ScalarField.of("role", STRING)), "event");

    static final RelationshipSpec LEADS = new RelationshipSpec("LEADS", List.of("Person"), List.of("Actor"),
            LEADERSHIP.properties(), List.of(), "to");

    static final NodeType ACTOR_TYPE = NodeType.anInterface(ACTOR, "Actor", List.of(STATE, PERSON, MILITARY_UNIT, ORGANIZATION))
            .scalar("id", ID)
            .scalar("name", STRING)
            .scalar("aliases", STRING_LIST)
            .scalar("description", STRING)
            .relation(Relation.many("partOf", "({this})-[:PART_OF]->({that}:Actor)", ACTOR))
            .relation(Relation.many("parts", "({this})<-[:PART_OF]-({that}:Actor)", ACTOR))
            .relation(Relation.edges("leaders", "({this})<-[{rel}:LEADS]-({that}:Person)", PERSON, LEADERSHIP))
            .relation(Relation.many("agreements", "({this})-[:PARTY_TO]->({that}:Agreement)", "Agreement"))
            .relation(Relation.edges("participations", "({this})-[{rel}:PARTICIPATED_IN]->({that}:Event)", "Event", EVENT_ROLE))
            .relation(Relation.withEdge("events", "({this})-[{rel}:PARTICIPATED_IN]->({that}:Event)", "Event", EVENT_ROLE))
            .relation(Relation.many("asserted", "({this})-[:ASSERTED]->({that}:Claim)", "Claim"))
            .relation(Relation.many("denied", "({this})-[:DENIED]->({that}:Claim)", "Claim"))
            .relation(Relation.many("claims", "({this})<-[:ABOUT]-({that}:Claim)", "Claim"))
            .build();

    static final NodeType STATE_TYPE = NodeType.object(STATE, "State")
            .include(ACTOR_TYPE)
            .scalar("iso3", STRING)
            .relation(Relation.many("pactPartners",
                    "({this})-[:PARTY_TO]->({v}a:Agreement)<-[:PARTY_TO]-({that}:State)",
                    "{v}a.kind IN ['PACT', 'TREATY'] AND {that} <> {this}", STATE))
            .relation(Relation.many("deployedTroopsTo",
                    "({this})-[{v}s:PARTICIPATED_IN]->({v}e:Event)<-[{v}r:PARTICIPATED_IN]-({that}:State)",
                    "{v}e.kind = 'TROOP_DEPLOYMENT' AND {v}s.role = 'SENDER' AND {v}r.role = 'RECEIVER'", STATE))
            .relation(Relation.many("receivedTroopsFrom",
                    "({this})-[{v}r:PARTICIPATED_IN]->({v}e:Event)<-[{v}s:PARTICIPATED_IN]-({that}:State)",
                    "{v}e.kind = 'TROOP_DEPLOYMENT' AND {v}s.role = 'SENDER' AND {v}r.role = 'RECEIVER'", STATE))
            .build();

    static final NodeType PERSON_TYPE = NodeType.object(PERSON, "Person")
            .include(ACTOR_TYPE)
            .relation(Relation.edges("leads", "({this})-[{rel}:LEADS]->({that}:Actor)", ACTOR, OFFICE))
            .relation(Relation.many("signed", "({this})-[:SIGNED]->({that}:Agreement)", "Agreement"))
            .build();

    static final NodeType ORGANIZATION_TYPE = NodeType.object(ORGANIZATION, "Organization").include(ACTOR_TYPE).build();

    static final NodeType MILITARY_UNIT_TYPE = NodeType.object(MILITARY_UNIT, "MilitaryUnit").include(ACTOR_TYPE).build();

    @Override
    public List<NodeType> types() {
        return List.of(ACTOR_TYPE, STATE_TYPE, PERSON_TYPE, ORGANIZATION_TYPE, MILITARY_UNIT_TYPE);
    }
}

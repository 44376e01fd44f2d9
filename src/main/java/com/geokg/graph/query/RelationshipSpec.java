package com.geokg.graph.query;

import java.util.List;
import java.util.Map;

/**
 * A relationship of the model that mutations may create ({@code connect...}) and remove
 * ({@code disconnect...}). Fixed by us, never by a client.
 *
 * @param type the relationship type, e.g. {@code PARTICIPATED_IN}
 * @param fromLabels labels that may be at the start (any one of them)
 * @param toLabels labels that may be at the end (any one of them)
 * @param properties the relationship's properties a client may set
 * @param identity the properties that tell two relationships between the same nodes apart
 *                 ({@code role}: an actor can be SENDER and TRANSPORTER of one event); MERGE on them
 * @param returns {@code "from"} or {@code "to"}: which end the mutation returns
 */
public record RelationshipSpec(String type, List<String> fromLabels, List<String> toLabels,
                               Map<String, ScalarField> properties, List<String> identity, String returns) {
}

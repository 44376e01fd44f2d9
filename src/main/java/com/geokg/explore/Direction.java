package com.geokg.explore;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("Direction")
@Description("Which way to follow relationships from a node.")
public enum Direction {
    @Description("Relationships pointing away from the node.")
    OUT,
    @Description("Relationships pointing to the node.")
    IN,
    @Description("Both ways.")
    BOTH
}

package com.geokg.claim;


import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.geokg.graph.NodeData;

@Type("Claim")
@Description("A statement that something is so, with who asserts it, who denies it and where it was reported.")
public record Claim(@Ignore NodeData node) {

    @Id
    @NonNull
    @Description("Stable, human-readable id (a slug).")
    public String getId() {
        return node.string("id");
    }

    @NonNull
    @Description("What is claimed.")
    public String getText() {
        return node.string("text");
    }

    @NonNull
    @Description("Where it stands: asserted, confirmed, unverified, disputed, denied or retracted.")
    public ClaimStatus getStatus() {
        return ClaimStatus.valueOf(node.string("status"));
    }

    @Description("Our confidence in it, 0 to 1.")
    public Double getConfidence() {
        return node.decimal("confidence");
    }

    @Description("The figure it gives, if any (1500 soldiers).")
    public Integer getQuantity() {
        return node.integer("quantity");
    }

    @Description("How the figure is qualified: AROUND, OVER, UNDER, EXACTLY.")
    public String getQuantityQualifier() {
        return node.string("quantityQualifier");
    }

    @Description("What the figure counts (soldiers, officers killed).")
    public String getQuantityUnit() {
        return node.string("quantityUnit");
    }
}

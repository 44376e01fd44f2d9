package com.geokg.load;

import java.util.LinkedHashMap;
import java.util.Map;

import org.neo4j.driver.summary.SummaryCounters;

/**
 * What a load changed, summed over its committed statements (the same counters Neo4j reports per
 * statement). A "row" in rates is a node or relationship created or deleted: the unit data teams
 * count their scripts in.
 */
public record Counters(long statements, long nodesCreated, long nodesDeleted, long relationshipsCreated,
                       long relationshipsDeleted, long propertiesSet, long labelsAdded, long labelsRemoved,
                       long indexesAdded, long indexesRemoved, long constraintsAdded, long constraintsRemoved) {

    public static final Counters NONE = new Counters(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** The counters of one statement. */
    public static Counters of(SummaryCounters c) {
        return new Counters(1, c.nodesCreated(), c.nodesDeleted(), c.relationshipsCreated(), c.relationshipsDeleted(),
                c.propertiesSet(), c.labelsAdded(), c.labelsRemoved(), c.indexesAdded(), c.indexesRemoved(),
                c.constraintsAdded(), c.constraintsRemoved());
    }

    public Counters plus(Counters o) {
        return new Counters(statements + o.statements, nodesCreated + o.nodesCreated, nodesDeleted + o.nodesDeleted,
                relationshipsCreated + o.relationshipsCreated, relationshipsDeleted + o.relationshipsDeleted,
                propertiesSet + o.propertiesSet, labelsAdded + o.labelsAdded, labelsRemoved + o.labelsRemoved,
                indexesAdded + o.indexesAdded, indexesRemoved + o.indexesRemoved,
                constraintsAdded + o.constraintsAdded, constraintsRemoved + o.constraintsRemoved);
    }

    /** Nodes and relationships created or deleted. */
    public long rows() {
        return nodesCreated + nodesDeleted + relationshipsCreated + relationshipsDeleted;
    }

    /** As property values for a {@code :LoadRecord}. */
    public Map<String, Object> asProperties() {
        var m = new LinkedHashMap<String, Object>();
        m.put("statements", statements);
        m.put("nodesCreated", nodesCreated);
        m.put("nodesDeleted", nodesDeleted);
        m.put("relationshipsCreated", relationshipsCreated);
        m.put("relationshipsDeleted", relationshipsDeleted);
        m.put("propertiesSet", propertiesSet);
        m.put("labelsAdded", labelsAdded);
        m.put("labelsRemoved", labelsRemoved);
        m.put("indexesAdded", indexesAdded);
        m.put("indexesRemoved", indexesRemoved);
        m.put("constraintsAdded", constraintsAdded);
        m.put("constraintsRemoved", constraintsRemoved);
        return m;
    }
}

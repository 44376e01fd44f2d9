package com.geokg.graph.query;

/**
 * The claims vocabulary, a fixed part of the graph's contract (MODEL.md): {@code (:Claim)} nodes
 * with a {@code status}, {@code (:Actor)-[:ASSERTED {on}]->(:Claim)},
 * {@code (:Actor)-[:DENIED {on}]->(:Claim)} and {@code (:Claim)-[:ABOUT]->(anything)}, as Cypher
 * fragments. {@code asOf} is a Cypher expression for a date or null (a parameter):
 * <ul>
 * <li>a claim is <em>known</em> as of a day when someone asserted it on or before that day (an
 * undated assertion counts at every date); with no date, every claim is known;</li>
 * <li>its status as of a day is its status, except that a claim now DENIED or DISPUTED reads
 * ASSERTED before its first dated denial: the denial had not come yet. The other statuses
 * (CONFIRMED, UNVERIFIED, RETRACTED, ASSERTED) are the curators' present judgement and carry no
 * date, so they stand at every date;</li>
 * <li>what a node <em>rests on</em>: the claims {@code ABOUT} it; what an answer of a traversal
 * ({@code @restsOn}) rests on: the claims {@code ABOUT} the nodes it passed through.</li>
 * </ul>
 */
public final class Provenance {

    public static final String CLAIM = "Claim";
    public static final String ABOUT = "ABOUT";
    /** The property of a claim's status. */
    public static final String STATUS = "status";
    /** The field every node type gets: the claims it rests on. */
    public static final String FIELD = "provenance";

    /** The levels of the {@code evidence} argument, weakest first. */
    public enum Level {
        /** Everything, whatever the claims say (the default). */
        ANY,
        /** Rests on at least one known claim. */
        CLAIMED,
        /** Rests on at least one known claim, and none of the known claims it rests on is DENIED or RETRACTED (as of the date). */
        NOT_DENIED,
        /** Rests on at least one known claim whose status is CONFIRMED. */
        CONFIRMED
    }

    private Provenance() {
    }

    /** True when the claim in {@code var} was asserted on or before the date {@code $asOf} (the parameter named so). */
    public static String assertedBy(String var) {
        return known(var, "$asOf");
    }

    /** The status of the claim in {@code var} as it stood {@code $asOf}; null for other nodes. */
    public static String statusAsOf(String var) {
        return "CASE WHEN NOT " + var + ":" + CLAIM + " THEN null ELSE " + status(var, "$asOf") + " END";
    }

    /** True when the claim in {@code claim} is known as of {@code asOf} (always, when it is null). */
    static String known(String claim, String asOf) {
        return "(" + asOf + " IS NULL OR EXISTS { (" + claim + ")<-[stance:ASSERTED]-() WHERE stance.on IS NULL OR stance.on <= " + asOf + " })";
    }

    /** The status of the claim in {@code claim} as it stood {@code asOf} (its status, when null). */
    static String status(String claim, String asOf) {
        return "CASE WHEN " + asOf + " IS NOT NULL AND " + claim + ".status IN ['DENIED', 'DISPUTED'] AND NOT EXISTS { (" + claim
                + ")<-[denial:DENIED]-() WHERE denial.on IS NULL OR denial.on <= " + asOf + " } THEN 'ASSERTED' ELSE " + claim + ".status END";
    }

    /**
     * The condition that keeps what the claims support at {@code level}, for the node in
     * {@code subject}, or, when {@code through} is true, for the list of nodes in {@code subject}
     * a traversal passed through; empty for {@link Level#ANY}.
     */
    static String evidence(Level level, String subject, boolean through, String asOf, String claim) {
        if (level == Level.ANY) {
            return "";
        }
        String about = through
                ? "UNWIND " + subject + " AS " + claim + "_of MATCH (" + claim + ":" + CLAIM + ")-[:" + ABOUT + "]->(" + claim + "_of)"
                : "MATCH (" + claim + ":" + CLAIM + ")-[:" + ABOUT + "]->(" + subject + ")";
        String known = known(claim, asOf);
        return switch (level) {
            case CLAIMED -> "EXISTS { " + about + " WHERE " + known + " }";
            case NOT_DENIED -> "EXISTS { " + about + " WHERE " + known + " } AND NOT EXISTS { " + about + " WHERE " + known
                    + " AND " + status(claim, asOf) + " IN ['DENIED', 'RETRACTED'] }";
            case CONFIRMED -> "EXISTS { " + about + " WHERE " + known + " AND " + claim + ".status = 'CONFIRMED' }";
            case ANY -> "";
        };
    }
}

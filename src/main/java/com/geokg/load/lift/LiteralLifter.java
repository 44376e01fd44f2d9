package com.geokg.load.lift;

/** Placeholder until literal lifting lands: statements are sent as written. */
public final class LiteralLifter {

    private LiteralLifter() {
    }

    public static Lifted lift(String cypher) {
        return Lifted.unchanged(cypher);
    }
}

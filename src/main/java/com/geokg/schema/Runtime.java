package com.geokg.schema;

import com.geokg.graph.GraphReader;
import com.geokg.graph.GraphWriter;

import io.quarkus.arc.Arc;

/**
 * The beans the generated data fetchers use, looked up on first use: the schema is generated
 * while the application initialises, before its beans may be created.
 */
final class Runtime {

    private static volatile GraphReader reader;
    private static volatile GraphWriter writer;
    private static volatile WriteAccess access;

    private Runtime() {
    }

    static GraphReader reader() {
        GraphReader r = reader;
        if (r == null) {
            r = Arc.container().instance(GraphReader.class).get();
            reader = r;
        }
        return r;
    }

    static GraphWriter writer() {
        GraphWriter w = writer;
        if (w == null) {
            w = Arc.container().instance(GraphWriter.class).get();
            writer = w;
        }
        return w;
    }

    static WriteAccess access() {
        WriteAccess a = access;
        if (a == null) {
            a = Arc.container().instance(WriteAccess.class).get();
            access = a;
        }
        return a;
    }
}

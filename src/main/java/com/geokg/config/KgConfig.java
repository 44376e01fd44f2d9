package com.geokg.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * All of the service's own settings. Environment variables follow from the names:
 * {@code kg.embedded.bolt-port} is {@code KG_EMBEDDED_BOLT_PORT}. The Neo4j connection itself uses
 * the names Neo4j users already keep in their {@code .env} files ({@code NEO4J_URI},
 * {@code NEO4J_USERNAME}, {@code NEO4J_PASSWORD}), see {@code application.properties}.
 */
@ConfigMapping(prefix = "kg")
public interface KgConfig {

    /** The Neo4j to use; when empty, the embedded database is started. Mapped from {@code NEO4J_URI}. */
    @WithName("neo4j.uri")
    Optional<URI> neo4jUri();

    /**
     * The model files, comma-separated and read in order ({@code KG_MODEL}); the word
     * {@code builtin} stands for the bundled model, which is also what an unset value means. Read
     * once, when the application initialises ({@code com.geokg.model.Models}).
     */
    Optional<String> model();

    Embedded embedded();

    Seed seed();

    Query query();

    /** The in-process Neo4j that is the default when no {@code NEO4J_URI} is given. */
    interface Embedded {

        /** Bolt port on 127.0.0.1, so cypher-shell and Neo4j tools can connect to the embedded store. */
        @WithDefault("7687")
        int boltPort();

        /** Where the store lives; kept across restarts. */
        @WithDefault("data/neo4j")
        Path dataDir();

        /** Page cache size, in MiB. */
        @WithDefault("128")
        int pageCacheMib();

        /** How long Neo4j may wait for Bolt workers at shutdown. */
        @WithDefault("1s")
        Duration shutdownWait();
    }

    /** The versioned schema and seed scripts under {@code cypher/}. */
    interface Seed {

        /** Apply the scripts at start-up (each script only once per checksum). */
        @WithDefault("true")
        boolean applyOnStart();
    }

    /** Bounds on what one GraphQL request may ask for. */
    interface Query {

        /** Largest {@code limit} a list accepts; larger values are refused with LIMIT_TOO_LARGE. */
        @WithDefault("1000")
        int maxLimit();

        /** Default {@code limit} of a root list when the client gives none. */
        @WithDefault("100")
        int defaultLimit();
    }
}

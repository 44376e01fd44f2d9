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

    Limits limits();

    Http http();

    Explore explore();

    /** The analysts' queries: {@code search}, {@code neighbourhood}, {@code paths}. */
    interface Explore {

        /** The most nodes {@code neighbourhood} answers (besides its center), and the largest {@code limit} it accepts. */
        @WithDefault("1000")
        int maxNodes();

        /** The most relationships {@code paths} crosses, and the largest {@code maxHops} it accepts; also its default. */
        @WithDefault("6")
        int maxHops();

        /** The most paths {@code paths} answers, and the most hits {@code search} answers. */
        @WithDefault("100")
        int maxResults();
    }

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

    /**
     * What one GraphQL request may cost, enforced before it runs (the estimate, depth, fields) and
     * while it runs (the transaction timeout in Neo4j, the response size), and how many run at once.
     */
    interface Limits {

        /** Deepest nesting of fields an operation may have. */
        @WithDefault("16")
        int maxDepth();

        /** Most fields an operation may select, fragments counted where they are spread. */
        @WithDefault("2000")
        int maxFields();

        /**
         * Budget of an operation's estimated cost: the number of objects (nodes, relationships,
         * edges) it would return, priced from the page sizes it asks for and the graph's
         * statistics (nodes per label, average degree per relationship type and direction). Above
         * it the operation is refused with COST_LIMIT before anything runs.
         */
        @WithDefault("50000")
        long maxCost();

        /** Objects a list-valued {@code @cypher} field is priced at per parent (Neo4j keeps no statistics for it). */
        @WithDefault("10")
        int cypherListEstimate();

        /** Longest a request's statement may run; Neo4j cancels it then (TIMEOUT). */
        @WithDefault("10s")
        Duration transactionTimeout();

        /** Largest answer, in bytes; a larger one is refused with RESPONSE_TOO_LARGE. */
        @WithDefault("16777216")
        long maxResponseBytes();

        /** Operations that run at once; more wait in a queue. */
        @WithDefault("16")
        int maxConcurrent();

        /** Operations that may wait for a free slot; more are refused at once with 503 OVERLOADED. */
        @WithDefault("128")
        int maxQueued();

        /** Longest an operation waits for a slot before it is refused with 503 OVERLOADED. */
        @WithDefault("2s")
        Duration queueTimeout();

        /** How often the graph statistics behind the cost estimate are read again. */
        @WithDefault("60s")
        Duration statisticsRefresh();
    }

    /** The GraphQL endpoint's HTTP settings. */
    interface Http {

        /** Largest request body {@code /graphql} accepts, in bytes (REQUEST_TOO_LARGE); {@code /load} has its own, larger limit. */
        @WithDefault("1048576")
        long graphqlMaxBody();

        /** Whether {@code __schema} and {@code __type} may be queried; switch off in production if the schema is private. */
        @WithDefault("true")
        boolean introspection();

        /** Whether GraphiQL is served at {@code /q/graphql-ui/} (and {@code /} redirects to it). */
        @WithDefault("true")
        boolean graphiql();

        /**
         * Whether the graph view is served at {@code /explore/}. A switch of its own, not GraphiQL's:
         * a deployment may well keep the analysts' picture and drop the developers' query editor.
         */
        @WithDefault("true")
        boolean explore();
    }
}

package com.geokg.explore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

import com.geokg.config.KgConfig;

/**
 * The graph view for analysts, {@code /explore/}: static files under
 * {@code META-INF/resources/explore/} that talk to {@code /graphql} alone, drawing with
 * Cytoscape.js from its WebJar. Quarkus serves the files; this class only adds the redirect from
 * {@code /explore} (relative links in the page need the slash) and, with
 * {@code kg.http.explore=false}, answers 404 before the static handler can serve anything.
 */
@ApplicationScoped
public class ExplorePage {

    static final String PATH = "/explore";

    private final boolean enabled;

    ExplorePage(KgConfig config) {
        this.enabled = config.http().explore();
    }

    void routes(@Observes Router router) {
        if (!enabled) {
            router.route(PATH).order(-100).handler(ctx -> ctx.response().setStatusCode(404).end());
            router.route(PATH + "/*").order(-100).handler(ctx -> ctx.response().setStatusCode(404).end());
            return;
        }
        // Vert.x matches "/explore" with and without the slash; only the bare one is redirected
        router.get(PATH).order(-100).handler(ctx -> {
            if (ctx.request().path().endsWith("/")) {
                ctx.next();
            } else {
                ctx.response().setStatusCode(302).putHeader("Location", PATH + "/").end();
            }
        });
    }
}

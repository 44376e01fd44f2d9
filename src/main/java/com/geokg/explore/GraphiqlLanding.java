package com.geokg.explore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.geokg.config.KgConfig;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Analysts land in GraphiQL on saved questions, a tab each: the pact, the deployment and who
 * claims it, the denial, the strike near Donetsk, a search, a path and a timeline
 * ({@link GraphiqlExamples}). SmallRye GraphQL's own page renders GraphiQL without tabs, so
 * {@code /q/graphql-ui/} is our page instead: the same scripts from the same jar (they stay
 * served by Quarkus beside it), then our render script, which passes the examples as GraphiQL's
 * {@code defaultTabs}. {@code /} redirects there. With {@code kg.http.graphiql=false}
 * (production, when the API is not for people to explore) there is no GraphiQL page at all.
 */
@ApplicationScoped
public class GraphiqlLanding {

    static final String UI = "/q/graphql-ui/";

    private final boolean enabled;
    private final String page;
    private final String renderScript;

    GraphiqlLanding(KgConfig config) {
        this.enabled = config.http().graphiql();
        this.page = enabled ? page(new ObjectMapper()) : null;
        this.renderScript = enabled ? GraphiqlExamples.resource("graphiql/render.js") : null;
    }

    void routes(@Observes Router router) {
        if (!enabled) {
            // kg.http.graphiql=false: no GraphiQL page and no landing redirect (production)
            router.route(UI + "*").order(-100).handler(ctx -> ctx.response().setStatusCode(404).end());
            router.route(UI.substring(0, UI.length() - 1)).order(-100).handler(ctx -> ctx.response().setStatusCode(404).end());
            return;
        }
        router.get("/").order(-100).handler(ctx -> ctx.response().setStatusCode(302).putHeader("Location", UI).end());
        // Vert.x matches UI without its slash too; the page's relative script paths need the slash
        router.get(UI).order(-100).handler(ctx -> {
            if (ctx.request().path().endsWith("/")) {
                send(ctx, "text/html; charset=utf-8", page);
            } else {
                String query = ctx.request().query();
                ctx.response().setStatusCode(302).putHeader("Location", UI + (query == null ? "" : "?" + query)).end();
            }
        });
        router.get(UI + "index.html").order(-100).handler(ctx -> send(ctx, "text/html; charset=utf-8", page));
        router.get(UI + "geokg-render.js").order(-100).handler(ctx -> send(ctx, "text/javascript; charset=utf-8", renderScript));
    }

    private static void send(RoutingContext ctx, String type, String body) {
        ctx.response().putHeader("Content-Type", type).putHeader("Cache-Control", "no-cache").end(body);
    }

    /** The page with the examples inlined as JSON; {@code <} is escaped so no text can close the script element. */
    private static String page(ObjectMapper json) {
        try {
            String examples = json.writeValueAsString(GraphiqlExamples.all()).replace("<", "\\u003c");
            return GraphiqlExamples.resource("graphiql/index.html").replace("{{EXAMPLES}}", examples);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

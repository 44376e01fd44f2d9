package com.geokg.explore;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Analysts land in GraphiQL on a query that shows what the graph is for: who signed a pact with
 * whom, who sent troops where, and who claims it, who denies it. {@code /} and a bare
 * {@code /q/graphql-ui/} redirect to GraphiQL with that query filled in. With
 * {@code kg.http.graphiql=false} (production, when the API is not for people to explore) there is
 * no GraphiQL page at all.
 */
@ApplicationScoped
public class GraphiqlLanding {

    static final String UI = "/q/graphql-ui/";

    static final String EXAMPLE_QUERY = """
            # Who signed a pact with North Korea, where did it send troops,
            # and who says so (or denies it)? Press the run button.
            query NorthKorea($id: ID! = "north-korea") {
              state(id: $id) {
                name
                pactPartners { name }
                deployedTroopsTo { name }
              }
              events(where: { kind: { eq: "TROOP_DEPLOYMENT" } }, sort: [{ startDate: DESC }]) {
                title
                place { name }
                participants { role actor { name } }
                claims {
                  text
                  status
                  assertedBy { name }
                  deniedBy { name }
                  sources { title }
                }
              }
            }
            """;

    static final String LOCATION = UI + "?query=" + URLEncoder.encode(EXAMPLE_QUERY, StandardCharsets.UTF_8).replace("+", "%20");

    private final boolean enabled;

    GraphiqlLanding(com.geokg.config.KgConfig config) {
        this.enabled = config.http().graphiql();
    }

    void routes(@Observes Router router) {
        if (!enabled) {
            // kg.http.graphiql=false: no GraphiQL page and no landing redirect (production)
            router.route(UI + "*").order(-100).handler(ctx -> ctx.response().setStatusCode(404).end());
            router.route(UI.substring(0, UI.length() - 1)).order(-100).handler(ctx -> ctx.response().setStatusCode(404).end());
            return;
        }
        router.get("/").order(-100).handler(GraphiqlLanding::redirect);
        router.get(UI).order(-100).handler(ctx -> {
            if (ctx.request().params().isEmpty()) {
                redirect(ctx);
            } else {
                ctx.next();
            }
        });
    }

    private static void redirect(RoutingContext ctx) {
        ctx.response().setStatusCode(302).putHeader("Location", LOCATION).end();
    }
}

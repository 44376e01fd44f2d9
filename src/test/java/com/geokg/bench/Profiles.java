package com.geokg.bench;

import java.util.Locale;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.ProfiledPlan;

/**
 * {@code PROFILE} of the hand-written and the compiled statement of each query ({@code -Dbench.profile=true}):
 * database hits and rows per operator, to tell a slow statement shape from a slow layer around it.
 */
final class Profiles {

    private Profiles() {
    }

    static String profile(Driver driver, BenchQuery query) {
        var out = new StringBuilder("## " + query.name() + "\n");
        append(out, "hand-written", driver, query.cypher(), query.params());
        append(out, "compiled by the service", driver, query.compiled().cypher(), query.compiled().parameters());
        String indexOrdered = query.cypher().replaceFirst("\nWITH (\\w+) ORDER BY \\1\\.id LIMIT", "\nWHERE $1.id IS NOT NULL\nWITH $1 ORDER BY $1.id LIMIT");
        if (!indexOrdered.equals(query.cypher())) {
            // the same statement with a predicate on id: lets the planner read the id index in order and stop at the limit
            append(out, "hand-written, with `WHERE x.id IS NOT NULL`", driver, indexOrdered, query.params());
        }
        return out.toString();
    }

    private static void append(StringBuilder out, String title, Driver driver, String cypher, Map<String, Object> params) {
        try (var session = driver.session()) {
            var summary = session.run("PROFILE " + cypher, params).consume();
            ProfiledPlan plan = summary.profile();
            out.append(String.format(Locale.ROOT, "### %s: %,d db hits, %d ms until the result was available%n%n```cypher%n%s%n```%n%n```%n",
                    title, totalHits(plan), summary.resultAvailableAfter(java.util.concurrent.TimeUnit.MILLISECONDS), cypher));
            tree(out, plan, 0);
            out.append("```\n\n");
        }
    }

    private static long totalHits(ProfiledPlan plan) {
        return plan.dbHits() + plan.children().stream().mapToLong(Profiles::totalHits).sum();
    }

    private static void tree(StringBuilder out, ProfiledPlan plan, int depth) {
        out.append(String.format(Locale.ROOT, "%s%s  rows=%,d dbHits=%,d  %s%n", "  ".repeat(depth), plan.operatorType(),
                plan.records(), plan.dbHits(), details(plan)));
        for (ProfiledPlan child : plan.children()) {
            tree(out, child, depth + 1);
        }
    }

    private static String details(ProfiledPlan plan) {
        var details = plan.arguments().get("Details");
        String text = details == null ? "" : details.asString();
        return text.length() > 140 ? text.substring(0, 140) + "..." : text;
    }
}

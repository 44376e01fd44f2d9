package com.geokg.load.script;

import java.util.List;
import java.util.Objects;

/**
 * A parsed script: its steps in the order they must run. Only produced for scripts without
 * problems, so a runner can trust that {@code :begin}/{@code :commit} pair up and that no
 * {@code CALL ... IN TRANSACTIONS} sits inside an explicit transaction.
 *
 * @param sourceName the name used in positions (file name or {@code "<stdin>"})
 * @param items      the steps, ordinals 1..n in order; unmodifiable
 */
public record CypherScript(String sourceName, List<ScriptItem> items) {

    public CypherScript {
        Objects.requireNonNull(sourceName, "sourceName");
        items = List.copyOf(items);
    }

    /** Just the Cypher statements, for callers that do not care about parameters or transactions. */
    public List<ScriptItem.Statement> statements() {
        return items.stream()
                .filter(ScriptItem.Statement.class::isInstance)
                .map(ScriptItem.Statement.class::cast)
                .toList();
    }
}

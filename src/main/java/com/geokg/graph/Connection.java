package com.geokg.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.geokg.graph.query.Cursors;

/**
 * One page of a connection as the compiled query returned it ({@code totalCount}, {@code skip},
 * {@code reversed}, {@code page}), turned into edges with cursors and a {@link PageInfo}.
 */
public final class Connection {

    private final long totalCount;
    private final long start;
    private final List<Map<String, Object>> page;

    @SuppressWarnings("unchecked")
    public Connection(NodeData data) {
        this.totalCount = ((Number) data.values().get("totalCount")).longValue();
        long skip = ((Number) data.values().get("skip")).longValue();
        var items = new ArrayList<>((List<Map<String, Object>>) data.values().get("page"));
        if (Boolean.TRUE.equals(data.values().get("reversed"))) {
            // fetched from the end, newest first: flip back, and drop what lies before `after`
            Collections.reverse(items);
            long first = totalCount - items.size();
            int drop = (int) Math.max(0, Math.min(items.size(), skip - first));
            this.page = items.subList(drop, items.size());
            this.start = first + drop;
        } else {
            this.page = items;
            this.start = skip;
        }
    }

    public long totalCount() {
        return totalCount;
    }

    /** The edges of the page, each mapped from its cursor and its projected map. */
    public <E> List<E> edges(Edge.Factory<E> factory) {
        var edges = new ArrayList<E>(page.size());
        for (int i = 0; i < page.size(); i++) {
            edges.add(factory.create(new Edge(Cursors.encode(start + i), new NodeData(page.get(i)))));
        }
        return edges;
    }

    public PageInfo pageInfo() {
        boolean empty = page.isEmpty();
        return new PageInfo(start + page.size() < totalCount, start > 0,
                empty ? null : Cursors.encode(start), empty ? null : Cursors.encode(start + page.size() - 1));
    }

    /** One edge: its cursor, and the map holding {@code node} and, for relationships, {@code properties}. */
    public record Edge(String cursor, NodeData item) {

        public <T> T node(Function<NodeData, T> mapper) {
            return mapper.apply(item.child("node"));
        }

        public NodeData properties() {
            return item.child("properties");
        }

        /** Makes the GraphQL edge record of a connection. */
        @FunctionalInterface
        public interface Factory<E> {
            E create(Edge edge);
        }
    }
}

package com.geokg.graph;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.Unremovable;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.BookmarkManagerConfig;
import org.neo4j.driver.BookmarkManagers;
import org.neo4j.driver.SessionConfig;

/**
 * Reads that see the writes before them, on a Neo4j cluster too. Within this instance every session
 * shares one bookmark manager, so a read waits for the writes this instance acknowledged. Across
 * instances behind a load balancer, a client carries the bookmark itself: every answer to a
 * mutation has the header {@code X-KG-Bookmark}, and a request that sends it back is served by a
 * database that has those writes (a secondary waits until it has caught up). On a single server
 * bookmarks cost nothing.
 */
@ApplicationScoped
@Unremovable // looked up by the generated data fetchers, which are not beans
public class Bookmarks {

    public static final String HEADER = "X-KG-Bookmark";
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9:+/=_.-]{1,1024}");
    private static final int MAX = 16;

    private final BookmarkManager manager = BookmarkManagers.defaultManager(BookmarkManagerConfig.builder().build());
    private final SessionConfig read = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).withBookmarkManager(manager).build();
    private final SessionConfig write = SessionConfig.builder().withDefaultAccessMode(AccessMode.WRITE).withBookmarkManager(manager).build();

    public SessionConfig read() {
        return read;
    }

    /** A read session that also waits for the client's bookmarks. */
    public SessionConfig read(Set<Bookmark> client) {
        return client.isEmpty() ? read
                : SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).withBookmarkManager(manager).withBookmarks(client).build();
    }

    public SessionConfig write() {
        return write;
    }

    /** The bookmarks of every write this instance has acknowledged, as one header value; empty before the first. */
    public String current() {
        return manager.getBookmarks().stream().map(Bookmark::value).sorted().collect(Collectors.joining(","));
    }

    /** The client's {@code X-KG-Bookmark}; null when it is not a list of bookmarks this service hands out. */
    public static Set<Bookmark> parse(String header) {
        if (header == null || header.isBlank()) {
            return Set.of();
        }
        List<String> values = List.of(header.split(","));
        if (values.size() > MAX) {
            return null;
        }
        var out = new LinkedHashSet<Bookmark>();
        for (String v : values) {
            String value = v.trim();
            if (!VALUE.matcher(value).matches()) {
                return null;
            }
            out.add(Bookmark.from(value));
        }
        return out;
    }
}

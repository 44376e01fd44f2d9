package com.geokg.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A deterministic synthetic graph of size {@code n} in the model of MODEL.md: the same {@code n} and
 * seed always give the same rows, so runs on different days or machines compare like with like.
 *
 * <p>Rows are plain maps (ready to be sent as {@code $rows}); ids are slugs such as
 * {@code state-17}, {@code person-3}, {@code event-40211}. Shapes: n states; 10n other actors
 * (half people, 30% organisations, 20% military units; organisations and units are {@code PART_OF}
 * a state); 2n places {@code LOCATED_IN} a state; n sources {@code PUBLISHED} by an organisation;
 * 5n agreements (PACT, TREATY, MOU) with 2-4 {@code PARTY_TO} parties (mostly states);
 * 50n events of seven kinds with 2-4 participants in kind-specific roles (a {@code TROOP_DEPLOYMENT}
 * always has a SENDER and a RECEIVER state), 60% {@code OCCURRED_AT} a place; 20n claims
 * with every {@code ClaimStatus}, {@code ASSERTED}/{@code DENIED} by actors, {@code ABOUT} events
 * (and sometimes an actor), {@code REPORTED_IN} sources.
 */
final class SyntheticGraph {

    static final List<String> AGREEMENT_KINDS = List.of("PACT", "TREATY", "MOU");
    static final String TROOP_DEPLOYMENT = "TROOP_DEPLOYMENT";

    /** Event kinds with weights (percent) and the roles of their participants: two fixed roles, then the extra one. */
    private record EventKind(String kind, int weight, String first, String second, String extra) {
    }

    private static final List<EventKind> EVENT_KINDS = List.of(
            new EventKind(TROOP_DEPLOYMENT, 15, "SENDER", "RECEIVER", "DEPLOYED_UNIT"),
            new EventKind("ATTACK", 20, "ATTACKER", "TARGET", "CASUALTY"),
            new EventKind("VISIT", 20, "VISITOR", "HOST", "VISITOR"),
            new EventKind("TRANSPORT", 10, "TRANSPORTER", "TRANSPORTED", "TRANSPORTED"),
            new EventKind("STATEMENT", 15, "SPEAKER", "ADDRESSEE", "SPEAKER"),
            new EventKind("MEDIA_RELEASE", 10, "PUBLISHER", "SUBJECT", "SUBJECT"),
            new EventKind("WEAPONS_TRANSFER", 10, "SENDER", "RECEIVER", "TRANSPORTER"));

    /** Claim statuses (the {@code ClaimStatus} enum) with weights in percent. */
    private static final List<String> CLAIM_STATUSES =
            List.of("ASSERTED", "CONFIRMED", "UNVERIFIED", "DISPUTED", "DENIED", "RETRACTED");
    private static final List<Integer> CLAIM_STATUS_WEIGHTS = List.of(40, 15, 15, 10, 15, 5);

    private static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);
    private static final int DAYS = 25 * 365;

    /** All rows of the graph, by kind; {@code troopDeployments} is how many events are of that kind. */
    record Rows(List<Map<String, Object>> states, Map<String, List<Map<String, Object>>> actorsByLabel,
                List<Map<String, Object>> places, List<Map<String, Object>> sources,
                List<Map<String, Object>> agreements, List<Map<String, Object>> events,
                List<Map<String, Object>> claims, int troopDeployments) {

        int nodeCount() {
            return states.size() + actorsByLabel.values().stream().mapToInt(List::size).sum() + places.size()
                    + sources.size() + agreements.size() + events.size() + claims.size();
        }
    }

    private final int n;
    private final Random random;
    private final List<String> states = new ArrayList<>();
    private final List<String> nonStates = new ArrayList<>();
    private final List<String> people = new ArrayList<>();
    private final List<String> organizations = new ArrayList<>();
    private final List<String> units = new ArrayList<>();
    private final List<String> places = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();
    private final List<String> events = new ArrayList<>();

    private SyntheticGraph(int n, long seed) {
        this.n = n;
        this.random = new Random(seed);
    }

    static Rows generate(int n, long seed) {
        return new SyntheticGraph(n, seed).rows();
    }

    private Rows rows() {
        var stateRows = states();
        var actorRows = actors();
        var placeRows = places();
        var sourceRows = sources();
        var agreementRows = agreements();
        var eventRows = events();
        int troopDeployments = (int) eventRows.stream().filter(e -> TROOP_DEPLOYMENT.equals(e.get("kind"))).count();
        var claimRows = claims();
        return new Rows(stateRows, actorRows, placeRows, sourceRows, agreementRows, eventRows, claimRows, troopDeployments);
    }

    private List<Map<String, Object>> states() {
        var rows = new ArrayList<Map<String, Object>>(n);
        for (int i = 1; i <= n; i++) {
            String id = "state-" + i;
            states.add(id);
            rows.add(orderedMap("id", id, "name", "State " + i, "iso3", iso3(i), "aliases", List.of("S" + i),
                    "description", "Synthetic state number " + i + "."));
        }
        return rows;
    }

    private Map<String, List<Map<String, Object>>> actors() {
        var byLabel = new LinkedHashMap<String, List<Map<String, Object>>>();
        byLabel.put("Person", new ArrayList<>());
        byLabel.put("Organization", new ArrayList<>());
        byLabel.put("MilitaryUnit", new ArrayList<>());
        for (int i = 0; i < 10 * n; i++) {
            int dice = random.nextInt(100);
            String label = dice < 50 ? "Person" : dice < 80 ? "Organization" : "MilitaryUnit";
            List<String> ids = switch (label) {
                case "Person" -> people;
                case "Organization" -> organizations;
                default -> units;
            };
            String prefix = switch (label) {
                case "Person" -> "person-";
                case "Organization" -> "organization-";
                default -> "military-unit-";
            };
            String id = prefix + (ids.size() + 1);
            ids.add(id);
            nonStates.add(id);
            String partOf = label.equals("MilitaryUnit") || (label.equals("Organization") && random.nextInt(100) < 80)
                    ? pick(states) : null;
            byLabel.get(label).add(orderedMap("id", id, "name", label + " " + ids.size(), "aliases", List.of(),
                    "description", "Synthetic " + label + ".", "partOf", partOf));
        }
        return byLabel;
    }

    private List<Map<String, Object>> places() {
        var rows = new ArrayList<Map<String, Object>>();
        for (int i = 1; i <= 2 * n; i++) {
            String id = "place-" + i;
            places.add(id);
            rows.add(orderedMap("id", id, "name", "Place " + i, "kind", random.nextBoolean() ? "CITY" : "REGION",
                    "lat", random.nextDouble() * 180 - 90, "lon", random.nextDouble() * 360 - 180, "in", pick(states)));
        }
        return rows;
    }

    private List<Map<String, Object>> sources() {
        var rows = new ArrayList<Map<String, Object>>();
        for (int i = 1; i <= n; i++) {
            String id = "source-" + i;
            sources.add(id);
            rows.add(orderedMap("id", id, "title", "Report " + i, "publisher", "Publisher " + (i % 50),
                    "kind", random.nextBoolean() ? "NEWS" : "GOVERNMENT", "publishedOn", date(),
                    "publishedBy", organizations.isEmpty() ? null : pick(organizations)));
        }
        return rows;
    }

    private List<Map<String, Object>> agreements() {
        var rows = new ArrayList<Map<String, Object>>();
        for (int i = 1; i <= 5 * n; i++) {
            LocalDate signedOn = date();
            Set<String> parties = distinct(2 + random.nextInt(3),
                    () -> random.nextInt(100) < 80 || organizations.isEmpty() ? pick(states) : pick(organizations));
            var partyRows = parties.stream().map(p -> orderedMap("actor", p, "role", "SIGNATORY")).toList();
            rows.add(orderedMap("id", "agreement-" + i, "name", "Agreement " + i, "kind", pick(AGREEMENT_KINDS),
                    "signedOn", signedOn, "aliases", List.of(), "description", "Synthetic agreement.", "parties", partyRows));
        }
        return rows;
    }

    private List<Map<String, Object>> events() {
        var rows = new ArrayList<Map<String, Object>>();
        for (int i = 1; i <= 50 * n; i++) {
            String id = "event-" + i;
            events.add(id);
            EventKind kind = eventKind();
            var participants = new ArrayList<Map<String, Object>>();
            var taken = new LinkedHashSet<String>();
            boolean stateToState = kind.kind().equals(TROOP_DEPLOYMENT) || kind.kind().equals("WEAPONS_TRANSFER");
            addParticipant(participants, taken, stateToState || random.nextBoolean() ? pick(states) : pick(nonStates), kind.first());
            addParticipant(participants, taken, pick(states), kind.second());
            int extra = random.nextInt(3);
            for (int k = 0; k < extra; k++) {
                List<String> pool = kind.kind().equals(TROOP_DEPLOYMENT) && !units.isEmpty() ? units : nonStates;
                addParticipant(participants, taken, pick(pool), kind.extra());
            }
            LocalDate start = date();
            boolean attack = kind.kind().equals("ATTACK");
            rows.add(orderedMap("id", id, "kind", kind.kind(), "title", kind.kind().toLowerCase().replace('_', ' ') + " " + i,
                    "summary", "Synthetic event " + i + ".", "startDate", start,
                    "endDate", random.nextInt(100) < 30 ? start.plusDays(random.nextInt(30)) : null, "datePrecision", "DAY",
                    "fatalities", attack ? (long) random.nextInt(50) : null,
                    "strength", kind.kind().equals(TROOP_DEPLOYMENT) ? (long) (100 + random.nextInt(20000)) : null,
                    "place", random.nextInt(100) < 60 ? pick(places) : null, "participants", participants));
        }
        return rows;
    }

    private static void addParticipant(List<Map<String, Object>> participants, Set<String> taken, String actor, String role) {
        if (taken.add(actor)) { // one participation per actor and event: a clash simply leaves one fewer participant
            participants.add(orderedMap("actor", actor, "role", role));
        }
    }

    private List<Map<String, Object>> claims() {
        var rows = new ArrayList<Map<String, Object>>();
        for (int i = 1; i <= 20 * n; i++) {
            String status = weighted(CLAIM_STATUSES, CLAIM_STATUS_WEIGHTS);
            Supplier<String> anyActor = () -> random.nextInt(100) < 40 ? pick(states) : pick(nonStates);
            Set<String> asserted = distinct(1 + random.nextInt(2), anyActor);
            Set<String> denied = status.equals("DENIED") || status.equals("DISPUTED") || random.nextInt(100) < 5
                    ? distinct(1, anyActor) : Set.of();
            denied = new LinkedHashSet<>(denied);
            denied.removeAll(asserted);
            Set<String> aboutEvents = distinct(1 + random.nextInt(2), () -> pick(events));
            List<String> aboutActors = random.nextInt(100) < 30 ? List.of(anyActor.get()) : List.of();
            rows.add(orderedMap("id", "claim-" + i, "text", "Synthetic claim " + i + ".", "status", status,
                    "confidence", Math.round(random.nextDouble() * 100) / 100.0, "on", date(),
                    "assertedBy", List.copyOf(asserted), "deniedBy", List.copyOf(denied), "aboutEvents", List.copyOf(aboutEvents),
                    "aboutActors", aboutActors,
                    "sources", List.copyOf(distinct(1 + random.nextInt(2), () -> pick(sources)))));
        }
        return rows;
    }

    private EventKind eventKind() {
        return weighted(EVENT_KINDS, EVENT_KINDS.stream().map(EventKind::weight).toList());
    }

    private <T> T weighted(List<T> items, List<Integer> weights) {
        int total = weights.stream().mapToInt(Integer::intValue).sum();
        int dice = random.nextInt(total);
        for (int i = 0; i < items.size(); i++) {
            dice -= weights.get(i);
            if (dice < 0) {
                return items.get(i);
            }
        }
        throw new IllegalStateException("weights do not add up");
    }

    /** Up to {@code count} distinct values; bounded, so a tiny pool cannot loop forever. */
    private static Set<String> distinct(int count, Supplier<String> next) {
        var out = new LinkedHashSet<String>();
        for (int attempt = 0; out.size() < count && attempt < 10 * count; attempt++) {
            out.add(next.get());
        }
        return out;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private LocalDate date() {
        return EPOCH.plusDays(random.nextInt(DAYS));
    }

    private static String iso3(int i) {
        char[] c = new char[3];
        int v = i;
        for (int k = 2; k >= 0; k--) {
            c[k] = (char) ('A' + v % 26);
            v /= 26;
        }
        return new String(c);
    }

    /** A map keeping insertion order that, unlike {@code Map.of}, takes null values (a missing property). */
    static Map<String, Object> orderedMap(Object... keysAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}

package com.geokg.model;

import java.util.Optional;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The model this service runs on: the files {@code KG_MODEL} lists ({@code kg.model}), read once
 * and shared by everything generated from it: the GraphQL schema (built while the application
 * initialises), the query compiler, the compiled execution path, exploration. A model that
 * cannot work is kept as its {@link ModelException}, which start-up reports and exits on.
 */
public final class Models {

    /** The configuration property, {@code KG_MODEL} in the environment. */
    public static final String PROPERTY = "kg.model";

    private static volatile Loaded loaded;

    private Models() {
    }

    /** What was read: the model, or why there is none. */
    public record Loaded(String list, Model model, ModelException problem) {
    }

    public static Loaded loaded() {
        Loaded current = loaded;
        if (current == null) {
            synchronized (Models.class) {
                current = loaded;
                if (current == null) {
                    current = load(configured().orElse(null));
                    loaded = current;
                }
            }
        }
        return current;
    }

    /** The model; throws the {@link ModelException} when it cannot work. */
    public static Model model() {
        Loaded current = loaded();
        if (current.problem() != null) {
            throw current.problem();
        }
        return current.model();
    }

    static Loaded load(String list) {
        try {
            return new Loaded(list, ModelReader.read(ModelReader.sources(list)), null);
        } catch (ModelException e) {
            return new Loaded(list, null, e);
        }
    }

    private static Optional<String> configured() {
        try {
            return ConfigProvider.getConfig().getOptionalValue(PROPERTY, String.class).filter(s -> !s.isBlank());
        } catch (RuntimeException noConfig) {
            return Optional.ofNullable(System.getenv("KG_MODEL")).filter(s -> !s.isBlank());
        }
    }
}

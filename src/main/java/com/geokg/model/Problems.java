package com.geokg.model;

import java.util.ArrayList;
import java.util.List;

import graphql.language.SourceLocation;

/** The problems found while reading a model, in the order found. */
final class Problems {

    private final List<ModelProblem> found = new ArrayList<>();
    private final String defaultSource;

    Problems(String defaultSource) {
        this.defaultSource = defaultSource;
    }

    void add(SourceLocation at, String message) {
        if (at == null) {
            found.add(new ModelProblem(defaultSource, 0, 0, message));
        } else {
            String source = at.getSourceName() == null ? defaultSource : at.getSourceName();
            found.add(new ModelProblem(source, at.getLine(), at.getColumn(), message));
        }
    }

    void add(Model.Location at, String message) {
        found.add(ModelProblem.at(at, message));
    }

    void add(ModelProblem problem) {
        found.add(problem);
    }
    boolean any() {
        return !found.isEmpty();
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ModelException(found);
        }
    }
}

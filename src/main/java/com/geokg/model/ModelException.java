package com.geokg.model;

import java.util.List;
import java.util.stream.Collectors;

import com.geokg.graph.KgException;

/** The model files cannot make an API: every problem found, one line each, none left for later. */
public final class ModelException extends KgException {

    private final List<ModelProblem> problems;

    public ModelException(List<ModelProblem> problems) {
        super(problems.size() == 1 ? "the model has a problem: " + problems.get(0)
                : "the model has " + problems.size() + " problems:\n" + problems.stream().map(ModelProblem::toString)
                        .collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ModelProblem> problems() {
        return problems;
    }
}

package com.geokg.model;

/** One thing wrong with a model file, where it is: {@code file:line:column: message}. */
public record ModelProblem(String source, int line, int column, String message) {

    static ModelProblem at(Model.Location location, String message) {
        return new ModelProblem(location.source(), location.line(), location.column(), message);
    }

    @Override
    public String toString() {
        return line > 0 ? source + ":" + line + ":" + column + ": " + message : source + ": " + message;
    }
}

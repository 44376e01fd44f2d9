package com.geokg.graph.query;

import java.util.List;

/**
 * What writes accept for a scalar field, as the model declares it: a slug, UPPER_SNAKE_CASE, a
 * numeric range, one of some values, and whether a blank text is allowed.
 */
public record InputRules(boolean slug, boolean upperSnakeCase, Double min, Double max, List<String> allowedValues,
                         boolean allowBlank) {

    public static final InputRules NONE = new InputRules(false, false, null, null, List.of(), false);
}

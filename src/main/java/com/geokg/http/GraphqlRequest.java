package com.geokg.http;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.MultiMap;

/**
 * The parameters of one GraphQL-over-HTTP request, checked to the letter of the spec: {@code query}
 * a string, {@code operationName} a string or null, {@code variables} and {@code extensions} maps
 * or null. A POST carries them as a JSON object ({@code application/json}, UTF-8); a GET in the
 * URL's query, {@code variables} and {@code extensions} as JSON text. Anything else is a
 * {@link RequestError} with status 400 ({@code BAD_REQUEST}), saying which parameter and why.
 */
record GraphqlRequest(String query, String operationName, Map<String, Object> variables) {

    private static final List<String> PARAMETERS = List.of("query", "operationName", "variables", "extensions");

    static GraphqlRequest fromBody(ObjectMapper mapper, byte[] body) {
        if (body == null || body.length == 0) {
            throw bad("the request body is empty; POST a JSON object such as {\"query\": \"{ states { id } }\"}");
        }
        JsonNode json;
        try {
            json = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw bad("the request body is not valid JSON (at line %d, column %d)".formatted(
                    e.getLocation() == null ? 1 : e.getLocation().getLineNr(), e.getLocation() == null ? 1 : e.getLocation().getColumnNr()));
        } catch (IOException e) {
            throw bad("the request body could not be read as JSON");
        }
        if (json == null || !json.isObject()) {
            throw bad("the request body must be a JSON object with a \"query\" string, not " + kind(json));
        }
        Object query = value(mapper, json.get("query"));
        Object name = value(mapper, json.get("operationName"));
        Object variables = value(mapper, json.get("variables"));
        Object extensions = value(mapper, json.get("extensions"));
        return checked(query, name, variables, extensions);
    }

    static GraphqlRequest fromQueryString(ObjectMapper mapper, MultiMap parameters) {
        for (String parameter : PARAMETERS) {
            if (parameters.getAll(parameter).size() > 1) {
                throw bad("the URL has the parameter '" + parameter + "' more than once");
            }
        }
        return checked(parameters.get("query"), emptyToNull(parameters.get("operationName")),
                json(mapper, "variables", parameters.get("variables")), json(mapper, "extensions", parameters.get("extensions")));
    }

    private static GraphqlRequest checked(Object query, Object name, Object variables, Object extensions) {
        if (query == null) {
            throw bad("the request has no \"query\" parameter: the GraphQL operation text");
        }
        if (!(query instanceof String text)) {
            throw bad("the \"query\" parameter must be a string holding the operation text, not " + kind(query));
        }
        if (name != null && !(name instanceof String)) {
            throw bad("the \"operationName\" parameter must be a string or null, not " + kind(name));
        }
        if (variables != null && !(variables instanceof Map)) {
            throw bad("the \"variables\" parameter must be a JSON object (a map from variable names to values) or null, not "
                    + kind(variables));
        }
        if (extensions != null && !(extensions instanceof Map)) {
            throw bad("the \"extensions\" parameter must be a JSON object or null, not " + kind(extensions));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> vars = variables == null ? Map.of() : (Map<String, Object>) variables;
        String operationName = name == null || ((String) name).isEmpty() ? null : (String) name;
        return new GraphqlRequest(text, operationName, vars);
    }

    private static Object value(ObjectMapper mapper, JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isObject()) {
            return mapper.convertValue(node, LinkedHashMap.class);
        }
        return node; // the wrong kind: reported by checked()
    }

    private static Object json(ObjectMapper mapper, String parameter, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            JsonNode node = mapper.readTree(text);
            return node.isObject() ? mapper.convertValue(node, LinkedHashMap.class) : node.isNull() ? null : node;
        } catch (IOException e) {
            throw bad("the URL parameter '" + parameter + "' must be JSON text (URL-encoded), such as {\"id\":\"russia\"}");
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String kind(Object value) {
        if (value instanceof JsonNode node) {
            return switch (node.getNodeType()) {
                case ARRAY -> "an array";
                case BOOLEAN -> "a boolean";
                case NUMBER -> "a number";
                case STRING -> "a string";
                case OBJECT -> "an object";
                default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
            };
        }
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof String) {
            return "a string";
        }
        return value == null ? "null" : "a value of another kind";
    }

    private static RequestError bad(String message) {
        return new RequestError(400, ErrorCode.BAD_REQUEST, message);
    }
}

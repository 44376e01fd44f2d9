package com.geokg.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.geokg.graph.BoundedBytes;
import com.geokg.graph.ResponseTooLargeException;

/** Writes GraphQL responses: errors first (when there are any), then {@code data}, UTF-8 JSON. */
final class Responses {

    private final ObjectMapper mapper;

    Responses(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** A request error: {@code errors} alone, no {@code data}. */
    byte[] errors(List<Problem> problems) {
        return write(problems, false, null, Long.MAX_VALUE);
    }

    /** An execution result: {@code errors} when there are any, and {@code data} (which may be null). */
    byte[] result(List<Problem> problems, Object data, long maxBytes) {
        return write(problems, true, data, maxBytes);
    }

    private byte[] write(List<Problem> problems, boolean withData, Object data, long maxBytes) {
        var bytes = new BoundedBytes(maxBytes);
        try (JsonGenerator out = mapper.getFactory().createGenerator(bytes)) {
            out.writeStartObject();
            if (!problems.isEmpty()) {
                out.writeFieldName("errors");
                out.writeStartArray();
                for (Problem p : problems) {
                    write(out, p);
                }
                out.writeEndArray();
            }
            if (withData) {
                out.writeFieldName("data");
                mapper.writeValue(out, data);
            }
            out.writeEndObject();
        } catch (IOException e) {
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof ResponseTooLargeException tooLarge) {
                    throw tooLarge;
                }
            }
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static void write(JsonGenerator out, Problem p) throws IOException {
        out.writeStartObject();
        out.writeStringField("message", p.message());
        if (!p.locations().isEmpty()) {
            out.writeFieldName("locations");
            out.writeStartArray();
            for (Problem.Location l : p.locations()) {
                out.writeStartObject();
                out.writeNumberField("line", l.line());
                out.writeNumberField("column", l.column());
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        if (!p.path().isEmpty()) {
            out.writeFieldName("path");
            out.writeStartArray();
            for (Object segment : p.path()) {
                if (segment instanceof Number n) {
                    out.writeNumber(n.intValue());
                } else {
                    out.writeString(String.valueOf(segment));
                }
            }
            out.writeEndArray();
        }
        out.writeFieldName("extensions");
        out.writeStartObject();
        out.writeStringField("code", p.code().name());
        out.writeEndObject();
        out.writeEndObject();
    }
}

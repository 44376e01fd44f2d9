package com.geokg.load.script;

/**
 * Root of every exception this package throws on purpose, so that the loader and the start-up
 * seeding can catch script trouble with one clause and let genuine bugs pass.
 *
 * <p>It is unchecked: a bad script is not something a caller can recover from locally, it has to
 * be reported to whoever wrote the script.
 */
public class ScriptException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ScriptException(String message) {
        super(message);
    }

    public ScriptException(String message, Throwable cause) {
        super(message, cause);
    }
}

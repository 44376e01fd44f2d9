/**
 * Reads scripts written in the cypher-shell script dialect: Cypher statements ended by {@code ;},
 * plus the colon-commands {@code :param}, {@code :begin}, {@code :commit} and {@code :rollback}.
 *
 * <p>The same files are fed to cypher-shell by hand, to the bulk loader and to the application's
 * start-up seeding, so this parser follows cypher-shell's rules rather than inventing its own: a
 * statement ends only at a {@code ;} outside strings, backtick names and comments, and a trailing
 * statement without {@code ;} is an error because cypher-shell would silently not run it.
 *
 * <p>Entry points are {@link com.geokg.load.script.CypherScripts#parse(String, String)} and
 * {@link com.geokg.load.script.CypherScripts#parse(java.nio.file.Path)}. The parser does not talk
 * to Neo4j: parameter values stay Cypher expression text and are evaluated later by the caller.
 * Problems are collected in one pass and thrown together as a
 * {@link com.geokg.load.script.ScriptParseException}, so a data engineer can fix them all at once.
 */
package com.geokg.load.script;

package io.dutygraph.graph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The text of every {@link CypherStatement}, read once from the classpath folder {@code cypher/} when the
 * application starts, so that a missing file stops the start instead of the first request that needs it.
 */
public final class CypherStatements {

    /** The classpath folder holding the statement files. */
    static final String ROOT = "cypher/";

    private static final Pattern SEPARATOR = Pattern.compile(";\\s*(?:\\R|$)");
    private static final Pattern COMMENT_LINE = Pattern.compile("(?m)^\\s*//.*$");

    private final Map<CypherStatement, String> texts = new EnumMap<>(CypherStatement.class);

    /** Reads every statement through the given class loader; throws naming the first missing path. */
    CypherStatements(ClassLoader classLoader) {
        for (CypherStatement statement : CypherStatement.values()) {
            texts.put(statement, read(classLoader, statement));
        }
    }

    /** The statement's text, as written in its file. */
    public String get(CypherStatement statement) {
        return texts.get(statement);
    }

    /**
     * The statements of a file holding several, separated by a {@code ;} at the end of a line; {@code //}
     * comment lines and blank parts are dropped. Only the schema file is written this way.
     */
    public List<String> split(CypherStatement statement) {
        String withoutComments = COMMENT_LINE.matcher(get(statement)).replaceAll("");
        return Arrays.stream(SEPARATOR.split(withoutComments)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String read(ClassLoader classLoader, CypherStatement statement) {
        String resourcePath = ROOT + statement.path();
        try (InputStream in = classLoader.getResourceAsStream(resourcePath)) {
            if (in == null) {
                throw new CypherStatementNotFoundException(statement, resourcePath);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException exception) {
            throw new UncheckedIOException("Cannot read " + resourcePath, exception);
        }
    }
}

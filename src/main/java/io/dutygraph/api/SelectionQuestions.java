package io.dutygraph.api;

import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Whether a field's selection asks for any of some patterns, decided once per request and field of the document. A
 * field inside a list (each of fifty units' tasks) is asked the same for every item, and graphql-java computes the
 * selection set anew for each.
 */
final class SelectionQuestions {

    /** A question about one field of the document: AST fields compare by identity, one per place in the document. */
    private record Question(Field field, List<String> patterns) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Question question && question.field == field && question.patterns.equals(patterns);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(field) * 31 + patterns.hashCode();
        }
    }

    private SelectionQuestions() {
    }

    static boolean asksAnyOf(DataFetchingEnvironment environment, String pattern, String... more) {
        List<String> patterns = new ArrayList<>(more.length + 1);
        patterns.add(pattern);
        Collections.addAll(patterns, more);
        return environment.getGraphQlContext().computeIfAbsent(new Question(environment.getField(), patterns),
                question -> environment.getSelectionSet().containsAnyOf(pattern, more));
    }
}

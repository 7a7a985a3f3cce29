package io.dutygraph.plan.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.dutygraph.plan.Diagnostic;
import io.dutygraph.plan.DiagnosticCode;
import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.PlanParseException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Mutations of the real plan: the parser returns a plan or refuses it with a {@link PlanParseException}, and
 * nothing else (no NullPointerException, IndexOutOfBoundsException, NumberFormatException, hang…).
 */
class PlanParserProperties {

    private static final List<String> PLAN = TestPlans.realPlanLines();
    /** Characters that mean something to the parser, so that inserted text reaches its rules. */
    private static final String MEANINGFUL = "0123456789.|、★,()（），：:．注一二三十 钱宇区局委镇各共项序号项目\u3000";

    // Edge cases off: their combinations would fill all the tries with near-identical inputs.
    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void parsesOrRefusesAMutatedPlan(@ForAll("mutatedPlans") byte[] bytes) {
        String outcome = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            try {
                ParsedPlan plan = TestPlans.parse("mutated.txt", bytes);
                if (plan.tasks().isEmpty()) {
                    // Another layout's table whose rows were all cut: a plan with no task, said so.
                    assertThat(plan.diagnostics()).extracting(Diagnostic::code).contains(DiagnosticCode.TASK_NOT_READ);
                    return "parsed, no task";
                }
                return "parsed";
            } catch (PlanParseException e) {
                assertThat(e.file()).isEqualTo("mutated.txt");
                assertThat(e.line()).isNotNegative();
                assertThat(e.reason()).isNotBlank();
                return "refused";
            }
        });
        Statistics.collect(outcome);
    }

    /** Folding punctuation width is the parser's job: any subset of lines made full-width reads the same. */
    @Property(tries = 25)
    void readsTheSameStructureWhateverLinesUseFullWidthPunctuation(
            @ForAll("lineSubsets") Set<Integer> fullWidthLines) {
        List<String> lines = new ArrayList<>(PLAN);
        fullWidthLines.forEach(i -> lines.set(i, toFullWidth(lines.get(i))));

        ParsedPlan variant = TestPlans.parse(TestPlans.REAL_PLAN, String.join("\n", lines));

        assertThat(TestPlans.structure(variant, false))
                .containsExactlyElementsOf(TestPlans.structure(TestPlans.realPlan(), false));
    }

    @Provide
    Arbitrary<Set<Integer>> lineSubsets() {
        return Arbitraries.integers().between(0, PLAN.size() - 1).set().ofMaxSize(300);
    }

    @Provide
    Arbitrary<byte[]> mutatedPlans() {
        Arbitrary<List<Mutation>> mutations = mutation().list().ofMinSize(1).ofMaxSize(8);
        Arbitrary<byte[]> noise = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(new byte[0])),
                Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(16)));
        Arbitrary<Integer> noiseAt = Arbitraries.integers().between(0, Integer.MAX_VALUE);
        return Combinators.combine(mutations, noise, noiseAt).as((applied, bytes, at) -> {
            List<String> lines = new ArrayList<>(PLAN);
            applied.forEach(m -> m.apply(lines));
            byte[] text = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
            return insert(text, bytes, text.length == 0 ? 0 : at % (text.length + 1));
        });
    }

    private Arbitrary<Mutation> mutation() {
        Arbitrary<Integer> index = Arbitraries.integers().between(0, Integer.MAX_VALUE);
        Arbitrary<Integer> count = Arbitraries.integers().between(1, 6);
        Arbitrary<String> meaningful = Arbitraries.strings().withChars(MEANINGFUL).ofMinLength(1).ofMaxLength(12);
        return Arbitraries.oneOf(
                Combinators.combine(index, count).as(Drop::new),
                Combinators.combine(index, count).as(Duplicate::new),
                Combinators.combine(index, index).as(Swap::new),
                index.map(Truncate::new),
                Combinators.combine(index, meaningful).as(InsertLine::new),
                Combinators.combine(index, index, meaningful).as(EditLine::new),
                index.map(FullWidth::new),
                Combinators.combine(index, count).as(Pipes::new));
    }

    private static byte[] insert(byte[] text, byte[] bytes, int at) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length + bytes.length);
        out.write(text, 0, at);
        out.write(bytes, 0, bytes.length);
        out.write(text, at, text.length - at);
        return out.toByteArray();
    }

    static String toFullWidth(String line) {
        if (line.chars().allMatch(c -> c == '|')) {
            return line;
        }
        return line.replace(',', '，').replace('(', '（').replace(')', '）').replace(':', '：').replace('.', '．')
                .replace(' ', '\u3000');
    }

    /** One edit of the plan's lines; positions are taken modulo the current line count. */
    sealed interface Mutation {
        void apply(List<String> lines);

        static int at(List<String> lines, int index) {
            return lines.isEmpty() ? 0 : index % lines.size();
        }
    }

    record Drop(int index, int count) implements Mutation {
        public void apply(List<String> lines) {
            for (int i = 0; i < count && !lines.isEmpty(); i++) {
                lines.remove(Mutation.at(lines, index));
            }
        }
    }

    record Duplicate(int index, int count) implements Mutation {
        public void apply(List<String> lines) {
            if (!lines.isEmpty()) {
                int from = Mutation.at(lines, index);
                List<String> copy = new ArrayList<>(lines.subList(from, Math.min(lines.size(), from + count)));
                lines.addAll(from, copy);
            }
        }
    }

    record Swap(int first, int second) implements Mutation {
        public void apply(List<String> lines) {
            if (!lines.isEmpty()) {
                java.util.Collections.swap(lines, Mutation.at(lines, first), Mutation.at(lines, second));
            }
        }
    }

    record Truncate(int index) implements Mutation {
        public void apply(List<String> lines) {
            int keep = Mutation.at(lines, index);
            lines.subList(keep, lines.size()).clear();
        }
    }

    record InsertLine(int index, String text) implements Mutation {
        public void apply(List<String> lines) {
            lines.add(Mutation.at(lines, index), text);
        }
    }

    record EditLine(int index, int position, String text) implements Mutation {
        public void apply(List<String> lines) {
            if (!lines.isEmpty()) {
                int i = Mutation.at(lines, index);
                String line = lines.get(i);
                int at = position % (line.length() + 1);
                lines.set(i, line.substring(0, at) + text + line.substring(at));
            }
        }
    }

    record FullWidth(int index) implements Mutation {
        public void apply(List<String> lines) {
            if (!lines.isEmpty()) {
                int i = Mutation.at(lines, index);
                lines.set(i, toFullWidth(lines.get(i)));
            }
        }
    }

    record Pipes(int index, int count) implements Mutation {
        public void apply(List<String> lines) {
            lines.add(Mutation.at(lines, index), "|".repeat(count));
        }
    }
}

package io.dutygraph.bench;

import io.dutygraph.plan.ParsedPlan;
import io.dutygraph.plan.reading.PlanParser;
import io.dutygraph.plan.reading.PlanText;
import io.dutygraph.plan.units.UnitDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** JMH: decoding and parsing one plan, the real one and a synthetic one of the same size. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class ParserBenchmark {

    private byte[] realPlan;
    private byte[] syntheticPlan;
    private PlanParser realParser;
    private PlanParser syntheticParser;

    @Setup
    public void setUp() throws IOException {
        try (InputStream in = ParserBenchmark.class.getClassLoader().getResourceAsStream("plans/wujiang-2024.txt")) {
            realPlan = in.readAllBytes();
        }
        realParser = new PlanParser(UnitDirectory.bundled());
        Random random = new Random(42);
        SyntheticDistrict district = SyntheticDistrict.create(0, random);
        syntheticPlan = new SyntheticPlanWriter(district, random).write(2024, 120, 8.3).getBytes(StandardCharsets.UTF_8);
        syntheticParser = new PlanParser(district.directory());
    }

    @Benchmark
    public ParsedPlan parseRealPlan() {
        return realParser.parse(PlanText.decode("wujiang-2024.txt", realPlan));
    }

    @Benchmark
    public ParsedPlan parseSyntheticPlan() {
        return syntheticParser.parse(PlanText.decode("synthetic.txt", syntheticPlan));
    }
}

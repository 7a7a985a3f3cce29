package io.dutygraph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

/** The app's log configuration keeps a message that quotes input to one bounded line. */
@ExtendWith(OutputCaptureExtension.class)
class LogLinesTests {

    @Test
    void aMessageWithLineBreaksAndMegabytesStaysOneBoundedLine(CapturedOutput output) {
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(new MockEnvironment()), "classpath:logback-spring.xml", null);
        String forged = "unknown unit 'x'\n2026-01-01T00:00:00.000Z ERROR 1 --- [main] fake : admin logged in";
        LoggerFactory.getLogger("io.dutygraph.test").warn(forged + "y".repeat(1_000_000));
        String line = output.getOut().lines().filter(l -> l.contains("io.dutygraph.test")).findFirst().orElseThrow();
        assertThat(line).contains("unknown unit 'x' ⏎ 2026-01-01").hasSizeLessThan(2_300);
        assertThat(output.getOut().lines()).noneMatch(l -> l.startsWith("2026-01-01T00:00:00.000Z"));
        logging.cleanUp();
    }
}

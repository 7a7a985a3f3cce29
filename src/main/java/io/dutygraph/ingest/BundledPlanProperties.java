package io.dutygraph.ingest;

import jakarta.validation.constraints.NotBlank;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The plan shipped with the application, and the folder a running server takes plans from ({@code dutygraph.plan.*}).
 *
 * @param bundled            where to read it (a Spring resource location such as {@code classpath:…} or {@code file:…})
 * @param loadBundledIfEmpty load it at start-up when the database holds no plan
 * @param watch              a folder whose plan files a running server loads as they are written there (and announces
 *                           to {@code plansChanged}); none by default
 */
@ConfigurationProperties("dutygraph.plan")
@Validated
public record BundledPlanProperties(
        @DefaultValue("classpath:plans/wujiang-2024.txt") @NotBlank String bundled,
        @DefaultValue("true") boolean loadBundledIfEmpty,
        Path watch) {
}

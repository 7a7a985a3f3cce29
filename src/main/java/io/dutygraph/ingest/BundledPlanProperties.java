package io.dutygraph.ingest;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The plan shipped with the application ({@code dutygraph.plan.*}).
 *
 * @param bundled            where to read it (a Spring resource location such as {@code classpath:…} or {@code file:…})
 * @param loadBundledIfEmpty load it at start-up when the database holds no plan
 */
@ConfigurationProperties("dutygraph.plan")
@Validated
public record BundledPlanProperties(
        @DefaultValue("classpath:plans/wujiang-2024.txt") @NotBlank String bundled,
        @DefaultValue("true") boolean loadBundledIfEmpty) {
}

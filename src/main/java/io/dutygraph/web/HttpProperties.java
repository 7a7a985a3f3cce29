package io.dutygraph.web;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the GraphQL endpoint shares the server between clients ({@code dutygraph.http.*}).
 *
 * @param maxConcurrentRequestsPerClient requests one client address may have running at once on {@code /graphql};
 *                                       more are answered 429 Too Many Requests (a browser opens at most 6
 *                                       connections to one host, so a page never meets the limit). Behind a proxy set
 *                                       {@code server.forward-headers-strategy=native} so the address is the client's
 */
@ConfigurationProperties("dutygraph.http")
@Validated
public record HttpProperties(@DefaultValue("8") @Min(1) int maxConcurrentRequestsPerClient) {
}

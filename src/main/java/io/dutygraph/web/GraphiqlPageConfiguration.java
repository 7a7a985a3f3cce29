package io.dutygraph.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the GraphiQL explorer at {@code /graphiql} from the app itself (page in {@code static/graphiql/},
 * scripts from the WebJars), replacing Spring's CDN-loading page, so that it works offline.
 */
@Configuration(proxyBeanMethods = false)
class GraphiqlPageConfiguration implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/graphiql").setViewName("forward:/graphiql/index.html");
    }
}

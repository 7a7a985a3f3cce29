package io.dutygraph.api;

import io.dutygraph.graph.GraphReader;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Wraps the query layer's {@link GraphReader} so that a test can count the statements a request runs. */
@TestConfiguration(proxyBeanMethods = false)
class StatementCounter {

    private final AtomicInteger count = new AtomicInteger();

    int reset() {
        return count.getAndSet(0);
    }

    int count() {
        return count.get();
    }

    @Bean
    static BeanPostProcessor countingGraphReader(org.springframework.beans.factory.ObjectProvider<StatementCounter> counter) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof GraphReader reader) {
                    return (GraphReader) (statement, parameters) -> {
                        counter.getObject().count.incrementAndGet();
                        return reader.read(statement, parameters);
                    };
                }
                return bean;
            }
        };
    }
}

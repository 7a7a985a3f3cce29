package io.dutygraph.api;

import io.dutygraph.graph.store.GraphReader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Wraps the query layer's {@link GraphReader} so that a test can count the statements a request runs. */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    private final AtomicInteger count = new AtomicInteger();
    private final Set<String> readers = ConcurrentHashMap.newKeySet();
    private final java.util.Queue<String> names = new java.util.concurrent.ConcurrentLinkedQueue<>();

    /** The statements run since the last reset; starts counting again from zero. */
    public int reset() {
        readers.clear();
        names.clear();
        return count.getAndSet(0);
    }

    /** The statements run since the last reset, in order. */
    public java.util.List<String> statementNames() {
        return java.util.List.copyOf(names);
    }

    /** The bean names of the readers that ran those statements. */
    public Set<String> readers() {
        return Set.copyOf(readers);
    }

    @Bean
    static BeanPostProcessor countingGraphReader(ObjectProvider<StatementCounter> counter) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof GraphReader reader) {
                    return (GraphReader) (statement, parameters) -> {
                        counter.getObject().count.incrementAndGet();
                        counter.getObject().readers.add(beanName);
                        counter.getObject().names.add(statement.name());
                        return reader.read(statement, parameters);
                    };
                }
                return bean;
            }
        };
    }
}

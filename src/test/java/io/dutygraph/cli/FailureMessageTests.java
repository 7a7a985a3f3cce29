package io.dutygraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.UnsatisfiedDependencyException;

/** A failure the commands do not know is reported by its cause, not by the chain of beans Spring wrapped it in. */
class FailureMessageTests {

    @Test
    void theCauseComesFirstNotTheChainOfBeans() {
        var cause = new IllegalStateException("the database answered nonsense");
        var chain = new UnsatisfiedDependencyException("auditController", "auditController", "graphAudits",
                new BeanCreationException("graphAudits", "Error creating bean with name 'graphAudits'",
                        new BeanCreationException("graphSchema", "Error creating bean with name 'graphSchema'", cause)));
        assertThat(CommandFailures.rootCause(chain)).isSameAs(cause);
        assertThat(CommandFailures.rootCause(cause)).isSameAs(cause);
    }
}

package io.dutygraph.cli;

import io.dutygraph.export.ExportFailedException;
import io.dutygraph.graph.load.PlanLoadException;
import io.dutygraph.graph.store.GraphStartException;
import io.dutygraph.plan.NotFound;
import io.dutygraph.plan.PlanParseException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * What a command that failed prints, and its exit code, in one place: a failure the user can fix (a file, a setting, a
 * database that cannot be opened, a plan id that is not loaded) is one {@code error:} line, with the action or the key to change on the next, and
 * exit code 2; anything else is its cause's message and exit code 1. A stack trace only with {@code --debug}.
 */
final class CommandFailures {

    /** Boot's debug flag: a command given it also prints the stack trace of its failure. */
    static final String DEBUG = "--debug";

    private CommandFailures() {
    }

    /** Prints the failure to {@code err}, with its stack trace when {@code debug}; the exit code. */
    static int report(Exception exception, PrintWriter err, boolean debug) {
        if (debug) {
            exception.printStackTrace(err);
        }
        Optional<GraphStartException> startFailure = causeOfType(exception, GraphStartException.class);
        if (startFailure.isPresent()) {
            err.println("error: " + oneLine(startFailure.get()));
            err.println("  " + startFailure.get().action());
            return DutyGraphCommand.EXIT_BAD_INPUT;
        }
        Optional<BindException> badSetting = causeOfType(exception, BindException.class);
        if (badSetting.isPresent()) {
            for (String line : settingErrors(badSetting.get())) {
                err.println("error: " + line);
            }
            err.println("  Fix the setting (README, Configuration): as --name=value after the command, in "
                    + "application.yml or as an environment variable");
            return DutyGraphCommand.EXIT_BAD_INPUT;
        }
        Optional<BadInputException> badInput = causeOfType(exception, BadInputException.class);
        if (badInput.isPresent()) {
            err.println("error: " + oneLine(badInput.get()));
            return DutyGraphCommand.EXIT_BAD_INPUT;
        }
        Optional<NotFound> notFound = causeOfType(exception, NotFound.class);
        if (notFound.isPresent()) {
            err.println("error: " + notFound.get().getMessage().replace('\n', ' '));
            return DutyGraphCommand.EXIT_BAD_INPUT;
        }
        if (exception instanceof PlanParseException || exception instanceof PlanLoadException) {
            err.println("error: " + oneLine(exception));
            return DutyGraphCommand.EXIT_BAD_INPUT;
        }
        if (exception instanceof ExportFailedException) {
            err.println("error: " + oneLine(exception) + " (no file was written)");
            return 1;
        }
        // Spring wraps a bean's failure in one exception per bean on the way to it: the cause says what happened.
        err.println("error: " + oneLine(rootCause(exception)));
        if (!debug) {
            err.println("  (" + DEBUG + " after the command prints the stack trace)");
        }
        return 1;
    }

    /** One line per refused key: {@code dutygraph.neo4j.embedded.transaction-memory=lots: must be auto or a size…}. */
    private static List<String> settingErrors(BindException failure) {
        List<String> lines = new ArrayList<>();
        if (failure.getCause() instanceof BindValidationException validation) {
            String prefix = validation.getValidationErrors().getName().toString();
            for (ObjectError error : validation.getValidationErrors()) {
                lines.add(error instanceof FieldError field
                        ? prefix + "." + DataObjectPropertyName.toDashedForm(field.getField()) + "="
                                + field.getRejectedValue() + ": " + field.getDefaultMessage()
                        : prefix + ": " + error.getDefaultMessage());
            }
        }
        if (lines.isEmpty()) {
            ConfigurationProperty property = failure.getProperty();
            String key = property == null ? failure.getName().toString() : property.getName() + "=" + property.getValue();
            lines.add(key + " cannot be read: " + oneLine(rootCause(failure)));
        }
        return lines;
    }

    /** The first cause of this type: Spring wraps a bean's failure in several layers, the cause last. */
    static <T> Optional<T> causeOfType(Throwable exception, Class<T> type) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
        }
        return Optional.empty();
    }

    /** The innermost cause with a message. */
    static Throwable rootCause(Throwable exception) {
        Throwable root = exception;
        for (Throwable cause = exception.getCause(); cause != null && cause != root; cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                root = cause;
            }
        }
        return root;
    }

    static String oneLine(Throwable exception) {
        String message = exception.getMessage() == null ? exception.getClass().getSimpleName() : exception.getMessage();
        return message.replace('\n', ' ');
    }
}

package io.dutygraph.api;

import io.dutygraph.graph.query.AssignmentView;
import io.dutygraph.graph.query.ChapterView;
import io.dutygraph.graph.query.OfficialView;
import io.dutygraph.graph.query.PlanView;
import io.dutygraph.graph.query.SectionView;
import io.dutygraph.graph.query.TargetView;
import io.dutygraph.graph.query.TaskView;
import io.dutygraph.graph.query.UnitView;
import io.dutygraph.plan.Names;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Global ids of the {@code Node} types: the type name and the object's key in the graph (built from the plan id and
 * the document's own keys, so an id survives a reload), base64url-encoded. A plan's id is its own plan id.
 */
final class GlobalIds {

    /** The types with encoded ids; a plan's id is not encoded. */
    enum Type { Chapter, Section, Task, Unit, Official, Assignment, Target }

    /** What an encoded id names. */
    record Decoded(Type type, String key) {
    }

    private static final char TYPE_END = ':';
    private static final String PART_SEPARATOR = "\u001f";

    private GlobalIds() {
    }

    static String of(Object view) {
        if (view instanceof PlanView plan) {
            return plan.id();
        } else if (view instanceof ChapterView chapter) {
            return encode(Type.Chapter, chapter.key());
        } else if (view instanceof SectionView section) {
            return encode(Type.Section, section.key());
        } else if (view instanceof TaskView task) {
            return encode(Type.Task, task.key());
        } else if (view instanceof UnitView unit) {
            return encode(Type.Unit, unit.key());
        } else if (view instanceof OfficialView official) {
            return encode(Type.Official, official.key());
        } else if (view instanceof TargetView target) {
            return encode(Type.Target, target.key());
        } else if (view instanceof AssignmentView assignment) {
            return encode(Type.Assignment, assignmentKey(assignment));
        }
        throw new IllegalArgumentException("no global id for " + view.getClass().getSimpleName());
    }

    /** Longest id accepted: far above any id the API hands out, which are a plan id or a few keys encoded. */
    static final int MAX_LENGTH = 1000;

    /**
     * Refuses an id no {@code id} field can have returned: empty or blank, longer than {@value #MAX_LENGTH}
     * characters, with control characters, or an encoded id without a key.
     */
    static void requireWellFormed(String id) {
        boolean malformed = id.isBlank() || id.length() > MAX_LENGTH || id.codePoints().anyMatch(Character::isISOControl)
                || decode(id).filter(decoded -> decoded.key().isBlank()).isPresent();
        if (malformed) {
            throw new InvalidArgumentException("Malformed id '" + Names.shown(id) + "': pass an id that an `id` field "
                    + "returned");
        }
    }

    /** The type and key an encoded id holds; empty for anything else (such as a plan id). */
    static Optional<Decoded> decode(String id) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
            int end = text.indexOf(TYPE_END);
            if (end > 0) {
                Type type = Type.valueOf(text.substring(0, end));
                return Optional.of(new Decoded(type, text.substring(end + 1)));
            }
        } catch (IllegalArgumentException e) {
            // Not base64, or no known type: not an encoded id.
        }
        return Optional.empty();
    }

    /** An assignment's key: task key, unit key, position, collective (empty when written directly). */
    static String assignmentKey(AssignmentView assignment) {
        return String.join(PART_SEPARATOR, assignment.task().key(), assignment.unit().key(),
                String.valueOf(assignment.position()), assignment.viaCollective() == null ? "" : assignment.viaCollective());
    }

    /** The parts of an assignment's key: task key, unit key, position, collective (empty when written directly). */
    static List<String> assignmentParts(String key) {
        return List.of(key.split(PART_SEPARATOR, -1));
    }

    private static String encode(Type type, String key) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((type.name() + TYPE_END + key).getBytes(StandardCharsets.UTF_8));
    }
}

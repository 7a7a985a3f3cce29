package io.dutygraph.audit;

/**
 * One finding of an audit.
 *
 * @param code     what was found: an audit code ({@code TASK_WITHOUT_LEADER}) or the parser's diagnostic code
 * @param severity how much it weighs
 * @param origin   the audit's checks or the parser
 * @param message  a sentence for humans
 * @param location where to look in the document ({@code wujiang-2024.txt:36}, {@code plan.xlsx!Sheet1!C12})
 * @param task     the number of the task it concerns, null for the plan as a whole
 */
public record Finding(String code, Severity severity, Origin origin, String message, String location, Integer task) {
}

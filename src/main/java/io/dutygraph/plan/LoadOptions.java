package io.dutygraph.plan;

/**
 * What the person loading plans states about them ({@code load --jurisdiction … --year …}): each non-null value
 * wins over what the document says.
 *
 * @param jurisdiction the jurisdiction of every plan loaded ({@code 咸宁市咸安区}), or null to read it from the issuer
 * @param year         the year of every plan loaded, or null to read it from the title or date; from
 *                     {@value #FIRST_YEAR} to {@value #LAST_YEAR}, the years a document's title is read for
 */
public record LoadOptions(String jurisdiction, Integer year) {

    /** The first year a plan may be stated for. */
    public static final int FIRST_YEAR = 1900;

    /** The last year a plan may be stated for. */
    public static final int LAST_YEAR = 2099;

    /** Nothing stated: everything is read from the documents. */
    public static final LoadOptions NONE = new LoadOptions(null, null);

    /** Refuses a year no plan can be for ({@code 99999}, {@code 24}), saying which years are accepted. */
    public LoadOptions {
        jurisdiction = jurisdiction == null || jurisdiction.isBlank() ? null : jurisdiction.strip();
        if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
            throw new IllegalArgumentException("the year " + year + " is not a plan's year: give a year from "
                    + FIRST_YEAR + " to " + LAST_YEAR + " (e.g. 2024)");
        }
    }
}

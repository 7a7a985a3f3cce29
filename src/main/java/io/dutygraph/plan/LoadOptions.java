package io.dutygraph.plan;

/**
 * What the person loading plans states about them ({@code load --jurisdiction … --year …}): each non-null value
 * wins over what the document says.
 *
 * @param jurisdiction the jurisdiction of every plan loaded ({@code 咸宁市咸安区}), or null to read it from the issuer
 * @param year         the year of every plan loaded, or null to read it from the title or date
 */
public record LoadOptions(String jurisdiction, Integer year) {

    /** Nothing stated: everything is read from the documents. */
    public static final LoadOptions NONE = new LoadOptions(null, null);

    public LoadOptions {
        jurisdiction = jurisdiction == null || jurisdiction.isBlank() ? null : jurisdiction.strip();
    }
}

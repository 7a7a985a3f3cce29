package io.dutygraph.plan;

import java.time.LocalDate;

/**
 * The document's metadata, read from the text before the table. Any field the document does not state is
 * {@code null}.
 *
 * @param id                plan identifier derived from the source file name ({@code wujiang-2024})
 * @param title             the plan's title line
 * @param issuer            the issuing government
 * @param jurisdiction      the place the plan belongs to ({@code 苏州市吴江区}): the issuer without its trailing
 *                          人民政府 / 人民政府办公室 / 政府办公室 / 办公室, or given on load
 * @param year              the plan's year: from the title ({@code 2024年}), else the date's year, or given on load
 * @param date              the date of issue
 * @param approvedBy        the approving meeting ({@code 区政府第76次常务会议})
 * @param declaredTaskCount the count the document declares ({@code 共118项})
 * @param source            the source file name
 * @param footnote          the table's footnote (注) as written
 */
public record PlanMetadata(String id, String title, String issuer, String jurisdiction, Integer year, LocalDate date,
        String approvedBy, Integer declaredTaskCount, String source, String footnote) {

    /** The same metadata under another id (a plan loaded again keeps the id it has in the graph). */
    public PlanMetadata withId(String newId) {
        return new PlanMetadata(newId, title, issuer, jurisdiction, year, date, approvedBy, declaredTaskCount, source,
                footnote);
    }

    /** The same metadata for another jurisdiction and year (tests and tools building variants of a plan). */
    public PlanMetadata withPlace(String newJurisdiction, Integer newYear) {
        return new PlanMetadata(id, title, issuer, newJurisdiction, newYear, date, approvedBy, declaredTaskCount,
                source, footnote);
    }
}

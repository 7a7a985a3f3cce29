package io.dutygraph.plan;

import java.time.LocalDate;

/**
 * The document's metadata, read from the text before the table. Any field the document does not state is
 * {@code null}.
 *
 * @param id                plan identifier derived from the source file name ({@code wujiang-2024})
 * @param title             the plan's title line
 * @param issuer            the issuing government
 * @param date              the date of issue
 * @param approvedBy        the approving meeting ({@code 区政府第76次常务会议})
 * @param declaredTaskCount the count the document declares ({@code 共118项})
 * @param source            the source file name
 * @param footnote          the table's footnote (注) as written
 */
public record PlanMetadata(String id, String title, String issuer, LocalDate date, String approvedBy,
        Integer declaredTaskCount, String source, String footnote) {
}

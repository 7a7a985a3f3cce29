package io.dutygraph.plan.reading;

import io.dutygraph.plan.Diagnostic;
import io.dutygraph.plan.DiagnosticCode;
import io.dutygraph.plan.LoadOptions;
import io.dutygraph.plan.Names;
import io.dutygraph.plan.PlanMetadata;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the plan's metadata from the lines before the table: title, issuer, date, approval, declared count. */
final class MetadataReader {

    private static final Pattern DECLARED_COUNT = Pattern.compile("^\\(共(\\d+)项\\)$");
    private static final Pattern DATE = Pattern.compile("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日$");
    private static final Pattern APPROVAL = Pattern.compile("已经(.+?)(?:审议)?(?:通过|批准)");
    private static final Pattern QUOTED_TITLE = Pattern.compile("《(.+?)》");
    private static final Pattern ISSUER = Pattern.compile("^[\\p{IsHan}()]{0,30}(人民政府|政府办公室|管委会)$");
    private static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20)\\d{2})年");
    /** Dropped from the end of the issuer to name the jurisdiction; the first that matches, longest first. */
    private static final List<String> ISSUER_SUFFIXES = List.of("人民政府办公室", "人民政府", "政府办公室", "办公室", "政府");
    /** A notice titled by its issuer: 滁州市人民政府关于2020年…的通知. */
    private static final Pattern NOTICE_ISSUER = Pattern.compile("^(?:【[^】]*】)?(?:名称:)?(\\p{IsHan}{1,20}?人民政府)(?:办公室)?关于");
    /** A web page's publisher field: 发布机构: 谯城区政府(办公室). */
    private static final Pattern PUBLISHER = Pattern.compile("(?:发布机构|发文单位|发文机关):(\\p{IsHan}{2,20}?政府)(?:\\(办公室\\)|办公室)?");
    /** What is left of an issuer that does not name its place (区人民政府办公室 → 区). */
    private static final Pattern BARE_PLACE = Pattern.compile("^[区县市省镇乡]?$");

    private final String source;
    private final List<String> lines;
    private final Consumer<Diagnostic> diagnostics;
    private final LoadOptions options;

    MetadataReader(String source, List<String> lines, Consumer<Diagnostic> diagnostics, LoadOptions options) {
        this.source = source;
        this.lines = lines;
        this.diagnostics = diagnostics;
        this.options = options;
    }

    PlanMetadata read(String footnote) {
        String title = null;
        String quotedTitle = null;
        String issuer = null;
        LocalDate date = null;
        String approvedBy = null;
        Integer declaredCount = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = Names.withoutSpaces(lines.get(i));
            Matcher count = DECLARED_COUNT.matcher(line);
            Matcher dateMatch = DATE.matcher(line);
            Matcher approval = APPROVAL.matcher(line);
            if (count.matches()) {
                declaredCount = count(count.group(1), i + 1);
                title = i > 0 ? lines.get(i - 1).strip() : title;
            } else if (dateMatch.matches()) {
                date = date(dateMatch, i + 1);
            } else if (ISSUER.matcher(line).matches()) {
                issuer = jurisdiction(issuer) == null || jurisdiction(line) != null ? line : issuer;
            } else if (approval.find()) {
                approvedBy = approval.group(1);
                Matcher quoted = QUOTED_TITLE.matcher(line);
                quotedTitle = quoted.find() ? quoted.group(1) : null;
            }
        }
        issuer = jurisdiction(issuer) != null ? issuer : issuerNamedElsewhere().orElse(issuer);
        title = title != null ? title : quotedTitle;
        report(title, "title");
        report(issuer, "issuer");
        report(date, "date");
        report(declaredCount, "declared task count (共N项)");
        String jurisdiction = options.jurisdiction() != null ? options.jurisdiction() : jurisdiction(issuer);
        Integer year = options.year() != null ? options.year() : year(title, date);
        report(jurisdiction, "jurisdiction (from the issuer, or load --jurisdiction)");
        report(year, "year (from the title or date, or load --year)");
        return new PlanMetadata(planId(source), title, issuer, jurisdiction, year, date, approvedBy, declaredCount,
                source, footnote);
    }

    /** An issuer named in a notice's title or a page's publisher field, when no issuer line names a place. */
    private Optional<String> issuerNamedElsewhere() {
        for (String written : lines) {
            String line = Names.withoutSpaces(written);
            Matcher notice = NOTICE_ISSUER.matcher(line);
            Matcher publisher = PUBLISHER.matcher(line);
            String candidate = notice.find() ? notice.group(1) : publisher.find() ? publisher.group(1) : null;
            if (jurisdiction(candidate) != null) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * The jurisdiction an issuer speaks for: 苏州市吴江区人民政府 → 苏州市吴江区; null without an issuer, or when the
     * issuer does not name its place (区人民政府办公室).
     */
    static String jurisdiction(String issuer) {
        if (issuer == null) {
            return null;
        }
        String place = issuer;
        for (String suffix : ISSUER_SUFFIXES) {
            if (issuer.endsWith(suffix) && issuer.length() > suffix.length()) {
                place = issuer.substring(0, issuer.length() - suffix.length());
                break;
            }
        }
        return BARE_PLACE.matcher(place).matches() ? null : place;
    }

    /** The year a title names ({@code 区政府2024年…}), else the date's year; null when neither says. */
    static Integer year(String title, LocalDate date) {
        Matcher matcher = title == null ? null : TITLE_YEAR.matcher(title);
        if (matcher != null && matcher.find()) {
            return Integer.valueOf(matcher.group(1));
        }
        return date == null ? null : date.getYear();
    }

    static int declaredCountLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (DECLARED_COUNT.matcher(Names.withoutSpaces(lines.get(i))).matches()) {
                return i + 1;
            }
        }
        return 1;
    }

    /** The plan's id: its file name without extension ({@code wujiang-2024.txt} → {@code wujiang-2024}). */
    static String planId(String source) {
        int dot = source.lastIndexOf('.');
        return dot > 0 ? source.substring(0, dot) : source;
    }

    private Integer count(String digits, int line) {
        try {
            return Integer.valueOf(digits);
        } catch (NumberFormatException e) {
            diagnostics.accept(new Diagnostic(DiagnosticCode.METADATA_MISSING, line, "not a valid task count: " + digits));
            return null;
        }
    }

    private LocalDate date(Matcher match, int line) {
        try {
            return LocalDate.of(Integer.parseInt(match.group(1)), Integer.parseInt(match.group(2)),
                    Integer.parseInt(match.group(3)));
        } catch (DateTimeException e) {
            diagnostics.accept(new Diagnostic(DiagnosticCode.METADATA_MISSING, line, "not a valid date: " + match.group()));
            return null;
        }
    }

    private void report(Object value, String what) {
        if (value == null) {
            diagnostics.accept(new Diagnostic(DiagnosticCode.METADATA_MISSING, 1,
                    "the " + what + " is not stated before the table in " + source));
        }
    }
}

package io.dutygraph.plan.reading;

import io.dutygraph.plan.Names;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Title and date as notices and web pages around other layouts state them, where the Wujiang form does not:
 * the line naming the table ({@code 谯城区2025年政府工作报告重点工作任务分解表}, {@code 附件:1. …分解表},
 * {@code 附件1 2019年《…》目标任务分解表}) and a date of issue or publication ({@code 发文日期: 2025-03-28},
 * {@code 发布时间:2020-02-03 17:29}, {@code 2023年1月30日}).
 */
final class NoticeMetadata {

    /**
     * A title line, read with its spaces removed, after an attachment prefix ({@code 附件}, {@code 附件1}, {@code 附件:1.},
     * {@code 附件1:}): the attachment's number has one or two digits, so in {@code 附件12019年…} (written
     * {@code 附件1 2019年…}) the year keeps its four.
     */
    private static final Pattern TITLE = Pattern.compile("^(?:【[^】]*】)?(?:附件(?:\\d{1,2}(?=\\D|(?:19|20)\\d{2}年))?"
            + "[:.、]?(?:\\d{1,2}[.、])?)?(?!\\d+\\.)(\\S{4,60}?(?:分解表|分解方案|落实方案|分工方案|责任分解|任务分解|"
            + "责任清单|分解落实表|工作方案|的通知))$");
    /** A labelled date of issue or publication, a time after it allowed ({@code 发布时间:2020-02-03 17:29}). */
    private static final Pattern LABELLED_DATE = Pattern.compile(
            "(?:发文日期|成文日期|发布日期|发布时间|日期):?\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern WRITTEN_DATE = Pattern.compile("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日");

    private NoticeMetadata() {
    }

    /** The last line before the table that names a plan or its table. */
    static Optional<String> title(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            Matcher title = TITLE.matcher(Names.withoutSpaces(lines.get(i)).replace("名称:", ""));
            if (title.matches()) {
                return Optional.of(title.group(1));
            }
        }
        return Optional.empty();
    }

    /** The first stated date of issue or publication. */
    static Optional<LocalDate> date(List<String> lines) {
        for (String line : lines) {
            String folded = Names.fold(line).strip();
            Matcher labelled = LABELLED_DATE.matcher(folded);
            Matcher written = WRITTEN_DATE.matcher(Names.withoutSpaces(folded));
            Matcher match = labelled.find() ? labelled : written.find() ? written : null;
            if (match != null) {
                try {
                    return Optional.of(LocalDate.of(Integer.parseInt(match.group(1)), Integer.parseInt(match.group(2)),
                            Integer.parseInt(match.group(3))));
                } catch (DateTimeException e) {
                    // Not a real date: look further.
                }
            }
        }
        return Optional.empty();
    }
}

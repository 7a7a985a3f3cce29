package io.dutygraph.plan.reading;

import io.dutygraph.plan.Names;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a table column or a label holds, told by its header word or label (spaces inside ignored:
 * {@code 牵 头 部 门} is 牵头部门).
 */
enum Column {
    NUMBER, SECTION, TASK, TASK_DETAIL, LEADERS, LEAD_UNITS, SUPPORT_UNITS, UNITS, OTHER;

    private static final Map<Column, List<String>> WORDS = Map.of(
            NUMBER, List.of("序号", "编号"),
            SECTION, List.of("项目", "类别", "工作类别", "项目类别"),
            TASK, List.of("重点工作目标任务", "重点工作任务", "目标任务", "目标与任务", "重点工作", "任务名称", "目标名称",
                    "项目名称", "工作任务", "主要任务", "工作内容", "重点任务", "任务内容"),
            TASK_DETAIL, List.of("指标要求", "工作标准", "目标要求", "具体目标"),
            LEADERS, List.of("牵头领导", "责任领导", "区政府分管领导", "县政府分管领导", "分管领导", "牵头负责领导",
                    "分管省领导", "分管市领导", "分管县领导", "分管区领导", "责任人", "牵头人", "联系领导", "责任区领导",
                    "牵头区领导", "牵头县领导", "牵头市领导"),
            LEAD_UNITS, List.of("牵头单位", "主要责任单位", "牵头责任单位", "牵头部门", "责任主体", "主办单位", "主责单位",
                    "牵头责任部门", "主要责任部门", "主办部门"),
            SUPPORT_UNITS, List.of("配合单位", "协同配合单位", "协同责任单位", "配合部门", "协办单位", "参与单位", "协助单位",
                    "协同单位", "协同部门", "协办部门", "配合责任单位", "参与部门"),
            UNITS, List.of("责任单位", "责任部门", "部门分工", "承办单位", "落实单位", "实施单位"));
    /** A note in brackets after a header word: 责任单位（★为牵头单位）. */
    private static final Pattern NOTE = Pattern.compile("\\(.*?\\)|\\[.*?]|【.*?】");

    /** The column a header word names; {@link #OTHER} for any other word (完成时限, 目标类型, 任务数…). */
    static Column of(String headerWord) {
        String word = NOTE.matcher(Names.withoutSpaces(headerWord).replace(":", "")).replaceAll("");
        for (Map.Entry<Column, List<String>> entry : WORDS.entrySet()) {
            if (entry.getValue().contains(word)) {
                return entry.getKey();
            }
        }
        return OTHER;
    }

    /**
     * Whether a header word continues the one before it: two adjacent words no column knows are one header split over
     * two cells or lines ({@code 区本级} + {@code 任务数}).
     */
    static boolean continuesHeader(String previousWord, String word) {
        return of(previousWord) == OTHER && of(word) == OTHER;
    }
}

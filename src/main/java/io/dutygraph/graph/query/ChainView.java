package io.dutygraph.graph.query;

import java.util.List;

/**
 * Who answers for one task, from the plan down to its targets, with where each link is written: the chapter's and
 * section's heading rows, the task's text, the leader cell its leaders come from (a merged cell above for
 * INHERITED), and each unit's cell.
 */
public record ChainView(PlanView plan, ChapterView chapter, String chapterLocation, SectionView section,
        String sectionLocation, TaskView task, List<OfficialView> leaders, String leaderLocation,
        List<AssignmentView> leadUnits, List<AssignmentView> supportUnits, List<TargetView> targets) {
}

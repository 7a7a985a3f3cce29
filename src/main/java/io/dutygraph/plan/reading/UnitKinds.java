package io.dutygraph.plan.reading;

import io.dutygraph.plan.UnitKind;
import java.util.regex.Pattern;

/**
 * The kind of a unit no directory knows, told from how its name begins or ends; OTHER when the name does not tell
 * (a person's name among them). The one rule for every layout.
 */
final class UnitKinds {

    private static final Pattern COLLECTIVE = Pattern.compile("^(各|有关|相关).*|.*(各部门|成员单位|有关部门|有关单位)$");
    private static final Pattern TOWN = Pattern.compile(".*(镇|乡|街道|街办|街道办事处|开发区|高新区|度假区)(人民政府)?$");
    private static final Pattern ENTERPRISE = Pattern.compile(".*(集团|公司)$");
    private static final Pattern PARTY = Pattern.compile("^(区委|县委|市委|省委|团|纪委).*|.*(联|总工会|委员会办公室|宣传部|组织部|统战部|政法委)$");
    private static final Pattern EXTERNAL = Pattern.compile(".*(税务局|海关|供电公司|法院|检察院|气象局)$");
    private static final Pattern TASK_FORCE = Pattern.compile(".*(专班|指挥部|领导小组|攻坚办)$");
    private static final Pattern DEPARTMENT = Pattern.compile(".*(局|委|办|厅|中心|管委会|办公室|部)$");

    private UnitKinds() {
    }

    static UnitKind guess(String name) {
        if (COLLECTIVE.matcher(name).matches()) {
            return UnitKind.COLLECTIVE;
        }
        if (EXTERNAL.matcher(name).matches()) {
            return UnitKind.EXTERNAL_AGENCY;
        }
        if (TASK_FORCE.matcher(name).matches()) {
            return UnitKind.TASK_FORCE;
        }
        if (ENTERPRISE.matcher(name).matches()) {
            return UnitKind.ENTERPRISE;
        }
        if (PARTY.matcher(name).matches()) {
            return UnitKind.PARTY_ORGAN;
        }
        if (TOWN.matcher(name).matches()) {
            return UnitKind.TOWN;
        }
        return DEPARTMENT.matcher(name).matches() ? UnitKind.DEPARTMENT : UnitKind.OTHER;
    }
}

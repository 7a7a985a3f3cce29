package io.dutygraph.plan.reading;

import io.dutygraph.plan.Diagnostic;
import io.dutygraph.plan.DiagnosticCode;
import io.dutygraph.plan.Names;
import io.dutygraph.plan.Role;
import io.dutygraph.plan.Unit;
import io.dutygraph.plan.UnitAssignment;
import io.dutygraph.plan.units.UnitDirectory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a units cell or label of any layout into assignments: pieces separated by 、 , ; (also full-width), a
 * trailing 。 or 等 dropped, ★ before or * after a name marking a lead unit, {@code X牵头,Y配合} marking roles in
 * words, and collectives that contain 、 ({@code 各县、市、区政府}, {@code 各乡镇人民政府、街道办事处}) kept whole.
 * Names resolve through the jurisdiction's unit directory where it has one; otherwise the name as written (without
 * spaces) is the unit.
 */
final class UnitListReader {

    private static final Pattern CLAUSES = Pattern.compile("[,，;；]");
    private static final Pattern LIST = Pattern.compile("[、/]");
    /** A space after a whole unit's name separates two units (区工信局 统计局); one inside a name is padding. */
    private static final Pattern SPACE_AFTER_UNIT = Pattern.compile(
            "(?<=\\p{IsHan}(?:局|委|办|部|院|所|室|处|队|站|会|中心|集团|公司|政府|单位|镇|区|街道)|\\))\\s+(?=\\S)");
    /** A role written in brackets after a unit: 区发改委（牵头）, 区统计局（配合）. */
    private static final Pattern ROLE_IN_BRACKETS = Pattern.compile("^(.+?)\\((牵头|主办|负责|配合|协办|参与)(?:单位)?\\)$");
    /** Marks before a unit other than ★, whose meaning only the plan's own note can say (▲ for 配合 in one, 督办 in another). */
    private static final Pattern OTHER_MARK = Pattern.compile("^([▲△☆●◆■※]+)");
    private static final Pattern PREFIX = Pattern.compile("^[区县市]");
    private static final Pattern ROLE_WORD = Pattern.compile("^(.+?)(牵头|配合|负责)$");
    private static final Pattern INSTITUTION_END = Pattern.compile(".*(政府|办事处|部门|单位|委员会|局|办|委|中心|集团|公司|所|院|室|处|队|站|会)$");
    private static final Pattern GENERIC_MEMBER = Pattern.compile("^(街道|乡镇|社区|村|市|区|县|镇)\\S{0,6}$");

    private final UnitDirectory directory;
    private final Set<String> dataProviders;
    private final Consumer<Diagnostic> diagnostics;
    private final Map<String, Unit> unitsInPlan = new LinkedHashMap<>();

    UnitListReader(UnitDirectory directory, Set<String> dataProviders, Consumer<Diagnostic> diagnostics) {
        this.directory = directory;
        this.dataProviders = dataProviders;
        this.diagnostics = diagnostics;
    }

    /**
     * A piece of a units list as written, with any lead mark or role word taken off.
     *
     * @param otherMark a mark before the name that is not ★ (▲), taken off; null when none
     */
    record Piece(String asWritten, boolean marked, Role roleInWords, String otherMark) {
    }

    /**
     * The pieces of a list, collectives kept whole, marks and role words read. A role word ends a clause and applies
     * to every unit of it: {@code 省发展改革委牵头,各地、各部门配合} → one lead, two support.
     */
    static List<Piece> pieces(String cell) {
        String text = Names.fold(cell).replace('\n', '、').strip().replaceAll("[。.]+$", "");
        List<Piece> pieces = new ArrayList<>();
        for (String clause : CLAUSES.split(text)) {
            String written = clause.strip();
            Matcher roleWord = ROLE_WORD.matcher(written);
            Role inWords = null;
            if (roleWord.matches() && !roleWord.group(1).isBlank()) {
                inWords = roleWord.group(2).equals("配合") ? Role.SUPPORT : Role.LEAD;
                written = roleWord.group(1);
            }
            List<String> raw = new ArrayList<>();
            for (String listed : LIST.split(written)) {
                for (String piece : SPACE_AFTER_UNIT.split(listed.strip())) {
                    String stripped = piece.strip().replaceAll("等$", "").strip();
                    if (!stripped.isEmpty()) {
                        raw.add(stripped);
                    }
                }
            }
            for (String name : joinCollectives(raw)) {
                pieces.add(piece(name, inWords));
            }
        }
        return pieces;
    }

    private static Piece piece(String written, Role inWords) {
        Matcher mark = OTHER_MARK.matcher(written);
        String otherMark = mark.find() ? mark.group(1) : null;
        String name = written.substring(otherMark == null ? 0 : otherMark.length()).strip();
        boolean marked = name.contains("★") || name.endsWith("*");
        name = name.replace("★", "").replaceAll("\\*$", "").strip();
        Matcher roleInBrackets = ROLE_IN_BRACKETS.matcher(Names.withoutSpaces(name));
        if (roleInBrackets.matches()) {
            name = roleInBrackets.group(1);
            inWords = Set.of("配合", "协办", "参与").contains(roleInBrackets.group(2)) ? Role.SUPPORT : Role.LEAD;
        }
        return new Piece(name, marked, inWords, otherMark);
    }

    /** 各县 + 市 + 区政府 → 各县、市、区政府; 各乡镇人民政府 + 街道办事处 → 各乡镇人民政府、街道办事处. */
    private static List<String> joinCollectives(List<String> raw) {
        List<String> joined = new ArrayList<>();
        for (String piece : raw) {
            int last = joined.size() - 1;
            boolean previousIsOpenCollective = last >= 0 && joined.get(last).startsWith("各")
                    && (!INSTITUTION_END.matcher(joined.get(last)).matches() || GENERIC_MEMBER.matcher(piece).matches()
                    && !piece.startsWith("各"));
            if (previousIsOpenCollective && !piece.startsWith("各") && !piece.contains("牵头") && piece.length() <= 8) {
                joined.set(last, joined.get(last) + "、" + piece);
            } else {
                joined.add(piece);
            }
        }
        return joined;
    }

    /**
     * The assignments of one cell. {@code role} is the cell's role when its column or label says it; null when the
     * cell marks roles itself (★, *, 牵头/配合) or not at all ({@code unstatedRole} then applies to unmarked units).
     */
    List<UnitAssignment> read(String cell, Role role, Role unstatedRole, int line) {
        List<UnitAssignment> assignments = new ArrayList<>();
        for (Piece piece : pieces(cell)) {
            if (piece.asWritten().isEmpty()) {
                continue;
            }
            if (piece.otherMark() != null) {
                diagnostics.accept(new Diagnostic(DiagnosticCode.UNIT_MARK_NOT_READ, line, "the mark "
                        + piece.otherMark() + " before " + piece.asWritten() + " is not read (★ marks a lead unit; what "
                        + piece.otherMark() + " means only the plan's note says): " + piece.asWritten()
                        + " is read without it"));
            }
            Role pieceRole = role != null ? role
                    : piece.marked() ? Role.LEAD : piece.roleInWords() != null ? piece.roleInWords() : unstatedRole;
            Names.Spelling spelling = Names.spelling(piece.asWritten());
            Unit unit = resolve(spelling.name(), line);
            if (pieceRole == Role.SUPPORT && role == null && dataProviders.contains(unit.name())) {
                pieceRole = Role.DATA_PROVIDER;
            }
            assignments.add(new UnitAssignment(piece.asWritten(), unit.name(), pieceRole == Role.LEAD, pieceRole,
                    spelling.capacity()));
        }
        return assignments;
    }

    List<Unit> unitsInPlan() {
        return List.copyOf(unitsInPlan.values());
    }

    private Unit resolve(String name, int line) {
        Optional<Unit> known = directory.lookup(name);
        if (known.isEmpty() && !directory.units().isEmpty() && !unitsInPlan.containsKey(name)) {
            diagnostics.accept(new Diagnostic(DiagnosticCode.UNKNOWN_UNIT, line,
                    "unit " + name + " is not in the unit directory; kept as written"));
        }
        Unit unit = known.or(() -> learnedSpelling(name, line))
                .orElseGet(() -> new Unit(name, UnitKinds.guess(name), List.of(), List.of()));
        unitsInPlan.putIfAbsent(unit.name(), unit);
        return unit;
    }

    /**
     * Without a directory, the plan itself teaches spellings: 发改委 and 区发改委 in one plan are one unit (the first
     * spelling met names it, the other becomes its alias). Every such merge is reported.
     */
    private Optional<Unit> learnedSpelling(String name, int line) {
        if (!directory.units().isEmpty() || unitsInPlan.containsKey(name)) {
            return Optional.empty();
        }
        for (Unit unit : unitsInPlan.values()) {
            if (unit.aliases().contains(name) || samePrefixless(unit.name(), name)) {
                if (!unit.aliases().contains(name)) {
                    List<String> aliases = new ArrayList<>(unit.aliases());
                    aliases.add(name);
                    unitsInPlan.put(unit.name(), new Unit(unit.name(), unit.kind(), aliases, unit.members()));
                    diagnostics.accept(new Diagnostic(DiagnosticCode.UNIT_SPELLINGS_MERGED, line, "unit " + name
                            + " is taken as " + unit.name() + " (the same name with or without its 区/县/市 prefix)"));
                }
                return Optional.of(unitsInPlan.get(unit.name()));
            }
        }
        return Optional.empty();
    }

    private static boolean samePrefixless(String a, String b) {
        return !a.equals(b) && (a.equals(PREFIX.matcher(b).replaceFirst("")) || b.equals(PREFIX.matcher(a).replaceFirst("")))
                && Math.min(a.length(), b.length()) >= 2;
    }
}

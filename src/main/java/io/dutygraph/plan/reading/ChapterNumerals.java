package io.dutygraph.plan.reading;

/** Chinese chapter numerals (一 … 九十九) to ordinals and back. */
final class ChapterNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChapterNumerals() {
    }

    /** The ordinal of a numeral such as 三 or 十二, or -1 if it is not one. */
    static int ordinal(String numeral) {
        int ten = numeral.indexOf('十');
        if (ten < 0) {
            return numeral.length() == 1 ? digit(numeral.charAt(0)) : -1;
        }
        if (numeral.indexOf('十', ten + 1) >= 0 || numeral.length() > 3) {
            return -1;
        }
        int tens = ten == 0 ? 1 : (ten == 1 ? digit(numeral.charAt(0)) : -1);
        int units = ten == numeral.length() - 1 ? 0 : (ten == numeral.length() - 2 ? digit(numeral.charAt(ten + 1)) : -1);
        return tens <= 0 || units < 0 ? -1 : tens * 10 + units;
    }

    /** The number a heading's numeral stands for ({@code 三}, {@code 3}); null when it is neither. */
    static Integer ordinalOrNull(String numeral) {
        if (numeral.matches("\\d{1,4}")) {
            return Integer.valueOf(numeral);
        }
        int ordinal = ordinal(numeral);
        return ordinal > 0 ? ordinal : null;
    }

    static String numeral(int ordinal) {
        if (ordinal < 1 || ordinal > 99) {
            return String.valueOf(ordinal);
        }
        if (ordinal < 10) {
            return String.valueOf(DIGITS.charAt(ordinal));
        }
        String tens = ordinal / 10 == 1 ? "" : String.valueOf(DIGITS.charAt(ordinal / 10));
        String units = ordinal % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(ordinal % 10));
        return tens + "十" + units;
    }

    private static int digit(char c) {
        int index = DIGITS.indexOf(c);
        return index <= 0 ? -1 : index;
    }
}

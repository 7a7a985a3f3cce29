package io.dutygraph.plan.reading;

/** Task texts as written, with the artefacts of conversion removed: spaces a PDF line wrap left inside a word. */
final class TaskTexts {

    private TaskTexts() {
    }

    /** Removes a space between two Han characters ({@code 工作机 制} → 工作机制) and trims. */
    static String clean(String text) {
        return text.replaceAll("(?<=\\p{IsHan}) (?=\\p{IsHan})", "").strip();
    }
}

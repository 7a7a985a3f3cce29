package io.dutygraph.bench;

import java.util.Arrays;

/** Median and 99th percentile of a set of timings, in milliseconds. */
record Stats(int count, double medianMillis, double p99Millis) {

    static Stats of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Stats(sorted.length, percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.99) / 1e6);
    }

    /** One quantile of {@code nanos} (unsorted), in milliseconds. */
    static double quantileMillis(long[] nanos, double quantile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return percentile(sorted, quantile) / 1e6;
    }

    private static double percentile(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}

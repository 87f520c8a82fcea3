package org.heavylegs.core.clean;

import java.util.List;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Streams;

/**
 * Makes the time column strictly increasing. Devices write samples whose time goes backwards (a
 * clock corrected by a second, a record written twice, two records swapped) and several records
 * with the same time (some devices write position and the other channels as separate records).
 * <ul>
 *   <li>Same time as the previous kept sample: the two are merged; the earlier sample keeps its
 *       values and only takes the channels it lacks from the later one.</li>
 *   <li>Two neighbours in the wrong order (swapping them restores order in time and, when present,
 *       in distance): they are swapped.</li>
 *   <li>Any other sample whose time is not after the last kept one: dropped.</li>
 *   <li>A sample without a time: dropped, unless no sample has one (then all are kept as they are).</li>
 * </ul>
 * Large backward clock steps are not this rule's business: {@link TimeJumps} runs first and moves
 * them, so what is left here are short local disorders that cost a few samples at most.
 */
public final class NegativeTimeSteps implements CleaningRule {

    @Override
    public String id() {
        return "negative_time_steps";
    }

    @Override
    public Activity apply(Activity activity, List<String> warnings) {
        Streams s = activity.streams();
        double[] t = s.time();
        int n = t.length;
        if (isStrictlyIncreasing(t)) {
            return activity;
        }
        double[] distance = s.get(Channel.DISTANCE_M);
        List<Channel> channels = s.channels();
        double[][] merged = new double[Channel.values().length][];
        for (Channel c : channels) {
            merged[c.ordinal()] = s.get(c).clone();
        }
        int[] order = new int[n];
        int kept = 0;
        int untimed = 0;
        int duplicates = 0;
        int swapped = 0;
        int dropped = 0;
        double worstStepBackS = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(t[i])) {
                untimed++;
                continue;
            }
            if (kept == 0 || t[i] > t[order[kept - 1]]) {
                order[kept++] = i;
                continue;
            }
            int last = order[kept - 1];
            if (t[i] == t[last]) {
                for (Channel c : channels) {
                    double[] column = merged[c.ordinal()];
                    if (Double.isNaN(column[last])) {
                        column[last] = column[i];
                    }
                }
                duplicates++;
                continue;
            }
            if (isSwap(t, distance, order, kept, i)) {
                order[kept - 1] = i;
                order[kept++] = last;
                swapped++;
            } else {
                worstStepBackS = Math.max(worstStepBackS, t[last] - t[i]);
                dropped++;
            }
        }
        if (kept == 0) {
            // Nothing to order by: keeping the samples in file order beats leaving none.
            warnings.add(id() + ": no sample has a time; " + n + " samples kept in file order");
            return activity;
        }
        Streams repaired = gather(t, merged, order, kept);
        warnings.add(message(untimed, duplicates, swapped, dropped, worstStepBackS));
        return activity.withStreams(repaired);
    }

    private static boolean isStrictlyIncreasing(double[] t) {
        for (int i = 0; i < t.length; i++) {
            if (!Double.isFinite(t[i]) || (i > 0 && t[i] <= t[i - 1])) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when sample i and the last kept sample are two neighbours in the wrong order: the last
     * kept one is sample i-1, putting i before it keeps time increasing on both sides, and the
     * distance column (when both values are there) agrees with the swapped order.
     */
    private static boolean isSwap(double[] t, double[] distance, int[] order, int kept, int i) {
        int last = order[kept - 1];
        if (last != i - 1) {
            return false;
        }
        boolean afterPrevious = kept < 2 || t[i] > t[order[kept - 2]];
        boolean beforeNext = i + 1 >= t.length || !Double.isFinite(t[i + 1]) || t[i + 1] > t[last];
        boolean distanceAgrees = distance == null || Double.isNaN(distance[i]) || Double.isNaN(distance[last])
                || distance[i] <= distance[last];
        return afterPrevious && beforeNext && distanceAgrees;
    }

    private static Streams gather(double[] t, double[][] columns, int[] order, int kept) {
        double[] time = new double[kept];
        for (int k = 0; k < kept; k++) {
            time[k] = t[order[k]];
        }
        double[][] out = new double[columns.length][];
        for (int c = 0; c < columns.length; c++) {
            if (columns[c] != null) {
                out[c] = new double[kept];
                for (int k = 0; k < kept; k++) {
                    out[c][k] = columns[c][order[k]];
                }
            }
        }
        return Streams.of(time, out);
    }

    private String message(int untimed, int duplicates, int swapped, int dropped, double worstStepBackS) {
        StringBuilder m = new StringBuilder(id()).append(':');
        String sep = " ";
        if (duplicates > 0) {
            m.append(sep).append(duplicates).append(duplicates == 1 ? " sample" : " samples")
                    .append(" with the time of the previous one merged into it");
            sep = "; ";
        }
        if (swapped > 0) {
            m.append(sep).append(swapped).append(swapped == 1 ? " pair" : " pairs").append(" of samples in reverse order swapped");
            sep = "; ";
        }
        if (dropped > 0) {
            m.append(sep).append(dropped).append(dropped == 1 ? " sample" : " samples")
                    .append(" going back in time dropped (largest step back ")
                    .append(String.format(java.util.Locale.ROOT, "%.0f s", worstStepBackS)).append(')');
            sep = "; ";
        }
        if (untimed > 0) {
            m.append(sep).append(untimed).append(untimed == 1 ? " sample" : " samples").append(" without a time dropped");
        }
        return m.toString();
    }
}

package org.sendpmo.adapters.sheets;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import org.sendpmo.risk.RiskEntry;

/**
 * Not a test: reads a generated 10,000-row risk register as CSV and as XLSX through parse and
 * validation (every cell checked, every entry built, linked projects looked up) and prints rows per
 * second and peak heap. Targets on the 2-core machines: CSV ≥ 20,000 rows/s; XLSX 10,000 rows in
 * under 3 s; heap under 256 MB. Run it with {@code -Xmx256m} so that the heap target is enforced.
 */
public final class RiskRegisterBenchmark {

    private static final int ROWS = 10_000;

    private RiskRegisterBenchmark() {
    }

    public static void main(String[] args) {
        List<Map<String, Object>> rows = new AbstractList<>() {
            @Override
            public Map<String, Object> get(int i) {
                Map<String, Object> row = SheetFixtures.riskRow(String.format("R%05d", i + 1));
                row.put("Linked projects", String.format("P%02d; P%02d", 1 + i % 60, 1 + (i + 7) % 60));
                return row;
            }

            @Override
            public int size() {
                return ROWS;
            }
        };
        byte[] csv = SheetFixtures.csv(RiskSheet.SCHEMA.headers(), rows, StandardCharsets.UTF_8, true);
        byte[] xlsx = SheetFixtures.xlsx(RiskSheet.SCHEMA.sheetName(), RiskSheet.SCHEMA.headers(), rows);
        System.out.printf("10,000-row risk register, %d columns: CSV %,d bytes, XLSX %,d bytes; max heap %d MB; %d cores%n",
                RiskSheet.SCHEMA.columns().size(), csv.length, xlsx.length,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        run("CSV ", csv);
        run("XLSX", xlsx);
    }

    private static void run(String label, byte[] bytes) {
        // The first (cold) run is what a Lambda cold start sees; the best of the warm runs is steady state.
        long cold = 0;
        long best = Long.MAX_VALUE;
        long peak = 0;
        for (int i = 0; i < 6; i++) {
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            SheetResult<RiskEntry> result = RiskSheet.parse(bytes, SheetFixtures.projects());
            long took = System.nanoTime() - start;
            peak = Math.max(peak, peakHeap());
            if (!result.accepted() || result.rows().size() != ROWS) {
                throw new IllegalStateException(label + " not accepted: " + result.problems().stream().limit(5).toList());
            }
            if (i == 0) {
                cold = took;
            } else {
                best = Math.min(best, took);
            }
        }
        System.out.printf("%s cold %6.0f ms (%,8.0f rows/s); warm best %6.0f ms (%,8.0f rows/s); peak heap %d MB%n",
                label, cold / 1e6, ROWS / (cold / 1e9), best / 1e6, ROWS / (best / 1e9), peak >> 20);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks since the reset: an upper bound on the heap in use at any moment. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}

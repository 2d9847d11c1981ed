package dev.laurel.badges.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Operations per second of the measuring thread's own CPU time (user + system), after a warm-up measured
 * the same way. On a machine that other jobs share, JMH's wall-clock throughput moves with how much of a
 * core the benchmark gets; CPU time per operation moves far less, so before/after comparisons of small
 * changes use this beside JMH.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.laurel.badges.benchmarks.CpuRate vcJwtRs256 15 3}
 * (benchmark, warm-up CPU seconds, CPU seconds per each of 5 rounds). Benchmarks: {@code readAndValidateOb3}
 * ({@link JsonBenchmark}), {@code vcJwt}, {@code vcJwtRs256}, {@code dataIntegrity}
 * ({@link VerifierFormatsBenchmark}), {@code clrVerify} ({@link ClrVerifyBenchmark}, 50 nested credentials; one
 * operation at a time, as each takes tens of milliseconds).
 */
public final class CpuRate {

    private static volatile Object sink;

    private CpuRate() {
    }

    /**
     * Runs one benchmark and prints five rates.
     *
     * @param args the benchmark name, the warm-up and the per-round CPU seconds
     */
    public static void main(String[] args) {
        String what = args[0];
        double warm = Double.parseDouble(args[1]);
        double measure = Double.parseDouble(args[2]);
        Supplier<Object> op;
        int batch = 50;
        if (what.equals("clrVerify")) {
            ClrVerifyBenchmark clr = new ClrVerifyBenchmark();
            clr.nested = 50;
            clr.setUp();
            op = clr::verifyClr;
            batch = 1;
        } else if (what.equals("readAndValidateOb3")) {
            JsonBenchmark json = new JsonBenchmark();
            json.setUp();
            op = json::readAndValidateOb3;
        } else {
            VerifierFormatsBenchmark v = new VerifierFormatsBenchmark();
            v.setUp();
            switch (what) {
                case "vcJwt" -> op = v::vcJwt;
                case "vcJwtRs256" -> op = v::vcJwtRs256;
                case "dataIntegrity" -> op = v::dataIntegrity;
                default -> throw new IllegalArgumentException("unknown benchmark " + what);
            }
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long start = mx.getCurrentThreadCpuTime();
        while (mx.getCurrentThreadCpuTime() - start < warm * 1e9) {
            for (int i = 0; i < 2 * batch; i++) {
                sink = op.get();
            }
        }
        StringBuilder out = new StringBuilder(what);
        for (int round = 0; round < 5; round++) {
            long s = mx.getCurrentThreadCpuTime();
            long n = 0;
            while (mx.getCurrentThreadCpuTime() - s < measure * 1e9) {
                for (int i = 0; i < batch; i++) {
                    sink = op.get();
                }
                n += batch;
            }
            out.append(String.format(Locale.ROOT, batch == 1 ? " %.2f" : " %.0f", n / ((mx.getCurrentThreadCpuTime() - s) / 1e9)));
        }
        System.out.println(out + " ops per CPU second");
    }
}

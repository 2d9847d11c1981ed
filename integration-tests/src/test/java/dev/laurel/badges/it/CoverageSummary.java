package dev.laurel.badges.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Prints the JaCoCo line and branch coverage of every module that has a report, and the total, at the
 * end of the build (CI's output); the full reports are in each module's target/site/jacoco.
 */
public final class CoverageSummary {

    private static final List<String> MODULES = List.of("badges-codegen", "badges-core", "badges-json",
            "badges-verify", "badges-api", "badges-api-jdbc", "badges-server", "badges-web",
            "examples");

    private CoverageSummary() {
    }

    /**
     * Prints the summary.
     *
     * @param args the repository root (default {@code ..})
     * @throws IOException if a report cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "..");
        long[] total = new long[4];
        System.out.println("JaCoCo coverage (line, branch):");
        for (String module : MODULES) {
            Path csv = root.resolve(module).resolve("target/site/jacoco/jacoco.csv");
            if (!Files.isRegularFile(csv)) {
                System.out.println("  " + module + ": no report (no tests ran)");
                continue;
            }
            long[] m = new long[4];
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                // GROUP,PACKAGE,CLASS,INSTRUCTION_MISSED,INSTRUCTION_COVERED,BRANCH_MISSED,BRANCH_COVERED,LINE_MISSED,LINE_COVERED,...
                String[] f = line.split(",");
                m[0] += Long.parseLong(f[7]);
                m[1] += Long.parseLong(f[8]);
                m[2] += Long.parseLong(f[5]);
                m[3] += Long.parseLong(f[6]);
            }
            for (int i = 0; i < 4; i++) {
                total[i] += m[i];
            }
            System.out.println("  " + row(module, m));
        }
        System.out.println("  " + row("total", total));
    }

    private static String row(String name, long[] m) {
        return String.format(Locale.ROOT, "%-15s lines %5.1f%% (%d of %d), branches %5.1f%% (%d of %d)", name,
                percent(m[1], m[0] + m[1]), m[1], m[0] + m[1], percent(m[3], m[2] + m[3]), m[3], m[2] + m[3]);
    }

    private static double percent(long covered, long all) {
        return all == 0 ? 0 : 100.0 * covered / all;
    }
}

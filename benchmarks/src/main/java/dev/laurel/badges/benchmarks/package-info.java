/**
 * JMH benchmarks; built by the reactor, never run by the tests. Run them with
 * {@code java -jar benchmarks/target/benchmarks.jar NAME -f 1 -wi 3 -i 5}; results and the exact commands
 * are in docs/BENCHMARKS.md. Beside them, {@link dev.laurel.badges.benchmarks.ApiLoad} is a load test of a real
 * {@code laurel serve} child process over loopback HTTP (docs/BENCHMARKS.md, "OB 3.0 API load test (issue 17)").
 */
package dev.laurel.badges.benchmarks;

/**
 * JMH benchmarks; built by the reactor, never run by the tests. Run them with
 * {@code java -jar benchmarks/target/benchmarks.jar NAME -f 1 -wi 3 -i 5}; results and the exact commands
 * are in docs/BENCHMARKS.md.
 */
package dev.laurel.badges.benchmarks;

/**
 * Browser tests of the pages {@code laurel serve} answers, and the fixtures they are written with: {@link
 * dev.laurel.badges.examples.cli.web.Browser} (headless Debian Chromium through chromium-driver, screenshots, axe-core)
 * and {@link dev.laurel.badges.examples.cli.LaurelServe} (the real command in this JVM).
 *
 * <pre>{@code
 * try (LaurelServe serve = LaurelServe.start(data); Browser browser = Browser.start()) {
 *     browser.open(serve.uri().resolve("/"));
 *     browser.screenshot("verify-form");
 *     browser.assertNoSeriousViolations();
 * }
 * }</pre>
 *
 * <p>Without the browser, the driver or axe-core the tests are aborted and say what is missing; with {@code
 * LAUREL_REQUIRE_BROWSER=1} (as {@code .ci/run} sets) they fail instead.
 */
package dev.laurel.badges.examples.cli.web;

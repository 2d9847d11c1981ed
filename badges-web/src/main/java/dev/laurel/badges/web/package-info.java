/**
 * Laurel's web pages: the verify page and its report, served as an
 * {@link dev.laurel.badges.api.provider.ApiHandler} by {@link dev.laurel.badges.web.WebPages}, over a
 * {@link dev.laurel.badges.web.BadgeChecker} that gives each input's verdict. The templates are jte, precompiled at
 * build time and escaping every value; docs/WEB.md documents the pages, their HTML contract and their
 * Content-Security-Policy.
 *
 * <pre>{@code
 * WebPages pages = WebPages.builder(BadgeChecker.of(Verifier.offline()))
 *         .serviceName("Acme badges").maxUploadBytes(1 << 20).build();
 * ApiHandler handler = pages.orElse(otherHandler);  // serve with ApiServlet or LaurelServer
 * }</pre>
 */
package dev.laurel.badges.web;

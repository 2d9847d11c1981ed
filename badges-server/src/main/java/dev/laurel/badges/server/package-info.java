/**
 * {@code badges-server}: a standalone host for Laurel's {@link dev.laurel.badges.api.provider.ApiHandler}s on
 * Jetty 12, the server behind {@code laurel serve}. One front door,
 * {@link dev.laurel.badges.server.LaurelServer#builder(dev.laurel.badges.api.provider.ApiHandler)}: TLS from a
 * PKCS12 or JKS keystore (plain HTTP only on loopback), a request body limit, a per-address rate limit, a JSON
 * access log and a graceful shutdown bounded well under a minute.
 *
 * <pre>{@code
 * LaurelServer server = LaurelServer.builder(handler).port(8080).accessLog(System.out::println).build().start();
 * server.installShutdownHook();
 * System.err.println("listening on " + server.uri());
 * server.awaitStop();
 * }</pre>
 *
 * <p>An application with its own servlet container does not need this module: it registers
 * {@link dev.laurel.badges.api.provider.servlet.ApiServlet} itself.
 */
package dev.laurel.badges.server;

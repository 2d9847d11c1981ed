/**
 * The Jakarta Servlet adapter of the provider: {@link dev.laurel.badges.api.provider.servlet.ApiServlet} carries
 * an {@link dev.laurel.badges.api.provider.ApiHandler} in any Servlet 6 container (Jetty, Tomcat, Spring Boot's),
 * so the same provider runs embedded in an application or under {@code laurel serve}.
 *
 * <pre>{@code
 * // a ServletContextInitializer, a ServletContainerInitializer or a listener:
 * ServletRegistration.Dynamic laurel = servletContext.addServlet("laurel", new ApiServlet(handler));
 * laurel.addMapping("/*");
 * }</pre>
 *
 * <p>The servlet API is a {@code provided} dependency of badges-api: the container brings it.
 */
package dev.laurel.badges.api.provider.servlet;

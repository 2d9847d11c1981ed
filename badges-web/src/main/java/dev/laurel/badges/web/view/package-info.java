/**
 * The values the page templates render: one record per page ({@link dev.laurel.badges.web.view.FormPage},
 * {@link dev.laurel.badges.web.view.ReportPage}) and the parts they are made of. They hold text only; every value
 * is escaped by the template engine where it is written, so a badge's own strings never become markup.
 *
 * <pre>{@code
 * // WebPages builds them; an application with its own templates may read them too:
 * ReportPage page = ...;
 * boolean verified = page.verified();
 * }</pre>
 */
package dev.laurel.badges.web.view;

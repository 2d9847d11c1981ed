/**
 * Issue 17's end-to-end test: the project's OB 3.0 API client against a real {@code laurel serve} process, on H2
 * and on PostgreSQL.
 */
package dev.laurel.badges.examples.cli.e2e;

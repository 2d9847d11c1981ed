/**
 * Internals of safe fetching, not exported: address rules (loopback, private, link-local, metadata
 * ranges), name resolution pinned to checked addresses, and the minimal HTTP/1.1 GET over that pinned
 * connection.
 */
package dev.laurel.badges.verify.fetch.internal;

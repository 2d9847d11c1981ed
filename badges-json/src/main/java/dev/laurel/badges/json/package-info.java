/**
 * Reading, writing and validating Open Badges 2.0 and 3.0 JSON.
 */
package dev.laurel.badges.json;

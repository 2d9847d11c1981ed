/**
 * The Open Badges 2.0 data model as immutable records.
 */
package dev.laurel.badges.core.model.ob2;

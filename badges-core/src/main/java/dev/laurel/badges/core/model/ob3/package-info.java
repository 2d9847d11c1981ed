/**
 * The Open Badges 3.0 data model as immutable records.
 */
package dev.laurel.badges.core.model.ob3;

/**
 * Verification and signing of Open Badges.
 */
package dev.laurel.badges.verify;

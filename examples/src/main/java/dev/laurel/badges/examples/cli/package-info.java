/**
 * The {@code laurel} command line ({@link dev.laurel.badges.examples.cli.Laurel}): demo, validate, verify,
 * classify, convert, keygen, sign, bake and extract. Its flags, JSON Lines fields and exit codes are a
 * stable interface documented in docs/CLI.md.
 */
package dev.laurel.badges.examples.cli;

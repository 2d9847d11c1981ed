package dev.laurel.badges.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The result of processing one input: its JSON Lines object, its text rendering and whether it passed.
 *
 * @param json the JSON Lines object
 * @param text the lines printed in text format
 * @param passed whether the input passed (valid, verified, classified)
 */
record ResultLine(ObjectNode json, String text, boolean passed) {
}

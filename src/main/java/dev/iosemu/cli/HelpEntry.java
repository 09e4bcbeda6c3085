package dev.iosemu.cli;

/** One line of full help: a keyword or argument name and its description. */
record HelpEntry(String name, String description) {}

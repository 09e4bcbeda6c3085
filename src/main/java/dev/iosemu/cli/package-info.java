/** The IOS command engine: modes, command tree, parser, help, prompts, filters and pager; no terminal code. */
package dev.iosemu.cli;

/** Command-line entry point and wiring: the only package that sees every other package. */
package dev.iosemu.app;

/** The local terminal console: the only code that uses JLine. */
package dev.iosemu.console;

"""iosemu's console on a pseudo-terminal, as a user at a terminal of type TERM types at it: RETURN, enable and
the shipped secret, a command, exit, and Ctrl-D pressed once the moment Press RETURN shows again.

usage: pty_console.py TERM JAVA JAR
Prints the console transcript; exits 0 when iosemu ended at that one Ctrl-D, 1 otherwise."""
import os
import sys

from pty_iosemu import Console

term, java, jar = sys.argv[1:4]
console = Console(term, java, jar, "--no-lab", "--boot-delay", "0")
console.expect("Press RETURN")
console.send("\r")
console.expect("Router>")
console.send("enable\r")
console.expect("Password: ")
console.send("cisco\r")
console.expect("Router#")
console.send("show clock\r")
console.expect("Router#")
console.send("exit\r")
console.expect("Press RETURN to get started.")
console.send(b"\x04")  # once: the key must not be lost however soon it follows the banner
status = console.ended()
sys.stdout.write(console.transcript())
sys.exit(0 if os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0 else 1)

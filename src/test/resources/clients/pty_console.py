"""iosemu's console on a pseudo-terminal, as a user at a terminal of type TERM types at it: RETURN, enable and
the shipped secret, a command, exit, and Ctrl-D pressed once the moment Press RETURN shows again.

usage: pty_console.py TERM JAVA JAR
Prints the console transcript; exits 0 when iosemu ended at that one Ctrl-D, 1 otherwise."""
import os
import pty
import select
import sys
import time

term, java, jar = sys.argv[1:4]
pid, fd = pty.fork()
if pid == 0:
    os.environ["TERM"] = term
    os.execv(java, [java, "-jar", jar, "--no-lab", "--boot-delay", "0"])

seen = b""
mark = 0


def fail(why):
    sys.stdout.write(seen.decode(errors="replace"))
    os.kill(pid, 9)
    sys.exit(why)


def expect(text, seconds=120):
    """Reads the console until text appears after what was expected before (a deadline, not a pause)."""
    global seen, mark
    deadline = time.monotonic() + seconds
    while seen.find(text.encode(), mark) < 0:
        ready, _, _ = select.select([fd], [], [], max(0, deadline - time.monotonic()))
        if not ready:
            fail("timed out waiting for %r" % text)
        seen += os.read(fd, 65536)
    mark = seen.find(text.encode(), mark) + len(text)


def ended(seconds=60):
    """Reads what the console still prints until iosemu has ended (a deadline, not a pause)."""
    global seen
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                seen += os.read(fd, 65536)
            except OSError:
                pass  # the console side is closed: the process has ended
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return status
    fail("iosemu did not end at Ctrl-D")


def send(keys):
    os.write(fd, keys.encode())


expect("Press RETURN")
send("\r")
expect("Router>")
send("enable\r")
expect("Password: ")
send("cisco\r")
expect("Router#")
send("show clock\r")
expect("Router#")
send("exit\r")
expect("Press RETURN to get started.")
send("\x04")  # once: the key must not be lost however soon it follows the banner
status = ended()
sys.stdout.write(seen.decode(errors="replace"))
sys.exit(0 if os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0 else 1)

"""iosemu's console on a pseudo-terminal, for the clients that type at it as a user at a terminal does: the
transcript so far, waiting for a text with a deadline (never a pause), and waiting for the process to end."""
import os
import pty
import select
import sys
import time


class Console:
    def __init__(self, term, java, jar, *arguments):
        """Starts java -jar JAR ARGUMENTS on a new pseudo-terminal, under terminal type term."""
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.environ["TERM"] = term  # the terminal's, not whatever the build runs under
            os.execv(java, [java, "-jar", jar, *arguments])
        self.seen = b""
        self.mark = 0

    def fail(self, why):
        """Prints the transcript, stops iosemu and exits with why."""
        sys.stdout.write(self.seen.decode(errors="replace"))
        os.kill(self.pid, 9)
        sys.exit(why)

    def expect(self, text, seconds=120):
        """Reads the console until text appears after what was expected before."""
        deadline = time.monotonic() + seconds
        while self.seen.find(text.encode(), self.mark) < 0:
            ready, _, _ = select.select([self.fd], [], [], max(0, deadline - time.monotonic()))
            if not ready:
                self.fail("timed out waiting for %r" % text)
            self.seen += os.read(self.fd, 65536)
        self.mark = self.seen.find(text.encode(), self.mark) + len(text)

    def send(self, keys):
        os.write(self.fd, keys.encode() if isinstance(keys, str) else keys)

    def ended(self, seconds=60):
        """Reads what the console still prints until iosemu has ended; its wait status."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self.fd], [], [], 0.5)
            if ready:
                try:
                    self.seen += os.read(self.fd, 65536)
                except OSError:
                    pass  # the console side is closed: the process has ended
            done, status = os.waitpid(self.pid, os.WNOHANG)
            if done:
                return status
        self.fail("iosemu did not end")

    def transcript(self):
        return self.seen.decode(errors="replace")

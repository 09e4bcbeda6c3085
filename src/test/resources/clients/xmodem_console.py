"""The 2960's empty flash recovered over a real terminal: iosemu on a pseudo-terminal, lrzsz's sx as the
terminal program that sends the image when the switch: loader asks (copy xmodem:).

usage: xmodem_console.py JAVA JAR IMAGE [TERM]
TERM is the terminal type iosemu runs under (screen, GNU screen's, unless given).
Prints the console transcript; exits 0 when the loader stored the file and IOS booted it, 1 otherwise."""
import os
import pty
import select
import subprocess
import sys
import time

java, jar, image = sys.argv[1:4]
term = sys.argv[4] if len(sys.argv) > 4 else "screen"
name = os.path.basename(image)
pid, fd = pty.fork()
if pid == 0:
    os.environ["TERM"] = term  # the terminal program's, not whatever the build runs under
    os.execv(java, [java, "-jar", jar, "--device", "c2960x", "--no-lab", "--boot-delay", "0"])

seen = b""
mark = 0


def expect(text, seconds=120):
    """Reads the console until text appears after what was expected before (a deadline, not a pause)."""
    global seen, mark
    deadline = time.monotonic() + seconds
    while seen.find(text.encode(), mark) < 0:
        left = deadline - time.monotonic()
        ready, _, _ = select.select([fd], [], [], max(0, left))
        if not ready:
            sys.stdout.write(seen.decode(errors="replace"))
            sys.exit("timed out waiting for %r" % text)
        seen += os.read(fd, 65536)
    mark = seen.find(text.encode(), mark) + len(text)


def relay(command):
    """Runs the terminal program on pipes joined to the console, as GNU screen's exec !! does."""
    global seen
    program = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    out = program.stdout.fileno()
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd, out], [], [], 1)
        if fd in ready:
            data = os.read(fd, 65536)
            seen += data  # the console's text after the transfer is read here too
            try:
                program.stdin.write(data)
                program.stdin.flush()
            except BrokenPipeError:
                pass  # the program has finished; what follows is console text
        if out in ready:
            data = os.read(out, 65536)
            if not data:
                break
            os.write(fd, data)
    try:
        program.stdin.close()
    except BrokenPipeError:
        pass
    return program.wait(30), program.stderr.read().decode(errors="replace").strip()


def end_session(seconds=60):
    """Ctrl-D at Press RETURN ends the emulator: pressed once, however soon after the banner (the console keeps
    the tty raw between reads, so the key waits as its byte); then the console is read until the process is
    gone (a deadline, not a pause)."""
    global seen
    os.write(fd, b"\x04")
    deadline = time.monotonic() + seconds
    while True:
        ready, _, _ = select.select([fd], [], [], 1)
        if ready:
            try:
                seen += os.read(fd, 65536)
            except OSError:
                pass  # the console side is closed: the process has ended
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            return
        if time.monotonic() > deadline:
            sys.stdout.write(seen.decode(errors="replace"))
            sys.exit("the emulator did not end at Ctrl-D")


def send(line):
    os.write(fd, line.encode() + b"\r")


expect("Press RETURN")
send("")
expect("Switch>")
send("enable")
expect("Password: ")  # the shipped profile's enable secret
send("cisco")
expect("Switch#")
send("delete /force flash:c2960x-universalk9-mz.152-4.E8.bin")
expect("Switch#")
send("reload")
expect("[confirm]")
send("")
expect("switch: ")
send("copy xmodem: flash:" + name)
expect("Begin the Xmodem or Xmodem-1K transfer now...")
# the terminal program takes over the line
status, said = relay(["sx", "-k", image])
expect("successfully copied")
send("set BOOT flash:/" + name)
expect("switch: ")
send("boot")
expect("Press RETURN")
send("")
expect("Switch>")
send("show version | include Version 15")
expect("Switch>")
send("exit")
expect("Press RETURN")
end_session()
sys.stdout.write(seen.decode(errors="replace"))
sys.stdout.write("\nsx exit %d: %s\n" % (status, said))
sys.exit(0 if status == 0 else 1)

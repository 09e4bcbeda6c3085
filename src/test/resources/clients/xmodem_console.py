"""The 2960's empty flash recovered over a real terminal: iosemu on a pseudo-terminal, lrzsz's sx as the
terminal program that sends the image when the switch: loader asks (copy xmodem:).

usage: xmodem_console.py JAVA JAR IMAGE [TERM]
TERM is the terminal type iosemu runs under (screen, GNU screen's, unless given).
Prints the console transcript; exits 0 when the loader stored the file and IOS booted it, 1 otherwise."""
import os
import select
import subprocess
import sys
import time

from pty_iosemu import Console

java, jar, image = sys.argv[1:4]
term = sys.argv[4] if len(sys.argv) > 4 else "screen"
name = os.path.basename(image)
console = Console(term, java, jar, "--device", "c2960x", "--no-lab", "--boot-delay", "0")


def relay(command):
    """Runs the terminal program on pipes joined to the console, as GNU screen's exec !! does."""
    fd = console.fd
    program = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    out = program.stdout.fileno()
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd, out], [], [], 1)
        if fd in ready:
            data = os.read(fd, 65536)
            console.seen += data  # the console's text after the transfer is read here too
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


def send(line):
    console.send(line + "\r")


expect = console.expect



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
console.send(b"\x04")  # Ctrl-D at Press RETURN ends the emulator, pressed once however soon after the banner
console.ended()
sys.stdout.write(console.transcript())
sys.stdout.write("\nsx exit %d: %s\n" % (status, said))
sys.exit(0 if status == 0 else 1)

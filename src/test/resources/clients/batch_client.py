"""A script talking to iosemu --batch line by line, as subprocess and pexpect users do: it writes a command
only after the prompt it waits for has appeared, so it hangs (and fails on its timeout) if a prompt is not
flushed while the device waits for input. Usage: batch_client.py JAVA JAR; prints OK when all went well."""
import os
import select
import subprocess
import sys
import time

TIMEOUT = 60.0


def read_until(process, prompt):
    """What the device printed up to and including the prompt, read as it comes."""
    seen = b""
    deadline = time.monotonic() + TIMEOUT
    while not seen.endswith(prompt):
        left = deadline - time.monotonic()
        ready, _, _ = select.select([process.stdout], [], [], max(left, 0))
        if not ready:
            sys.exit("no %r after %r" % (prompt, seen[-200:]))
        chunk = os.read(process.stdout.fileno(), 4096)
        if not chunk:
            sys.exit("output ended before %r: %r" % (prompt, seen[-200:]))
        seen += chunk
    return seen


def send(process, line):
    process.stdin.write(line.encode() + b"\n")
    process.stdin.flush()


def main():
    java, jar = sys.argv[1], sys.argv[2]
    process = subprocess.Popen(
        [java, "-jar", jar, "--batch", "--quiet-boot", "--no-lab"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    first = read_until(process, b"Router>")
    if first != b"Router>":
        sys.exit("quiet boot printed before the first prompt: %r" % first[:200])
    send(process, "enable")
    read_until(process, b"Password: ")  # the shipped profile's enable secret
    send(process, "cisco")
    read_until(process, b"Router#")
    send(process, "show version")
    version = read_until(process, b"Router#")
    if b"Cisco IOS Software" not in version:
        sys.exit("no version in %r" % version[:200])
    send(process, "shw ver")
    typo = read_until(process, b"Router#")
    if b"% Invalid input detected" not in typo:
        sys.exit("no IOS error in %r" % typo)
    process.stdin.close()
    process.wait(TIMEOUT)
    print("OK")


main()

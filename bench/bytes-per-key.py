#!/usr/bin/env python3
"""Bytes sent to the terminal per ASCII key typed into a text field, measured on a pty (80x24).

Runs terminal-probe under pty.fork, waits for the first full draw, types "helloworld" one key at a time
(reading until 150 ms of quiet after each), then resizes to 100x30 and quits. Rerun after changing the painter:

    python3 bench/bytes-per-key.py [path/to/terminal-probe]

Prints one row per probe configuration; "per key" is what a person typing over a slow link pays.
"""
import fcntl, os, pty, select, signal, struct, sys, termios, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROBE = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "debug", "terminal-probe")
TEXT = "helloworld"
QUIET = 0.15

CONFIGURATIONS = [
    ("plain field, xterm-256color", "xterm-256color", ["--no-echo"]),
    ("plain field, tmux-256color", "tmux-256color", ["--no-echo"]),
    ("underlined field", "xterm-256color", ["--no-echo", "--field-style", "underline"]),
    ("reverse field", "xterm-256color", ["--no-echo", "--field-style", "reverse"]),
    ("plain field, no colour", "xterm-256color", ["--no-echo", "--no-color"]),
    ("plain field + last-key line", "xterm-256color", []),
]


def set_size(fd, rows, columns):
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))


def read_until_quiet(fd, quiet=QUIET, limit=5.0):
    data = b""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], quiet)
        if not ready:
            break
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        data += chunk
    return data


def measure(term, arguments):
    pid, fd = pty.fork()
    if pid == 0:
        env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "NO_COLOR", "ESCDELAY")}
        env.update(TERM=term, LANG="C.UTF-8")
        os.execve(PROBE, [PROBE] + arguments, env)
    set_size(fd, 24, 80)
    first = read_until_quiet(fd, quiet=0.4)
    per_key = []
    for character in TEXT:
        os.write(fd, character.encode())
        per_key.append(len(read_until_quiet(fd)))
    set_size(fd, 30, 100)
    os.kill(pid, signal.SIGWINCH)
    resize = len(read_until_quiet(fd, quiet=0.3))
    os.write(fd, b"q")
    read_until_quiet(fd, quiet=0.3)
    os.waitpid(pid, 0)
    os.close(fd)
    return len(first), per_key, resize


def main():
    if not os.access(PROBE, os.X_OK):
        sys.exit(f"build the probe first (swift build --product terminal-probe): {PROBE} not found")
    print(f"{'configuration':32} {'first draw':>10} {'per key (avg)':>14}  per key, each   resize to 100x30")
    for name, term, arguments in CONFIGURATIONS:
        first, per_key, resize = measure(term, arguments)
        average = sum(per_key) / len(per_key)
        print(f"{name:32} {first:>8} B {average:>12.1f} B  {','.join(map(str, per_key)):15} {resize} B")


if __name__ == "__main__":
    main()

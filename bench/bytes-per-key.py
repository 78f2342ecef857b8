#!/usr/bin/env python3
"""What a full-screen program costs on a terminal, measured on a pseudo-terminal (80x24, TERM=xterm-256color).

A part of bench/run (see bench/README.md for the method). For one program it runs:

  start  RUNS times: exec -> the first complete frame (bytes, milliseconds), then Ctrl-C -> exit (milliseconds);
  type   once: the keys that reach a text field, then CHARS characters one at a time (bytes each), then a resize to
         100x30 (bytes of the redraw);
  --instructions N: instead, N times the instructions from exec to the first complete frame under callgrind.

    python3 bench/bytes-per-key.py NAME --ready TEXT [--field-keys KEYS --field-ready TEXT] [--runs N] -- COMMAND...

"The first complete frame" ends with the output chunk in which TEXT (a piece of the frame's last painted text,
escape sequences removed) has appeared, plus whatever follows within SAME_WRITE (2 ms) (one write split by the pty).
Prints tab-separated rows "metric<TAB>NAME<TAB>value" on stdout, one per run, for bench/table.py.

Without a COMMAND it keeps its old use: the painter's variants of terminal-probe (build it first), per key typed.
"""
import argparse, fcntl, os, pty, re, select, shutil, signal, struct, subprocess, sys, tempfile, termios, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
QUIET = 0.15          # no output for this long after a key: the program has answered it
SAME_WRITE = 0.002    # chunks this close together are one write the pty split
ESCAPES = re.compile(rb"\x1b(\[[0-9;?>=]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[()][0-9A-Za-z]|[=>78DEHMNOPZc])")


def visible(data):
    """The text a terminal would show, without control sequences (for finding a marker)."""
    return ESCAPES.sub(b"", data).decode("utf-8", "replace")


def spawn(command, env, rows=24, columns=80):
    # A leading `env VAR=value ...` is applied here, not run: under valgrind an exec'd env would hide the program.
    env = dict(env)
    if command[:1] == ["env"]:
        command = command[1:]
        while command and "=" in command[0] and not command[0].startswith("/"):
            name, value = command[0].split("=", 1)
            env[name] = value
            command = command[1:]
    started = time.monotonic()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        os.execvpe(command[0], command, env)
    return pid, fd, started


def read_chunk(fd, timeout):
    ready, _, _ = select.select([fd], [], [], timeout)
    if not ready:
        return None
    try:
        return os.read(fd, 65536)
    except OSError:
        return b""


def read_until_quiet(fd, quiet=QUIET, limit=10.0):
    data = b""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        chunk = read_chunk(fd, quiet)
        if not chunk:
            break
        data += chunk
    return data


def read_until_text(fd, text, limit=20.0):
    """Reads until `text` shows; returns (bytes, time of the chunk that completed it or None)."""
    data = b""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        chunk = read_chunk(fd, 0.05)
        if chunk == b"":
            break
        if chunk is None:
            continue
        data += chunk
        if text in visible(data):
            finished = time.monotonic()
            while (more := read_chunk(fd, SAME_WRITE)):
                data += more
            return data, finished
    return data, None


def wait_exit(pid, limit=5.0):
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return time.monotonic(), status
        time.sleep(0.0005)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    return None, None


def drain_and_close(pid, fd):
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass
    os.close(fd)


def environment(home):
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "NO_COLOR", "ESCDELAY", "TMUX")}
    env.update(TERM="xterm-256color", LANG="C.UTF-8", HOME=home, XDG_STATE_HOME=os.path.join(home, "state"),
               XDG_CONFIG_HOME=os.path.join(home, "config"), DIALOGRC="/dev/null")
    return env


def fresh_home():
    """Every run starts clean: no draft offer, no config left by an earlier run."""
    return tempfile.mkdtemp(prefix="sipline-bench-")


def emit(metric, name, value):
    print(f"{metric}\t{name}\t{value}", flush=True)


def measure_start(name, command, ready, quit_key):
    home = fresh_home()
    pid, fd, started = spawn(command, environment(home))
    data, finished = read_until_text(fd, ready)
    if finished is None:
        drain_and_close(pid, fd)
        shutil.rmtree(home, ignore_errors=True)
        sys.exit(f"{name}: the first frame never showed {ready!r}; it showed:\n{visible(data)[-2000:]}")
    emit("first_frame_bytes", name, len(data))
    emit("first_frame_ms", name, f"{(finished - started) * 1000:.2f}")
    read_until_quiet(fd, quiet=0.3)            # whatever follows the first frame (the portal's answer) settles
    if quit_key and os.waitpid(pid, os.WNOHANG)[0] == 0:
        os.write(fd, quit_key)
        pressed = time.monotonic()
        exited, _ = wait_exit(pid)
        if exited is not None:
            emit("quit_ms", name, f"{(exited - pressed) * 1000:.2f}")
    drain_and_close(pid, fd)
    shutil.rmtree(home, ignore_errors=True)


def measure_typing(name, command, ready, field_keys, field_ready, chars):
    home = fresh_home()
    pid, fd, _ = spawn(command, environment(home))
    _, finished = read_until_text(fd, ready)
    read_until_quiet(fd, quiet=0.3)
    if field_keys:
        os.write(fd, field_keys)
        _, finished = read_until_text(fd, field_ready)
        read_until_quiet(fd, quiet=0.3)
    if finished is None:
        drain_and_close(pid, fd)
        sys.exit(f"{name}: the text field never showed")
    text = "".join("abcdefghijklmnopqrstuvwxyz"[i % 26] for i in range(chars))
    per_key = []
    for character in text:
        os.write(fd, character.encode())
        per_key.append(len(read_until_quiet(fd)))
    emit("bytes_per_char", name, f"{sum(per_key) / len(per_key):.2f}")
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))   # the kernel sends SIGWINCH
    emit("resize_bytes", name, len(read_until_quiet(fd, quiet=0.3)))
    drain_and_close(pid, fd)
    shutil.rmtree(home, ignore_errors=True)


def measure_instructions(name, command, ready):
    """Instructions executed from exec to the first complete frame, counted by callgrind (repeatable on a busy
    machine): the frame is awaited as above, then callgrind is asked to dump its counts so far."""
    home = fresh_home()
    counts = os.path.join(home, "callgrind.out")
    if command[:1] == ["env"]:
        settings = [part for part in command[1:] if "=" in part and not part.startswith("/")]
        command = ["env"] + settings + ["valgrind", "--tool=callgrind", f"--callgrind-out-file={counts}"] + \
            command[1 + len(settings):]
    else:
        command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={counts}"] + command
    pid, fd, _ = spawn(command, environment(home))
    _, finished = read_until_text(fd, ready, limit=120.0)
    if finished is None:
        drain_and_close(pid, fd)
        sys.exit(f"{name}: under callgrind the first frame never showed {ready!r}")
    subprocess.run(["callgrind_control", "--dump", str(pid)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    dump = counts + ".1"
    deadline = time.monotonic() + 30
    total = None
    while total is None and time.monotonic() < deadline:
        if os.path.exists(dump):
            for line in open(dump, errors="replace"):
                if line.startswith("totals:"):
                    total = int(line.split()[1])
        time.sleep(0.1)
    drain_and_close(pid, fd)
    shutil.rmtree(home, ignore_errors=True)
    if total is None:
        sys.exit(f"{name}: callgrind wrote no dump")
    emit("instructions_first_frame", name, total)


def probe_variants():
    """The painter's variants of terminal-probe, per key typed (the script's first use, kept for the painter)."""
    probe = os.path.join(ROOT, ".build", "debug", "terminal-probe")
    if not os.access(probe, os.X_OK):
        sys.exit(f"build the probe first (swift build --product terminal-probe): {probe} not found")
    variants = [
        ("plain field, xterm-256color", ["--no-echo"]),
        ("underlined field", ["--no-echo", "--field-style", "underline"]),
        ("reverse field", ["--no-echo", "--field-style", "reverse"]),
        ("plain field, no colour", ["--no-echo", "--no-color"]),
        ("plain field + last-key line", []),
    ]
    for label, arguments in variants:
        home = fresh_home()
        pid, fd, _ = spawn([probe] + arguments, environment(home))
        first = read_until_quiet(fd, quiet=0.4)
        per_key = []
        for character in "helloworld":
            os.write(fd, character.encode())
            per_key.append(len(read_until_quiet(fd)))
        print(f"{label:30} first draw {len(first):>5} B, per key {sum(per_key) / len(per_key):.1f} B")
        drain_and_close(pid, fd)
        shutil.rmtree(home, ignore_errors=True)


def main():
    if len(sys.argv) == 1 or sys.argv[1] == "--probe":
        return probe_variants()
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("name")
    parser.add_argument("--ready", required=True, help="text of the first frame's last painted part")
    parser.add_argument("--quit-key", default="\x03", help="what ends the program ('' = nothing ends it)")
    parser.add_argument("--field-keys", default="", help="keys from the first frame to the text field")
    parser.add_argument("--field-ready", default="", help="text that shows the field is ready")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--chars", type=int, default=20)
    parser.add_argument("--instructions", type=int, default=0, metavar="N",
                        help="only count instructions to the first frame under callgrind, N times")
    arguments = sys.argv[1:]
    if "--" not in arguments:
        parser.error("give the command after --")
    split = arguments.index("--")
    options, command = parser.parse_args(arguments[:split]), arguments[split + 1:]
    if options.instructions:
        for _ in range(options.instructions):
            measure_instructions(options.name, command, options.ready)
        return
    for _ in range(options.runs):
        measure_start(options.name, command, options.ready, options.quit_key.encode())
    measure_typing(options.name, command, options.ready, options.field_keys.encode(), options.field_ready,
                   options.chars)


if __name__ == "__main__":
    main()

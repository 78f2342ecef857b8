#!/usr/bin/env python3
"""write() calls to the terminal for one new screen, counted by strace.

A part of bench/run (see bench/README.md). Starts COMMAND under `strace -f` in a private tmux server (80x24), waits
for READY, presses FIELD_KEYS, waits for FIELD_READY and a moment of quiet, then counts the write() calls to
standard output after the key was read. A frame that leaves in one write cannot be shown half drawn by the
terminal, tmux or an SSH hop. Prints "writes_new_screen<TAB>NAME<TAB>value" per run.

    python3 bench/writes-per-screen.py NAME --ready TEXT --field-keys KEY --field-ready TEXT [--runs N] -- COMMAND...
"""
import argparse, importlib.util, os, re, shlex, subprocess, sys, tempfile, time

# The tmux helpers of the latency part: one private server, the pane polled until a text shows.
spec = importlib.util.spec_from_file_location("latency", os.path.join(os.path.dirname(__file__), "key-latency.py"))
latency = importlib.util.module_from_spec(spec)
spec.loader.exec_module(latency)

KEY_READ = re.compile(r"^\d+\s+read\(0, .*\)\s+= [1-9]")
TERMINAL_WRITE = re.compile(r"^\d+\s+write\(1, ")


def writes_after_key(trace):
    """write() calls to fd 1 after the last key read from fd 0."""
    lines = open(trace, encoding="utf-8", errors="replace").read().splitlines()
    reads = [index for index, line in enumerate(lines) if KEY_READ.match(line)]
    if not reads:
        return None
    return sum(1 for line in lines[reads[-1] + 1:] if TERMINAL_WRITE.match(line))


def measure(options, command):
    socket = f"sipline-bench-writes-{os.getpid()}"
    home = tempfile.mkdtemp(prefix="sipline-bench-")
    trace = os.path.join(home, "trace")
    shell = (f"env -u LC_ALL -u NO_COLOR TERM=xterm-256color LANG=C.UTF-8 HOME={home} XDG_STATE_HOME={home}/state "
             f"XDG_CONFIG_HOME={home}/config strace -f -qq -s 0 -e trace=read,write -o {trace} "
             + " ".join(shlex.quote(part) for part in command))
    latency.tmux(socket, "new-session", "-d", "-s", "bench", "-x", "80", "-y", "24", shell)
    try:
        for keys, text in ((None, options.ready), (options.field_keys, options.field_ready)):
            if keys:
                latency.tmux(socket, "send-keys", "-t", "bench", keys)
            shown, screen = latency.wait_for(socket, lambda pane: text in pane)
            if shown is None:
                sys.exit(f"{options.name}: never showed {text!r}:\n{screen}")
            time.sleep(0.5)
        count = writes_after_key(trace)
        if count is None:
            sys.exit(f"{options.name}: strace saw no key read")
        print(f"writes_new_screen\t{options.name}\t{count}", flush=True)
    finally:
        latency.tmux(socket, "kill-server")
        subprocess.run(["rm", "-rf", home])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("name")
    parser.add_argument("--ready", required=True)
    parser.add_argument("--field-keys", required=True)
    parser.add_argument("--field-ready", required=True)
    parser.add_argument("--runs", type=int, default=3)
    arguments = sys.argv[1:]
    if "--" not in arguments:
        parser.error("give the command after --")
    split = arguments.index("--")
    options, command = parser.parse_args(arguments[:split]), arguments[split + 1:]
    for _ in range(options.runs):
        measure(options, command)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Keystroke latency in tmux: `send-keys` of one character -> that character on the captured pane.

A part of bench/run (see bench/README.md). Starts COMMAND in a private tmux server (80x24, TERM=xterm-256color),
waits for READY on the pane, optionally presses FIELD_KEYS and waits for FIELD_READY, then types CHARS characters
one at a time; for each, the time from sending it to the first capture that shows it (capture-pane polled without
pause). Prints "key_latency_ms<TAB>NAME<TAB>value" per character.

    python3 bench/key-latency.py NAME --ready TEXT [--field-keys KEY --field-ready TEXT] -- COMMAND...

The figure includes one tmux client round trip per poll (a few milliseconds), the same for every program measured.
"""
import argparse, os, shlex, subprocess, sys, tempfile, time


def tmux(socket, *arguments, capture=False):
    result = subprocess.run(["tmux", "-L", socket, "-f", "/dev/null", *arguments],
                            stdout=subprocess.PIPE if capture else subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return result.stdout.decode("utf-8", "replace") if capture else result.returncode


def pane(socket):
    return tmux(socket, "capture-pane", "-p", "-t", "bench", capture=True)


def wait_for(socket, predicate, limit=20.0):
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        screen = pane(socket)
        if predicate(screen):
            return time.monotonic(), screen
    return None, pane(socket)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("name")
    parser.add_argument("--ready", required=True)
    parser.add_argument("--field-keys", default="")
    parser.add_argument("--field-ready", default="")
    parser.add_argument("--chars", type=int, default=20)
    arguments = sys.argv[1:]
    if "--" not in arguments:
        parser.error("give the command after --")
    split = arguments.index("--")
    options, command = parser.parse_args(arguments[:split]), arguments[split + 1:]

    socket = f"sipline-bench-latency-{os.getpid()}"
    home = tempfile.mkdtemp(prefix="sipline-bench-")
    shell = (f"env -u LC_ALL -u NO_COLOR TERM=xterm-256color LANG=C.UTF-8 HOME={home} XDG_STATE_HOME={home}/state "
             f"XDG_CONFIG_HOME={home}/config DIALOGRC=/dev/null " + " ".join(shlex.quote(part) for part in command))
    tmux(socket, "new-session", "-d", "-s", "bench", "-x", "80", "-y", "24", shell)
    try:
        ready, screen = wait_for(socket, lambda text: options.ready in text)
        if ready is None:
            sys.exit(f"{options.name}: never showed {options.ready!r}:\n{screen}")
        time.sleep(0.3)
        if options.field_keys:
            tmux(socket, "send-keys", "-t", "bench", options.field_keys)
            ready, screen = wait_for(socket, lambda text: options.field_ready in text)
            if ready is None:
                sys.exit(f"{options.name}: never showed {options.field_ready!r}:\n{screen}")
            time.sleep(0.3)
        typed = ""
        for index in range(options.chars):
            character = "abcdefghijklmnopqrstuvwxyz"[index % 26]
            typed += character
            sent = time.monotonic()
            tmux(socket, "send-keys", "-t", "bench", "-l", character)
            shown, screen = wait_for(socket, lambda text: typed in text, limit=5.0)
            if shown is None:
                sys.exit(f"{options.name}: {typed!r} never showed:\n{screen}")
            print(f"key_latency_ms\t{options.name}\t{(shown - sent) * 1000:.2f}", flush=True)
    finally:
        tmux(socket, "kill-server")
        subprocess.run(["rm", "-rf", home])


if __name__ == "__main__":
    main()

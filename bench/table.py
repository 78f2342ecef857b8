#!/usr/bin/env python3
"""Turns the rows the parts of bench/run printed ("metric<TAB>subject<TAB>value") into one markdown table of
medians, with sipline's ratio to each peer and the issue's target. Reads the rows from the file given or stdin.

    python3 bench/table.py RESULTS.tsv          the table
    python3 bench/table.py --raw RESULTS.tsv    every figure per measure, in order
"""
import statistics, sys
from collections import defaultdict

# metric, label, (sipline's subject, dialog's, whiptail's, curl's), digits, target
ROWS = [
    ("bytes_per_char", "bytes per typed character (20 typed, 80×24)", ("sipline", "dialog", "whiptail", None), 2,
     "1"),
    ("first_frame_bytes", "first complete frame, bytes", ("sipline", "dialog", "whiptail", None), 0, "≤ dialog"),
    ("resize_bytes", "redraw after resize to 100×30, bytes", ("sipline", "dialog", "whiptail", None), 0, "≤ dialog"),
    ("first_frame_ms", "exec → first complete frame on the pty, ms", ("sipline", "dialog", "whiptail", None), 1,
     "≤ dialog (2× at most)"),
    ("instructions_first_frame", "instructions exec → first frame (callgrind)", ("sipline", "dialog", "whiptail", None),
     0, ""),
    ("quit_ms", "Ctrl-C → exit, ms", ("sipline", "dialog", "whiptail", None), 1, ""),
    ("key_latency_ms", "keystroke latency in tmux (send-keys → on pane), ms", ("sipline", "dialog", None, None), 1, ""),
    ("writes_new_screen", "write() calls for a new screen (PBX type → Connection name)", ("sipline", None, None, None),
     0, "1 frame (+1 showing the cursor)"),
    ("peak_rss_mb", "peak RSS of the whole run over the form, MB", ("wizard", "dialog", "whiptail", None), 1,
     "≤ 15 (wizard creating a cloud line)"),
    ("peak_rss_mb", "peak RSS `sipline add` (cloud line), MB", ("add", None, None, None), 1, "≤ 15"),
    ("peak_rss_mb", "peak RSS `sipline --version`, MB", ("version", None, None, None), 1, ""),
    ("add_ms", "`sipline add --json` vs curl script (sip.get + sip.add), ms", ("sipline", None, None, "curl"), 1,
     "≤ 1.5× curl"),
]


def main():
    arguments = sys.argv[1:]
    raw = arguments[:1] == ["--raw"]
    arguments = arguments[1:] if raw else arguments
    source = open(arguments[0]) if arguments else sys.stdin
    values = defaultdict(list)
    for line in source:
        parts = line.rstrip("\n").split("\t")
        if len(parts) == 3:
            try:
                values[(parts[0], parts[1])].append(float(parts[2]))
            except ValueError:
                pass

    if raw:
        for (metric, subject), samples in sorted(values.items()):
            print(f"{metric} {subject}: " + " ".join(f"{value:.15g}" for value in sorted(samples)))
        return

    def median(metric, subject):
        samples = values.get((metric, subject)) if subject else None
        return (statistics.median(samples), len(samples)) if samples else (None, 0)

    def show(value, digits):
        if value is None:
            return "—"
        if digits == 0:
            return f"{value:,.0f}".replace(",", " ")
        return f"{value:.{digits}f}"

    def ratio(mine, theirs):
        if mine is None or theirs is None or theirs == 0:
            return "—"
        return f"{mine / theirs:.2f}×"

    print("| measure (median of n runs) | sipline | dialog --form | whiptail --inputbox | curl script "
          "| sipline ÷ dialog | sipline ÷ whiptail | sipline ÷ curl | target |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---|")
    for metric, label, (mine, dialog, whiptail, curl), digits, target in ROWS:
        ours, count = median(metric, mine)
        theirs = {name: median(metric, subject)[0] for name, subject in
                  (("dialog", dialog), ("whiptail", whiptail), ("curl", curl))}
        print(f"| {label} (n={count}) | {show(ours, digits)} | {show(theirs['dialog'], digits)} "
              f"| {show(theirs['whiptail'], digits)} | {show(theirs['curl'], digits)} "
              f"| {ratio(ours, theirs['dialog'])} | {ratio(ours, theirs['whiptail'])} | {ratio(ours, theirs['curl'])} "
              f"| {target} |")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Render a terminal capture (tmux `capture-pane -p -e` output: text with SGR colour codes) to a PNG.

Usage: ansi2png.py CAPTURE.ans OUTPUT.png [--columns 80 --rows 24]
Needs pyte (terminal emulator) and Pillow (drawing) from PyPI, and DejaVu Sans Mono from Debian's fonts-dejavu-core.
"""
import argparse
import unicodedata

import pyte
from PIL import Image, ImageDraw, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FONT_SIZE = 16
# A dark theme close to common terminal defaults (xterm-ish palette, softened).
DEFAULT_FG = (220, 223, 228)
DEFAULT_BG = (30, 33, 39)
PALETTE = {
    "black": (40, 44, 52), "red": (224, 108, 117), "green": (152, 195, 121), "brown": (229, 192, 123),
    "yellow": (229, 192, 123), "blue": (97, 175, 239), "magenta": (198, 120, 221), "cyan": (86, 182, 194),
    "white": (220, 223, 228), "brightblack": (92, 99, 112), "brightred": (240, 128, 136),
    "brightgreen": (170, 215, 140), "brightyellow": (240, 210, 140), "brightblue": (120, 190, 250),
    "brightmagenta": (210, 140, 230), "brightcyan": (110, 200, 210), "brightwhite": (255, 255, 255),
}


def colour(name, default):
    if name == "default":
        return default
    if name in PALETTE:
        return PALETTE[name]
    if isinstance(name, str) and len(name) == 6:
        try:
            return tuple(int(name[i:i + 2], 16) for i in (0, 2, 4))
        except ValueError:
            pass
    return default


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("capture")
    parser.add_argument("output")
    parser.add_argument("--columns", type=int, default=80)
    parser.add_argument("--rows", type=int, default=24)
    args = parser.parse_args()

    screen = pyte.Screen(args.columns, args.rows)
    stream = pyte.Stream(screen)
    with open(args.capture, encoding="utf-8", errors="replace") as handle:
        lines = handle.read().split("\n")
    # capture-pane prints rows separated by newlines; feed them with explicit CR LF so pyte starts each at column 0.
    stream.feed("\r\n".join(lines[: args.rows]))

    regular = ImageFont.truetype(FONT_DIR + "DejaVuSansMono.ttf", FONT_SIZE)
    bold = ImageFont.truetype(FONT_DIR + "DejaVuSansMono-Bold.ttf", FONT_SIZE)
    left, top, right, bottom = regular.getbbox("M")
    cell_w = int(regular.getlength("M"))
    cell_h = int(FONT_SIZE * 1.35)
    pad = 12
    image = Image.new("RGB", (args.columns * cell_w + 2 * pad, args.rows * cell_h + 2 * pad), DEFAULT_BG)
    draw = ImageDraw.Draw(image)

    for y in range(args.rows):
        row = screen.buffer[y]
        x = 0
        while x < args.columns:
            char = row[x]
            fg = colour(char.fg, DEFAULT_FG)
            bg = colour(char.bg, DEFAULT_BG)
            if char.bold and char.fg in PALETTE and "bright" + char.fg in PALETTE:
                fg = PALETTE["bright" + char.fg]
            if char.reverse:
                fg, bg = bg, fg
            text = char.data
            wide = text and unicodedata.east_asian_width(text[0]) in ("W", "F")
            width = 2 if wide else 1
            px, py = pad + x * cell_w, pad + y * cell_h
            draw.rectangle([px, py, px + width * cell_w - 1, py + cell_h - 1], fill=bg)
            if text and text != " ":
                font = bold if char.bold else regular
                draw.text((px, py + (cell_h - FONT_SIZE) // 2 - 1), text, font=font, fill=fg)
            if char.underscore:
                draw.line([px, py + cell_h - 2, px + width * cell_w - 1, py + cell_h - 2], fill=fg)
            x += width
    image.save(args.output)


if __name__ == "__main__":
    main()

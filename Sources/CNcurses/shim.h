#ifndef CNCURSES_SHIM_H
#define CNCURSES_SHIM_H
/* A system library target takes no cSettings, so the wide-character feature macros live here, before the include. */
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

/* Macros and globals Swift cannot import (or cannot touch under strict concurrency) get tiny wrappers here. */
static inline attr_t cn_A_NORMAL(void)    { return A_NORMAL; }
static inline attr_t cn_A_BOLD(void)      { return A_BOLD; }
static inline attr_t cn_A_REVERSE(void)   { return A_REVERSE; }
static inline attr_t cn_A_UNDERLINE(void) { return A_UNDERLINE; }
static inline attr_t cn_A_DIM(void)       { return A_DIM; }
static inline attr_t cn_A_COLOR(void)     { return A_COLOR; }
static inline int    cn_key_f(int n)      { return KEY_F(n); }
static inline int    cn_key_f0(void)      { return KEY_F0; }

static inline WINDOW *cn_stdscr(void)     { return stdscr; }
static inline FILE   *cn_stdin(void)      { return stdin; }
static inline FILE   *cn_stdout(void)     { return stdout; }
static inline WINDOW *cn_curscr(void)     { return curscr; }

/* Glibc's Swift module hides wcwidth (it needs _XOPEN_SOURCE). */
int wcwidth(wchar_t c);
static inline int cn_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }

/* The locale's character set name, e.g. "UTF-8" or "ANSI_X3.4-1968". */
static inline const char *cn_codeset(void) { return nl_langinfo(CODESET); }

/* A string capability of the current terminal, or NULL when it has none. tigetstr answers (char *)-1 for
   "not a string capability" and NULL for "absent": both mean unusable here. */
static inline const char *cn_string_capability(const char *name) {
    char *value = tigetstr(name);
    return (value == NULL || value == (char *)-1) ? NULL : value;
}
static inline int cn_has_string_capability(const char *name) { return cn_string_capability(name) != NULL; }
#endif

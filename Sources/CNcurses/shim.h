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
#include <wchar.h>
#include <ncursesw/curses.h>
#endif

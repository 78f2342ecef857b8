#ifndef TERMINAL_RESCUE_H
#define TERMINAL_RESCUE_H
/* The part of the terminal front end that runs inside a crash signal handler. It is C because only
 * async-signal-safe calls may run there (tcsetattr, write, open, fsync, rename, sigaction, raise): no allocation,
 * no locks, no Swift runtime. Everything the handler needs is prepared beforehand by the functions below. */
#include <stddef.h>
#include <termios.h>

/* Installs the handler for SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT and SIGFPE. On a crash it restores `settings`
 * on `tty_fd`, writes `reset` (leave the alternate screen, show the cursor, reset attributes, …) to `out_fd`, writes
 * the kept file (see tr_keep_file), then lets the signal take its course: the handler that was there before when
 * `chain_previous` is non-zero (e.g. Swift's backtracer), else the default action. Returns 0, or -1 when
 * `reset_length` is too long. Calling it again replaces the settings. */
int tr_arm(int tty_fd, const struct termios *settings, int out_fd, const char *reset, size_t reset_length,
           int chain_previous);

/* Puts back the handlers found by tr_arm. Idempotent. */
void tr_disarm(void);

/* The file a crash writes: `count` bytes to `temp_path` (created 0600, never through a symlink), fsync, then rename
 * over `path`. Everything is copied; the previous file is replaced. Returns 0, or -1 when out of memory. */
int tr_keep_file(const char *path, const char *temp_path, const unsigned char *bytes, size_t count);

/* No file to write on a crash any more. */
void tr_forget_file(void);

/* 1 while the handler is installed, else 0. */
int tr_is_armed(void);

/* Test builds only (defined when the C code is built with DEBUG; release builds have no such function, and the
 * Swift caller is compiled out of them too): crashes the process for real. `kind`: "segv" (write through a bad
 * pointer), "bus" (read a mapped page past the end of a truncated file), "ill" (an undefined instruction), "trap"
 * (a breakpoint instruction), "abrt" (abort()), "fpe" (integer division by zero). Returns for an unknown kind. */
void tr_test_crash(const char *kind);
#endif

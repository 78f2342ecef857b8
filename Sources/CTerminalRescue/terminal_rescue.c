#include "terminal_rescue.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

/* Bounded and static: the handler reads these without allocating. */
#define RESET_CAPACITY 512

struct kept_file {
    char *path;
    char *temp_path;
    unsigned char *bytes;
    size_t count;
};

static const int crash_signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE };
#define CRASH_SIGNAL_COUNT (sizeof crash_signals / sizeof crash_signals[0])

static struct sigaction previous_actions[CRASH_SIGNAL_COUNT];
static int armed;
static int chain;
static int saved_tty_fd = -1;
static struct termios saved_settings;
static int saved_out_fd = -1;
static char reset_bytes[RESET_CAPACITY];
static size_t reset_count;
static volatile sig_atomic_t rescuing;
static void *alternate_stack;

/* Swapped atomically by the UI thread; the one it replaced is freed one swap later, so a handler running on another
 * thread never reads freed memory unless two swaps happen during its few system calls. */
static struct kept_file *current_file;
static struct kept_file *retired_file;

static void free_file(struct kept_file *file) {
    if (file == NULL) return;
    free(file->path);
    free(file->temp_path);
    free(file->bytes);
    free(file);
}

static void write_all(int fd, const void *data, size_t count) {
    const char *cursor = data;
    while (count > 0) {
        ssize_t written = write(fd, cursor, count);
        if (written < 0) {
            if (errno == EINTR) continue;
            return;
        }
        cursor += written;
        count -= (size_t)written;
    }
}

static void write_kept_file(void) {
    struct kept_file *file = __atomic_load_n(&current_file, __ATOMIC_ACQUIRE);
    if (file == NULL) return;
    int fd = open(file->temp_path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) return;
    fchmod(fd, 0600);
    write_all(fd, file->bytes, file->count);
    int synced = fsync(fd);
    close(fd);
    if (synced == 0) rename(file->temp_path, file->path);
    else unlink(file->temp_path);
}

static int signal_index(int number) {
    for (size_t i = 0; i < CRASH_SIGNAL_COUNT; i++) {
        if (crash_signals[i] == number) return (int)i;
    }
    return -1;
}

static void rescue(int number, siginfo_t *info, void *context) {
    (void)context;
    int saved_errno = errno;
    int index = signal_index(number);
    if (!rescuing) {
        rescuing = 1;
        if (saved_tty_fd >= 0) tcsetattr(saved_tty_fd, TCSANOW, &saved_settings);
        if (saved_out_fd >= 0 && reset_count > 0) write_all(saved_out_fd, reset_bytes, reset_count);
        write_kept_file();
    }
    if (index >= 0 && chain) {
        /* The handler that was there before (Swift's backtracer) takes the signal as if it came first: a fault
         * happens again when this handler returns, with its own context; a sent signal or a breakpoint (which
         * would carry on after its instruction) is raised again. */
        sigaction(number, &previous_actions[index], NULL);
        if (info == NULL || info->si_code <= 0 || number == SIGTRAP) raise(number);
        errno = saved_errno;
        return;
    }
    /* The default action: raised again, the signal is pending until this handler returns and then ends the process
     * (a breakpoint would otherwise carry on after its instruction). The exit status names the signal, as without
     * us. */
    struct sigaction fallback;
    memset(&fallback, 0, sizeof fallback);
    fallback.sa_handler = SIG_DFL;
    sigemptyset(&fallback.sa_mask);
    sigaction(number, &fallback, NULL);
    raise(number);
    errno = saved_errno;
}

int tr_arm(int tty_fd, const struct termios *settings, int out_fd, const char *reset, size_t reset_length,
           int chain_previous) {
    if (reset_length > RESET_CAPACITY) return -1;
    saved_tty_fd = tty_fd;
    if (settings != NULL) saved_settings = *settings; else saved_tty_fd = -1;
    saved_out_fd = out_fd;
    memcpy(reset_bytes, reset, reset_length);
    reset_count = reset_length;
    chain = chain_previous;
    rescuing = 0;
    if (armed) return 0;

    /* A stack overflow faults with no stack left to run a handler on: give this thread a spare one, unless it has
     * one already (the Swift runtime's backtracer may have set one up). */
    stack_t current;
    if (sigaltstack(NULL, &current) == 0 && (current.ss_flags & SS_DISABLE)) {
        size_t size = 64 * 1024;
        if (alternate_stack == NULL) alternate_stack = malloc(size);
        if (alternate_stack != NULL) {
            stack_t spare = { .ss_sp = alternate_stack, .ss_size = size, .ss_flags = 0 };
            sigaltstack(&spare, NULL);
        }
    }
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = rescue;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    for (size_t i = 0; i < CRASH_SIGNAL_COUNT; i++) {
        sigaction(crash_signals[i], &action, &previous_actions[i]);
    }
    armed = 1;
    return 0;
}

void tr_disarm(void) {
    if (!armed) return;
    for (size_t i = 0; i < CRASH_SIGNAL_COUNT; i++) {
        sigaction(crash_signals[i], &previous_actions[i], NULL);
    }
    armed = 0;
    saved_tty_fd = -1;
    saved_out_fd = -1;
    reset_count = 0;
}

int tr_is_armed(void) { return armed; }

static char *copy_text(const char *text) {
    size_t length = strlen(text);
    char *copy = malloc(length + 1);
    if (copy != NULL) memcpy(copy, text, length + 1);
    return copy;
}

int tr_keep_file(const char *path, const char *temp_path, const unsigned char *bytes, size_t count) {
    struct kept_file *file = calloc(1, sizeof *file);
    if (file == NULL) return -1;
    file->path = copy_text(path);
    file->temp_path = copy_text(temp_path);
    file->bytes = malloc(count > 0 ? count : 1);
    file->count = count;
    if (file->path == NULL || file->temp_path == NULL || file->bytes == NULL) {
        free_file(file);
        return -1;
    }
    if (count > 0) memcpy(file->bytes, bytes, count);
    struct kept_file *replaced = __atomic_exchange_n(&current_file, file, __ATOMIC_ACQ_REL);
    free_file(retired_file);
    retired_file = replaced;
    return 0;
}

void tr_forget_file(void) {
    struct kept_file *replaced = __atomic_exchange_n(&current_file, NULL, __ATOMIC_ACQ_REL);
    free_file(retired_file);
    retired_file = replaced;
}

#ifdef DEBUG
void tr_test_crash(const char *kind) {
    if (strcmp(kind, "segv") == 0) {
        *(volatile int *)(uintptr_t)16 = 1;
    } else if (strcmp(kind, "bus") == 0) {
        char name[] = "/tmp/sipline-crash-XXXXXX";
        int fd = mkstemp(name);
        if (fd < 0) return;
        unlink(name);
        long page = sysconf(_SC_PAGESIZE);
        if (ftruncate(fd, page) != 0) return;
        volatile char *mapped = mmap(NULL, (size_t)page, PROT_READ, MAP_SHARED, fd, 0);
        if (mapped == MAP_FAILED) return;
        if (ftruncate(fd, 0) != 0) return;
        (void)mapped[0];
    } else if (strcmp(kind, "ill") == 0) {
#if defined(__x86_64__) || defined(__i386__)
        __asm__ volatile("ud2");
#elif defined(__aarch64__)
        __asm__ volatile(".inst 0x00000000");
#endif
    } else if (strcmp(kind, "trap") == 0) {
        __builtin_debugtrap();
    } else if (strcmp(kind, "abrt") == 0) {
        abort();
    } else if (strcmp(kind, "fpe") == 0) {
        volatile int zero = 0;
        volatile int result = 1 / zero;
        (void)result;
    }
}
#endif

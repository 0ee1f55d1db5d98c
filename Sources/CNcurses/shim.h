// Thin C shim over libncursesw for Swift. No logic lives here: only the defines the
// wide-character API needs and inline wrappers for what Swift cannot import (macros,
// globals that trip Swift 6 concurrency checking, the key codes and the crash path).
#ifndef TLTUI_CNCURSES_SHIM_H
#define TLTUI_CNCURSES_SHIM_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <signal.h>
#include <termios.h>
#include <unistd.h>
#include <ncursesw/curses.h>

// Globals as functions (Swift 6 rejects reading mutable C globals).
static inline WINDOW *tl_stdscr(void) { return stdscr; }
static inline int tl_lines(void) { return LINES; }
static inline int tl_cols(void) { return COLS; }

// Attributes (A_* are macros built from NCURSES_BITS).
static inline attr_t tl_a_normal(void) { return A_NORMAL; }
static inline attr_t tl_a_bold(void) { return A_BOLD; }
static inline attr_t tl_a_reverse(void) { return A_REVERSE; }
static inline attr_t tl_a_underline(void) { return A_UNDERLINE; }
static inline attr_t tl_a_dim(void) { return A_DIM; }

// Key codes (most import, but keep the ones the app uses in one place).
static inline int tl_key_code_yes(void) { return KEY_CODE_YES; }
static inline int tl_key_resize(void) { return KEY_RESIZE; }
static inline int tl_key_mouse(void) { return KEY_MOUSE; }
static inline int tl_key_up(void) { return KEY_UP; }
static inline int tl_key_down(void) { return KEY_DOWN; }
static inline int tl_key_left(void) { return KEY_LEFT; }
static inline int tl_key_right(void) { return KEY_RIGHT; }
static inline int tl_key_home(void) { return KEY_HOME; }
static inline int tl_key_end(void) { return KEY_END; }
static inline int tl_key_npage(void) { return KEY_NPAGE; }
static inline int tl_key_ppage(void) { return KEY_PPAGE; }
static inline int tl_key_btab(void) { return KEY_BTAB; }
static inline int tl_key_enter(void) { return KEY_ENTER; }
static inline int tl_key_backspace(void) { return KEY_BACKSPACE; }
static inline int tl_key_dc(void) { return KEY_DC; }

// Mouse.
static inline mmask_t tl_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t tl_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t tl_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t tl_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t tl_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t tl_button5_pressed(void) {
#ifdef BUTTON5_PRESSED
    return BUTTON5_PRESSED;
#else
    return 0;
#endif
}

// Draw one wide string at a position with attributes and a colour pair.
static inline int tl_put_wstr(int y, int x, const wchar_t *s, attr_t attrs, short pair) {
    attr_set(attrs, pair, NULL);
    return mvaddwstr(y, x, s);
}

// Locale.
static inline int tl_locale_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    if (!cs) return 0;
    return (cs[0] == 'U' || cs[0] == 'u') && (cs[1] == 'T' || cs[1] == 't') && (cs[2] == 'F' || cs[2] == 'f');
}

// Standard streams for newterm (stdout/stdin are globals Swift 6 rejects).
#include <stdio.h>
static inline FILE *tl_stdout(void) { return stdout; }
static inline FILE *tl_stdin(void) { return stdin; }

// Crash path: a Swift trap (SIGILL/SIGTRAP) or fault leaves curses' raw mode behind. These handlers
// only do async-signal-safe work: leave the alternate screen, show the cursor, restore the saved
// termios, then re-raise with the default action.
static inline struct termios *tl_termios_slot(void) { static struct termios t; return &t; }
static inline int *tl_termios_saved(void) { static int saved = 0; return &saved; }
#define tl_saved_termios (*tl_termios_slot())
#define tl_have_termios (*tl_termios_saved())
static inline void tl_crash_handler(int sig) {
    static const char seq[] = "\033[?1049l\033[?25h\033[0m\r\n";
    ssize_t r = write(STDOUT_FILENO, seq, sizeof seq - 1); (void)r;
    if (tl_have_termios) tcsetattr(STDIN_FILENO, TCSANOW, &tl_saved_termios);
    signal(sig, SIG_DFL);
    raise(sig);
}
// Also SIGHUP and SIGQUIT, which curses leaves alone: without a handler a hang-up left the terminal raw,
// and Swift's backtracer took SIGQUIT for a crash and waited for a key. A signal ignored at start
// (nohup) stays ignored.
static inline void tl_install_crash_handlers(void) {
    if (tcgetattr(STDIN_FILENO, &tl_saved_termios) == 0) tl_have_termios = 1;
    int sigs[] = { SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGHUP, SIGQUIT };
    for (unsigned i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
        struct sigaction old;
        if ((sigs[i] == SIGHUP || sigs[i] == SIGQUIT) && sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN) continue;
        signal(sigs[i], tl_crash_handler);
    }
}
// 1 when standard input has hung up or closed (the terminal went away): reading keys would fail forever.
#include <poll.h>
static inline int tl_stdin_hung_up(void) {
    struct pollfd p = { .fd = STDIN_FILENO, .events = POLLIN, .revents = 0 };
    if (poll(&p, 1, 0) < 0) return 0;
    if (p.revents & (POLLHUP | POLLERR | POLLNVAL)) return 1;
    return 0;
}
static inline void tl_restore_termios(void) {
    if (tl_have_termios) tcsetattr(STDIN_FILENO, TCSANOW, &tl_saved_termios);
}

#endif

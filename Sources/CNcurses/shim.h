// The ncursesw seam: wide-character API switched on, and the globals and macros Swift cannot
// import wrapped as inline functions.
#ifndef POWERDESK_CNCURSES_SHIM_H
#define POWERDESK_CNCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncurses.h>

extern int wcwidth(wchar_t);
extern int wcswidth(const wchar_t *, size_t);

static inline WINDOW *pd_stdscr(void) { return stdscr; }
static inline int pd_lines(void) { return LINES; }
static inline int pd_cols(void) { return COLS; }
static inline int pd_colors(void) { return COLORS; }
static inline int pd_has_colors(void) { return has_colors(); }

static inline attr_t pd_a_normal(void) { return A_NORMAL; }
static inline attr_t pd_a_bold(void) { return A_BOLD; }
static inline attr_t pd_a_reverse(void) { return A_REVERSE; }
static inline attr_t pd_a_underline(void) { return A_UNDERLINE; }
static inline attr_t pd_a_dim(void) { return A_DIM; }
static inline attr_t pd_color_pair(short n) { return COLOR_PAIR(n); }

static inline int pd_key_code_yes(void) { return KEY_CODE_YES; }
static inline int pd_key_f(int n) { return KEY_F(n); }

static inline int pd_addwstr(int y, int x, const wchar_t *text, attr_t attrs) {
    attr_t old_attrs; short old_pair;
    attr_get(&old_attrs, &old_pair, NULL);
    attrset(attrs);
    int result = mvaddwstr(y, x, text);
    attrset(old_attrs);
    (void)old_pair;
    return result;
}

static inline int pd_get_wch(wint_t *out) { return get_wch(out); }
#endif

#ifndef CEDITLINE_SHIM_H
#define CEDITLINE_SHIM_H
// The only C in gongkai. libedit's el_set/el_get/history are variadic, which Swift cannot call,
// so each use gets a fixed-signature static inline wrapper here (as GRDB does for sqlite3_config).
#include <stdio.h>
#include <histedit.h>

/// A prompt callback: returns the prompt text (UTF-8, valid until the next call).
typedef char *(*cel_prompt_fn)(EditLine *);
/// A user editor function bound to a key: returns one of the CC_* codes.
typedef unsigned char (*cel_editor_fn)(EditLine *, int);
/// Reads one character: returns 1 (stored in *c), 0 at end of input, -1 on error (errno set).
typedef int (*cel_getc_fn)(EditLine *, wchar_t *c);

// MARK: el_set

static inline int cel_set_prompt_esc(EditLine *e, cel_prompt_fn fn, char ignore) {
    return el_set(e, EL_PROMPT_ESC, fn, (int)ignore);
}
static inline int cel_set_editor(EditLine *e, const char *mode) {
    return el_set(e, EL_EDITOR, mode);
}
static inline int cel_set_history(EditLine *e, History *h) {
    return el_set(e, EL_HIST, history, h);
}
static inline int cel_add_function(EditLine *e, const char *name, const char *help, cel_editor_fn fn) {
    return el_set(e, EL_ADDFN, name, help, fn);
}
/// Binds one key sequence (as `bind` spells it, e.g. "^I") to a named editor function.
static inline int cel_bind(EditLine *e, const char *key, const char *function) {
    return el_set(e, EL_BIND, key, function, (const char *)NULL);
}
static inline int cel_set_client_data(EditLine *e, void *data) {
    return el_set(e, EL_CLIENTDATA, data);
}
/// Replaces libedit's read-a-character function.
static inline int cel_set_getc(EditLine *e, cel_getc_fn fn) {
    return el_set(e, EL_GETCFN, fn);
}
/// Applies one `setty` argument to the terminal modes used while editing (`setty -d`),
/// e.g. "-isig" so that Ctrl-C reaches the editor as a key.
static inline int cel_set_editing_tty(EditLine *e, const char *setting) {
    return el_set(e, EL_SETTY, "-d", setting, (const char *)NULL);
}
/// Puts the terminal into (on != 0) or out of editing mode now, rather than lazily.
static inline int cel_prepare_terminal(EditLine *e, int on) {
    return el_set(e, EL_PREP_TERM, on);
}

// MARK: el_get

static inline void *cel_get_client_data(EditLine *e) {
    void *data = NULL;
    if (el_get(e, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}

// MARK: history

static inline int cel_history_set_size(History *h, int size) {
    HistEvent ev;
    return history(h, &ev, H_SETSIZE, size);
}
static inline int cel_history_set_unique(History *h, int unique) {
    HistEvent ev;
    return history(h, &ev, H_SETUNIQUE, unique);
}
static inline int cel_history_enter(History *h, const char *line) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, line);
}
static inline int cel_history_clear(History *h) {
    HistEvent ev;
    return history(h, &ev, H_CLEAR);
}

// MARK: character width

/// Terminal columns of one character in the current locale (-1 if unprintable); libedit uses
/// the same function, so listings line up with what it draws. (wcwidth is X/Open, which the
/// Swift Glibc module does not expose.)
static inline int cel_wcwidth(wchar_t c) {
    extern int wcwidth(wchar_t);
    return wcwidth(c);
}

#endif

/* ksimd-expr-errors: the expression API against bad input (API.md,
 * "Expressions"; what the contract leaves open: docs/expressions.md).
 *
 * Compile: every class of error (syntax, unknown name or function, arity,
 * types, a literal zero divisor, each documented limit, bad variable names,
 * NULL arguments) gives its exact status and error position, a one-line
 * message, and *out NULL; the same call with err == NULL fails the same way.
 * Positions are pinned where the contract leaves them to the implementation,
 * so that a change of where an error points is a visible decision.
 *
 * Eval: NULL program, dst or inputs, and every partial overlap of dst with an
 * input leave every byte of every array as it was; n == 0 writes nothing
 * (sum writes its zero, min/max are KSIMD_ERR_EMPTY); one program evaluated
 * from four threads at once gives the single-thread bits. Eval must not
 * allocate: where the linker can wrap malloc (see CMakeLists.txt), every
 * allocation made through the library's objects is counted around each
 * eval. The eval checks run on every table this CPU has. */
#define _POSIX_C_SOURCE 200809L /* pthread_barrier_t, posix_memalign under -std=c11 */
#include <locale.h>
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "conformance.h"
#include "ksimd.h"

/* ---- allocation counter (GNU ld --wrap: this binary's objects and the
 * static library's calls to malloc & co come here first) --------------- */

#ifdef KSIMD_EXPR_WRAP_MALLOC
static atomic_long allocations;
void *__real_malloc(size_t size);
void *__real_calloc(size_t count, size_t size);
void *__real_realloc(void *p, size_t size);
void *__real_aligned_alloc(size_t align, size_t size);
int __real_posix_memalign(void **p, size_t align, size_t size);
void *__wrap_malloc(size_t size);
void *__wrap_calloc(size_t count, size_t size);
void *__wrap_realloc(void *p, size_t size);
void *__wrap_aligned_alloc(size_t align, size_t size);
int __wrap_posix_memalign(void **p, size_t align, size_t size);
void *__wrap_malloc(size_t size)
{
    atomic_fetch_add(&allocations, 1);
    return __real_malloc(size);
}
void *__wrap_calloc(size_t count, size_t size)
{
    atomic_fetch_add(&allocations, 1);
    return __real_calloc(count, size);
}
void *__wrap_realloc(void *p, size_t size)
{
    atomic_fetch_add(&allocations, 1);
    return __real_realloc(p, size);
}
void *__wrap_aligned_alloc(size_t align, size_t size)
{
    atomic_fetch_add(&allocations, 1);
    return __real_aligned_alloc(align, size);
}
int __wrap_posix_memalign(void **p, size_t align, size_t size)
{
    atomic_fetch_add(&allocations, 1);
    return __real_posix_memalign(p, align, size);
}
static long allocation_count(void) { return atomic_load(&allocations); }
static const char counted[] = "";
/* The wrapping works in this binary: a call through malloc's address counts. */
static int counter_works(void)
{
    void *(*volatile m)(size_t) = malloc;
    long before = allocation_count();
    void *p = m(16);
    free(p);
    return p && allocation_count() == before + 1;
}
#else
static long allocation_count(void) { return 0; }
static const char counted[] = " (allocations not counted: the linker has no --wrap)";
static int counter_works(void) { return 1; }
#endif

/* ---- compile ------------------------------------------------------------ */

/* The variables of most cases: two of each dtype but i64. */
static const char *const names[] = {"b", "c", "i", "j", "l", "f", "g", "d", "x"};
static const ksimd_dtype types[] = {KSIMD_DT_BOOL, KSIMD_DT_BOOL, KSIMD_DT_I32, KSIMD_DT_I32, KSIMD_DT_I64,
                                    KSIMD_DT_F32,  KSIMD_DT_F32,  KSIMD_DT_F64, KSIMD_DT_F64};
enum { NVARS = sizeof names / sizeof *names };

#define END ((size_t)-1)      /* an expected position: the text's length */
#define ANYWHERE ((size_t)-2) /* any position inside the text (or at its end) */

/* Any non-NULL pointer: compile must overwrite it with NULL on failure. */
static char sentinel_storage;
#define SENTINEL ((ksimd_expr *)(void *)&sentinel_storage)

/* A string as a message can show it: printable, cut at 48 bytes. */
static void printable(char *buf, size_t size, const char *s)
{
    size_t len = strlen(s), k = 0;
    for (; k < len && k < 48 && k + 1 < size; k++) buf[k] = s[k] >= 0x20 && s[k] < 0x7F ? s[k] : '?';
    buf[k] = '\0';
    if (len > 48) snprintf(buf + k, size - k, "...(%zu bytes)", len);
}

/* The text, and the last variable's name when the case is about names. */
static const char *shown_with(const char *text, const char *const *nm, size_t nvars)
{
    static char buf[160];
    char t[64], v[64];
    if (!text) return "(NULL)";
    printable(t, sizeof t, text);
    if (nm == names || !nm || nvars == 0 || !nm[nvars - 1]) {
        snprintf(buf, sizeof buf, "%s", t);
        return buf;
    }
    printable(v, sizeof v, nm[nvars - 1]);
    snprintf(buf, sizeof buf, "%s\", variable %zu \"%s", t, nvars - 1, v);
    return buf;
}
#define shown(text) shown_with(text, names, NVARS)

/* One line, not empty, NUL-terminated inside msg. */
static int msg_ok(const ksimd_expr_error *err)
{
    const char *nul = memchr(err->msg, '\0', sizeof err->msg);
    if (!nul || nul == err->msg) return 0;
    return !memchr(err->msg, '\n', (size_t)(nul - err->msg)) && !memchr(err->msg, '\r', (size_t)(nul - err->msg));
}

static void expect_fail_with(struct ks_report *r, const char *text, const char *const *nm, const ksimd_dtype *ty,
                             size_t nvars, ksimd_status want, size_t want_pos)
{
    ksimd_expr_error err;
    memset(&err, 0x5A, sizeof err); /* no NUL anywhere unless compile writes one */
    ksimd_expr *out = SENTINEL;
    ksimd_status s = ksimd_expr_compile(&out, text, nm, ty, nvars, &err);
    size_t pos = want_pos == END || want_pos == ANYWHERE ? strlen(text) : want_pos;
    int good_msg = msg_ok(&err);
    ks_check(r, s == want, "compile(\"%s\"): %s, expected %s (pos %zu, msg \"%s\")", shown_with(text, nm, nvars),
             ksimd_strerror(s), ksimd_strerror(want), err.pos, good_msg ? err.msg : "<not one line>");
    ks_check(r, out == NULL, "compile(\"%s\"): *out is not NULL after a failure", shown_with(text, nm, nvars));
    if (s == KSIMD_OK && out && out != SENTINEL) ksimd_expr_free(out);
    if (s != want || s == KSIMD_OK) return;
    ks_check(r, want_pos == ANYWHERE ? err.pos <= pos : err.pos == pos,
             "compile(\"%s\"): pos %zu, expected %zu (msg \"%s\")", shown_with(text, nm, nvars), err.pos, pos,
             good_msg ? err.msg : "<not one line>");
    ks_check(r, good_msg, "compile(\"%s\"): the message is empty, has a line break or no NUL",
             shown_with(text, nm, nvars));

    out = SENTINEL;
    s = ksimd_expr_compile(&out, text, nm, ty, nvars, NULL);
    ks_check(r, s == want && out == NULL, "compile(\"%s\", err NULL): %s, *out %s", shown_with(text, nm, nvars),
             ksimd_strerror(s), out ? "not NULL" : "NULL");
    if (s == KSIMD_OK && out && out != SENTINEL) ksimd_expr_free(out);
}

static void expect_fail(struct ks_report *r, const char *text, ksimd_status want, size_t want_pos)
{
    expect_fail_with(r, text, names, types, NVARS, want, want_pos);
}

static void expect_ok_with(struct ks_report *r, const char *text, const char *const *nm, const ksimd_dtype *ty,
                           size_t nvars, ksimd_dtype dtype, int reduces)
{
    ksimd_expr_error err = {0, ""};
    ksimd_expr *out = NULL;
    ksimd_status s = ksimd_expr_compile(&out, text, nm, ty, nvars, &err);
    if (!ks_check(r, s == KSIMD_OK && out != NULL, "compile(\"%s\"): %s at %zu (%s), expected success", shown(text),
                  ksimd_strerror(s), err.pos, msg_ok(&err) ? err.msg : "<not one line>"))
        return;
    ks_check(r, ksimd_expr_dtype(out) == dtype && ksimd_expr_reduces(out) == reduces,
             "compile(\"%s\"): dtype %d reduces %d, expected %d and %d", shown(text), (int)ksimd_expr_dtype(out),
             ksimd_expr_reduces(out), (int)dtype, reduces);
    ksimd_expr_free(out);
}

static void expect_ok(struct ks_report *r, const char *text, ksimd_dtype dtype, int reduces)
{
    expect_ok_with(r, text, names, types, NVARS, dtype, reduces);
}

struct bad_text {
    const char *text;
    ksimd_status status;
    size_t pos;
};

/* Where the contract leaves the position open, the implementation's choice
 * is pinned: a lexical or syntax error points at the offending token (the
 * end of the text when it is missing); an operation's type error and its
 * arity at its operator or function name; a bad operand (an integer
 * literal that does not fit, a zero divisor, an integer ** exponent) at
 * that operand, where a folded literal's position is its operator's
 * ("(1 - 1)" at the '-'); a reduction that is not outermost at its name;
 * an expression without arrays at 0. */
#define EXPR KSIMD_ERR_EXPR
static const struct bad_text bad_texts[] = {
    /* syntax */
    {"(d + 1", EXPR, END},
    {"d + 1)", EXPR, 5},
    {"d +", EXPR, END},
    {"", EXPR, 0},
    {"   ", EXPR, END},
    {"d $ 1", EXPR, 2},
    {"d + \xff", EXPR, 4},
    {"d < x < d", EXPR, 6},
    {"d == x != d", EXPR, 7},
    {"d, x", EXPR, 1},
    {"d x", EXPR, 2},
    {"d + 1e", EXPR, 4},
    {"d + 1e+", EXPR, 4},
    {"d + 1.2.3", EXPR, 7},
    {"* d", EXPR, 0},
    {"d * / x", EXPR, 4},
    {"-", EXPR, END},
    {"()", EXPR, 1},
    {"d = 1", EXPR, 2},
    {"abs d", EXPR, 4},
    {"sqrt(d", EXPR, END},
    {"where(b, d, )", EXPR, 12},
    {"where(b d, x)", EXPR, 8},
    /* unknown names and functions */
    {"d + y", EXPR, 4},
    {"D", EXPR, 0},
    {"foo(d)", EXPR, 0},
    {"x + sinh(d)", EXPR, 4},
    {"d(x)", EXPR, 1},
    /* arity */
    {"where(b, d)", EXPR, 0},
    {"where(b, d, x, d)", EXPR, 0},
    {"clip(d, 1)", EXPR, 0},
    {"pow(d)", EXPR, 0},
    {"abs(d, x)", EXPR, 0},
    {"sqrt()", EXPR, 0},
    {"minimum(d)", EXPR, 0},
    {"sum(d, x)", EXPR, 0},
    /* // and % are for integers */
    {"d // 2", EXPR, 2},
    {"f % 2", EXPR, 2},
    {"i // d", EXPR, 2},
    {"i % 2.5", EXPR, 2},
    /* & | ~ are for bools, and bools for nothing else */
    {"b & i", EXPR, 2},
    {"i | j", EXPR, 2},
    {"~i", EXPR, 0},
    {"~d", EXPR, 0},
    {"b + 1", EXPR, 2},
    {"-b", EXPR, 0},
    {"b * c", EXPR, 2},
    {"b < c", EXPR, 2},
    {"b == 1", EXPR, 2},
    {"sqrt(b)", EXPR, 0},
    {"abs(b)", EXPR, 0},
    {"isnan(b)", EXPR, 0},
    {"minimum(b, c)", EXPR, 0},
    {"where(b, b, c)", EXPR, 0},
    {"where(b, d, c)", EXPR, 0},
    {"where(i, d, x)", EXPR, 0},
    {"min(b)", EXPR, 0},
    {"max(b)", EXPR, 0},
    /* integer ** needs a non-negative integer literal exponent */
    {"i ** j", EXPR, 5},
    {"i ** -1", EXPR, 5},
    {"l ** l", EXPR, 5},
    {"2 ** i", EXPR, 5},
    /* clip's bounds are literals */
    {"clip(d, 0, x)", EXPR, 0},
    {"clip(d, i, 1)", EXPR, 0},
    /* a reduction is the outermost call, of an array */
    {"sum(d) + 1", EXPR, 0},
    {"sum(sum(d))", EXPR, 4},
    {"sqrt(sum(d))", EXPR, 5},
    {"-sum(d)", EXPR, 1},
    {"where(b, sum(d), x)", EXPR, 9},
    {"sum(1)", EXPR, 0},
    /* literals only */
    {"1 + 2", EXPR, 0},
    {"-1", EXPR, 0},
    {"nan", EXPR, 0},
    {"2.5 * 4", EXPR, 0},
    {"sqrt(2)", EXPR, 0},
    {"7 // 2", EXPR, 2},
    {"1 < 2", EXPR, 2},
    {"d + where(1 < 2, 1, 2)", EXPR, 12},
    {"d + 2 ** 3", EXPR, 6},
    {"d * abs(-2)", EXPR, 4},
    {"clip(1, 0, 2)", EXPR, 0},
    /* an integer literal meets an i32 array: it must fit */
    {"i + 3000000000", EXPR, 4},
    {"i * 2147483648", EXPR, 4},
    {"i - 2147483649", EXPR, 4},
    {"i < 3000000000", EXPR, 4},
    {"where(b, i, 2147483648)", EXPR, 12},
    {"l + 99999999999999999999", EXPR, 4},
    /* a literal zero divisor */
    {"i // 0", KSIMD_ERR_RANGE, 5},
    {"l % 0", KSIMD_ERR_RANGE, 4},
    {"i // (1 - 1)", KSIMD_ERR_RANGE, 8},
    {"where(b, l % -0, i)", KSIMD_ERR_RANGE, 13},
    /* clip's bounds in order */
    {"clip(d, 1, 0)", KSIMD_ERR_RANGE, 0},
    {"clip(d, nan, 1)", KSIMD_ERR_RANGE, 0},
};
#undef EXPR

struct good_text {
    const char *text;
    ksimd_dtype dtype;
    int reduces;
};

/* The edges of the rules above, on the accepted side. */
static const struct good_text good_texts[] = {
    {"d", KSIMD_DT_F64, 0},
    {"  d  ", KSIMD_DT_F64, 0},
    {"i ** 0", KSIMD_DT_I32, 0},
    {"l ** 3", KSIMD_DT_I64, 0},
    {"i ** 2.0", KSIMD_DT_F64, 0},
    {"i ** 0.5", KSIMD_DT_F64, 0},
    {"f ** 2", KSIMD_DT_F32, 0},
    {"d ** i", KSIMD_DT_F64, 0},
    {"i ** d", KSIMD_DT_F64, 0},
    {"-d**2", KSIMD_DT_F64, 0},
    {"i // -1", KSIMD_DT_I32, 0},
    {"i // j % 3", KSIMD_DT_I32, 0},
    {"d / 0", KSIMD_DT_F64, 0},
    {"d * (1.0 / 0)", KSIMD_DT_F64, 0}, /* float literals fold in double arithmetic: inf */
    /* Literals have no length limit of their own (only the text's). */
    {"d + 3.14159265358979323846264338327950288419716939937510582097494459230781640628620899862803482534211706",
     KSIMD_DT_F64, 0},
    {"i + 000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001",
     KSIMD_DT_I32, 0},
    {"i / 0", KSIMD_DT_F64, 0},
    {"i + 2147483647", KSIMD_DT_I32, 0},
    {"i + -2147483648", KSIMD_DT_I32, 0},
    {"l + 3000000000", KSIMD_DT_I64, 0},
    {"i + 3000000000.0", KSIMD_DT_F64, 0},
    {"f + 3000000000", KSIMD_DT_F32, 0},
    {"clip(d, -1, 1)", KSIMD_DT_F64, 0},
    {"clip(i, -1, 1)", KSIMD_DT_I32, 0},
    {"clip(d, 1, 1)", KSIMD_DT_F64, 0},
    {"where(d > 1, d, x)", KSIMD_DT_F64, 0},
    {"where(b, i, 2147483647)", KSIMD_DT_I32, 0},
    {"~b & c | (d > x)", KSIMD_DT_BOOL, 0},
    {"isnan(d)", KSIMD_DT_BOOL, 0},
    {"sum(b)", KSIMD_DT_I64, 1},
    {"sum(i)", KSIMD_DT_I64, 1},
    {"sum(f)", KSIMD_DT_F32, 1},
    {"min(i)", KSIMD_DT_I32, 1},
    {"max(d * 2)", KSIMD_DT_F64, 1},
    {"sum(d > 0)", KSIMD_DT_I64, 1},
};

static char big[8192];

/* "d" and then count times "+d": count operations. */
static const char *chain(int count, const char *tail)
{
    size_t k = 0;
    big[k++] = 'd';
    for (int i = 0; i < count; i++) big[k++] = '+', big[k++] = 'd';
    snprintf(big + k, sizeof big - k, "%s", tail);
    return big;
}

/* depth times open, then d, then depth times close. */
static const char *nest(int depth, const char *open, const char *close)
{
    size_t k = 0, lo = strlen(open), lc = strlen(close);
    for (int i = 0; i < depth; i++, k += lo) memcpy(big + k, open, lo);
    big[k++] = 'd';
    for (int i = 0; i < depth; i++, k += lc) memcpy(big + k, close, lc);
    big[k] = '\0';
    return big;
}

static void check_limits(struct ks_report *r)
{
    /* 4096 bytes of text: padding counts. */
    memset(big, ' ', 4097);
    big[0] = 'd', big[4096] = '\0';
    expect_ok(r, big, KSIMD_DT_F64, 0);
    big[4096] = ' ', big[4097] = '\0';
    expect_fail(r, big, KSIMD_ERR_EXPR, 4096);

    /* 256 operations; a literal's unary minus counts too. The error points
     * at the 257th operator. Far past the limit, in a right-associative
     * ** chain ("d**d**..." 1300 times, no nesting), where an error
     * points is left open: which internal bound trips first is not the
     * contract's business, only that it is an error and no deep recursion. */
    expect_ok(r, chain(256, ""), KSIMD_DT_F64, 0);
    expect_fail(r, chain(257, ""), KSIMD_ERR_EXPR, 2 * 257 - 1);
    expect_ok(r, chain(254, "+-1"), KSIMD_DT_F64, 0);
    expect_fail(r, chain(255, "+-1"), KSIMD_ERR_EXPR, 2 * 255 + 1);

    /* Nesting (parentheses, calls, unary - and ~): 64 deep is fine, deeper
     * is an error, not a deep recursion; it points at the token after the
     * opener that went past 64. */
    expect_ok(r, nest(64, "(", ")"), KSIMD_DT_F64, 0);
    expect_fail(r, nest(65, "(", ")"), KSIMD_ERR_EXPR, 65);
    expect_ok(r, nest(64, "sqrt(", ")"), KSIMD_DT_F64, 0);
    expect_fail(r, nest(65, "sqrt(", ")"), KSIMD_ERR_EXPR, 65 * 5);
    expect_fail(r, nest(2000, "(", ")"), KSIMD_ERR_EXPR, 65);
    expect_fail(r, nest(4095, "-", ""), KSIMD_ERR_EXPR, 65);
    expect_fail(r, nest(1300, "d**", ""), KSIMD_ERR_EXPR, ANYWHERE);
    memset(big, '(', 4096), big[4096] = '\0';
    expect_fail(r, big, KSIMD_ERR_EXPR, 65);

    /* Within the limits, no other limit may show: 256 distinct literals, and
     * 128 values live at once (each base of a ** chain waits for its
     * exponent). */
    size_t k = 0;
    big[k++] = 'd';
    for (int i = 1; i <= 256; i++) k += (size_t)snprintf(big + k, sizeof big - k, "+%d.5", i);
    expect_ok(r, big, KSIMD_DT_F64, 0);
    k = 0;
    for (int i = 1; i <= 128; i++) k += (size_t)snprintf(big + k, sizeof big - k, "%s(d+%d)", i > 1 ? "**" : "", i);
    expect_ok(r, big, KSIMD_DT_F64, 0);

    /* 32 variables. */
    char vname[33][4];
    const char *vnames[33];
    ksimd_dtype vtypes[33];
    for (int i = 0; i < 33; i++) {
        snprintf(vname[i], sizeof vname[i], "v%d", i);
        vnames[i] = vname[i];
        vtypes[i] = (ksimd_dtype)(i % 5);
    }
    expect_ok_with(r, "v31 + v3", vnames, vtypes, 32, KSIMD_DT_F64, 0);
    expect_fail_with(r, "v31 + v3", vnames, vtypes, 33, KSIMD_ERR_EXPR, 0);
}

static void check_names(struct ks_report *r)
{
    static const char *const bad[] = {"",     "sum", "min", "max", "inf",      "nan", "where", "abs",
                                      "sqrt", "1x",  "a-b", "a b", "\xc3\xa9", "x.y", "a\nb",  "\r"};
    const ksimd_dtype ty[2] = {KSIMD_DT_F64, KSIMD_DT_F64};
    for (size_t k = 0; k < sizeof bad / sizeof *bad; k++) {
        const char *nm[2] = {"d", bad[k]};
        expect_fail_with(r, "d", nm, ty, 2, KSIMD_ERR_EXPR, 0);
    }
    const char *dup[2] = {"d", "d"};
    expect_fail_with(r, "d", dup, ty, 2, KSIMD_ERR_EXPR, 0);

    char longest[65];
    memset(longest, 'v', 64), longest[64] = '\0';
    const char *nm[2] = {"d", longest};
    expect_fail_with(r, "d", nm, ty, 2, KSIMD_ERR_EXPR, 0);
    longest[63] = '\0';
    expect_ok_with(r, longest, nm, ty, 2, KSIMD_DT_F64, 0);
    const char *fine[2] = {"_d9", "Sum"};
    expect_ok_with(r, "_d9 + Sum", fine, ty, 2, KSIMD_DT_F64, 0);

    const char *one[1] = {"d"};
    const ksimd_dtype out_of_enum[] = {(ksimd_dtype)-1, (ksimd_dtype)(KSIMD_DT_F64 + 1), (ksimd_dtype)1000};
    for (size_t k = 0; k < 3; k++) expect_fail_with(r, "d", one, &out_of_enum[k], 1, KSIMD_ERR_EXPR, 0);

    /* No variables at all: nothing is an array. */
    expect_fail_with(r, "1 + 1", NULL, NULL, 0, KSIMD_ERR_EXPR, 0);
    expect_fail_with(r, "d", NULL, NULL, 0, KSIMD_ERR_EXPR, 0);
}

static void check_null_arguments(struct ks_report *r)
{
    const char *one[1] = {"d"};
    const ksimd_dtype ty[1] = {KSIMD_DT_F64};
    ksimd_expr_error err;
    ks_check(r, ksimd_expr_compile(NULL, "d", one, ty, 1, &err) == KSIMD_ERR_NULL, "compile(NULL out)");
    ks_check(r, ksimd_expr_compile(NULL, "d", one, ty, 1, NULL) == KSIMD_ERR_NULL, "compile(NULL out, NULL err)");
    struct {
        const char *what, *text;
        const char *const *names;
        const ksimd_dtype *types;
    } const cases[] = {
        {"NULL text", NULL, one, ty},
        {"NULL names", "d", NULL, ty},
        {"NULL types", "d", one, NULL},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        ksimd_expr *out = SENTINEL;
        ksimd_status s = ksimd_expr_compile(&out, cases[k].text, cases[k].names, cases[k].types, 1, &err);
        ks_check(r, s == KSIMD_ERR_NULL, "compile(%s): %s, expected KSIMD_ERR_NULL", cases[k].what, ksimd_strerror(s));
        ks_check(r, out == NULL, "compile(%s): *out is not NULL after a failure", cases[k].what);
        out = SENTINEL;
        s = ksimd_expr_compile(&out, cases[k].text, cases[k].names, cases[k].types, 1, NULL);
        ks_check(r, s == KSIMD_ERR_NULL && out == NULL, "compile(%s, err NULL): %s", cases[k].what, ksimd_strerror(s));
    }
    /* A NULL name inside names: pinned to KSIMD_ERR_NULL (a NULL pointer). */
    const char *holey[2] = {"d", NULL};
    const ksimd_dtype ty2[2] = {KSIMD_DT_F64, KSIMD_DT_F64};
    ksimd_expr *out = SENTINEL;
    ksimd_status s = ksimd_expr_compile(&out, "d", holey, ty2, 2, &err);
    ks_check(r, s == KSIMD_ERR_NULL && out == NULL, "compile(names[1] NULL): %s, *out %s", ksimd_strerror(s),
             out ? "not NULL" : "NULL");

    ksimd_expr_free(NULL);
    const char *expr = ksimd_strerror(KSIMD_ERR_EXPR), *nomem = ksimd_strerror(KSIMD_ERR_NOMEM);
    ks_check(r, expr && nomem && *expr && *nomem && strcmp(expr, nomem) != 0 && strcmp(expr, ksimd_strerror(KSIMD_OK)),
             "strerror of KSIMD_ERR_EXPR and KSIMD_ERR_NOMEM: empty or not distinct");
}

/* Float literals read the same in any locale of the caller: under a
 * decimal-comma LC_NUMERIC, strtod would stop "1.5" at the '.'. Skipped
 * when no such locale is installed. */
static void check_locale(struct ks_report *r)
{
    static const char *const comma[] = {"de_DE.UTF-8", "de_DE.utf8", "fr_FR.UTF-8", "fr_FR.utf8", "de_DE", "fr_FR"};
    size_t k = 0;
    while (k < sizeof comma / sizeof *comma &&
           !(setlocale(LC_NUMERIC, comma[k]) && strcmp(localeconv()->decimal_point, ",") == 0))
        k++;
    if (k == sizeof comma / sizeof *comma) {
        setlocale(LC_NUMERIC, "C");
        printf("locale: no decimal-comma locale installed, skipped\n");
        return;
    }
    const char *one[1] = {"d"};
    const ksimd_dtype ty[1] = {KSIMD_DT_F64};
    ksimd_expr *e = NULL;
    double zero = 0, got = -1;
    const void *in[1] = {&zero};
    ksimd_status s = ksimd_expr_compile(&e, "d + 1.5e0 + .25", one, ty, 1, NULL);
    if (ks_check(r, s == KSIMD_OK, "compile under LC_NUMERIC=%s: %s", comma[k], ksimd_strerror(s))) {
        ksimd_expr_eval(e, &got, in, 1);
        ks_check(r, got == 1.75, "d + 1.5e0 + .25 under LC_NUMERIC=%s: %g, expected 1.75", comma[k], got);
    }
    ksimd_expr_free(e);
    setlocale(LC_NUMERIC, "C");
}

static void check_compile(struct ks_report *r)
{
    for (size_t k = 0; k < sizeof bad_texts / sizeof *bad_texts; k++)
        expect_fail(r, bad_texts[k].text, bad_texts[k].status, bad_texts[k].pos);
    for (size_t k = 0; k < sizeof good_texts / sizeof *good_texts; k++)
        expect_ok(r, good_texts[k].text, good_texts[k].dtype, good_texts[k].reduces);
    check_limits(r);
    check_names(r);
    check_null_arguments(r);
    check_locale(r);
}

/* ---- eval --------------------------------------------------------------- */

/* Every array of the eval cases lives in one arena, so that any stray byte
 * shows, and dst can be placed across any input. Offsets in bytes. */
enum { EN = 8, OFF_D = 64, OFF_I = 256, OFF_F = 384, OFF_B = 512, OFF_X = 640, OFF_DST = 1024, ARENA = 2048 };
static _Alignas(64) unsigned char arena[ARENA], arena_before[ARENA];
#define AT(off) ((void *)(arena + (off)))

static const char *const enames[] = {"d", "i", "f", "b", "x"};
static const ksimd_dtype etypes[] = {KSIMD_DT_F64, KSIMD_DT_I32, KSIMD_DT_F32, KSIMD_DT_BOOL, KSIMD_DT_F64};

static void fill_arena(void)
{
    for (size_t k = 0; k < ARENA; k++) arena[k] = (unsigned char)(0xA5 ^ (k * 29));
    for (int k = 0; k < EN; k++) {
        double d = k + 0.5, x = -k;
        int32_t i = k - 3;
        float f = 0.25f * (float)k;
        memcpy(arena + OFF_D + 8 * k, &d, 8);
        memcpy(arena + OFF_X + 8 * k, &x, 8);
        memcpy(arena + OFF_I + 4 * k, &i, 4);
        memcpy(arena + OFF_F + 4 * k, &f, 4);
        arena[OFF_B + k] = (unsigned char)(k % 3 ? 0x80 + k : 0); /* true is any non-zero byte */
    }
    memcpy(arena_before, arena, ARENA);
}

static const void *const inputs[] = {AT(OFF_D), AT(OFF_I), AT(OFF_F), AT(OFF_B), AT(OFF_X)};

static ksimd_expr *compile_eval_program(struct ks_report *r, const char *text)
{
    ksimd_expr *e = NULL;
    ksimd_status s = ksimd_expr_compile(&e, text, enames, etypes, 5, NULL);
    ks_check(r, s == KSIMD_OK && e, "compile(\"%s\"): %s", text, ksimd_strerror(s));
    return e;
}

/* One eval on a freshly filled arena. A refusal must leave every byte. */
static ksimd_status eval_case(struct ks_report *r, const char *label, const ksimd_expr *e, void *dst,
                              const void *const *in, size_t n, ksimd_status want)
{
    fill_arena();
    long before = allocation_count();
    ksimd_status s = ksimd_expr_eval(e, dst, in, n);
    long allocated = allocation_count() - before;
    ks_check(r, s == want, "eval %s: %s, expected %s", label, ksimd_strerror(s), ksimd_strerror(want));
    ks_check(r, allocated == 0, "eval %s: %ld allocations", label, allocated);
    if (want != KSIMD_OK || (n == 0 && !(e && ksimd_expr_reduces(e))))
        ks_check(r, memcmp(arena, arena_before, ARENA) == 0, "eval %s: a byte changed", label);
    return s;
}

static int arena_changed_outside(size_t off, size_t bytes)
{
    for (size_t k = 0; k < ARENA; k++)
        if ((k < off || k >= off + bytes) && arena[k] != arena_before[k]) return 1;
    return 0;
}

static double d_at(size_t off, int k)
{
    double v;
    memcpy(&v, arena + off + 8 * (size_t)k, 8);
    return v;
}

/* "d * 2 + i": elementwise f64 over an f64 and an i32 input. */
static void check_eval_elementwise(struct ks_report *r)
{
    ksimd_expr *e = compile_eval_program(r, "d * 2 + i");
    if (!e) return;
    const void *holey[5];
    eval_case(r, "(NULL program)", NULL, AT(OFF_DST), inputs, EN, KSIMD_ERR_NULL);
    eval_case(r, "(NULL program, n 0)", NULL, AT(OFF_DST), inputs, 0, KSIMD_ERR_NULL);
    eval_case(r, "(NULL dst)", e, NULL, inputs, EN, KSIMD_ERR_NULL);
    eval_case(r, "(NULL dst, n 0)", e, NULL, inputs, 0, KSIMD_OK);
    eval_case(r, "(NULL inputs)", e, AT(OFF_DST), NULL, EN, KSIMD_ERR_NULL);
    eval_case(r, "(NULL inputs, n 0)", e, AT(OFF_DST), NULL, 0, KSIMD_OK);
    for (int k = 0; k < 5; k++) {
        char label[64];
        memcpy(holey, inputs, sizeof holey);
        holey[k] = NULL;
        snprintf(label, sizeof label, "(inputs[%d] NULL%s)", k, k >= 2 ? ", unused" : "");
        eval_case(r, label, e, AT(OFF_DST), holey, EN, KSIMD_ERR_NULL);
    }

    const struct {
        const char *label;
        size_t dst;
    } overlaps[] = {
        {"(dst one element into d)", OFF_D + 8}, {"(dst one element before d)", OFF_D - 8},
        {"(dst == i, an i32 input)", OFF_I},     {"(dst ends inside i)", OFF_I - 56},
        {"(dst starts inside i)", OFF_I + 24},   {"(dst across f, unused)", OFF_F - 8},
        {"(dst across b, unused)", OFF_B - 56},
    };
    for (size_t k = 0; k < sizeof overlaps / sizeof *overlaps; k++)
        eval_case(r, overlaps[k].label, e, AT(overlaps[k].dst), inputs, EN, KSIMD_ERR_OVERLAP);
    eval_case(r, "(dst one element into d, n 0)", e, AT(OFF_D + 8), inputs, 0, KSIMD_OK);

    /* Accepted placements: own block, in place, touching d on either side,
     * and equal to x, an unused input of the result's dtype. */
    const size_t fine[] = {OFF_DST, OFF_D, OFF_D - 64, OFF_D + 64, OFF_X};
    for (size_t k = 0; k < sizeof fine / sizeof *fine; k++) {
        char label[64];
        snprintf(label, sizeof label, "(d * 2 + i, dst at byte %zu)", fine[k]);
        if (eval_case(r, label, e, AT(fine[k]), inputs, EN, KSIMD_OK) != KSIMD_OK) continue;
        int right = 1;
        for (int j = 0; j < EN; j++) right &= d_at(fine[k], j) == (j + 0.5) * 2 + (j - 3);
        ks_check(r, right, "eval %s: wrong values", label);
        ks_check(r, !arena_changed_outside(fine[k], 8 * EN), "eval %s: wrote outside dst", label);
    }
    ksimd_expr_free(e);

    /* Bool and f64 results in place over an input of their own dtype. */
    e = compile_eval_program(r, "b & (d > 2)");
    if (e && eval_case(r, "(b & (d > 2), dst == b)", e, AT(OFF_B), inputs, EN, KSIMD_OK) == KSIMD_OK) {
        int right = 1;
        for (int j = 0; j < EN; j++) right &= arena[OFF_B + j] == (j % 3 != 0 && j + 0.5 > 2);
        ks_check(r, right && !arena_changed_outside(OFF_B, EN), "eval b & (d > 2) in place: wrong bytes");
    }
    if (e) eval_case(r, "(b & (d > 2), dst == i)", e, AT(OFF_I), inputs, EN, KSIMD_ERR_OVERLAP);
    ksimd_expr_free(e);
    e = compile_eval_program(r, "where(b, d, x)");
    if (e && eval_case(r, "(where(b, d, x), dst == x)", e, AT(OFF_X), inputs, EN, KSIMD_OK) == KSIMD_OK) {
        int right = 1;
        for (int j = 0; j < EN; j++) right &= d_at(OFF_X, j) == (j % 3 ? j + 0.5 : -j);
        ks_check(r, right && !arena_changed_outside(OFF_X, 8 * EN), "eval where(b, d, x) in place: wrong values");
    }
    ksimd_expr_free(e);
}

static void check_eval_reductions(struct ks_report *r)
{
    ksimd_expr *e = compile_eval_program(r, "sum(d * f)");
    if (!e) return;
    eval_case(r, "(sum, NULL dst)", e, NULL, inputs, EN, KSIMD_ERR_NULL);
    eval_case(r, "(sum, NULL dst, n 0)", e, NULL, inputs, 0, KSIMD_ERR_NULL);
    eval_case(r, "(sum, dst == d)", e, AT(OFF_D), inputs, EN, KSIMD_ERR_OVERLAP);
    eval_case(r, "(sum, dst inside d)", e, AT(OFF_D + 24), inputs, EN, KSIMD_ERR_OVERLAP);
    eval_case(r, "(sum, dst over f)", e, AT(OFF_F), inputs, EN, KSIMD_ERR_OVERLAP);
    eval_case(r, "(sum, dst == x, unused)", e, AT(OFF_X), inputs, EN, KSIMD_ERR_OVERLAP);
    eval_case(r, "(sum, NULL inputs)", e, AT(OFF_DST), NULL, EN, KSIMD_ERR_NULL);
    if (eval_case(r, "(sum(d * f))", e, AT(OFF_DST), inputs, EN, KSIMD_OK) == KSIMD_OK) {
        double prod[EN], want = -1;
        for (int j = 0; j < EN; j++) prod[j] = (j + 0.5) * (0.25 * j);
        ksimd_sum_f64(prod, EN, &want);
        double got = d_at(OFF_DST, 0);
        ks_check(r, memcmp(&got, &want, 8) == 0, "eval sum(d * f): %.17g, expected %.17g", got, want);
        ks_check(r, !arena_changed_outside(OFF_DST, 8), "eval sum(d * f): wrote outside dst");
    }
    ksimd_expr_free(e);

    /* n == 0: sums write their zero, min/max have none. */
    static const struct {
        const char *text;
        ksimd_status status;
        size_t size; /* bytes of the zero written */
    } empties[] = {
        {"sum(d * f)", KSIMD_OK, 8},    {"sum(f)", KSIMD_OK, 4},
        {"sum(i)", KSIMD_OK, 8},        {"sum(b)", KSIMD_OK, 8},
        {"min(d)", KSIMD_ERR_EMPTY, 0}, {"max(i)", KSIMD_ERR_EMPTY, 0},
        {"min(f)", KSIMD_ERR_EMPTY, 0}, {"max(x - d)", KSIMD_ERR_EMPTY, 0},
    };
    for (size_t k = 0; k < sizeof empties / sizeof *empties; k++) {
        char label[64];
        snprintf(label, sizeof label, "(%s, n 0)", empties[k].text);
        e = compile_eval_program(r, empties[k].text);
        if (!e) continue;
        if (eval_case(r, label, e, AT(OFF_DST), inputs, 0, empties[k].status) == KSIMD_OK) {
            static const unsigned char zero[8];
            ks_check(r, memcmp(arena + OFF_DST, zero, empties[k].size) == 0, "eval %s: not +0", label);
            ks_check(r, !arena_changed_outside(OFF_DST, empties[k].size), "eval %s: wrote outside dst", label);
        }
        if (empties[k].status == KSIMD_ERR_EMPTY)
            eval_case(r, "(min/max, NULL dst, n 0)", e, NULL, inputs, 0, KSIMD_ERR_NULL);
        ksimd_expr_free(e);
    }
}

/* ---- one program, four threads ------------------------------------------ */

enum { TN = 100000, NTHREADS = 4, ROUNDS = 3 };
static double td[TN];
static float tf[TN];
static int32_t ti[TN];
static const void *const tinputs[] = {td, ti, tf};
static const char *const tnames[] = {"d", "i", "f"};
static const ksimd_dtype ttypes[] = {KSIMD_DT_F64, KSIMD_DT_I32, KSIMD_DT_F32};
static const char *const tprograms[] = {"where(d > 0.25, sqrt(d) * f, d * d) - i", "sum(d * f - i)"};
enum { NPROGRAMS = 2 };

struct worker {
    pthread_t thread;
    ksimd_expr *programs[NPROGRAMS];
    double *out[NPROGRAMS]; /* TN elements, or one for the sum */
    int failures;
};
static pthread_barrier_t start;

static void *work(void *arg)
{
    struct worker *w = arg;
    pthread_barrier_wait(&start);
    for (int round = 0; round < ROUNDS; round++)
        for (int p = 0; p < NPROGRAMS; p++)
            w->failures += ksimd_expr_eval(w->programs[p], w->out[p], tinputs, TN) != KSIMD_OK;
    return NULL;
}

static void check_threads(struct ks_report *r)
{
    for (int k = 0; k < TN; k++) {
        td[k] = (k % 1000) / 250.0 - 1;
        tf[k] = (float)((k * 7) % 13) * 0.125f;
        ti[k] = k % 29 - 14;
    }
    ksimd_expr *programs[NPROGRAMS];
    double *want[NPROGRAMS];
    struct worker workers[NTHREADS];
    for (int p = 0; p < NPROGRAMS; p++) {
        programs[p] = NULL;
        ksimd_status s = ksimd_expr_compile(&programs[p], tprograms[p], tnames, ttypes, 3, NULL);
        if (!ks_check(r, s == KSIMD_OK, "compile(\"%s\"): %s", tprograms[p], ksimd_strerror(s))) return;
        want[p] = calloc(TN, sizeof(double));
        for (int t = 0; t < NTHREADS; t++) workers[t].out[p] = calloc(TN, sizeof(double));
        ks_check(r, ksimd_expr_eval(programs[p], want[p], tinputs, TN) == KSIMD_OK, "eval %s", tprograms[p]);
    }
    pthread_barrier_init(&start, NULL, NTHREADS);
    long before = allocation_count();
    for (int t = 0; t < NTHREADS; t++) {
        memcpy(workers[t].programs, programs, sizeof programs);
        workers[t].failures = 0;
        pthread_create(&workers[t].thread, NULL, work, &workers[t]);
    }
    for (int t = 0; t < NTHREADS; t++) pthread_join(workers[t].thread, NULL);
    long allocated = allocation_count() - before;
    pthread_barrier_destroy(&start);
    ks_check(r, allocated == 0, "concurrent eval: %ld allocations", allocated);
    for (int t = 0; t < NTHREADS; t++) {
        ks_check(r, workers[t].failures == 0, "concurrent eval, thread %d: %d failed calls", t, workers[t].failures);
        for (int p = 0; p < NPROGRAMS; p++) {
            size_t bytes = (ksimd_expr_reduces(programs[p]) ? 1 : TN) * sizeof(double);
            ks_check(r, memcmp(workers[t].out[p], want[p], bytes) == 0,
                     "concurrent eval of \"%s\", thread %d: not the single-thread bits", tprograms[p], t);
            free(workers[t].out[p]);
        }
    }
    for (int p = 0; p < NPROGRAMS; p++) free(want[p]), ksimd_expr_free(programs[p]);
}

int main(int argc, char **argv)
{
    int threads = 1;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--no-threads") == 0) {
            threads = 0; /* qemu-user cannot start threads */
        } else {
            fprintf(stderr, "usage: ksimd-expr-errors [--no-threads]\n");
            return 2;
        }
    }
    struct ks_report total = {0, 0, 0, 40, 0};
    ks_check(&total, counter_works(), "the allocation counter does not count (--wrap=malloc had no effect)");
    check_compile(&total);
    printf("compile: %ld passed, %ld failed\n", total.passed, total.failed);

    /* First: its big reference evals start the worker pool when threads are
     * in force (starting threads may allocate, eval itself may not). */
    if (threads) check_threads(&total);
    ksimd_isa detected = ksimd_isa_active();
    for (int i = 0; i < KSIMD_ISA_COUNT; i++) {
        if (!ksimd_isa_available((ksimd_isa)i)) continue;
        struct ks_report r = {0, 0, 0, 20, 0};
        ksimd_isa_set((ksimd_isa)i);
        check_eval_elementwise(&r);
        check_eval_reductions(&r);
        printf("eval on %s: %ld passed, %ld failed\n", ksimd_isa_name((ksimd_isa)i), r.passed, r.failed);
        total.passed += r.passed;
        total.failed += r.failed;
    }
    ksimd_isa_set(detected);
    printf("ksimd-expr-errors: %ld passed, %ld failed%s\n", total.passed, total.failed, counted);
    return total.failed == 0 ? 0 : 1;
}

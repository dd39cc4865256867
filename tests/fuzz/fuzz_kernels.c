/* Differential fuzzer for every public kernel (libFuzzer entry point).
 *
 * One input decodes to one call: which kernel (tests/hardening/api_table.c),
 * n, ngroups, the cmp op, the scalars, which array is NULL, which output
 * starts inside which input (and where), each array's misalignment, and the
 * values. The call runs through the public API on the scalar table, then on
 * every other available table, each time on freshly built arrays. It traps
 * (abort) when:
 *   - the status is not one the contract predicts for these arguments
 *     (ka_expect, written from API.md), or differs between tables;
 *   - an error wrote any byte, or a success wrote a byte outside its outputs
 *     (compress: outside dst[0, count) and count);
 *   - a table's outputs differ from the scalar table's (bit for bit; any NaN
 *     equals any NaN; float sums and dots included);
 *   - ASan/UBSan report anything: every array is its own heap block that ends
 *     exactly where the array ends, so a read or write past it hits the
 *     redzone.
 *
 * Input layout (missing bytes read as 0):
 *   0 kernel  1 n  2 ngroups  3 op  4 NULL array  5 alias  6 alias offset
 *   7 misalignment (2 bits per array)  8-15 scalar 0  16-23 scalar 1
 *   24- values, cycled over the input arrays' bytes
 * See tests/fuzz/README.md for running it. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api_table.h"

struct plan {
    const struct ka_kernel *k;
    struct ka_layout l;
    struct ka_call shape; /* n, ngroups, op, scalars; no pointers */
    int null_array;       /* -1: none */
    int alias_out, alias_in;
    long alias_offset; /* bytes from the input's start to the output's */
    unsigned misalign[KA_MAX_ARRAYS];
    const uint8_t *values;
    size_t nvalues;
};

static uint8_t byte_at(const uint8_t *d, size_t size, size_t i) { return i < size ? d[i] : 0; }

static size_t decode_n(uint8_t b)
{
    /* Mostly short (every tail of every vector width), sometimes longer
     * (several unrolled blocks of the reductions' canonical order). */
    return b < 200 ? (size_t)(b % 70) : (size_t)(b - 200) * 9 + 70;
}

static int decode_op(uint8_t b) { return b < 240 ? b % 6 : (int)b - 246; /* -6 .. 9 */ }

static void decode_scalar(const struct ka_kernel *k, const uint8_t *raw, union ka_value *v)
{
    float f;
    int32_t i32;
    switch (k->type) {
    case KA_F32:
        memcpy(&f, raw, 4), v->f = f;
        break;
    case KA_F64:
        memcpy(&v->f, raw, 8);
        break;
    case KA_I32:
        memcpy(&i32, raw, 4), v->i = i32;
        break;
    default:
        memcpy(&v->i, raw, 8);
        break;
    }
}

static void decode(const uint8_t *d, size_t size, struct plan *p)
{
    uint8_t head[24];
    for (size_t i = 0; i < sizeof head; i++) head[i] = byte_at(d, size, i);
    memset(p, 0, sizeof *p);
    p->k = &ka_kernels[head[0] % ka_kernel_count];
    ka_layout_of(p->k, &p->l);
    p->shape.n = decode_n(head[1]);
    p->shape.ngroups = head[2] % 9;
    p->shape.op = decode_op(head[3]);
    p->null_array = head[4] < 24 ? head[4] % p->l.narrays : -1;
    p->alias_out = p->alias_in = -1;
    if (head[5] < 48) {
        int o = head[5] % p->l.narrays, i = (head[5] / 4) % p->l.narrays;
        int outputs_ok = p->k->shape == KA_group || !p->l.array[i].output;
        if (p->l.array[o].output && i != o && outputs_ok) {
            p->alias_out = o, p->alias_in = i;
            p->alias_offset = (long)((int8_t)head[6] % 5) * (long)ka_elem_size(p->l.array[o].elem);
        }
    }
    if (p->null_array >= 0 && (p->null_array == p->alias_out || p->null_array == p->alias_in))
        p->alias_out = p->alias_in = -1; /* a NULL array has no block to share */
    for (int i = 0; i < KA_MAX_ARRAYS; i++) p->misalign[i] = (head[7] >> (2 * i)) & 3u;
    decode_scalar(p->k, head + 8, &p->shape.s[0]);
    decode_scalar(p->k, head + 16, &p->shape.s[1]);
    p->values = size > 24 ? d + 24 : NULL;
    p->nvalues = size > 24 ? size - 24 : 0;
}

/* ---- building the arrays ----------------------------------------------------- */

struct arrays {
    struct ka_call c;
    struct ka_arena ar; /* copy: the blocks as build() left them */
};

static unsigned char *new_block(struct arrays *a, size_t bytes)
{
    unsigned char *block = ka_arena_block(&a->ar, bytes);
    if (!block) abort();
    return block;
}

/* Keys: mostly in [0, ngroups), rarely ngroups or negative. */
static int32_t key_from(uint8_t b, size_t ngroups)
{
    if (b < 250) return ngroups ? (int32_t)(b % ngroups) : 0;
    return b < 253 ? (int32_t)ngroups : -1 - (int32_t)(b - 253);
}

static void fill_inputs(const struct plan *p, struct arrays *a)
{
    size_t v = 0;
    for (int i = 0; i < p->l.narrays; i++) {
        if (p->l.array[i].output || !a->c.p[i]) continue;
        size_t len = ka_array_len(&p->l, i, &a->c), esize = ka_elem_size(p->l.array[i].elem);
        unsigned char *dst = a->c.p[i];
        int is_keys = strcmp(p->l.array[i].name, "keys") == 0;
        for (size_t j = 0; j < len; j++) {
            if (is_keys) {
                int32_t key = key_from(p->nvalues ? p->values[v++ % p->nvalues] : 0, a->c.ngroups);
                memcpy(dst + j * 4, &key, 4);
                continue;
            }
            for (size_t b = 0; b < esize; b++) dst[j * esize + b] = p->nvalues ? p->values[v++ % p->nvalues] : 0;
        }
    }
}

/* Every array its own block ending exactly at the array's end (misaligned
 * arrays start a few elements in), except an aliased output, which lives
 * in its input's block. Outputs hold 0xA5 bytes, inputs the fuzzer's. */
static void build(const struct plan *p, struct arrays *a)
{
    memset(a, 0, sizeof *a);
    a->c = p->shape;
    for (int i = 0; i < p->l.narrays; i++) {
        if (i == p->alias_out || i == p->null_array) continue;
        size_t esize = ka_elem_size(p->l.array[i].elem), bytes = ka_array_bytes(&p->l, i, &a->c);
        size_t lead = p->misalign[i] * esize;
        if (i == p->alias_in) {
            /* Both arrays keep their type's alignment, whatever the offset. */
            size_t out_size = ka_elem_size(p->l.array[p->alias_out].elem);
            size_t align = esize > out_size ? esize : out_size;
            size_t out_bytes = ka_array_bytes(&p->l, p->alias_out, &a->c);
            long off = p->alias_offset;
            size_t front = off < 0 ? ((size_t)-off + align - 1) / align * align : 0;
            size_t in_end = front + bytes, out_end = (size_t)((long)front + off) + out_bytes;
            lead = p->misalign[i] * align;
            unsigned char *base = new_block(a, lead + (in_end > out_end ? in_end : out_end)) + lead;
            a->c.p[i] = base + front;
            a->c.p[p->alias_out] = base + front + off;
        } else {
            a->c.p[i] = new_block(a, lead + bytes) + lead;
        }
    }
    for (int b = 0; b < a->ar.nblocks; b++) memset(a->ar.block[b], 0xA5, a->ar.bytes[b]);
    fill_inputs(p, a);
    ka_arena_snapshot(&a->ar);
}

/* ---- checking ------------------------------------------------------------------ */

static const char *table_name;

static void fail(const struct plan *p, const char *what)
{
    fprintf(stderr, "fuzz_kernels: %s: %s on table %s, n=%zu ngroups=%zu op=%d null=%d alias=%d<-%d@%ld\n", p->k->name,
            what, table_name, p->shape.n, p->shape.ngroups, p->shape.op, p->null_array, p->alias_out, p->alias_in,
            p->alias_offset);
    abort();
}

/* Bytes an OK call may write: its outputs (compress: dst[0, count)). */
static int writable(const struct plan *p, const struct arrays *a, const unsigned char *x)
{
    for (int i = 0; i < p->l.narrays; i++) {
        if (!p->l.array[i].output || !a->c.p[i]) continue;
        size_t bytes = ka_array_bytes(&p->l, i, &a->c);
        if (p->k->shape == KA_compress && i == 0) bytes = *(const size_t *)a->c.p[1] * ka_elem_size(p->k->type);
        const unsigned char *s = a->c.p[i];
        if (x >= s && x < s + bytes) return 1;
    }
    return 0;
}

static void check_memory(const struct plan *p, const struct arrays *a, int ok)
{
    const struct ka_arena *ar = &a->ar;
    for (int b = 0; b < ar->nblocks; b++)
        for (size_t j = 0; j < ar->bytes[b]; j++)
            if (ar->block[b][j] != ar->copy[b][j] && (!ok || !writable(p, a, ar->block[b] + j)))
                fail(p, ok ? "wrote outside its outputs" : "wrote memory although it returned an error");
}

/* The outputs of one run, for comparing tables. */
struct result {
    ksimd_status status;
    unsigned char *out[KA_MAX_ARRAYS];
    size_t bytes[KA_MAX_ARRAYS];
};

static void save(const struct plan *p, const struct arrays *a, ksimd_status st, struct result *r)
{
    memset(r, 0, sizeof *r);
    r->status = st;
    for (int i = 0; i < p->l.narrays; i++) {
        if (st != KSIMD_OK || !p->l.array[i].output || !a->c.p[i]) continue;
        r->bytes[i] = ka_array_bytes(&p->l, i, &a->c);
        if (p->k->shape == KA_compress && i == 0) r->bytes[i] = *(const size_t *)a->c.p[1] * ka_elem_size(p->k->type);
        r->out[i] = malloc(r->bytes[i] + 1);
        if (!r->out[i]) abort();
        memcpy(r->out[i], a->c.p[i], r->bytes[i]);
    }
}

static void drop(struct result *r)
{
    for (int i = 0; i < KA_MAX_ARRAYS; i++) free(r->out[i]), r->out[i] = NULL;
}

static int same_elem(enum ka_elem e, const unsigned char *x, const unsigned char *y)
{
    if (e == KA_F32) {
        float f, g;
        memcpy(&f, x, 4), memcpy(&g, y, 4);
        if (isnan(f) && isnan(g)) return 1;
    } else if (e == KA_F64) {
        double f, g;
        memcpy(&f, x, 8), memcpy(&g, y, 8);
        if (isnan(f) && isnan(g)) return 1;
    }
    return memcmp(x, y, ka_elem_size(e)) == 0;
}

static void compare(const struct plan *p, const struct result *ref, const struct result *got)
{
    if (got->status != ref->status) fail(p, "status differs from the scalar table's");
    for (int i = 0; i < p->l.narrays; i++) {
        if (!ref->out[i]) continue;
        if (got->bytes[i] != ref->bytes[i]) fail(p, "output length (compress count) differs from scalar");
        size_t esize = ka_elem_size(p->l.array[i].elem);
        for (size_t j = 0; j < ref->bytes[i]; j += esize)
            if (!same_elem(p->l.array[i].elem, ref->out[i] + j, got->out[i] + j))
                fail(p, "output differs from the scalar table's");
    }
}

/* One run on the active table. */
static void run(const struct plan *p, struct result *r)
{
    struct arrays a;
    build(p, &a);
    unsigned expected = ka_expect(p->k, &a.c);
    ksimd_status st = ka_invoke(p->k, &a.c);
    if ((unsigned)st >= 32 || !(expected & (1u << st))) fail(p, "status not predicted by the contract");
    check_memory(p, &a, st == KSIMD_OK);
    save(p, &a, st, r);
    ka_arena_free(&a.ar);
}

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Says which tables every input runs on (libFuzzer calls it once). */
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    fprintf(stderr, "fuzz_kernels: %zu kernels; every input runs on the tables:", ka_kernel_count);
    for (int t = 0; t < KSIMD_ISA_COUNT; t++)
        if (ksimd_isa_available((ksimd_isa)t)) fprintf(stderr, " %s", ksimd_isa_name((ksimd_isa)t));
    fprintf(stderr, "\n");
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct plan p;
    decode(data, size, &p);
    struct result ref, got;
    table_name = "scalar";
    if (ksimd_isa_set(KSIMD_ISA_SCALAR) != KSIMD_OK) abort();
    run(&p, &ref);
    for (int t = KSIMD_ISA_SCALAR + 1; t < KSIMD_ISA_COUNT; t++) {
        if (!ksimd_isa_available((ksimd_isa)t)) continue;
        table_name = ksimd_isa_name((ksimd_isa)t);
        if (ksimd_isa_set((ksimd_isa)t) != KSIMD_OK) abort();
        run(&p, &got);
        compare(&p, &ref, &got);
        drop(&got);
    }
    drop(&ref);
    return 0;
}

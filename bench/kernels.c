/* Every family's entries in one index space, in the order kbench reports
 * them. A new family adds its list here. */
#include "kernels.h"

#include <string.h>

static const struct {
    const char *name; /* the family column of --csv, one panel of bench/plot.gp */
    const struct kb_kernel *list;
    const size_t *count;
} families[] = {
    {"elementwise", kb_elementwise, &kb_elementwise_count},
    {"masked", kb_masked, &kb_masked_count},
    {"reduce", kb_reduce, &kb_reduce_count},
    {"math", kb_math, &kb_math_count},
    {"strided2d", kb_strided2d, &kb_strided2d_count},
};
enum { NFAMILIES = sizeof families / sizeof families[0] };

size_t kb_kernel_count(void)
{
    size_t n = 0;
    for (int f = 0; f < NFAMILIES; f++) n += *families[f].count;
    return n;
}

const struct kb_kernel *kb_kernel_at(size_t i)
{
    for (int f = 0; f < NFAMILIES; f++) {
        if (i < *families[f].count) return &families[f].list[i];
        i -= *families[f].count;
    }
    return NULL;
}

const char *kb_kernel_family(const struct kb_kernel *k)
{
    for (int f = 0; f < NFAMILIES; f++)
        if (k >= families[f].list && k < families[f].list + *families[f].count) return families[f].name;
    return "other";
}

const struct kb_kernel *kb_kernel_named(const char *name)
{
    for (size_t i = 0; i < kb_kernel_count(); i++)
        if (strcmp(kb_kernel_at(i)->name, name) == 0) return kb_kernel_at(i);
    return NULL;
}

size_t kb_bytes_per_elem(const struct kb_kernel *k)
{
    size_t b = 0;
    for (int i = 0; i < k->shape->nin; i++) b += kb_type_size(k->shape->in[i]);
    for (int i = 0; i < k->shape->nout && !k->reduces; i++) b += kb_type_size(k->shape->out[i]);
    return b;
}

size_t kb_type_size(enum kb_type t)
{
    static const size_t sizes[KB_TYPE_COUNT] = {4, 8, 4, 8, 1};
    return (unsigned)t < KB_TYPE_COUNT ? sizes[t] : 0;
}

const char *kb_type_name(enum kb_type t)
{
    static const char *const names[KB_TYPE_COUNT] = {"f32", "f64", "i32", "i64", "u8"};
    return (unsigned)t < KB_TYPE_COUNT ? names[t] : "?";
}

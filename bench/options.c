/* kbench's command line: --kernel GLOB, --isa LIST|all, --size LIST,
 * --time MS, --csv, --json, --quiet, --list, --verify, --cpu, --scenario,
 * --tune [-o PATH], --explain, --check-profile, --help. Bad input is one
 * line on stderr and exit status 2. */
#include "options.h"

#include <errno.h>
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>

#include "peers/compiler.h"

#define KB_DEFAULT_TIME_MS 30.0

void kb_print_help(FILE *f)
{
    fprintf(f,
            "usage: kbench [options]\n"
            "Times every ksimd kernel on every ISA table this CPU can run, beside its peers: the\n"
            "same operation as a plain C loop (compiler), the reduction loops built -ffast-math\n"
            "(compiler-fastmath), SLEEF's FMA functions (sleef-fma) and Google Highway (highway)\n"
            "when this build has them.\n"
            "\n"
            "  --kernel GLOB[,GLOB...]  kernels to time, shell patterns on names such as\n"
            "                           add_f64, '*_f32', 'mod_scalar_*' (default: all; see --list)\n"
            "  --isa LIST|all           tables to time: scalar, sse4.2, avx2, avx512, neon\n"
            "                           (default: all that this CPU can run); default: the\n"
            "                           tables a program gets unpinned (KSIMD_PROFILE's included)\n"
            "  --size LIST              element counts, with K (1000), M, G or Ki (1024), Mi, Gi\n"
            "                           suffixes (default: 1Ki,64Ki,16Mi: L1, L2 and DRAM)\n"
            "  --threads N[,M...]       time every row with ksimd_threads_set(N), then M, ...\n"
            "                           (default: the library's own, 1 unless KSIMD_THREADS)\n"
            "  --range HI               float inputs of the rows that take the default range\n"
            "                           +-[0.5, 1000) take +-[0.5, HI) instead (tanh at --range 9)\n"
            "  --groups N               groups of the group_sum rows, keys uniform (default 16,\n"
            "                           at most 1024)\n"
            "  --time MS                time budget per measurement (default %g ms; at least 5\n"
            "                           batches are run whatever it is)\n"
            "  --csv, --json            one row per kernel x size x contender, with the machine\n"
            "  --quiet                  no progress line on stderr\n"
            "  --list                   print the kernel names and exit\n"
            "  --verify                 check every table (bit for bit) and every peer against\n"
            "                           the scalar table, print the result and exit (1 on a mismatch)\n"
            "  --cpu                    the CPU, its features and caches, the tables, and the\n"
            "                           table serving each kernel now\n"
            "  --scenario NAME|all      the article's workloads: article-affine,\n"
            "                           article-conditional, article-traversal, article-sales;\n"
            "                           threads: scaling from 1 thread to every CPU;\n"
            "                           expressions: compiled expressions (ksimd_expr_eval) vs\n"
            "                           their plain loops (follows --size, --threads, --time)\n"
            "  --tune [-o PATH]         time every kernel on every table (default sizes 1Ki,64Ki,1Mi,\n"
            "                           10 ms each) and write a profile choosing a table per kernel\n"
            "                           (another than the default only when >= 3%% faster) to PATH,\n"
            "                           default $XDG_CONFIG_HOME/ksimd/profile or\n"
            "                           ~/.config/ksimd/profile; programs use it with\n"
            "                           KSIMD_PROFILE=PATH or ksimd_profile_load()\n"
            "  --explain KERNEL         which table serves KERNEL and why (default, KSIMD_ISA cap,\n"
            "                           the KSIMD_PROFILE profile, or why that profile was refused)\n"
            "  --check-profile PATH     check that the profile applies and changes no result\n"
            "  --help                   this text\n"
            "\n"
            "The first line is the copy bandwidth, this machine's memory limit: the best of\n"
            "memcpy, a plain store loop and a non-temporal (streaming) store loop between two\n"
            "128 MiB arrays (each the median of 15 runs, as kernels are medians), counting\n"
            "bytes read + bytes written (as STREAM), one thread.\n"
            "ns/elem is the median batch time / (calls x n). GB/s counts the bytes of every\n"
            "input and output array touched per call (n x element size each; add_f64 moves 24\n"
            "bytes per element; a reduction's result counts for nothing), so it compares directly\n"
            "with the copy line. '*' marks the fastest contender of a row; 'best ksimd vs\n"
            "compiler' is compiler time / best ksimd time (above 1: ksimd is faster).\n"
            "The strided 2-D kernels take n as a rows x cols matrix, rows the largest divisor\n"
            "of n <= sqrt(n) (64Ki: 256 x 256): copy2d from C to Fortran order, binary2d adds a\n"
            "C-order and a Fortran-order matrix into a C-order one, sum/min/max_axis reduce\n"
            "axis 0 (columns) of a C-order matrix.\n"
            "compiler column: %s.\n"
            "Exit status: 0, 1 when a result disagrees with the scalar table, 2 on bad input.\n",
            KB_DEFAULT_TIME_MS, kbcc_description);
}

static int fail(const char *fmt, const char *what)
{
    fprintf(stderr, "kbench: ");
    fprintf(stderr, fmt, what);
    fprintf(stderr, " (see kbench --help)\n");
    return 2;
}

/* "64Ki" -> 65536; 0 when it does not parse or overflows. */
static size_t parse_size(const char *s)
{
    static const struct {
        const char *suffix;
        size_t mult;
    } units[] = {{"", 1},        {"K", 1000},      {"k", 1000},        {"Ki", 1024},
                 {"M", 1000000}, {"Mi", 1u << 20}, {"G", 1000000000u}, {"Gi", 1u << 30}};
    if (*s < '0' || *s > '9') return 0;
    errno = 0;
    char *end;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno) return 0;
    for (size_t u = 0; u < sizeof units / sizeof units[0]; u++) {
        if (strcmp(end, units[u].suffix) != 0) continue;
        if (v > SIZE_MAX / units[u].mult) return 0;
        return (size_t)v * units[u].mult;
    }
    return 0;
}

/* Splits a comma list in place; calls each(item) until it returns non-zero. */
static int for_each_item(char *list, int (*each)(const char *, struct kb_options *), struct kb_options *o)
{
    char *save = NULL;
    int any = 0;
    for (char *item = strtok_r(list, ",", &save); item; item = strtok_r(NULL, ",", &save)) {
        int rc = each(item, o);
        if (rc) return rc;
        any = 1;
    }
    return any ? 0 : fail("empty list%s", "");
}

static int add_size(const char *item, struct kb_options *o)
{
    size_t n = parse_size(item);
    if (n == 0 && strspn(item, "0") == strlen(item)) return fail("size '%s' is empty: sizes start at 1", item);
    if (n == 0) return fail("cannot parse size '%s' (expected e.g. 1000, 64Ki, 16Mi)", item);
    if (o->nsizes == KB_MAX_SIZES) return fail("too many sizes at '%s'", item);
    o->sizes[o->nsizes++] = n;
    return 0;
}

static int add_threads(const char *item, struct kb_options *o)
{
    char *end;
    unsigned long n = strtoul(item, &end, 10);
    if (!*item || *end || item[0] == '-' || n > 256)
        return fail("--threads wants counts 0-256 (0: every CPU), not '%s'", item);
    if (o->nthreads == KB_MAX_SIZES) return fail("too many thread counts at '%s'", item);
    o->threads[o->nthreads++] = (size_t)n;
    return 0;
}

static int add_isa(const char *item, struct kb_options *o)
{
    ksimd_isa isa;
    if (strcmp(item, "default") == 0) {
        o->with_default = 1;
        return 0;
    }
    if (strcmp(item, "all") == 0) {
        for (int i = 0; i < KSIMD_ISA_COUNT; i++)
            if (ksimd_isa_available((ksimd_isa)i)) o->isa_mask |= 1u << i;
        return 0;
    }
    if (ksimd_isa_from_name(item, &isa) != KSIMD_OK)
        return fail("unknown ISA '%s' (known: scalar, sse4.2, avx2, avx512, neon, default, all)", item);
    if (!ksimd_isa_available(isa)) return fail("ISA '%s' is not available on this CPU or build", item);
    o->isa_mask |= 1u << isa;
    return 0;
}

static int add_kernels(const char *item, struct kb_options *o)
{
    size_t total = kb_kernel_count(), hits = 0;
    for (size_t i = 0; i < total; i++)
        if (fnmatch(item, kb_kernel_at(i)->name, 0) == 0) {
            o->kernels[i] = kb_kernel_at(i); /* marked; compacted later */
            hits++;
        }
    return hits ? 0 : fail("no kernel matches '%s'", item);
}

int kb_parse_options(int argc, char **argv, struct kb_options *o)
{
    size_t total = kb_kernel_count();
    int rc = 0, any_kernel = 0, any_isa = 0;
    memset(o, 0, sizeof *o);
    o->time_ms = KB_DEFAULT_TIME_MS;
    o->kernels = calloc(total ? total : 1, sizeof *o->kernels);
    if (!o->kernels) return fail("out of memory%s", "");
    for (int i = 1; i < argc && rc == 0; i++) {
        char *arg = argv[i], *val = NULL, *eq = strchr(arg, '=');
        static const char *const with_value[] = {"--kernel",  "--isa",      "--size",          "--time",
                                                 "--explain", "--scenario", "--check-profile", "-o",
                                                 "--output",  "--threads",  "--groups",        "--range"};
        int takes = 0;
        for (size_t w = 0; w < sizeof with_value / sizeof with_value[0]; w++) {
            size_t len = strlen(with_value[w]);
            if (strncmp(arg, with_value[w], len) == 0 && (arg[len] == 0 || arg[len] == '=')) takes = 1;
        }
        if (takes) {
            if (eq) {
                *eq = 0;
                val = eq + 1;
            } else if (i + 1 < argc) {
                val = argv[++i];
            } else {
                return fail("%s needs a value", arg);
            }
        }
        if (strcmp(arg, "--kernel") == 0)
            rc = for_each_item(val, add_kernels, o), any_kernel = 1;
        else if (strcmp(arg, "--isa") == 0)
            rc = for_each_item(val, add_isa, o), any_isa = 1;
        else if (strcmp(arg, "--size") == 0)
            rc = for_each_item(val, add_size, o), o->sizes_given = 1;
        else if (strcmp(arg, "--threads") == 0)
            rc = for_each_item(val, add_threads, o);
        else if (strcmp(arg, "--groups") == 0) {
            char *end;
            unsigned long g = strtoul(val, &end, 10);
            if (*val == 0 || *end || g < 1 || g > KB_MAX_GROUPS)
                rc = fail("--groups wants a count in [1, 1024], not '%s'", val);
            kb_groups = g;
        } else if (strcmp(arg, "--range") == 0) {
            char *end;
            double hi = strtod(val, &end);
            if (*val == 0 || *end || !(hi > 0.5 && hi <= 1e30))
                rc = fail("--range wants a bound in (0.5, 1e30], not '%s'", val);
            kb_range = hi;
        } else if (strcmp(arg, "--time") == 0) {
            char *end;
            o->time_ms = strtod(val, &end);
            if (*val == 0 || *end || !(o->time_ms > 0 && o->time_ms <= 600000))
                rc = fail("--time wants milliseconds in (0, 600000], not '%s'", val);
            o->time_given = 1;
        } else if (strcmp(arg, "--explain") == 0)
            o->explain = val;
        else if (strcmp(arg, "--scenario") == 0)
            o->scenario = val;
        else if (strcmp(arg, "--check-profile") == 0)
            o->check_profile = val;
        else if (strcmp(arg, "-o") == 0 || strcmp(arg, "--output") == 0)
            o->output = val;
        else if (strcmp(arg, "--cpu") == 0)
            o->cpu = 1;
        else if (strcmp(arg, "--tune") == 0)
            o->tune = 1;
        else if (strcmp(arg, "--csv") == 0)
            o->format = KB_CSV;
        else if (strcmp(arg, "--json") == 0)
            o->format = KB_JSON;
        else if (strcmp(arg, "--quiet") == 0 || strcmp(arg, "-q") == 0)
            o->quiet = 1;
        else if (strcmp(arg, "--list") == 0)
            o->list = 1;
        else if (strcmp(arg, "--verify") == 0)
            o->verify = 1;
        else if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0)
            o->help = 1;
        else
            rc = fail("unknown option '%s'", arg);
    }
    if (rc) return rc;
    if (o->output && !o->tune) return fail("-o %s: an output path is for --tune only", o->output);
    if (!any_kernel)
        for (size_t i = 0; i < total; i++) o->kernels[i] = kb_kernel_at(i);
    for (size_t i = 0; i < total; i++)
        if (o->kernels[i]) o->kernels[o->nkernels++] = o->kernels[i];
    if (!any_isa) add_isa("all", o);
    for (int i = 0; i < KSIMD_ISA_COUNT; i++)
        if (o->isa_mask >> i & 1) o->isas[o->nisas++] = (ksimd_isa)i;
    if (o->nsizes == 0) {
        o->sizes[0] = 1u << 10;
        o->sizes[1] = 1u << 16;
        o->sizes[2] = 1u << 24;
        o->nsizes = 3;
    }
    return 0;
}

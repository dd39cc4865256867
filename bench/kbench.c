/* kbench: times every ksimd kernel on every ISA table the CPU can run, at
 * L1, L2 and DRAM sizes, beside the `compiler` column (the same operation
 * as a plain C loop) and under a STREAM-like copy figure. See --help and
 * bench/README-kbench.md. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <ksimd.h>

#include "kbench.h"
#include "options.h"
#include "peers/compiler.h"
#include "report.h"

#define KB_VERIFY_N 1027           /* odd, many vectors long, with tails */
#define KB_COPY_BYTES (128u << 20) /* per array: far beyond any last-level cache */

/* ---- verification: every table and the compiler loop against scalar ---- */

static void print_elem(FILE *f, const void *p, enum kb_type t, size_t i)
{
    switch (t) {
    case KB_F32:
        fprintf(f, "%.9g", (double)((const float *)p)[i]);
        break;
    case KB_F64:
        fprintf(f, "%.17g", ((const double *)p)[i]);
        break;
    case KB_I32:
        fprintf(f, "%ld", (long)((const int32_t *)p)[i]);
        break;
    case KB_I64:
        fprintf(f, "%lld", (long long)((const int64_t *)p)[i]);
        break;
    default:
        fprintf(f, "%u", ((const uint8_t *)p)[i]);
        break;
    }
}

/* Returns the number of disagreements (each reported on f). */
static int check_against(FILE *f, const struct kb_kernel *k, const struct kb_args *args, const void *ref,
                         const char *who, double sign)
{
    const struct kb_shape *sh = k->shape;
    size_t i = kb_first_diff(args->out[0], ref, sh->out[0], KB_VERIFY_N);
    if (i == KB_VERIFY_N) return 0;
    fprintf(f, "kbench: %s: %s disagrees with the scalar table at element %zu (scalars x%+g): inputs",
            k->name, who, i, sign);
    for (int j = 0; j < sh->nin; j++) fputc(' ', f), print_elem(f, args->in[j], sh->in[j], i);
    fprintf(f, "; scalar gives ");
    print_elem(f, ref, sh->out[0], i);
    fprintf(f, ", %s gives ", who);
    print_elem(f, args->out[0], sh->out[0], i);
    fputc('\n', f);
    return 1;
}

static int verify_kernel(FILE *f, const struct kb_kernel *k, const struct kb_options *o)
{
    const struct kb_shape *sh = k->shape;
    void *buf[KB_MAX_ARRAYS + 1] = {0};
    struct kb_args args = {0};
    int bad = 0;
    if (!ksimd_kernel_isa(k->name)) {
        fprintf(f, "kbench: %s: the library does not know this kernel name\n", k->name);
        bad++;
    }
    for (int j = 0; j < KB_MAX_ARRAYS + 1; j++)
        if (!(buf[j] = calloc(KB_VERIFY_N, 8))) bad = -1;
    for (int j = 0; j < sh->nin && bad >= 0; j++) {
        kb_fill_verify(buf[j], sh->in[j], k->values[j], KB_VERIFY_N, (unsigned)j);
        args.in[j] = buf[j];
    }
    void *ref = buf[KB_MAX_ARRAYS];
    args.out[0] = buf[KB_MAX_IN];
    for (double sign = 1; sign >= -1 && bad >= 0; sign -= 2) {
        kb_set_scalars(k, &args, sign);
        void *out = args.out[0];
        args.out[0] = ref;
        /* Every output starts from the same bytes: compress leaves dst past
         * its count untouched, so the scalar reference must match there. */
        memset(ref, 0x5a, (size_t)KB_VERIFY_N * 8);
        ksimd_isa_set(KSIMD_ISA_SCALAR);
        int st = sh->call(k->lib, 0, &args, KB_VERIFY_N);
        args.out[0] = out;
        if (st != KSIMD_OK) {
            fprintf(f, "kbench: %s: the scalar table returned %s\n", k->name,
                    ksimd_strerror((ksimd_status)st));
            bad++;
            break;
        }
        for (int c = 0; c < o->nisas; c++) {
            if (o->isas[c] == KSIMD_ISA_SCALAR) continue;
            ksimd_isa_set(o->isas[c]);
            memset(out, 0x5a, (size_t)KB_VERIFY_N * 8);
            st = sh->call(k->lib, 0, &args, KB_VERIFY_N);
            bad += st != KSIMD_OK || check_against(f, k, &args, ref, ksimd_isa_name(o->isas[c]), sign);
        }
        if (k->compiler) {
            memset(out, 0x5a, (size_t)KB_VERIFY_N * 8);
            sh->call(k->compiler, 1, &args, KB_VERIFY_N);
            bad += check_against(f, k, &args, ref, "the compiler loop", sign);
        }
    }
    if (bad < 0) fprintf(f, "kbench: %s: out of memory\n", k->name);
    for (int j = 0; j < KB_MAX_ARRAYS + 1; j++) free(buf[j]);
    return bad != 0;
}

/* ---- the machine ---- */

static void cpu_model(char *buf, size_t len)
{
    static const char *const keys[] = {"model name", "Model", "Hardware", "cpu model"};
    char line[512];
    snprintf(buf, len, "unknown CPU");
    FILE *f = fopen("/proc/cpuinfo", "r");
    if (!f) return;
    for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) {
        rewind(f);
        while (fgets(line, sizeof line, f)) {
            char *colon = strchr(line, ':');
            if (!colon || strncmp(line, keys[k], strlen(keys[k])) != 0) continue;
            if (line[strlen(keys[k])] != ' ' && line[strlen(keys[k])] != '\t') continue;
            char *v = colon + 1;
            while (*v == ' ') v++;
            v[strcspn(v, "\n")] = 0;
            snprintf(buf, len, "%s", v);
            fclose(f);
            return;
        }
    }
    fclose(f);
}

static size_t phys_memory(void)
{
#ifdef _SC_PHYS_PAGES
    long pages = sysconf(_SC_PHYS_PAGES), size = sysconf(_SC_PAGESIZE);
    if (pages > 0 && size > 0 && (unsigned long)pages <= SIZE_MAX / (unsigned long)size)
        return (size_t)pages * (size_t)size;
#endif
    return SIZE_MAX;
}

/* ---- the run ---- */

static void progress(const struct kb_options *o, size_t ki, const char *kernel, size_t n)
{
    static int tty = -1;
    if (tty < 0) tty = isatty(STDERR_FILENO);
    if (o->quiet || !tty) return;
    char label[32];
    if (!kernel) {
        fprintf(stderr, "\r\033[K");
        return;
    }
    kb_size_label(n, label, sizeof label);
    fprintf(stderr, "\r\033[Kkbench: [%zu/%zu] %s, %s", ki + 1, o->nkernels, kernel, label);
}

/* Times every selected kernel x size x contender and reports them; 0, or 2
 * when the buffers cannot be had. */
static int measure(const struct kb_options *o)
{
    ksimd_isa default_isa = ksimd_isa_active();

    /* One pool of buffers per size (so that small arrays lie close
     * together), all allocated before any slow work. */
    int nin = 1, nout = 1;
    for (size_t i = 0; i < o->nkernels; i++) {
        nin = o->kernels[i]->shape->nin > nin ? o->kernels[i]->shape->nin : nin;
        nout = o->kernels[i]->shape->nout > nout ? o->kernels[i]->shape->nout : nout;
    }
    size_t need = 0, have = phys_memory();
    for (int s = 0; s < o->nsizes; s++) {
        size_t b = kb_pool_bytes(o->sizes[s], nin, nout);
        need = b && need <= SIZE_MAX - b ? need + b : SIZE_MAX;
    }
    if (need > have / 10 * 8) {
        fprintf(stderr,
                "kbench: the sizes asked for need %zu MiB of buffers; this machine has %zu MiB of memory\n",
                need >> 20, have >> 20);
        return 2;
    }
    struct kb_pool pool[KB_MAX_SIZES];
    struct kb_timing *t = calloc((size_t)o->nsizes * (KSIMD_ISA_COUNT + 1), sizeof *t);
    int got = 0;
    while (t && got < o->nsizes && kb_pool_alloc(&pool[got], o->sizes[got], nin, nout) == 0) got++;
    if (got < o->nsizes) {
        fprintf(stderr, "kbench: cannot allocate %zu MiB of buffers\n", need >> 20);
        while (got > 0) kb_pool_free(&pool[--got]);
        free(t);
        return 2;
    }

    char cpu[256], tables[64] = "";
    cpu_model(cpu, sizeof cpu);
    for (int i = 0; i < KSIMD_ISA_COUNT; i++)
        if (ksimd_isa_available((ksimd_isa)i))
            snprintf(tables + strlen(tables), sizeof tables - strlen(tables), "%s%s", *tables ? " " : "",
                     ksimd_isa_name((ksimd_isa)i));
    if (!o->quiet && isatty(STDERR_FILENO)) fprintf(stderr, "kbench: measuring copy bandwidth...");
    double copy = kb_copy_bandwidth(KB_COPY_BYTES);
    progress(o, 0, NULL, 0);

    struct kb_report r = {
        .format = o->format,
        .out = stdout,
        .cpu = cpu,
        .version = ksimd_version(),
        .default_isa = ksimd_isa_name(default_isa),
        .tables = tables,
        .compiler = kbcc_description,
        .copy_gbps = copy,
        .copy_bytes = KB_COPY_BYTES,
        .budget_ms = o->time_ms,
        .sizes = o->sizes,
        .nsizes = o->nsizes,
        .nksimd = o->nisas,
    };
    for (int c = 0; c < o->nisas; c++) r.contender[r.ncont++] = ksimd_isa_name(o->isas[c]);
    r.contender[r.ncont++] = "compiler";
    kb_report_begin(&r);
    for (size_t ki = 0; ki < o->nkernels; ki++) {
        const struct kb_kernel *k = o->kernels[ki];
        memset(t, 0, (size_t)o->nsizes * (size_t)r.ncont * sizeof *t);
        for (int s = 0; s < o->nsizes; s++) {
            struct kb_args args;
            struct kb_contender c[KB_MAX_CONTENDERS];
            int slot[KB_MAX_CONTENDERS], nc = 0;
            kb_pool_prepare(&pool[s], k, &args);
            for (int j = 0; j < r.ncont; j++) {
                int peer = j >= o->nisas;
                kb_fn fn = peer ? k->compiler : k->lib;
                if (!fn) continue; /* a kernel without that peer: left empty */
                c[nc] = (struct kb_contender){k->shape, fn, peer, peer ? -1 : (int)o->isas[j]};
                slot[nc++] = j;
            }
            struct kb_timing got[KB_MAX_CONTENDERS];
            progress(o, ki, k->name, o->sizes[s]);
            kb_measure(c, nc, &args, o->sizes[s], o->time_ms * 1e6, got);
            for (int j = 0; j < nc; j++) t[s * r.ncont + slot[j]] = got[j];
        }
        progress(o, ki, NULL, 0);
        kb_report_kernel(&r, k, t);
    }
    kb_report_end(&r);
    ksimd_isa_set(default_isa);
    free(t);
    for (int s = 0; s < o->nsizes; s++) kb_pool_free(&pool[s]);
    return 0;
}

static int run(const struct kb_options *o)
{
    if (o->help) {
        kb_print_help(stdout);
        return 0;
    }
    if (o->list) {
        for (size_t i = 0; i < o->nkernels; i++) printf("%s\n", o->kernels[i]->name);
        return 0;
    }
    /* Every run checks its kernels first: a contender that computes
     * something else would make the comparison meaningless. */
    int mismatches = 0;
    ksimd_isa default_isa = ksimd_isa_active();
    for (size_t i = 0; i < o->nkernels; i++) {
        int bad = verify_kernel(stderr, o->kernels[i], o);
        mismatches += bad;
        if (o->verify && !bad && !o->quiet) printf("ok   %s\n", o->kernels[i]->name);
    }
    ksimd_isa_set(default_isa);
    if (o->verify) {
        printf("%zu kernels checked against the scalar table (tables and compiler loops): %d mismatched\n",
               o->nkernels, mismatches);
        return mismatches ? 1 : 0;
    }
    int rc = measure(o);
    if (mismatches)
        fprintf(stderr, "kbench: %d kernel(s) disagree with the scalar table (see above; kbench --verify)\n",
                mismatches);
    return rc ? rc : mismatches ? 1 : 0;
}

int main(int argc, char **argv)
{
    struct kb_options o;
    int rc = kb_parse_options(argc, argv, &o);
    if (rc == 0) rc = run(&o);
    free(o.kernels);
    return rc;
}

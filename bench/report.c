/* kbench's output formats. ns/element = median batch time / (calls x n);
 * GB/s = bytes of every input and output array touched per element /
 * ns per element. The fastest contender of a row is marked '*'. */
#include "report.h"

#include <string.h>

#include <ksimd.h>

void kb_size_label(size_t n, char *buf, size_t len)
{
    if (n >= (1u << 30) && n % (1u << 30) == 0)
        snprintf(buf, len, "%zu Gi", n >> 30);
    else if (n >= (1u << 20) && n % (1u << 20) == 0)
        snprintf(buf, len, "%zu Mi", n >> 20);
    else if (n >= 1024 && n % 1024 == 0)
        snprintf(buf, len, "%zu Ki", n >> 10);
    else if (n >= 1000000000 && n % 1000000000 == 0)
        snprintf(buf, len, "%zu G", n / 1000000000);
    else if (n >= 1000000 && n % 1000000 == 0)
        snprintf(buf, len, "%zu M", n / 1000000);
    else if (n >= 1000 && n % 1000 == 0)
        snprintf(buf, len, "%zu K", n / 1000);
    else
        snprintf(buf, len, "%zu", n);
}

/* v with the given number of decimals, or "-" where there is no value. */
static void fmt_fixed(double v, int decimals, char *buf, size_t len)
{
    if (v <= 0)
        snprintf(buf, len, "-");
    else
        snprintf(buf, len, "%.*f", decimals, v);
}

/* About four significant digits in eight columns. */
static void fmt_ns(double v, char *buf, size_t len)
{
    fmt_fixed(v, v < 1 ? 4 : v < 10 ? 3 : v < 100 ? 2 : v < 10000 ? 1 : 0, buf, len);
}

static void fmt_gbps(double v, char *buf, size_t len) { fmt_fixed(v, v < 10 ? 2 : 1, buf, len); }

static void json_string(FILE *f, const char *s)
{
    fputc('"', f);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(f, "\\%c", c);
        else if (c < 0x20)
            fprintf(f, "\\u%04x", c);
        else
            fputc(c, f);
    }
    fputc('"', f);
}

/* CSV fields are quoted when they hold a comma or a quote (RFC 4180). */
static void csv_string(FILE *f, const char *s)
{
    if (!strpbrk(s, ",\"\n")) {
        fputs(s, f);
        return;
    }
    fputc('"', f);
    for (; *s; s++) {
        if (*s == '"') fputc('"', f);
        fputc(*s, f);
    }
    fputc('"', f);
}

void kb_report_begin(struct kb_report *r)
{
    FILE *f = r->out;
    r->rows = 0;
    if (r->format == KB_CSV) {
        fprintf(f, "kernel,type,size,contender,ns_per_elem,gbps,bytes_per_elem,calls_per_batch,batches,"
                   "spread_pct,retried,best,cpu,ksimd_version,default_isa,copy_gbps,family,threads\n");
        return;
    }
    if (r->format == KB_JSON) {
        fprintf(f, "{\n  \"machine\": {\"cpu\": ");
        json_string(f, r->cpu);
        fprintf(f, ", \"ksimd_version\": \"%s\", \"default_isa\": \"%s\", \"tables\": \"%s\",\n", r->version,
                r->default_isa, r->tables);
        fprintf(f, "    \"copy_gbps\": %.2f, \"copy_array_bytes\": %zu, \"peers\": {", r->copy_gbps, r->copy_bytes);
        for (int c = r->nksimd, first = 1; c < r->ncont; c++, first = 0) {
            fprintf(f, "%s", first ? "" : ", ");
            json_string(f, r->contender[c]);
            fprintf(f, ": ");
            json_string(f, r->contender_note[c] ? r->contender_note[c] : "");
        }
        fprintf(f, "}, \"budget_ms\": %g, \"threads\": %zu},\n  \"results\": [", r->budget_ms, ksimd_threads_get());
        return;
    }
    if (r->copy_gbps > 0)
        fprintf(f, "copy bandwidth: %.1f GB/s (read+write, 2 x %zu MiB arrays, one thread, the best median of %s)\n",
                r->copy_gbps, r->copy_bytes >> 20, kb_copy_methods);
    else
        fprintf(f, "copy bandwidth: not measured (2 x %zu MiB could not be allocated)\n", r->copy_bytes >> 20);
    fprintf(f, "machine: %s; ksimd %s; tables: %s; default table: %s; threads: %zu\n", r->cpu, r->version, r->tables,
            r->default_isa, ksimd_threads_get());
    for (int c = r->nksimd; c < r->ncont; c++)
        if (r->contender_note[c]) fprintf(f, "%s column: %s\n", r->contender[c], r->contender_note[c]);
    fprintf(f,
            "timing: median of batches of >= 1.5 ms (contenders in turns, preempted batches rerun), about %g "
            "ms per "
            "contender and size\n"
            "columns: ns per element; GB/s = bytes of all input and output arrays / time; * = fastest in the "
            "row; "
            "best ksimd vs compiler = compiler time / best ksimd time\n",
            r->budget_ms);
}

static int best_of(const struct kb_timing *row, int from, int to)
{
    int best = -1;
    for (int c = from; c < to; c++)
        if (row[c].ns_per_call > 0 && (best < 0 || row[c].ns_per_call < row[best].ns_per_call)) best = c;
    return best;
}

/* The columns of one kernel's table: every contender with a figure (a peer
 * without a loop for this kernel is left out), each as wide as its name. */
static int text_columns(const struct kb_report *r, const struct kb_timing *t, int *col, int *width)
{
    int n = 0;
    for (int c = 0; c < r->ncont; c++) {
        int any = 0;
        for (int s = 0; s < r->nsizes; s++) any |= t[(size_t)s * (size_t)r->ncont + (size_t)c].ns_per_call > 0;
        if (!any) continue;
        int len = (int)strlen(r->contender[c]);
        width[n] = len > 8 ? len : 8;
        col[n++] = c;
    }
    return n;
}

static void text_kernel(struct kb_report *r, const struct kb_kernel *k, const struct kb_timing *t)
{
    FILE *f = r->out;
    const struct kb_shape *sh = k->shape;
    int col[KB_MAX_CONTENDERS], width[KB_MAX_CONTENDERS];
    int nv = text_columns(r, t, col, width), total = 0;
    int nc = r->ncont, cc = r->nksimd < nc ? r->nksimd : -1; /* cc: the compiler column */
    size_t bpe = kb_bytes_per_elem(k);
    for (int v = 0; v < nv; v++) total += width[v] + 1;
    if (k->shape->reduces)
        fprintf(f, "\n%s  (%d input%s reduced, %zu bytes/element)\n", k->name, sh->nin, sh->nin > 1 ? "s" : "", bpe);
    else
        fprintf(f, "\n%s  (%d input%s + %d output, %zu bytes/element)\n", k->name, sh->nin, sh->nin > 1 ? "s" : "",
                sh->nout, bpe);
    fprintf(f, "%8s  %-*s  %-*s", "", total, "ns/element", total, "GB/s");
    fprintf(f, "%s\n", cc >= 0 && r->nksimd > 0 ? "  best ksimd" : "");
    fprintf(f, "%8s  ", "size");
    for (int v = 0; v < nv; v++) fprintf(f, "%*s ", width[v], r->contender[col[v]]);
    fprintf(f, "  ");
    for (int v = 0; v < nv; v++) fprintf(f, "%*s ", width[v], r->contender[col[v]]);
    fprintf(f, "%s\n", cc >= 0 && r->nksimd > 0 ? "  vs compiler" : "");
    for (int s = 0; s < r->nsizes; s++) {
        const struct kb_timing *row = t + (size_t)s * (size_t)nc;
        size_t n = r->sizes[s];
        int best = best_of(row, 0, nc), bestk = best_of(row, 0, r->nksimd);
        char label[32], buf[32];
        kb_size_label(n, label, sizeof label);
        fprintf(f, "%8s  ", label);
        for (int v = 0; v < nv; v++) {
            fmt_ns(row[col[v]].ns_per_call / (double)n, buf, sizeof buf);
            fprintf(f, "%*s%c", width[v], buf, col[v] == best ? '*' : ' ');
        }
        fprintf(f, "  ");
        for (int v = 0; v < nv; v++) {
            double ns = row[col[v]].ns_per_call / (double)n;
            fmt_gbps(ns > 0 ? (double)bpe / ns : 0, buf, sizeof buf);
            fprintf(f, "%*s%c", width[v], buf, col[v] == best ? '*' : ' ');
        }
        if (cc >= 0 && bestk >= 0 && row[cc].ns_per_call > 0)
            fprintf(f, "  %10.2fx", row[cc].ns_per_call / row[bestk].ns_per_call);
        fprintf(f, "\n");
    }
    fflush(f);
}

static void row_kernel(struct kb_report *r, const struct kb_kernel *k, const struct kb_timing *t)
{
    FILE *f = r->out;
    size_t bpe = kb_bytes_per_elem(k);
    const char *type = kb_type_name(k->shape->in[0]);
    for (int s = 0; s < r->nsizes; s++) {
        const struct kb_timing *row = t + (size_t)s * (size_t)r->ncont;
        int best = best_of(row, 0, r->ncont);
        for (int c = 0; c < r->ncont; c++) {
            if (row[c].ns_per_call <= 0) continue;
            double ns = row[c].ns_per_call / (double)r->sizes[s];
            if (r->format == KB_CSV) {
                fprintf(f, "%s,%s,%zu,%s,%.6g,%.6g,%zu,%lu,%d,%.2f,%d,%d,", k->name, type, r->sizes[s], r->contender[c],
                        ns, (double)bpe / ns, bpe, row[c].calls, row[c].batches, 100 * row[c].spread, row[c].retried,
                        c == best);
                csv_string(f, r->cpu);
                fprintf(f, ",%s,%s,%.2f,%s,%zu\n", r->version, r->default_isa, r->copy_gbps, kb_kernel_family(k),
                        ksimd_threads_get());
            } else {
                fprintf(f, "%s\n    {\"kernel\": \"%s\", \"type\": \"%s\", \"size\": %zu, \"contender\": \"%s\", ",
                        r->rows ? "," : "", k->name, type, r->sizes[s], r->contender[c]);
                fprintf(f, "\"ns_per_elem\": %.6g, \"gbps\": %.6g, \"bytes_per_elem\": %zu, ", ns, (double)bpe / ns,
                        bpe);
                fprintf(f, "\"calls_per_batch\": %lu, \"batches\": %d, \"spread_pct\": %.2f, \"retried\": %d, ",
                        row[c].calls, row[c].batches, 100 * row[c].spread, row[c].retried);
                fprintf(f, "\"best\": %s, \"family\": \"%s\"}", c == best ? "true" : "false", kb_kernel_family(k));
            }
            r->rows++;
        }
    }
    fflush(f);
}

void kb_report_kernel(struct kb_report *r, const struct kb_kernel *k, const struct kb_timing *t)
{
    for (int i = 0; i < r->nsizes * r->ncont; i++) r->batches += t[i].batches, r->retried += t[i].retried;
    if (r->format == KB_TEXT)
        text_kernel(r, k, t);
    else
        row_kernel(r, k, t);
}

void kb_report_end(struct kb_report *r)
{
    if (r->format == KB_JSON) fprintf(r->out, "\n  ]\n}\n");
    /* Many reruns mean another process wanted the CPU (or the memory bus)
     * during the run: ratios hold, absolute DRAM figures less so. */
    if (r->format == KB_TEXT && r->retried * 20 > r->batches)
        fprintf(r->out,
                "\nnote: %ld of %ld batches had to be rerun because the CPU was taken by another process;\n"
                "the machine was busy, so absolute figures (DRAM sizes above all) may be low.\n",
                r->retried, r->batches);
    fflush(r->out);
}

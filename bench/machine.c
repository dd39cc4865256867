/* The machine: CPU model (/proc/cpuinfo), memory, caches (sysfs, else
 * sysconf), the features ksimd decodes (from its CPU fingerprint, whose
 * feature mask uses dispatch/cpu.h's bits), the tables and, per kernel,
 * the table that serves it now (after KSIMD_ISA and any KSIMD_PROFILE). */
#define _GNU_SOURCE /* sched_getaffinity, CPU_COUNT */
#include "machine.h"

#include <sched.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <ksimd.h>

#include "cpu.h" /* dispatch/cpu.h: the feature bits of the fingerprint */

void kb_cpu_model(char *buf, size_t len)
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

size_t kb_phys_memory(void)
{
#ifdef _SC_PHYS_PAGES
    long pages = sysconf(_SC_PHYS_PAGES), size = sysconf(_SC_PAGESIZE);
    if (pages > 0 && size > 0 && (unsigned long)pages <= SIZE_MAX / (unsigned long)size)
        return (size_t)pages * (size_t)size;
#endif
    return SIZE_MAX;
}

void kb_table_list(char *buf, size_t len)
{
    buf[0] = 0;
    for (int i = 0; i < KSIMD_ISA_COUNT; i++)
        if (ksimd_isa_available((ksimd_isa)i))
            snprintf(buf + strlen(buf), len - strlen(buf), "%s%s", *buf ? " " : "", ksimd_isa_name((ksimd_isa)i));
}

/* ---- caches ---- */

static int read_line(const char *path, char *buf, size_t len)
{
    FILE *f = fopen(path, "r");
    if (!f) return 0;
    int ok = fgets(buf, (int)len, f) != NULL;
    fclose(f);
    if (ok) buf[strcspn(buf, "\n")] = 0;
    return ok;
}

/* cpu0's caches from sysfs: "L1d 32K, L1i 32K, L2 512K, L3 32768K". */
static int sysfs_caches(char *out, size_t len)
{
    out[0] = 0;
    for (int i = 0; i < 8; i++) {
        char path[128], level[16], type[32], size[32], shared[64] = "";
        snprintf(path, sizeof path, "/sys/devices/system/cpu/cpu0/cache/index%d/level", i);
        if (!read_line(path, level, sizeof level)) break;
        snprintf(path, sizeof path, "/sys/devices/system/cpu/cpu0/cache/index%d/type", i);
        if (!read_line(path, type, sizeof type)) break;
        snprintf(path, sizeof path, "/sys/devices/system/cpu/cpu0/cache/index%d/size", i);
        if (!read_line(path, size, sizeof size)) break;
        snprintf(path, sizeof path, "/sys/devices/system/cpu/cpu0/cache/index%d/shared_cpu_list", i);
        read_line(path, shared, sizeof shared);
        const char *kind = strcmp(type, "Data") == 0 ? "d" : strcmp(type, "Instruction") == 0 ? "i" : "";
        snprintf(out + strlen(out), len - strlen(out), "%sL%s%s %s (cpus %s)", *out ? ", " : "", level, kind, size,
                 *shared ? shared : "?");
    }
    return out[0] != 0;
}

static void sysconf_caches(char *out, size_t len)
{
    out[0] = 0;
#if defined(_SC_LEVEL1_DCACHE_SIZE) && defined(_SC_LEVEL2_CACHE_SIZE) && defined(_SC_LEVEL3_CACHE_SIZE)
    long l1 = sysconf(_SC_LEVEL1_DCACHE_SIZE), l2 = sysconf(_SC_LEVEL2_CACHE_SIZE), l3 = sysconf(_SC_LEVEL3_CACHE_SIZE);
    if (l1 > 0) snprintf(out + strlen(out), len - strlen(out), "L1d %ldK", l1 >> 10);
    if (l2 > 0) snprintf(out + strlen(out), len - strlen(out), "%sL2 %ldK", *out ? ", " : "", l2 >> 10);
    if (l3 > 0) snprintf(out + strlen(out), len - strlen(out), "%sL3 %ldK", *out ? ", " : "", l3 >> 10);
#endif
    if (!out[0]) snprintf(out, len, "unknown");
}

/* ---- features ---- */

/* The feature mask of ksimd's fingerprint ("... f=0x7fffff"). */
static unsigned long fingerprint_features(void)
{
    const char *f = strstr(ksimd_cpu_fingerprint(), "f=0x");
    return f ? strtoul(f + 4, NULL, 16) : 0;
}

static void print_features(FILE *f)
{
    static const struct {
        const char *name;
        unsigned long bit;
    } features[] = {
        {"SSE4.2", KSIMD_CPU_SSE42},       {"AVX2", KSIMD_CPU_AVX2},          {"FMA", KSIMD_CPU_FMA},
        {"AVX-512F", KSIMD_CPU_AVX512F},   {"AVX-512BW", KSIMD_CPU_AVX512BW}, {"AVX-512DQ", KSIMD_CPU_AVX512DQ},
        {"AVX-512VL", KSIMD_CPU_AVX512VL}, {"NEON", KSIMD_CPU_NEON},
    };
    unsigned long m = fingerprint_features();
    fprintf(f, "features:");
    for (size_t i = 0; i < sizeof features / sizeof features[0]; i++)
        fprintf(f, " %s %s%s", features[i].name, m & features[i].bit ? "yes" : "no",
                i + 1 < sizeof features / sizeof features[0] ? "," : "\n");
    /* The registers exist only if the OS saves them on a context switch
     * (XCR0): a CPU with AVX2 under an OS without YMM state cannot use it. */
    if (strncmp(ksimd_cpu_fingerprint(), "x86", 3) == 0)
        fprintf(f, "OS register state (XCR0): YMM (AVX, AVX2, FMA) %s, ZMM and opmask (AVX-512) %s\n",
                m & KSIMD_CPU_OS_YMM ? "enabled" : "not enabled", m & KSIMD_CPU_OS_ZMM ? "enabled" : "not enabled");
    else if (m & KSIMD_CPU_NEON)
        fprintf(f, "OS register state: NEON, as the kernel's hwcaps report it%s\n",
                sizeof(void *) == 4 ? " (HWCAP_NEON and HWCAP_VFPv3 on 32-bit ARM)" : "");
}

void kb_print_cpu(FILE *f)
{
    char model[256], caches[512], tables[64];
    kb_cpu_model(model, sizeof model);
    kb_table_list(tables, sizeof tables);
    if (!sysfs_caches(caches, sizeof caches)) sysconf_caches(caches, sizeof caches);
    long online = sysconf(_SC_NPROCESSORS_ONLN), usable = online;
#ifdef CPU_COUNT
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0) usable = CPU_COUNT(&set);
#endif
    fprintf(f, "cpu: %s (%ld logical CPUs online, %ld available to this process: ksimd_threads_set(0) uses them)\n",
            model, online, usable);
    fprintf(f, "fingerprint: %s (ksimd %s)\n", ksimd_cpu_fingerprint(), ksimd_version());
    print_features(f);
    fprintf(f, "caches (cpu0): %s\n", caches);
    size_t mem = kb_phys_memory();
    if (mem != SIZE_MAX) fprintf(f, "memory: %zu MiB\n", mem >> 20);
    fprintf(f, "tables available: %s\n", tables);
    fprintf(f, "active table: %s", ksimd_isa_name(ksimd_isa_active()));
    const char *isa_env = getenv("KSIMD_ISA"), *profile = getenv("KSIMD_PROFILE");
    if (isa_env && *isa_env) fprintf(f, " (KSIMD_ISA=%s)", isa_env);
    if (profile && *profile)
        fprintf(f, " (KSIMD_PROFILE=%s; kbench --explain KERNEL says whether it applies)", profile);
    fprintf(f, "\nkernels by the table serving them now:\n");
    /* Grouped by table, names wrapped at about 100 columns. */
    for (int isa = 0; isa < KSIMD_ISA_COUNT; isa++) {
        const char *name = ksimd_isa_name((ksimd_isa)isa);
        size_t count = 0, col = 0;
        for (size_t i = 0; ksimd_kernel_name(i); i++)
            count += strcmp(ksimd_kernel_isa(ksimd_kernel_name(i)), name) == 0;
        if (!count) continue;
        fprintf(f, "  %s (%zu):", name, count);
        col = strlen(name) + 10;
        for (size_t i = 0; ksimd_kernel_name(i); i++) {
            const char *k = ksimd_kernel_name(i);
            if (strcmp(ksimd_kernel_isa(k), name) != 0) continue;
            if (col + strlen(k) + 1 > 100) fprintf(f, "\n     "), col = 5;
            fprintf(f, " %s", k);
            col += strlen(k) + 1;
        }
        fprintf(f, "\n");
    }
}

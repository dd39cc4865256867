/* KB_CLONES: how every compiler peer loop is built, as a user would build a
 * loop meant to run well on any x86 CPU: one clone per target, chosen at
 * load time. Elsewhere (Arm, other compilers) the plain loop. */
#ifndef KBENCH_PEER_CLONES_H
#define KBENCH_PEER_CLONES_H

#if defined(__x86_64__) && defined(__has_attribute)
#if __has_attribute(target_clones)
#define KB_CLONES __attribute__((target_clones("avx512f", "avx2", "default")))
#endif
#endif
#ifdef KB_CLONES
#define KB_CLONES_TEXT ", target_clones(avx512f,avx2,default)" /* for kbench's header */
#else
#define KB_CLONES
#define KB_CLONES_TEXT ""
#endif

#endif

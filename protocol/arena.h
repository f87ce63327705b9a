/*
 * arena.h - per-request bump allocator (an nginx pool in miniature).
 *
 * A request's decoded structs, arrays and any scratch the handler needs
 * come from one arena, freed in one call when the response is queued.
 * Nothing allocated here may outlive the arena: copy what must be kept.
 */
#ifndef SLUICE_ARENA_H
#define SLUICE_ARENA_H

#include <stddef.h>

struct arena_chunk;

struct arena {
    struct arena_chunk *head;
    size_t used_bytes;  /* total handed out, for limits and tests */
    size_t limit_bytes; /* 0 = unlimited; past it allocations fail */
};

void arena_init(struct arena *a);
/* Free every chunk; the arena can be used again afterwards. */
void arena_destroy(struct arena *a);
/* Zeroed memory aligned for any type, or NULL on failure / limit. */
void *arena_alloc(struct arena *a, size_t size);
/* The same without zeroing, for buffers the caller fills at once (request
 * bodies, decoded text: megabytes per Kinesis call). */
void *arena_alloc_uninit(struct arena *a, size_t size);
/* n * size with overflow check. */
void *arena_calloc(struct arena *a, size_t n, size_t size);
/* Copy len bytes into the arena (not zeroed first). */
void *arena_memdup(struct arena *a, const void *p, size_t len);
/* A NUL-terminated copy of a C string. */
char *arena_strdup(struct arena *a, const char *s);
/* printf into the arena. */
char *arena_printf(struct arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

#endif

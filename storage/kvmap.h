/*
 * kvmap.h - a small sorted map of owned strings (key -> value), used for a
 * topic's config overrides and its attribute map. Sizes are tiny (tens of
 * entries), so a sorted array with binary search is enough.
 */
#ifndef SLUICE_STORAGE_KVMAP_H
#define SLUICE_STORAGE_KVMAP_H

#include <stddef.h>

#include "protocol/kbuf.h"

struct kv {
    char *key;
    char *value;
};

struct kvmap {
    struct kv *e;
    size_t n;
    size_t cap;
};

void kvmap_init(struct kvmap *m);
void kvmap_destroy(struct kvmap *m);
/* The value for key, or NULL. Borrowed until the map changes. */
const char *kvmap_get(const struct kvmap *m, const char *key);
/* Insert or replace (copies both). 0 or -E_NOMEM. */
int kvmap_set(struct kvmap *m, const char *key, const char *value);
/* Remove key; returns 1 if it was there, 0 if not. */
int kvmap_del(struct kvmap *m, const char *key);
/* Deep copy into dst (initialised by this call). 0 or -E_NOMEM. */
int kvmap_copy(struct kvmap *dst, const struct kvmap *src);
/* Append as int32 count + (int16 string, int32 string) pairs. */
void kvmap_encode(const struct kvmap *m, struct kwriter *w);
/* Decode into m (initialised by this call). Strings are checked against
 * the bytes left; NUL bytes inside strings are rejected. 0, -E_CORRUPT or
 * -E_NOMEM. */
int kvmap_decode(struct kvmap *m, struct kreader *r);

#endif

/*
 * hmap.h - a small chained hash map with intrusive nodes, for the
 * coordinator's groups (by id) and committed offsets (by topic and
 * partition). The owner embeds a struct hnode and supplies the hash; the
 * map never allocates nodes and never frees them.
 */
#ifndef SLUICE_HMAP_H
#define SLUICE_HMAP_H

#include <stddef.h>
#include <stdint.h>

struct hnode {
    struct hnode *next;
    uint32_t hash;
};

struct hmap {
    struct hnode **buckets;
    size_t nbuckets; /* a power of two, or 0 before the first insert */
    size_t count;
};

void hmap_init(struct hmap *m);
/* Free the bucket array (not the nodes). */
void hmap_destroy(struct hmap *m);
/* Insert n with hash h. Returns 0 or -E_NOMEM (growing failed; n is
 * still inserted into the smaller table). */
int hmap_insert(struct hmap *m, struct hnode *n, uint32_t h);
void hmap_remove(struct hmap *m, struct hnode *n);
/* First node with hash h for which eq(node, key) holds, or NULL. */
struct hnode *hmap_find(const struct hmap *m, uint32_t h,
                        int (*eq)(const struct hnode *n, const void *key), const void *key);

/* Iteration that tolerates removing the current node:
 *   struct hmap_iter it; hmap_iter_init(&it, m);
 *   for (struct hnode *n; (n = hmap_iter_next(&it));) ... */
struct hmap_iter {
    const struct hmap *m;
    size_t bucket;
    struct hnode *next;
};
void hmap_iter_init(struct hmap_iter *it, const struct hmap *m);
struct hnode *hmap_iter_next(struct hmap_iter *it);

/* FNV-1a over bytes, continuing from h (start with HMAP_SEED). */
#define HMAP_SEED 2166136261u
uint32_t hmap_hash(uint32_t h, const void *p, size_t n);

#endif

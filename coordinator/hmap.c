/*
 * hmap.c - chained hash map with intrusive nodes; doubles at load 1.
 */
#include "coordinator/hmap.h"

#include <stdlib.h>

#include "protocol/status.h"

void hmap_init(struct hmap *m)
{
    m->buckets = NULL;
    m->nbuckets = 0;
    m->count = 0;
}

void hmap_destroy(struct hmap *m)
{
    free(m->buckets);
    hmap_init(m);
}

static int grow(struct hmap *m)
{
    size_t nb = m->nbuckets ? m->nbuckets * 2 : 16;
    struct hnode **b = calloc(nb, sizeof *b);
    if (!b)
        return -E_NOMEM;
    for (size_t i = 0; i < m->nbuckets; i++) {
        struct hnode *n = m->buckets[i];
        while (n) {
            struct hnode *next = n->next;
            size_t j = n->hash & (nb - 1);
            n->next = b[j];
            b[j] = n;
            n = next;
        }
    }
    free(m->buckets);
    m->buckets = b;
    m->nbuckets = nb;
    return 0;
}

int hmap_insert(struct hmap *m, struct hnode *n, uint32_t h)
{
    int rc = 0;
    if (m->count >= m->nbuckets) {
        rc = grow(m);
        if (rc && !m->nbuckets)
            return rc;
    }
    n->hash = h;
    size_t j = h & (m->nbuckets - 1);
    n->next = m->buckets[j];
    m->buckets[j] = n;
    m->count++;
    return rc;
}

void hmap_remove(struct hmap *m, struct hnode *n)
{
    if (!m->nbuckets)
        return;
    struct hnode **pp = &m->buckets[n->hash & (m->nbuckets - 1)];
    for (; *pp; pp = &(*pp)->next) {
        if (*pp == n) {
            *pp = n->next;
            n->next = NULL;
            m->count--;
            return;
        }
    }
}

struct hnode *hmap_find(const struct hmap *m, uint32_t h,
                        int (*eq)(const struct hnode *n, const void *key), const void *key)
{
    if (!m->nbuckets)
        return NULL;
    for (struct hnode *n = m->buckets[h & (m->nbuckets - 1)]; n; n = n->next)
        if (n->hash == h && eq(n, key))
            return n;
    return NULL;
}

void hmap_iter_init(struct hmap_iter *it, const struct hmap *m)
{
    it->m = m;
    it->bucket = 0;
    it->next = NULL;
    while (it->bucket < m->nbuckets && !(it->next = m->buckets[it->bucket]))
        it->bucket++;
}

struct hnode *hmap_iter_next(struct hmap_iter *it)
{
    struct hnode *n = it->next;
    if (!n)
        return NULL;
    it->next = n->next;
    while (!it->next && ++it->bucket < it->m->nbuckets)
        it->next = it->m->buckets[it->bucket];
    return n;
}

uint32_t hmap_hash(uint32_t h, const void *p, size_t n)
{
    const unsigned char *s = p;
    for (size_t i = 0; i < n; i++) {
        h ^= s[i];
        h *= 16777619u;
    }
    return h;
}

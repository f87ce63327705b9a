/*
 * fdcache.c - refcounted files and the LRU of open segments (fdcache.h).
 */
#include "storage/fdcache.h"

#include <stdlib.h>

struct sfile *sfile_new(const struct sio *io, int fd)
{
    struct sfile *f = malloc(sizeof *f);
    if (!f)
        return NULL;
    f->fd = fd;
    f->io = io;
    atomic_init(&f->refs, 1);
    return f;
}

struct sfile *sfile_ref(struct sfile *f)
{
    atomic_fetch_add_explicit(&f->refs, 1, memory_order_relaxed);
    return f;
}

void sfile_unref(struct sfile *f)
{
    if (!f)
        return;
    if (atomic_fetch_sub_explicit(&f->refs, 1, memory_order_acq_rel) == 1) {
        f->io->close(f->io->ctx, f->fd);
        free(f);
    }
}

void fdc_init(struct fdcache *c, size_t cap, fdc_evict_fn evict)
{
    c->head.prev = c->head.next = &c->head;
    c->head.linked = true;
    c->n = 0;
    c->cap = cap ? cap : 1;
    c->evict = evict;
    c->evictions = 0;
}

static void unlink_node(struct fdcache *c, struct fdc_node *node)
{
    node->prev->next = node->next;
    node->next->prev = node->prev;
    node->prev = node->next = NULL;
    node->linked = false;
    c->n--;
}

void fdc_remove(struct fdcache *c, struct fdc_node *node)
{
    if (node->linked)
        unlink_node(c, node);
}

void fdc_touch(struct fdcache *c, struct fdc_node *node)
{
    if (node->linked)
        unlink_node(c, node);
    node->next = c->head.next;
    node->prev = &c->head;
    c->head.next->prev = node;
    c->head.next = node;
    node->linked = true;
    c->n++;
    /* Walk from the cold end; pinned nodes are skipped, so the walk stops
     * after one pass even if nothing can go. */
    struct fdc_node *cur = c->head.prev;
    while (c->n > c->cap && cur != &c->head) {
        struct fdc_node *prev = cur->prev;
        if (cur != node && c->evict(cur)) {
            unlink_node(c, cur);
            c->evictions++;
        }
        cur = prev;
    }
}

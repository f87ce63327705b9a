/*
 * purgatory.c - parked requests (see purgatory.h).
 *
 * Watches are kept in a small hash table of key -> list of watch nodes; a
 * parked entry owns one node per key so unparking is O(keys). Notify walks
 * a snapshot of the list's entries, because a wake callback may unpark
 * itself (and so remove nodes) while we iterate.
 */
#include "broker/purgatory.h"

#include <event2/event.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/queue.h>

struct watch {
    LIST_ENTRY(watch) link;
    const void *key;
    struct parked *owner;
};

LIST_HEAD(watch_list, watch);

struct parked {
    struct purgatory *pg;
    LIST_ENTRY(parked) all;
    struct event *timer;
    purg_cb on_wake;
    purg_cb on_timeout;
    void *arg;
    size_t nwatches;
    uint64_t wake_seq; /* last notify pass that woke us */
    struct watch watches[];
};

struct purgatory {
    struct event_base *base;
    struct watch_list *buckets;
    size_t nbuckets;
    LIST_HEAD(, parked) all;
    size_t count;
    uint64_t notify_seq;
};

static size_t bucket_of(const struct purgatory *pg, const void *key)
{
    uint64_t h = (uint64_t)(uintptr_t)key * 0x9E3779B97F4A7C15ull;
    return (size_t)(h >> 20) & (pg->nbuckets - 1);
}

struct purgatory *purg_new(struct event_base *base)
{
    struct purgatory *pg = calloc(1, sizeof *pg);
    if (!pg)
        return NULL;
    pg->base = base;
    pg->nbuckets = 4096;
    pg->buckets = calloc(pg->nbuckets, sizeof *pg->buckets);
    if (!pg->buckets) {
        free(pg);
        return NULL;
    }
    LIST_INIT(&pg->all);
    return pg;
}

static void release(struct parked *p)
{
    for (size_t i = 0; i < p->nwatches; i++)
        LIST_REMOVE(&p->watches[i], link);
    LIST_REMOVE(p, all);
    p->pg->count--;
    if (p->timer)
        event_free(p->timer);
    free(p);
}

void purg_free(struct purgatory *pg)
{
    if (!pg)
        return;
    struct parked *p;
    while ((p = LIST_FIRST(&pg->all)))
        release(p);
    free(pg->buckets);
    free(pg);
}

static void on_timer(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    struct parked *p = arg;
    purg_cb cb = p->on_timeout;
    void *cb_arg = p->arg;
    release(p);
    cb(NULL, cb_arg);
}

struct parked *purg_park(struct purgatory *pg, const void *const *keys, size_t nkeys,
                         int64_t timeout_ms, purg_cb on_wake, purg_cb on_timeout, void *arg)
{
    struct parked *p = calloc(1, sizeof *p + nkeys * sizeof p->watches[0]);
    if (!p)
        return NULL;
    p->pg = pg;
    p->on_wake = on_wake;
    p->on_timeout = on_timeout;
    p->arg = arg;
    p->timer = evtimer_new(pg->base, on_timer, p);
    if (!p->timer) {
        free(p);
        return NULL;
    }
    if (timeout_ms < 0)
        timeout_ms = 0;
    struct timeval tv = {(time_t)(timeout_ms / 1000), (suseconds_t)(timeout_ms % 1000) * 1000};
    evtimer_add(p->timer, &tv);
    for (size_t i = 0; i < nkeys; i++) {
        p->watches[i].key = keys[i];
        p->watches[i].owner = p;
        LIST_INSERT_HEAD(&pg->buckets[bucket_of(pg, keys[i])], &p->watches[i], link);
    }
    p->nwatches = nkeys;
    LIST_INSERT_HEAD(&pg->all, p, all);
    pg->count++;
    return p;
}

void purg_unpark(struct parked *p)
{
    if (p)
        release(p);
}

void purg_notify(struct purgatory *pg, const void *key)
{
    struct watch_list *l = &pg->buckets[bucket_of(pg, key)];
    uint64_t seq = ++pg->notify_seq;
    /* Restart from the head after every callback: the callback may have
     * removed any node. wake_seq keeps each request to one wake per pass. */
    bool again = true;
    while (again) {
        again = false;
        struct watch *w;
        LIST_FOREACH(w, l, link) {
            struct parked *p = w->owner;
            if (w->key != key || p->wake_seq == seq)
                continue;
            p->wake_seq = seq;
            p->on_wake(p, p->arg);
            again = true;
            break;
        }
    }
}

void purg_expire_all(struct purgatory *pg)
{
    struct parked *p;
    while ((p = LIST_FIRST(&pg->all))) {
        purg_cb cb = p->on_timeout;
        void *arg = p->arg;
        release(p);
        cb(NULL, arg);
    }
}

size_t purg_count(const struct purgatory *pg)
{
    return pg->count;
}

/*
 * coord.c - the coordinator object: configuration, the table of groups,
 * the group -> __consumer_offsets partition mapping, log appends in
 * flight, the queue of callbacks run at safe points, and the periodic
 * offset expiry.
 *
 * Safe points: every public entry point and every timer or log callback
 * brackets its work with coord_enter()/coord_leave(). Callbacks for
 * parked requests are queued while state changes and run when the
 * outermost bracket closes, so a callback that calls back into the
 * coordinator (a pipelined request answered at once) never finds a group
 * half-changed.
 */
#include "coordinator/coord_int.h"

#include <event2/event.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>

#include "protocol/status.h"

const char *grp_err_name(enum grp_err e)
{
    static const char *names[] = {
        [GRP_OK] = "ok",
        [GRP_MEMBER_ID_REQUIRED] = "member_id_required",
        [GRP_UNKNOWN_MEMBER] = "unknown_member",
        [GRP_ILLEGAL_GENERATION] = "illegal_generation",
        [GRP_FENCED_INSTANCE] = "fenced_instance",
        [GRP_REBALANCING] = "rebalancing",
        [GRP_INCONSISTENT_PROTOCOL] = "inconsistent_protocol",
        [GRP_INVALID_GROUP_ID] = "invalid_group_id",
        [GRP_INVALID_SESSION_TIMEOUT] = "invalid_session_timeout",
        [GRP_FULL] = "full",
        [GRP_LOADING] = "loading",
        [GRP_UNAVAILABLE] = "unavailable",
        [GRP_NOT_COORDINATOR] = "not_coordinator",
        [GRP_NOT_FOUND] = "not_found",
        [GRP_NOT_EMPTY] = "not_empty",
        [GRP_SUBSCRIBED] = "subscribed",
        [GRP_METADATA_TOO_LARGE] = "metadata_too_large",
        [GRP_COMMIT_TOO_LARGE] = "commit_too_large",
        [GRP_UNSTABLE_OFFSET] = "unstable_offset",
        [GRP_UNKNOWN_TOPIC] = "unknown_topic",
        [GRP_INVALID_REQUEST] = "invalid_request",
        [GRP_INTERNAL] = "internal",
    };
    if ((unsigned)e < sizeof names / sizeof names[0] && names[e])
        return names[e];
    return "?";
}

void coord_config_defaults(struct coord_config *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    cfg->num_partitions = 50;
    cfg->initial_rebalance_delay_ms = 3000;
    cfg->min_session_timeout_ms = 6000;
    cfg->max_session_timeout_ms = 1800000;
    cfg->max_group_size = INT32_MAX;
    cfg->offsets_retention_ms = 7LL * 24 * 3600 * 1000;
    cfg->retention_check_interval_ms = 600000;
    cfg->offset_metadata_max_bytes = 4096;
    cfg->new_member_join_timeout_ms = 5 * 60 * 1000;
}

static int64_t realtime_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int64_t coord_now(const struct coordinator *c)
{
    return c->cfg.wall_ms ? c->cfg.wall_ms() : realtime_ms();
}

/* ---------------------------------------------------------- safe points */

void coord_enter(struct coordinator *c)
{
    c->busy++;
}

void coord_queue(struct coordinator *c, struct coord_done *d)
{
    STAILQ_INSERT_TAIL(&c->done_q, d, link);
}

void coord_leave(struct coordinator *c)
{
    if (--c->busy > 0)
        return;
    /* Pop before firing: a callback may re-enter and queue more. */
    struct coord_done *d;
    while ((d = STAILQ_FIRST(&c->done_q))) {
        STAILQ_REMOVE_HEAD(&c->done_q, link);
        d->fire(d);
    }
}

/* ---------------------------------------------------------- hashing */

/* One UTF-16 code unit at a time, as Java's String.hashCode sees them:
 * s[0]*31^(n-1) + ... + s[n-1], in wrapping 32-bit arithmetic. */
int32_t coord_java_hash(struct kstr s)
{
    uint32_t h = 0;
    const unsigned char *p = (const unsigned char *)s.ptr;
    int32_t n = s.len < 0 ? 0 : s.len;
    int32_t i = 0;
    while (i < n) {
        uint32_t cp;
        int need;
        unsigned char b = p[i];
        if (b < 0x80) {
            cp = b;
            need = 0;
        } else if (b >= 0xC2 && b < 0xE0) {
            cp = b & 0x1F;
            need = 1;
        } else if (b >= 0xE0 && b < 0xF0) {
            cp = b & 0x0F;
            need = 2;
        } else if (b >= 0xF0 && b < 0xF5) {
            cp = b & 0x07;
            need = 3;
        } else {
            cp = 0xFFFD;
            need = -1;
        }
        int k = 1;
        for (; need > 0 && k <= need; k++) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
                break;
            cp = cp << 6 | (p[i + k] & 0x3F);
        }
        if (need > 0 && k <= need) {
            cp = 0xFFFD; /* truncated sequence: one replacement */
            i += k;
        } else if (need > 0) {
            /* Overlong, surrogate or out-of-range forms are malformed. */
            if ((need == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
                (need == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
                cp = 0xFFFD;
            i += need + 1;
        } else {
            i++;
        }
        if (cp >= 0x10000) {
            cp -= 0x10000;
            h = h * 31 + (0xD800 + (cp >> 10));
            h = h * 31 + (0xDC00 + (cp & 0x3FF));
        } else {
            h = h * 31 + cp;
        }
    }
    return (int32_t)h;
}

int32_t coord_partition_for(const struct coordinator *c, struct kstr group_id)
{
    int32_t n = c->cfg.num_partitions > 0 ? c->cfg.num_partitions : 1;
    return (int32_t)(((uint32_t)coord_java_hash(group_id) & 0x7fffffffu) % (uint32_t)n);
}

/* ---------------------------------------------------------- groups */

static int group_eq(const struct hnode *n, const void *key)
{
    const struct group *g = (const struct group *)n;
    const struct kstr *id = key;
    return (int32_t)strlen(g->id) == id->len && memcmp(g->id, id->ptr, (size_t)id->len) == 0;
}

static uint32_t id_hash(struct kstr id)
{
    return hmap_hash(HMAP_SEED, id.ptr, id.len > 0 ? (size_t)id.len : 0);
}

struct group *coord_group(struct coordinator *c, struct kstr id)
{
    if (id.len < 0)
        return NULL;
    return (struct group *)hmap_find(&c->groups, id_hash(id), group_eq, &id);
}

struct group *coord_group_create(struct coordinator *c, struct kstr id)
{
    if (id.len < 0 || id.len > GRP_MAX_ID_BYTES * 16)
        return NULL;
    struct group *g = calloc(1, sizeof *g);
    if (!g)
        return NULL;
    g->id = kstr_dup(id);
    g->join_timer = NULL;
    if (!g->id) {
        free(g);
        return NULL;
    }
    g->c = c;
    g->partition = coord_partition_for(c, id);
    g->state = GRP_EMPTY;
    g->state_ts_ms = coord_now(c);
    TAILQ_INIT(&g->members);
    TAILQ_INIT(&g->pending);
    hmap_init(&g->offsets);
    hmap_insert(&c->groups, &g->node, id_hash(id));
    g->linked = true;
    return g;
}

void coord_group_unlink(struct group *g)
{
    if (g->state != GRP_DEAD)
        grp_set_state(g, GRP_DEAD);
    if (g->linked) {
        hmap_remove(&g->c->groups, &g->node);
        g->linked = false;
    }
    if (g->refs == 0)
        grp_free(g);
}

void coord_group_unref(struct group *g)
{
    if (--g->refs == 0 && !g->linked)
        grp_free(g);
}

enum grp_err coord_check(const struct coordinator *c, struct kstr group_id, bool nonempty)
{
    if (group_id.len < 0 || (nonempty && group_id.len == 0))
        return GRP_INVALID_GROUP_ID;
    if (c->stopping)
        return GRP_UNAVAILABLE;
    if (c->nloading && c->loading[coord_partition_for(c, group_id)])
        return GRP_LOADING;
    return GRP_OK;
}

/* clientId (or group.instance.id) + "-" + a random UUID, as Kafka names
 * members. */
char *coord_new_member_id(struct kstr prefix)
{
    uint8_t u[16];
    if (getrandom(u, sizeof u, 0) != (ssize_t)sizeof u) {
        static uint64_t counter;
        uint64_t t = (uint64_t)realtime_ms() ^ ++counter;
        memset(u, 0, sizeof u);
        memcpy(u, &t, sizeof t);
        memcpy(u + 8, &counter, sizeof counter);
    }
    u[6] = (uint8_t)((u[6] & 0x0F) | 0x40); /* version 4 */
    u[8] = (uint8_t)((u[8] & 0x3F) | 0x80); /* IETF variant */
    int32_t plen = prefix.len > 0 ? prefix.len : 0;
    if (plen > GRP_MAX_ID_BYTES)
        plen = GRP_MAX_ID_BYTES;
    char *id = malloc((size_t)plen + 1 + 36 + 1);
    if (!id)
        return NULL;
    if (plen)
        memcpy(id, prefix.ptr, (size_t)plen);
    char *o = id + plen;
    *o++ = '-';
    for (int i = 0; i < 16; i++) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *o++ = '-';
        o += sprintf(o, "%02x", u[i]);
    }
    *o = '\0';
    return id;
}

/* ---------------------------------------------------------- appends */

static void append_done(void *arg, int status, int64_t base_offset)
{
    struct coord_append *a = arg;
    struct coordinator *c = a->c;
    if (!c) {
        /* The coordinator went first: nothing to update, just free. */
        if (a->discard)
            a->discard(a);
        free(a);
        return;
    }
    LIST_REMOVE(a, link);
    coord_enter(c);
    a->complete(a, status, base_offset);
    struct group *g = a->g;
    if (a->discard)
        a->discard(a);
    free(a);
    if (g)
        coord_group_unref(g);
    coord_leave(c);
}

/* An append refused at once completes at the next safe point, like any
 * other, so callers never see their context vanish mid-call. */
struct refused {
    struct coord_done d;
    struct coord_append *a;
    int status;
};

static void fire_refused(struct coord_done *d)
{
    struct refused *r = (struct refused *)d;
    struct coordinator *c = r->a->c;
    int status = r->status;
    struct coord_append *a = r->a;
    free(r);
    /* append_done expects a listed context. */
    LIST_INSERT_HEAD(&c->appends, a, link);
    append_done(a, status, -1);
}

void coord_append_start(struct coordinator *c, struct coord_append *a, int32_t partition,
                        const uint8_t *batch, size_t len)
{
    a->c = c;
    if (a->g)
        a->g->refs++;
    LIST_INSERT_HEAD(&c->appends, a, link);
    int rc = !batch ? -E_NOMEM
             : c->log && c->log->append
                 ? c->log->append(c->log_ctx, partition, batch, len, append_done, a)
                 : -E_IO;
    if (rc == 0)
        return; /* a may already be gone (done ran inside append) */
    LIST_REMOVE(a, link);
    struct refused *r = calloc(1, sizeof *r);
    if (!r) {
        /* Out of memory with a context to settle: settle it right here. */
        LIST_INSERT_HEAD(&c->appends, a, link);
        append_done(a, -E_NOMEM, -1);
        return;
    }
    r->d.fire = fire_refused;
    r->a = a;
    r->status = rc;
    coord_queue(c, &r->d);
}

enum grp_err coord_append_err(int status, bool is_commit)
{
    switch (-status) {
    case E_OK:
        return GRP_OK;
    case E_NOTFOUND:
    case E_AGAIN:
        return GRP_UNAVAILABLE;
    case E_IO:
    case E_NOSPC:
        /* Kafka: a storage error on the offsets partition is NOT_COORDINATOR. */
        return GRP_NOT_COORDINATOR;
    case E_TOOBIG:
        return is_commit ? GRP_COMMIT_TOO_LARGE : GRP_INTERNAL;
    default:
        return GRP_INTERNAL;
    }
}

/* ---------------------------------------------------------- lifecycle */

static void on_expiry_timer(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    struct coordinator *c = arg;
    coord_expire_offsets(c);
}

struct coordinator *coord_new(struct event_base *base, const struct coord_config *cfg,
                              const struct coord_log_ops *log, void *log_ctx)
{
    struct coordinator *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->base = base;
    c->cfg = *cfg;
    if (c->cfg.num_partitions <= 0)
        c->cfg.num_partitions = 1;
    c->log = log;
    c->log_ctx = log_ctx;
    hmap_init(&c->groups);
    STAILQ_INIT(&c->done_q);
    LIST_INIT(&c->appends);
    c->loading = calloc((size_t)c->cfg.num_partitions, 1);
    if (!c->loading) {
        free(c);
        return NULL;
    }
    if (c->cfg.retention_check_interval_ms > 0) {
        c->expiry_timer = event_new(base, -1, EV_PERSIST, on_expiry_timer, c);
        if (!c->expiry_timer) {
            free(c->loading);
            free(c);
            return NULL;
        }
        struct timeval tv = {(time_t)(c->cfg.retention_check_interval_ms / 1000),
                             (suseconds_t)(c->cfg.retention_check_interval_ms % 1000) * 1000};
        event_add(c->expiry_timer, &tv);
    }
    return c;
}

bool coord_is_active(const struct coordinator *c)
{
    return c && !c->stopping;
}

void coord_begin_stop(struct coordinator *c)
{
    if (c->stopping)
        return;
    coord_enter(c);
    c->stopping = true;
    if (c->expiry_timer)
        event_del(c->expiry_timer);
    struct hmap_iter it;
    hmap_iter_init(&it, &c->groups);
    for (struct hnode *n; (n = hmap_iter_next(&it));)
        grp_shutdown((struct group *)n, GRP_NOT_COORDINATOR);
    coord_leave(c);
}

void coord_free(struct coordinator *c)
{
    if (!c)
        return;
    coord_begin_stop(c);
    coord_enter(c);
    /* Appends in flight: answer what waits on them as NOT_COORDINATOR (the
     * write may or may not land), then detach; their done() frees them. */
    struct coord_append *a;
    while ((a = LIST_FIRST(&c->appends))) {
        LIST_REMOVE(a, link);
        a->complete(a, -E_IO, -1);
        a->c = NULL;
        if (a->g) {
            coord_group_unref(a->g);
            a->g = NULL;
        }
    }
    coord_leave(c);
    struct hmap_iter it;
    hmap_iter_init(&it, &c->groups);
    for (struct hnode *n; (n = hmap_iter_next(&it));) {
        struct group *g = (struct group *)n;
        g->linked = false;
        if (g->refs == 0)
            grp_free(g);
    }
    hmap_destroy(&c->groups);
    if (c->expiry_timer)
        event_free(c->expiry_timer);
    free(c->loading);
    free(c);
}

/*
 * gw_storage.c - struct gw_backend over storage (see gw_storage.h).
 *
 * Records: a PutRecords group becomes one RecordBatch v2 built here with
 * rb_build_batch (key = PartitionKey, value = Data, header
 * sluice.explicit_hash_key when given, CreateTime = now), appended with
 * durable=true exactly like an acks=all Produce. Reads copy whole batches
 * with log_read_batches, then walk their records (decompressing Kafka
 * producers' compressed batches, skipping control batches and the records
 * before the asked offset). A record's timestamp is its Kafka timestamp:
 * the batch's LogAppendTime when the topic uses it, else the CreateTime
 * (for gateway writes, the time the broker received them).
 *
 * Metadata changes apply at once in memory (storage's rule) and are
 * tracked until their durable completion runs; sync answers when none made
 * before it is still in flight. Storage may merge a topic's queued
 * metadata writes, so completions are matched by sequence number rather
 * than assumed to arrive in order.
 */
#include "broker/gw_storage.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "broker/broker.h"
#include "broker/partitions.h"
#include "broker/purgatory.h"
#include "coordinator/coord.h"
#include "gateway/gw_backend.h"
#include "gateway/gw_meta.h"
#include "protocol/records.h"
#include "protocol/status.h"
#include "storage/storage.h"

#define READ_FIRST_CHUNK (64u << 10) /* the first slice of a read; doubles */
#define EHK_MAX 40                   /* 2^128-1 has 39 digits */

struct meta_op {
    struct gws *g;
    uint64_t seq;
    struct meta_op *next;
};

struct sync_waiter {
    uint64_t upto; /* waits for every meta op with seq <= upto */
    uint64_t after; /* a failure with seq in (after, upto] is reported */
    gw_sync_cb cb;
    void *arg;
    struct sync_waiter *next;
};

struct append_op {
    struct gws *g;
    gw_append_cb cb;
    void *arg;
    int64_t create_ms;
};

struct gws {
    struct gw_backend iface;
    struct broker *b;
    struct kwriter batch; /* append: the batch being built */
    /* read: whole batches, the records handed out, and per compressed
     * batch a scratch holding its decompressed records (views into a
     * scratch must not move while the callback runs). */
    uint8_t *rbuf;
    size_t rbuf_cap;
    struct gw_read_record *recs;
    size_t recs_cap;
    char (*ehk)[EHK_MAX];
    size_t ehk_cap;
    struct rb_scratch *scratch;
    size_t nscratch;
    /* metadata durability */
    uint64_t meta_seq;      /* last sequence number handed out */
    uint64_t fail_seq;      /* last failed op's sequence, 0 = none */
    uint64_t synced;        /* every op <= this was reported by a sync */
    struct meta_op *ops;    /* in flight */
    struct sync_waiter *waiters;
    int appends_pending;
    bool detached; /* the gateway is gone: deliver no more callbacks */
};

static struct store *store_of(struct gws *g)
{
    return g->b->store;
}

static struct topic *find_topic(struct gws *g, const char *name)
{
    return store_of(g) ? store_topic_find(store_of(g), name) : NULL;
}

/* ------------------------------------------------------ metadata tracking */

static int64_t lowest_in_flight(const struct gws *g)
{
    uint64_t low = UINT64_MAX;
    for (const struct meta_op *o = g->ops; o; o = o->next)
        if (o->seq < low)
            low = o->seq;
    return (int64_t)(low == UINT64_MAX ? -1 : (int64_t)low);
}

static void run_waiters(struct gws *g)
{
    int64_t low = lowest_in_flight(g);
    struct sync_waiter **pp = &g->waiters;
    while (*pp) {
        struct sync_waiter *w = *pp;
        if (low >= 0 && (uint64_t)low <= w->upto) {
            pp = &w->next;
            continue;
        }
        *pp = w->next;
        int status = g->fail_seq > w->after && g->fail_seq <= w->upto ? -E_IO : 0;
        w->cb(w->arg, status);
        free(w);
        /* The callback may have added waiters: start over. */
        pp = &g->waiters;
        low = lowest_in_flight(g);
    }
}

static void meta_done(void *arg, int status)
{
    struct meta_op *op = arg;
    struct gws *g = op->g;
    for (struct meta_op **pp = &g->ops; *pp; pp = &(*pp)->next)
        if (*pp == op) {
            *pp = op->next;
            break;
        }
    if (status && op->seq > g->fail_seq)
        g->fail_seq = op->seq;
    free(op);
    run_waiters(g);
}

/* A tracker for one metadata change; pass meta_done and it to storage.
 * If storage refuses the change (no callback), call meta_abandon. */
static struct meta_op *meta_begin(struct gws *g)
{
    struct meta_op *op = calloc(1, sizeof *op);
    if (!op)
        return NULL;
    op->g = g;
    op->seq = ++g->meta_seq;
    op->next = g->ops;
    g->ops = op;
    return op;
}

static void meta_abandon(struct meta_op *op)
{
    struct gws *g = op->g;
    for (struct meta_op **pp = &g->ops; *pp; pp = &(*pp)->next)
        if (*pp == op) {
            *pp = op->next;
            break;
        }
    free(op);
}

static int s_sync(void *impl, gw_sync_cb cb, void *arg)
{
    struct gws *g = impl;
    struct sync_waiter *w = calloc(1, sizeof *w);
    if (!w)
        return -E_NOMEM;
    w->upto = g->meta_seq;
    w->after = g->synced;
    g->synced = g->meta_seq;
    w->cb = cb;
    w->arg = arg;
    w->next = g->waiters;
    g->waiters = w;
    run_waiters(g);
    return 0;
}

/* ------------------------------------------------------------------ topics */

static int s_topic_create(void *impl, const char *topic, int32_t partitions)
{
    struct gws *g = impl;
    if (!store_of(g))
        return -E_IO;
    if (find_topic(g, topic))
        return -E_EXISTS;
    /* A new stream keeps data 24 hours, as Kinesis does (retention.ms is
     * what storage enforces; kinesis.retention_hours mirrors it), and takes
     * a whole PutRecords call (10 MiB of data plus keys) as one batch. */
    char max_bytes[16];
    snprintf(max_bytes, sizeof max_bytes, "%u", GW_BATCH_MAX_BYTES);
    const struct store_kv cfg[] = {{"retention.ms", "86400000"},
                                   {"max.message.bytes", max_bytes}};
    struct meta_op *op = meta_begin(g);
    if (!op)
        return -E_NOMEM;
    const char *bad = NULL;
    int rc = store_topic_create(store_of(g), topic, partitions, cfg, 2, meta_done, op, NULL, &bad);
    if (rc)
        meta_abandon(op);
    return rc;
}

static int s_topic_delete(void *impl, const char *topic)
{
    struct gws *g = impl;
    struct topic *t = find_topic(g, topic);
    if (!t)
        return -E_NOTFOUND;
    struct meta_op *op = meta_begin(g);
    if (!op)
        return -E_NOMEM;
    /* As DeleteTopics does: idempotent-producer state points at the
     * topic's logs, and fetches parked on them must answer now. */
    parts_forget_topic(g->b, t);
    for (int32_t p = 0; p < topic_partition_count(t); p++)
        purg_notify(g->b->purgatory, topic_log(t, p));
    char name[256];
    snprintf(name, sizeof name, "%s", topic);
    int rc = store_topic_delete(store_of(g), t, meta_done, op);
    if (rc)
        meta_abandon(op);
    else if (g->b->coord)
        coord_forget_topic(g->b->coord, name); /* as DeleteTopics does */
    return rc;
}

static int name_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int s_topic_list(void *impl, gw_topic_cb cb, void *arg)
{
    struct gws *g = impl;
    struct store *st = store_of(g);
    size_t n = st ? store_topic_count(st) : 0;
    char **names = calloc(n + 1, sizeof *names);
    if (!names)
        return -E_NOMEM;
    int rc = 0;
    for (size_t i = 0; i < n && !rc; i++)
        if (!(names[i] = strdup(topic_name(store_topic_at(st, i)))))
            rc = -E_NOMEM;
    if (!rc) {
        /* Copies: the callback may look topics up, never change them, but
         * the registry's order is not the one Kinesis lists in. */
        qsort(names, n, sizeof *names, name_cmp);
        for (size_t i = 0; i < n; i++)
            if (cb(arg, names[i]))
                break;
    }
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    return rc;
}

static int s_partition_count(void *impl, const char *topic, int32_t *count)
{
    struct topic *t = find_topic(impl, topic);
    if (!t)
        return -E_NOTFOUND;
    *count = topic_partition_count(t);
    return 0;
}

static int s_partitions_add(void *impl, const char *topic, int32_t add)
{
    struct gws *g = impl;
    struct topic *t = find_topic(g, topic);
    if (!t)
        return -E_NOTFOUND;
    if (add <= 0)
        return -E_INVAL;
    struct meta_op *op = meta_begin(g);
    if (!op)
        return -E_NOMEM;
    int rc = store_topic_add_partitions(store_of(g), t, topic_partition_count(t) + add, meta_done,
                                        op);
    if (rc)
        meta_abandon(op);
    return rc;
}

static struct log *find_log(struct gws *g, const char *topic, int32_t partition)
{
    struct topic *t = find_topic(g, topic);
    return t ? topic_log(t, partition) : NULL;
}

static int s_offsets(void *impl, const char *topic, int32_t partition, int64_t *log_start,
                     int64_t *log_end)
{
    struct log *lg = find_log(impl, topic, partition);
    if (!lg)
        return -E_NOTFOUND;
    *log_start = log_start_offset(lg);
    /* What readers may see: the high watermark (= log end, one broker). */
    *log_end = log_high_watermark(lg);
    return 0;
}

static int s_offset_for_time(void *impl, const char *topic, int32_t partition, int64_t ts_ms,
                             int64_t *offset)
{
    struct log *lg = find_log(impl, topic, partition);
    if (!lg)
        return -E_NOTFOUND;
    int64_t found_ts;
    int rc = log_offset_for_timestamp(lg, ts_ms, offset, &found_ts);
    if (rc == -E_NOTFOUND) {
        *offset = log_high_watermark(lg);
        return 0;
    }
    return rc;
}

/* ------------------------------------------------------------------ append */

static void on_appended(void *arg, int status, const struct log_append_result *res)
{
    struct append_op *op = arg;
    struct gws *g = op->g;
    g->appends_pending--;
    int64_t t = res && res->log_append_time_ms >= 0 ? res->log_append_time_ms : op->create_ms;
    if (!g->detached)
        op->cb(op->arg, status, status || !res ? -1 : res->base_offset, t);
    free(op);
}

static int s_append(void *impl, const char *topic, int32_t partition,
                    const struct gw_append_record *recs, size_t n, gw_append_cb cb, void *arg)
{
    struct gws *g = impl;
    struct log *lg = find_log(g, topic, partition);
    if (!lg)
        return -E_NOTFOUND;
    if (n == 0 || n > INT32_MAX)
        return -E_INVAL;
    int64_t now = wall_ms();
    struct rb_rec_in *in = calloc(n, sizeof *in);
    struct rb_hdr *hdrs = calloc(n, sizeof *hdrs);
    struct append_op *op = calloc(1, sizeof *op);
    int rc = in && hdrs && op ? 0 : -E_NOMEM;
    for (size_t i = 0; !rc && i < n; i++) {
        if (recs[i].key_len > INT32_MAX || recs[i].value_len > INT32_MAX) {
            rc = -E_TOOBIG;
            break;
        }
        in[i].timestamp_ms = now;
        in[i].key = (struct kbytes){recs[i].key, (int32_t)recs[i].key_len};
        in[i].value = (struct kbytes){recs[i].value ? recs[i].value : (const uint8_t *)"",
                                      (int32_t)recs[i].value_len};
        if (recs[i].explicit_hash_key) {
            hdrs[i].key = kstr_c(GW_HDR_EXPLICIT_HASH_KEY);
            hdrs[i].value = (struct kbytes){(const uint8_t *)recs[i].explicit_hash_key,
                                            (int32_t)strlen(recs[i].explicit_hash_key)};
            in[i].headers = &hdrs[i];
            in[i].header_count = 1;
        }
    }
    struct rb_build bb;
    rb_build_init(&bb);
    kw_reset(&g->batch);
    if (!rc)
        rc = rb_build_batch(&bb, in, (int32_t)n, &g->batch);
    free(in);
    free(hdrs);
    if (rc) {
        free(op);
        return rc;
    }
    op->g = g;
    op->cb = cb;
    op->arg = arg;
    op->create_ms = now;
    struct log_append_opts o = {
        .now_ms = now,
        .durable = true, /* Kinesis acknowledges durably: acks=all */
        .leader_epoch = 0,
        .cb = on_appended,
        .arg = op,
    };
    struct log_append_result res;
    rc = log_append(lg, g->batch.buf, g->batch.len, &o, &res);
    if (rc) {
        free(op);
        return rc;
    }
    if (res.pending) {
        g->appends_pending++;
        return 0;
    }
    g->appends_pending++;
    on_appended(op, 0, &res);
    return 0;
}

/* -------------------------------------------------------------------- read */

static int grow(void **p, size_t *cap, size_t want, size_t elem)
{
    if (want <= *cap)
        return 0;
    size_t n = *cap ? *cap : 64;
    while (n < want)
        n *= 2;
    void *np = realloc(*p, n * elem);
    if (!np)
        return -E_NOMEM;
    *p = np;
    *cap = n;
    return 0;
}

/* Scratch number k for a compressed batch of this read. */
static struct rb_scratch *scratch_at(struct gws *g, size_t k)
{
    if (k >= g->nscratch) {
        struct rb_scratch *ns = realloc(g->scratch, (k + 1) * sizeof *ns);
        if (!ns)
            return NULL;
        for (size_t i = g->nscratch; i <= k; i++)
            rb_scratch_init(&ns[i]);
        g->scratch = ns;
        g->nscratch = k + 1;
    }
    kw_reset(&g->scratch[k].buf);
    return &g->scratch[k];
}

struct walk {
    int64_t from;      /* skip records before this offset */
    size_t max_records;
    size_t n;          /* records collected */
    size_t ncompressed;
    int64_t next;      /* offset after the last record taken */
};

/* Collect the records of the batches in buf[0..len). Returns 1 when
 * max_records was reached, 0 otherwise, negative on malformed bytes. */
static int walk_batches(struct gws *g, const uint8_t *buf, size_t len, struct walk *w)
{
    size_t at = 0;
    while (at < len) {
        struct rb_batch b;
        struct rb_error err;
        int rc = rb_parse(buf + at, len - at, NULL, &b, &err);
        if (rc)
            return rc;
        at += b.size_bytes;
        if (b.control)
            continue; /* transaction markers are not records */
        struct rb_scratch *sc = NULL;
        if (b.codec != CODEC_NONE && !(sc = scratch_at(g, w->ncompressed++)))
            return -E_NOMEM;
        struct rb_iter it;
        rc = rb_iter_init(&it, &b, sc, 0, &err);
        if (rc)
            return rc;
        struct rb_record r;
        while ((rc = rb_iter_next(&it, &r, &err)) == 1) {
            if (r.offset < w->from)
                continue;
            if (w->n == w->max_records)
                return 1;
            if (grow((void **)&g->recs, &g->recs_cap, w->n + 1, sizeof *g->recs) ||
                grow((void **)&g->ehk, &g->ehk_cap, w->n + 1, sizeof *g->ehk))
                return -E_NOMEM;
            struct gw_read_record *out = &g->recs[w->n];
            memset(out, 0, sizeof *out);
            out->offset = r.offset;
            out->timestamp_ms = r.timestamp;
            if (r.key.len >= 0) {
                out->key = r.key.ptr;
                out->key_len = (size_t)r.key.len;
            }
            if (r.value.len >= 0) {
                out->value = r.value.ptr;
                out->value_len = (size_t)r.value.len;
            }
            struct rb_hdr_iter hi;
            struct rb_hdr h;
            rb_hdr_iter_init(&hi, &r);
            while (rb_hdr_next(&hi, &h) == 1) {
                size_t kl = strlen(GW_HDR_EXPLICIT_HASH_KEY);
                if (h.key.len == (int32_t)kl && !memcmp(h.key.ptr, GW_HDR_EXPLICIT_HASH_KEY, kl) &&
                    h.value.len > 0 && h.value.len < EHK_MAX) {
                    memcpy(g->ehk[w->n], h.value.ptr, (size_t)h.value.len);
                    g->ehk[w->n][h.value.len] = '\0';
                    out->explicit_hash_key = g->ehk[w->n];
                }
            }
            w->n++;
            w->next = r.offset + 1;
        }
        if (rc < 0)
            return rc;
    }
    return 0;
}

static int s_read(void *impl, const char *topic, int32_t partition, int64_t offset,
                  size_t max_records, size_t max_bytes, gw_read_cb cb, void *arg)
{
    struct gws *g = impl;
    struct log *lg = find_log(g, topic, partition);
    if (!lg)
        return -E_NOTFOUND;
    if (offset < log_start_offset(lg))
        offset = log_start_offset(lg);
    int64_t hw = log_high_watermark(lg);
    if (max_records == 0 || max_bytes == 0 || offset >= hw) {
        cb(arg, 0, NULL, 0, offset);
        return 0;
    }
    /* The whole budget is one allocation (untouched pages cost nothing),
     * so views into earlier slices stay put while later ones are read. */
    if (max_bytes > g->rbuf_cap) {
        uint8_t *nb = realloc(g->rbuf, max_bytes);
        if (!nb)
            return -E_NOMEM;
        g->rbuf = nb;
        g->rbuf_cap = max_bytes;
    }
    struct walk w = {.from = offset, .max_records = max_records, .next = offset};
    size_t used = 0, chunk = READ_FIRST_CHUNK;
    int64_t pos = offset;
    int rc = 0;
    while (pos < hw && used < max_bytes) {
        size_t cap = max_bytes - used < chunk ? max_bytes - used : chunk;
        size_t len = 0;
        int64_t next = pos;
        rc = log_read_batches(lg, pos, g->rbuf + used, cap, &len, &next);
        if (rc == -E_TOOBIG) {
            rc = 0;
            if (len <= max_bytes - used) {
                chunk = len; /* the next batch fits the budget: widen the slice */
                continue;
            }
            if (used > 0)
                break; /* it does not fit in what is left: next call */
            /* One batch larger than the whole budget: read it alone
             * (nothing points into the buffer yet). */
            uint8_t *nb = realloc(g->rbuf, len);
            if (!nb)
                return -E_NOMEM;
            g->rbuf = nb;
            g->rbuf_cap = len;
            max_bytes = len;
            rc = log_read_batches(lg, pos, g->rbuf, len, &len, &next);
        }
        if (rc || len == 0)
            break;
        int full = walk_batches(g, g->rbuf + used, len, &w);
        if (full < 0) {
            rc = full;
            break;
        }
        used += len;
        pos = next;
        if (full)
            break;
        w.next = next; /* every record up to next was taken or skipped */
        chunk *= 2;
    }
    if (rc == -E_RANGE) {
        /* The log start moved past offset meanwhile (retention). */
        cb(arg, 0, NULL, 0, log_start_offset(lg));
        return 0;
    }
    if (rc)
        return rc;
    cb(arg, 0, g->recs, w.n, w.next);
    return 0;
}

/* -------------------------------------------------------------- attributes */

static int s_attr_get(void *impl, const char *topic, const char *key, char **value)
{
    struct topic *t = find_topic(impl, topic);
    if (!t)
        return -E_NOTFOUND;
    const char *v = topic_attr_get(t, key);
    if (!v)
        return -E_NOTFOUND;
    *value = strdup(v);
    return *value ? 0 : -E_NOMEM;
}

static int s_attr_set(void *impl, const char *topic, const char *key, const char *value)
{
    struct gws *g = impl;
    struct topic *t = find_topic(g, topic);
    if (!t)
        return -E_NOTFOUND;
    const char *cur = topic_attr_get(t, key);
    if ((!cur && !value) || (cur && value && !strcmp(cur, value)))
        return 0; /* unchanged: no metadata write */
    struct meta_op *op = meta_begin(g);
    if (!op)
        return -E_NOMEM;
    const struct store_kv kv = {key, value};
    /* Consecutive changes of one topic merge into one queued write. */
    int rc = store_topic_set_attrs(store_of(g), t, &kv, 1, meta_done, op);
    if (rc)
        meta_abandon(op);
    return rc;
}

static int s_retention_set(void *impl, const char *topic, int64_t retention_ms)
{
    struct gws *g = impl;
    struct topic *t = find_topic(g, topic);
    if (!t)
        return -E_NOTFOUND;
    char v[24];
    snprintf(v, sizeof v, "%lld", (long long)retention_ms);
    const char *cur = topic_config_override(t, "retention.ms");
    if (cur && !strcmp(cur, v))
        return 0;
    struct meta_op *op = meta_begin(g);
    if (!op)
        return -E_NOMEM;
    const struct store_kv kv = {"retention.ms", v};
    const char *bad = NULL;
    int rc = store_topic_alter_configs(store_of(g), t, &kv, 1, false, meta_done, op, &bad);
    if (rc)
        meta_abandon(op);
    return rc;
}

static int s_max_message_bytes_raise(void *impl, const char *topic, int64_t min_bytes)
{
    struct gws *g = impl;
    struct topic *t = find_topic(g, topic);
    if (!t)
        return -E_NOTFOUND;
    if (topic_cfg(t)->max_message_bytes >= min_bytes)
        return 0;
    char v[24];
    snprintf(v, sizeof v, "%lld", (long long)min_bytes);
    struct meta_op *op = meta_begin(g);
    if (!op)
        return -E_NOMEM;
    const struct store_kv kv = {"max.message.bytes", v};
    const char *bad = NULL;
    int rc = store_topic_alter_configs(store_of(g), t, &kv, 1, false, meta_done, op, &bad);
    if (rc)
        meta_abandon(op);
    return rc;
}

/* ---------------------------------------------------------------- lifecycle */

static const struct gw_backend_ops STORAGE_OPS = {
    .topic_create = s_topic_create,
    .topic_delete = s_topic_delete,
    .topic_list = s_topic_list,
    .partition_count = s_partition_count,
    .partitions_add = s_partitions_add,
    .offsets = s_offsets,
    .offset_for_time = s_offset_for_time,
    .append = s_append,
    .read = s_read,
    .attr_get = s_attr_get,
    .attr_set = s_attr_set,
    .retention_set = s_retention_set,
    .max_message_bytes_raise = s_max_message_bytes_raise,
    .sync = s_sync,
};

struct gw_backend *gws_new(struct broker *b)
{
    struct gws *g = calloc(1, sizeof *g);
    if (!g)
        return NULL;
    g->iface.ops = &STORAGE_OPS;
    g->iface.impl = g;
    g->b = b;
    kw_init(&g->batch);
    return &g->iface;
}

int gws_pending(const struct gw_backend *be)
{
    const struct gws *g = be->impl;
    int n = g->appends_pending;
    for (const struct sync_waiter *w = g->waiters; w; w = w->next)
        n++;
    return n;
}

int gws_drain(struct gw_backend *be, int timeout_ms)
{
    struct gws *g = be->impl;
    int64_t deadline = now_ms() + timeout_ms;
    while (gws_pending(be) > 0 && store_of(g) && now_ms() < deadline)
        store_wait(store_of(g), 50);
    return gws_pending(be);
}

void gws_detach(struct gw_backend *be)
{
    struct gws *g = be->impl;
    g->detached = true;
    while (g->waiters) {
        struct sync_waiter *w = g->waiters;
        g->waiters = w->next;
        free(w);
    }
}

void gws_free(struct gw_backend *be)
{
    if (!be)
        return;
    struct gws *g = be->impl;
    /* Trackers whose completion never came (store already closed). */
    while (g->ops) {
        struct meta_op *o = g->ops;
        g->ops = o->next;
        free(o);
    }
    while (g->waiters) {
        struct sync_waiter *w = g->waiters;
        g->waiters = w->next;
        free(w);
    }
    kw_destroy(&g->batch);
    free(g->rbuf);
    free(g->recs);
    free(g->ehk);
    for (size_t i = 0; i < g->nscratch; i++)
        rb_scratch_destroy(&g->scratch[i]);
    free(g->scratch);
    free(g);
}

bool gws_partition_closed(const struct topic *t, int32_t partition)
{
    return gw_meta_partition_closed(topic_attr_get(t, GW_ATTR_SHARDS), partition);
}

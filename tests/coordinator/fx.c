/*
 * fx.c - coordinator test fixtures (see fx.h). The fake log is the only
 * mock: it stands in for storage's durable append.
 */
#include "fx.h"

#include <event2/event.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "protocol/status.h"

struct event_base *fx_base;
struct fx_log fx_log;
struct coordinator *fx_c;
struct coord_config fx_cfg;
int64_t fx_clock_ms;

static int64_t fx_clock(void)
{
    return fx_clock_ms;
}

static void keep_durable(int32_t partition, const uint8_t *batch, size_t len, int64_t *base)
{
    struct fx_batch *b = &fx_log.batches[fx_log.nbatches++];
    b->partition = partition;
    b->bytes = malloc(len);
    memcpy(b->bytes, batch, len);
    b->len = len;
    b->base_offset = fx_log.next_offset[partition];
    /* Count the records: int32 at byte 57. */
    int32_t count = (int32_t)((uint32_t)batch[57] << 24 | (uint32_t)batch[58] << 16 |
                              (uint32_t)batch[59] << 8 | batch[60]);
    fx_log.next_offset[partition] += count;
    *base = b->base_offset;
}

static int fake_append(void *ctx, int32_t partition, const uint8_t *batch, size_t len,
                       coord_log_done_fn done, void *arg)
{
    (void)ctx;
    fx_log.appends++;
    if (fx_log.mode == FX_LOG_REFUSE)
        return -E_IO;
    if (partition < 0 || partition >= 64 || fx_log.nbatches >= FX_MAX_BATCHES)
        return -E_IO;
    if (fx_log.mode == FX_LOG_MANUAL) {
        struct fx_held *h = &fx_log.held[fx_log.nheld++];
        h->done = done;
        h->arg = arg;
        h->partition = partition;
        h->bytes = malloc(len);
        memcpy(h->bytes, batch, len);
        h->len = len;
        return 0;
    }
    int64_t base;
    keep_durable(partition, batch, len, &base);
    done(arg, 0, base);
    return 0;
}

const struct coord_log_ops fx_log_ops = {.append = fake_append};

int fx_log_flush(int status)
{
    int n = 0;
    while (fx_log.nheld > 0) {
        struct fx_held h = fx_log.held[0];
        memmove(&fx_log.held[0], &fx_log.held[1], (size_t)(--fx_log.nheld) * sizeof h);
        int64_t base = -1;
        if (status == 0)
            keep_durable(h.partition, h.bytes, h.len, &base);
        free(h.bytes);
        h.done(h.arg, status, base);
        n++;
    }
    return n;
}

static int count_tomb(void *ctx, int64_t off, int64_t ts, struct kbytes k, struct kbytes v)
{
    (void)off;
    (void)ts;
    (void)k;
    if (v.len < 0)
        (*(int *)ctx)++;
    return 0;
}

int fx_log_tombstones(void)
{
    int n = 0;
    for (int i = 0; i < fx_log.nbatches; i++)
        cbatch_parse(fx_log.batches[i].bytes, fx_log.batches[i].len, count_tomb, &n);
    return n;
}

void fx_init(void)
{
    memset(&fx_log, 0, sizeof fx_log);
    fx_base = event_base_new();
    fx_clock_ms = 1700000000000LL;
    coord_config_defaults(&fx_cfg);
    fx_cfg.initial_rebalance_delay_ms = 0;
    fx_cfg.min_session_timeout_ms = 10;
    fx_cfg.max_session_timeout_ms = 600000;
    fx_cfg.retention_check_interval_ms = 0; /* tests call coord_expire_offsets */
    fx_cfg.wall_ms = fx_clock;
    fx_c = coord_new(fx_base, &fx_cfg, &fx_log_ops, NULL);
}

void fx_restart(void)
{
    coord_free(fx_c);
    fx_c = coord_new(fx_base, &fx_cfg, &fx_log_ops, NULL);
}

struct coordinator *fx_reload(void)
{
    struct coordinator *c = coord_new(fx_base, &fx_cfg, &fx_log_ops, NULL);
    for (int p = 0; p < fx_cfg.num_partitions && p < 64; p++) {
        bool any = false;
        for (int i = 0; i < fx_log.nbatches; i++)
            any |= fx_log.batches[i].partition == p;
        if (!any)
            continue;
        coord_load_begin(c, p);
        for (int i = 0; i < fx_log.nbatches; i++) {
            struct fx_batch *b = &fx_log.batches[i];
            if (b->partition != p)
                continue;
            /* Storage stores the assigned base offset in the batch. */
            uint8_t *copy = malloc(b->len);
            memcpy(copy, b->bytes, b->len);
            for (int k = 0; k < 8; k++)
                copy[k] = (uint8_t)((uint64_t)b->base_offset >> (56 - 8 * k));
            coord_load_batch(c, p, copy, b->len);
            free(copy);
        }
        coord_load_end(c, p);
    }
    return c;
}

void fx_fini(void)
{
    coord_free(fx_c);
    fx_c = NULL;
    /* Held appends complete after the coordinator is gone: they must
     * only free their contexts. */
    fx_log_flush(-E_IO);
    for (int i = 0; i < fx_log.nbatches; i++)
        free(fx_log.batches[i].bytes);
    fx_log.nbatches = 0;
    event_base_free(fx_base);
    fx_base = NULL;
}

static int64_t mono_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

void fx_run_until(const bool *flag, int max_ms)
{
    int64_t end = mono_ms() + max_ms;
    for (int i = 0; i < 100000 && !(flag && *flag) && mono_ms() < end; i++) {
        if (event_base_loop(fx_base, EVLOOP_ONCE | EVLOOP_NONBLOCK) == 1) {
            /* Nothing pending at all: nothing will change. */
            if (!flag)
                break;
        }
        if (!(flag && *flag)) {
            struct timespec ts = {0, 1000000};
            nanosleep(&ts, NULL);
        }
    }
}

void fx_run_for(int ms)
{
    int64_t end = mono_ms() + ms;
    while (mono_ms() < end) {
        event_base_loop(fx_base, EVLOOP_ONCE | EVLOOP_NONBLOCK);
        struct timespec ts = {0, 1000000};
        nanosleep(&ts, NULL);
    }
}

/* ---------------------------------------------------------- JoinGroup */

/* Storage for the protocols of requests built by fx_join_req: the tests
 * keep at most a few requests alive at once. */
static struct join_group_req_join_group_request_protocol proto_pool[64][4];
static char meta_pool[64][4][32];
static int pool_next;

struct join_group_req fx_join_req(const char *group, const char *member_id,
                                  const char *instance_id, int32_t session_ms,
                                  int32_t rebalance_ms, const char *const *protocols)
{
    struct join_group_req r;
    join_group_req_init(&r);
    r.group_id = kstr_c(group);
    r.member_id = kstr_c(member_id ? member_id : "");
    r.group_instance_id = kstr_c(instance_id);
    r.session_timeout_ms = session_ms;
    r.rebalance_timeout_ms = rebalance_ms;
    r.protocol_type = KSTR_LIT("consumer");
    int slot = pool_next++ % 64;
    int n = 0;
    for (; protocols && protocols[n] && n < 4; n++) {
        join_group_req_join_group_request_protocol_init(&proto_pool[slot][n]);
        proto_pool[slot][n].name = kstr_c(protocols[n]);
        int len = snprintf(meta_pool[slot][n], sizeof meta_pool[slot][n], "M:%s", protocols[n]);
        proto_pool[slot][n].metadata = (struct kbytes){(const uint8_t *)meta_pool[slot][n], len};
    }
    r.protocols = proto_pool[slot];
    r.protocols_count = n;
    return r;
}

static void copy_kstr(char *dst, size_t cap, struct kstr s)
{
    size_t n = s.len > 0 ? (size_t)s.len : 0;
    if (n >= cap)
        n = cap - 1;
    if (n)
        memcpy(dst, s.ptr, n);
    dst[n] = '\0';
}

void fx_join_cb(void *arg, const struct grp_join_result *r)
{
    struct fx_join *o = arg;
    o->called = true;
    o->err = r->err;
    o->generation = r->generation_id;
    copy_kstr(o->member_id, sizeof o->member_id, r->member_id);
    copy_kstr(o->leader, sizeof o->leader, r->leader);
    copy_kstr(o->protocol, sizeof o->protocol, r->protocol_name);
    copy_kstr(o->protocol_type, sizeof o->protocol_type, r->protocol_type);
    o->protocol_null = r->protocol_name.len < 0;
    o->nmembers = r->members_count;
    for (int i = 0; i < r->members_count && i < 8; i++) {
        copy_kstr(o->members[i], sizeof o->members[i], r->members[i].member_id);
        int32_t len = r->members[i].metadata.len;
        if (len > 64)
            len = 64;
        if (len > 0)
            memcpy(o->member_meta[i], r->members[i].metadata.ptr, (size_t)len);
        o->member_meta_len[i] = len;
    }
}

void fx_join(struct fx_join *out, int16_t version, const struct join_group_req *req)
{
    memset(out, 0, sizeof *out);
    grp_join(fx_c, version, req, KSTR_LIT("client"), "/127.0.0.1", fx_join_cb, out);
}

void fx_join_member(struct fx_join *out, const char *group, const char *const *protocols)
{
    struct join_group_req r = fx_join_req(group, "", NULL, 30000, 30000, protocols);
    fx_join(out, 5, &r);
    fx_run_until(&out->called, 1000);
    if (out->err != GRP_MEMBER_ID_REQUIRED)
        return;
    char id[128];
    snprintf(id, sizeof id, "%s", out->member_id);
    r = fx_join_req(group, id, NULL, 30000, 30000, protocols);
    fx_join(out, 5, &r);
}

/* ---------------------------------------------------------- SyncGroup */

void fx_sync_cb(void *arg, const struct grp_sync_result *r)
{
    struct fx_sync *o = arg;
    o->called = true;
    o->err = r->err;
    o->len = r->assignment.len > 64 ? 64 : r->assignment.len;
    if (o->len > 0)
        memcpy(o->assignment, r->assignment.ptr, (size_t)o->len);
    copy_kstr(o->protocol_name, sizeof o->protocol_name, r->protocol_name);
}

void fx_sync(struct fx_sync *out, const char *group, int32_t generation, const char *member_id,
             const char *instance_id, int nassign, const char *const *ids,
             const char *const *assignments)
{
    struct sync_group_req_sync_group_request_assignment a[8];
    struct sync_group_req r;
    sync_group_req_init(&r);
    r.group_id = kstr_c(group);
    r.generation_id = generation;
    r.member_id = kstr_c(member_id);
    r.group_instance_id = kstr_c(instance_id);
    for (int i = 0; i < nassign && i < 8; i++) {
        sync_group_req_sync_group_request_assignment_init(&a[i]);
        a[i].member_id = kstr_c(ids[i]);
        a[i].assignment =
            (struct kbytes){(const uint8_t *)assignments[i], (int32_t)strlen(assignments[i])};
    }
    r.assignments = a;
    r.assignments_count = nassign;
    memset(out, 0, sizeof *out);
    grp_sync(fx_c, 3, &r, fx_sync_cb, out);
}

enum grp_err fx_heartbeat(const char *group, int32_t generation, const char *member_id,
                          const char *instance_id)
{
    struct heartbeat_req r;
    heartbeat_req_init(&r);
    r.group_id = kstr_c(group);
    r.generation_id = generation;
    r.member_id = kstr_c(member_id);
    r.group_instance_id = kstr_c(instance_id);
    return grp_heartbeat(fx_c, 3, &r);
}

/* ---------------------------------------------------------- offsets */

void fx_commit_cb(void *arg, const enum grp_err *errs, int32_t count)
{
    struct fx_commit *o = arg;
    o->called = true;
    o->count = count;
    for (int32_t i = 0; i < count && i < 16; i++)
        o->errs[i] = errs[i];
}

void fx_commit(struct fx_commit *out, const char *group, int32_t generation,
               const char *member_id, const char *topic, int n, const int64_t *offsets,
               const char *metadata)
{
    struct offset_commit_req_offset_commit_request_partition p[16];
    struct offset_commit_req_offset_commit_request_topic t;
    struct offset_commit_req r;
    offset_commit_req_init(&r);
    offset_commit_req_offset_commit_request_topic_init(&t);
    for (int i = 0; i < n && i < 16; i++) {
        offset_commit_req_offset_commit_request_partition_init(&p[i]);
        p[i].partition_index = i;
        p[i].committed_offset = offsets[i];
        p[i].committed_metadata = kstr_c(metadata);
    }
    t.name = kstr_c(topic);
    t.partitions = p;
    t.partitions_count = n;
    r.group_id = kstr_c(group);
    r.generation_id_or_member_epoch = generation;
    r.member_id = kstr_c(member_id ? member_id : "");
    r.topics = &t;
    r.topics_count = 1;
    memset(out, 0, sizeof *out);
    off_commit(fx_c, 7, &r, fx_commit_cb, out);
}

int64_t fx_fetch_one(const char *group, const char *topic, int32_t partition)
{
    struct arena a;
    arena_init(&a);
    struct off_topic_sel sel = {kstr_c(topic), &partition, 1};
    struct off_fetched_topic *out;
    int32_t n;
    enum grp_err e = off_fetch(fx_c, kstr_c(group), &sel, 1, false, &a, &out, &n);
    int64_t v = e == GRP_OK && n == 1 ? out[0].partitions[0].offset : -2;
    arena_destroy(&a);
    return v;
}

const char *fx_state(const char *group)
{
    struct group *g = coord_group(fx_c, kstr_c(group));
    return g ? grp_state_name(g->state) : "none";
}

int32_t fx_subscription(uint8_t *buf, size_t cap, const char *const *topics)
{
    struct kwriter w;
    kw_init(&w);
    kw_i16(&w, 1);
    int n = 0;
    while (topics[n])
        n++;
    kw_array_len(&w, n, false, false);
    for (int i = 0; i < n; i++)
        kw_str(&w, kstr_c(topics[i]), false, false);
    kw_bytes(&w, KBYTES_NULL, false, true); /* user data */
    kw_array_len(&w, 0, false, false);       /* owned partitions (v1) */
    int32_t len = (int32_t)w.len;
    if ((size_t)len <= cap)
        memcpy(buf, w.buf, w.len);
    kw_destroy(&w);
    return len;
}

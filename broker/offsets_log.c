/*
 * offsets_log.c - coord_log_ops over storage (see offsets_log.h).
 *
 * Appends are durable: the coordinator answers OffsetCommit only after an
 * fdatasync covers the record (storage's group commit), whatever acks a
 * producer elsewhere uses. Like Kafka, the topic is compacted
 * (cleanup.policy=compact) with 100 MiB segments.
 */
#include "broker/offsets_log.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "broker/blog.h"
#include "broker/broker.h"
#include "broker/h_groups.h"
#include "broker/topics.h"
#include "coordinator/coord_log.h"
#include "protocol/status.h"
#include "storage/batch.h"
#include "storage/storage.h"

struct append_ctx {
    coord_log_done_fn done;
    void *arg;
};

static void on_appended(void *arg, int status, const struct log_append_result *res)
{
    struct append_ctx *ac = arg;
    ac->done(ac->arg, status, status || !res ? -1 : res->base_offset);
    free(ac);
}

static int log_append_op(void *ctx, int32_t partition, const uint8_t *batch, size_t len,
                         coord_log_done_fn done, void *arg)
{
    struct broker *b = ctx;
    struct topic *t = store_topic_find(b->store, TOPICS_OFFSETS);
    if (!t || partition < 0 || partition >= topic_partition_count(t))
        return -E_NOTFOUND;
    struct append_ctx *ac = malloc(sizeof *ac);
    if (!ac)
        return -E_NOMEM;
    ac->done = done;
    ac->arg = arg;
    struct log_append_opts o = {.now_ms = wall_ms(), .durable = true, .cb = on_appended, .arg = ac};
    struct log_append_result res;
    int rc = log_append(topic_log(t, partition), batch, len, &o, &res);
    if (rc) {
        free(ac);
        return rc;
    }
    if (!res.pending) /* durability off (sluice.durable.acks.all=false) */
        on_appended(ac, 0, &res);
    return 0;
}

static bool partition_exists(void *ctx, struct kstr name, int32_t partition)
{
    struct broker *b = ctx;
    char buf[256];
    if (!topics_name_ok(name, buf, sizeof buf))
        return false;
    struct topic *t = store_topic_find(b->store, buf);
    return t && partition >= 0 && partition < topic_partition_count(t);
}

static const struct coord_log_ops ops = {.append = log_append_op};

static void on_topic_durable(void *arg, int status)
{
    (void)arg;
    if (status)
        blog(BLOG_ERROR, "offsets_topic_create_failed", "status=%s", status_name(status));
}

/* Replay one partition: every batch from the log start to the end. */
static int load_partition(struct broker *b, struct log *lg, int32_t p)
{
    size_t cap = 1 << 20;
    uint8_t *buf = malloc(cap);
    if (!buf)
        return -E_NOMEM;
    coord_load_begin(b->coord, p);
    int64_t offset = log_start_offset(lg);
    int rc = 0;
    while (offset < log_end_offset(lg)) {
        size_t len = 0;
        int64_t next = offset;
        rc = log_read_batches(lg, offset, buf, cap, &len, &next);
        if (rc == -E_TOOBIG) {
            uint8_t *nb = realloc(buf, len);
            if (!nb) {
                rc = -E_NOMEM;
                break;
            }
            buf = nb;
            cap = len;
            continue;
        }
        if (rc || len == 0 || next <= offset)
            break;
        size_t pos = 0;
        while (pos + BATCH_HEADER_BYTES <= len) {
            struct batch_header h;
            if (batch_parse_header(buf + pos, len - pos, &h) != 0 ||
                (size_t)batch_size(&h) > len - pos)
                break;
            int lrc = coord_load_batch(b->coord, p, buf + pos, (size_t)batch_size(&h));
            if (lrc)
                blog(BLOG_WARN, "offsets_batch_skipped", "partition=%d offset=%lld status=%s", p,
                     (long long)h.base_offset, status_name(lrc));
            pos += (size_t)batch_size(&h);
        }
        offset = next;
    }
    coord_load_end(b->coord, p);
    free(buf);
    return rc;
}

int offsets_log_start(struct broker *b)
{
    struct topic *t = store_topic_find(b->store, TOPICS_OFFSETS);
    if (!t) {
        char parts[16];
        int32_t n = (int32_t)config_get_i64(&b->cfg, "offsets.topic.num.partitions", 50);
        snprintf(parts, sizeof parts, "%d", n);
        static const struct store_kv cfgs[] = {
            {"cleanup.policy", "compact"},
            {"segment.bytes", "104857600"},
        };
        int rc = store_topic_create(b->store, TOPICS_OFFSETS, n, cfgs, 2, on_topic_durable, NULL,
                                    &t, NULL);
        if (rc) {
            blog(BLOG_ERROR, "offsets_topic_create_failed", "status=%s", status_name(rc));
            return rc;
        }
    }
    int rc = groups_start(b, &ops, b, partition_exists, b);
    if (rc)
        return rc;
    int64_t t0 = now_ms();
    for (int32_t p = 0; p < topic_partition_count(t); p++) {
        rc = load_partition(b, topic_log(t, p), p);
        if (rc)
            blog(BLOG_WARN, "offsets_load_incomplete", "partition=%d status=%s", p, status_name(rc));
    }
    blog(BLOG_INFO, "offsets_loaded", "partitions=%d ms=%lld", topic_partition_count(t),
         (long long)(now_ms() - t0));
    return 0;
}

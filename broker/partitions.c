/*
 * partitions.c - per-partition broker state keyed by the partition's log
 * (see partitions.h). A small open-addressing map from log pointer to
 * state; entries are removed before their topic is deleted, so a pointer
 * reused by a later log never finds stale state.
 */
#include "broker/partitions.h"

#include <stdlib.h>
#include <string.h>

#include "broker/blog.h"
#include "broker/broker.h"
#include "protocol/status.h"
#include "storage/batch.h"
#include "storage/storage.h"

#define EXPIRE_CHECK_MS 60000

struct parts {
    struct part_state **slots;
    size_t cap;
    size_t count;
    struct pid_alloc pids;
    int64_t expire_ms;
    int64_t next_expire_check;
};

static size_t slot_of(const struct parts *ps, const struct log *lg)
{
    uint64_t h = (uint64_t)(uintptr_t)lg * 0x9E3779B97F4A7C15ull;
    return (size_t)(h >> 24) & (ps->cap - 1);
}

int parts_open(struct broker *b, const char *dir)
{
    struct parts *ps = calloc(1, sizeof *ps);
    if (!ps)
        return -E_NOMEM;
    ps->cap = 1024;
    ps->slots = calloc(ps->cap, sizeof *ps->slots);
    if (!ps->slots) {
        free(ps);
        return -E_NOMEM;
    }
    int rc = pid_alloc_open(&ps->pids, dir);
    if (rc) {
        free(ps->slots);
        free(ps);
        return rc;
    }
    ps->expire_ms = config_get_i64(&b->cfg, "producer.id.expiration.ms", 86400000);
    b->parts = ps;
    return 0;
}

static void free_state(struct part_state *s)
{
    pstate_destroy(&s->producers);
    free(s);
}

void parts_close(struct broker *b)
{
    struct parts *ps = b->parts;
    if (!ps)
        return;
    for (size_t i = 0; i < ps->cap; i++)
        if (ps->slots[i])
            free_state(ps->slots[i]);
    free(ps->slots);
    pid_alloc_close(&ps->pids);
    free(ps);
    b->parts = NULL;
}

static int grow(struct parts *ps)
{
    size_t cap = ps->cap * 2;
    struct part_state **slots = calloc(cap, sizeof *slots);
    if (!slots)
        return -E_NOMEM;
    struct part_state **old = ps->slots;
    size_t old_cap = ps->cap;
    ps->slots = slots;
    ps->cap = cap;
    for (size_t i = 0; i < old_cap; i++) {
        if (!old[i])
            continue;
        size_t j = slot_of(ps, old[i]->lg);
        while (ps->slots[j])
            j = (j + 1) & (cap - 1);
        ps->slots[j] = old[i];
    }
    free(old);
    return 0;
}

/* Replay the batch headers of the log's tail into the producer table. */
static void rebuild(struct broker *b, struct part_state *s)
{
    int64_t end = log_end_offset(s->lg);
    int64_t from = log_start_offset(s->lg);
    if (end - from > PARTS_REBUILD_OFFSETS)
        from = end - PARTS_REBUILD_OFFSETS;
    size_t cap = 1 << 20;
    uint8_t *buf = malloc(cap);
    int batches = 0;
    while (buf && from < end) {
        size_t len = 0;
        int64_t next = from;
        int rc = log_read_batches(s->lg, from, buf, cap, &len, &next);
        if (rc == -E_TOOBIG) {
            uint8_t *nb = realloc(buf, len);
            if (!nb)
                break;
            buf = nb;
            cap = len;
            continue;
        }
        if (rc || len == 0 || next <= from)
            break;
        size_t pos = 0;
        while (pos + BATCH_HEADER_BYTES <= len) {
            struct batch_header h;
            if (batch_parse_header(buf + pos, len - pos, &h) != 0)
                break;
            if (h.producer_id >= 0 && !(h.attributes & BATCH_ATTR_CONTROL)) {
                int32_t last_seq = h.base_sequence + h.last_offset_delta;
                pstate_record(&s->producers, h.producer_id, h.producer_epoch, h.base_sequence,
                              last_seq, h.base_offset, batch_last_offset(&h), -1, now_ms());
            }
            batches++;
            pos += (size_t)batch_size(&h);
        }
        from = next;
    }
    free(buf);
    s->loaded = 1;
    (void)b;
    blog(BLOG_DEBUG, "producer_state_rebuilt", "topic=%s partition=%d batches=%d producers=%zu",
         topic_name(log_topic(s->lg)), log_partition(s->lg), batches, s->producers.count);
}

struct part_state *parts_get(struct broker *b, struct log *lg)
{
    struct parts *ps = b->parts;
    size_t j = slot_of(ps, lg);
    while (ps->slots[j]) {
        if (ps->slots[j]->lg == lg)
            return ps->slots[j];
        j = (j + 1) & (ps->cap - 1);
    }
    if ((ps->count + 1) * 2 > ps->cap) {
        if (grow(ps) != 0)
            return NULL;
        j = slot_of(ps, lg);
        while (ps->slots[j])
            j = (j + 1) & (ps->cap - 1);
    }
    struct part_state *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->lg = lg;
    pstate_init(&s->producers);
    ps->slots[j] = s;
    ps->count++;
    rebuild(b, s);
    return s;
}

/* Remove one entry and re-place the cluster after it (linear probing). */
static void remove_at(struct parts *ps, size_t j)
{
    free_state(ps->slots[j]);
    ps->slots[j] = NULL;
    ps->count--;
    for (size_t k = (j + 1) & (ps->cap - 1); ps->slots[k]; k = (k + 1) & (ps->cap - 1)) {
        struct part_state *s = ps->slots[k];
        ps->slots[k] = NULL;
        size_t t = slot_of(ps, s->lg);
        while (ps->slots[t])
            t = (t + 1) & (ps->cap - 1);
        ps->slots[t] = s;
    }
}

void parts_forget_topic(struct broker *b, struct topic *t)
{
    struct parts *ps = b->parts;
    for (int32_t p = 0; p < topic_partition_count(t); p++) {
        struct log *lg = topic_log(t, p);
        size_t j = slot_of(ps, lg);
        while (ps->slots[j]) {
            if (ps->slots[j]->lg == lg) {
                remove_at(ps, j);
                break;
            }
            j = (j + 1) & (ps->cap - 1);
        }
    }
}

void parts_tick(struct broker *b)
{
    struct parts *ps = b->parts;
    if (!ps)
        return;
    int64_t now = now_ms();
    if (now < ps->next_expire_check)
        return;
    ps->next_expire_check = now + EXPIRE_CHECK_MS;
    for (size_t i = 0; i < ps->cap; i++)
        if (ps->slots[i])
            pstate_expire(&ps->slots[i]->producers, now, ps->expire_ms);
}

int64_t parts_new_producer_id(struct broker *b)
{
    return pid_alloc_next(&b->parts->pids);
}

bool parts_producer_id_issued(struct broker *b, int64_t id)
{
    return pid_alloc_issued(&b->parts->pids, id);
}

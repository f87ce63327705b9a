/* mem_backend.c - in-memory gw_backend for the gateway tests. */
#include "mem_backend.h"

#include <stdlib.h>
#include <string.h>

#include "protocol/status.h"

struct mrec {
    int64_t ts;
    uint8_t *key, *value;
    size_t key_len, value_len;
    char *ehk;
};

struct mpart {
    struct mrec *recs;
    size_t n, cap;
    int64_t log_start; /* offset of recs[0] */
};

struct mattr {
    char *key, *value;
};

struct mtopic {
    char *name;
    struct mpart *parts;
    int32_t nparts;
    struct mattr *attrs;
    size_t nattrs;
    int64_t retention_ms;
    int64_t max_message_bytes;
};

struct mdeferred {
    int kind; /* 0 append, 1 read, 2 sync */
    gw_append_cb acb;
    gw_read_cb rcb;
    gw_sync_cb scb;
    void *arg;
    int status;
    int64_t base, ts;
    char *topic;
    int32_t partition;
    int64_t offset;
    size_t max_records;
};

struct mem_backend {
    struct gw_backend iface;
    struct mtopic *topics;
    size_t ntopics;
    int64_t now_ms;
    int32_t fail_partition;
    int fail_status;
    bool defer;
    struct mdeferred *q;
    size_t nq, capq;
};

static struct mtopic *find(struct mem_backend *m, const char *name)
{
    for (size_t i = 0; i < m->ntopics; i++)
        if (!strcmp(m->topics[i].name, name))
            return &m->topics[i];
    return NULL;
}

static struct mpart *part(struct mem_backend *m, const char *t, int32_t p)
{
    struct mtopic *tp = find(m, t);
    if (!tp || p < 0 || p >= tp->nparts)
        return NULL;
    return &tp->parts[p];
}

static void free_part(struct mpart *p)
{
    for (size_t i = 0; i < p->n; i++) {
        free(p->recs[i].key);
        free(p->recs[i].value);
        free(p->recs[i].ehk);
    }
    free(p->recs);
}

static void free_topic(struct mtopic *t)
{
    for (int32_t i = 0; i < t->nparts; i++)
        free_part(&t->parts[i]);
    free(t->parts);
    for (size_t i = 0; i < t->nattrs; i++) {
        free(t->attrs[i].key);
        free(t->attrs[i].value);
    }
    free(t->attrs);
    free(t->name);
}

static int m_topic_create(void *impl, const char *topic, int32_t n)
{
    struct mem_backend *m = impl;
    if (find(m, topic))
        return -E_EXISTS;
    struct mtopic *nt = realloc(m->topics, (m->ntopics + 1) * sizeof *nt);
    if (!nt)
        return -E_NOMEM;
    m->topics = nt;
    struct mtopic *t = &nt[m->ntopics++];
    memset(t, 0, sizeof *t);
    t->name = strdup(topic);
    t->parts = calloc((size_t)n, sizeof *t->parts);
    t->nparts = n;
    t->retention_ms = 7 * 24 * 3600 * 1000LL;
    t->max_message_bytes = 1048588; /* Kafka's default: tests see it raised */
    return 0;
}

static int m_topic_delete(void *impl, const char *topic)
{
    struct mem_backend *m = impl;
    struct mtopic *t = find(m, topic);
    if (!t)
        return -E_NOTFOUND;
    free_topic(t);
    size_t i = (size_t)(t - m->topics);
    memmove(t, t + 1, (m->ntopics - i - 1) * sizeof *t);
    m->ntopics--;
    return 0;
}

static int name_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int m_topic_list(void *impl, gw_topic_cb cb, void *arg)
{
    struct mem_backend *m = impl;
    char **names = calloc(m->ntopics + 1, sizeof *names);
    if (!names)
        return -E_NOMEM;
    for (size_t i = 0; i < m->ntopics; i++)
        names[i] = strdup(m->topics[i].name);
    qsort(names, m->ntopics, sizeof *names, name_cmp);
    size_t n = m->ntopics;
    bool stop = false;
    for (size_t i = 0; i < n; i++) {
        if (!stop && cb(arg, names[i]))
            stop = true;
        free(names[i]);
    }
    free(names);
    return 0;
}

static int m_partition_count(void *impl, const char *topic, int32_t *count)
{
    struct mtopic *t = find(impl, topic);
    if (!t)
        return -E_NOTFOUND;
    *count = t->nparts;
    return 0;
}

static int m_partitions_add(void *impl, const char *topic, int32_t add)
{
    struct mtopic *t = find(impl, topic);
    if (!t)
        return -E_NOTFOUND;
    struct mpart *np = realloc(t->parts, (size_t)(t->nparts + add) * sizeof *np);
    if (!np)
        return -E_NOMEM;
    memset(np + t->nparts, 0, (size_t)add * sizeof *np);
    t->parts = np;
    t->nparts += add;
    return 0;
}

static int m_offsets(void *impl, const char *topic, int32_t p, int64_t *start, int64_t *end)
{
    struct mpart *mp = part(impl, topic, p);
    if (!mp)
        return -E_NOTFOUND;
    *start = mp->log_start;
    *end = mp->log_start + (int64_t)mp->n;
    return 0;
}

static int m_offset_for_time(void *impl, const char *topic, int32_t p, int64_t ts, int64_t *off)
{
    struct mpart *mp = part(impl, topic, p);
    if (!mp)
        return -E_NOTFOUND;
    size_t i = 0;
    while (i < mp->n && mp->recs[i].ts < ts)
        i++;
    *off = mp->log_start + (int64_t)i;
    return 0;
}

static void enqueue(struct mem_backend *m, struct mdeferred d)
{
    if (m->nq == m->capq) {
        m->capq = m->capq ? m->capq * 2 : 16;
        m->q = realloc(m->q, m->capq * sizeof *m->q);
    }
    m->q[m->nq++] = d;
}

static void do_read(struct mem_backend *m, const char *topic, int32_t p, int64_t offset,
                    size_t max_records, gw_read_cb cb, void *arg)
{
    struct mpart *mp = part(m, topic, p);
    if (!mp) {
        cb(arg, -E_NOTFOUND, NULL, 0, offset);
        return;
    }
    if (offset < mp->log_start)
        offset = mp->log_start;
    int64_t end = mp->log_start + (int64_t)mp->n;
    size_t n = offset >= end ? 0 : (size_t)(end - offset);
    if (n > max_records)
        n = max_records;
    struct gw_read_record *recs = calloc(n + 1, sizeof *recs);
    for (size_t i = 0; i < n; i++) {
        struct mrec *r = &mp->recs[offset - mp->log_start + (int64_t)i];
        recs[i] = (struct gw_read_record){offset + (int64_t)i, r->ts, r->key, r->key_len,
                                          r->value, r->value_len, r->ehk};
    }
    cb(arg, 0, recs, n, offset + (int64_t)n);
    free(recs);
}

static int m_append(void *impl, const char *topic, int32_t p, const struct gw_append_record *recs,
                    size_t n, gw_append_cb cb, void *arg)
{
    struct mem_backend *m = impl;
    struct mpart *mp = part(m, topic, p);
    int status = !mp ? -E_NOTFOUND : 0;
    if (!status && m->fail_status && (m->fail_partition < 0 || m->fail_partition == p))
        status = m->fail_status;
    int64_t base = -1;
    if (!status) {
        base = mp->log_start + (int64_t)mp->n;
        for (size_t i = 0; i < n; i++) {
            if (mp->n == mp->cap) {
                mp->cap = mp->cap ? mp->cap * 2 : 16;
                mp->recs = realloc(mp->recs, mp->cap * sizeof *mp->recs);
            }
            struct mrec *r = &mp->recs[mp->n++];
            r->ts = m->now_ms;
            r->key = malloc(recs[i].key_len + 1);
            memcpy(r->key, recs[i].key, recs[i].key_len);
            r->key_len = recs[i].key_len;
            r->value = malloc(recs[i].value_len + 1);
            if (recs[i].value_len)
                memcpy(r->value, recs[i].value, recs[i].value_len);
            r->value_len = recs[i].value_len;
            r->ehk = recs[i].explicit_hash_key ? strdup(recs[i].explicit_hash_key) : NULL;
        }
    }
    if (m->defer)
        enqueue(m, (struct mdeferred){.kind = 0, .acb = cb, .arg = arg, .status = status,
                                      .base = base, .ts = m->now_ms});
    else
        cb(arg, status, base, m->now_ms);
    return 0;
}

static int m_read(void *impl, const char *topic, int32_t p, int64_t offset, size_t max_records,
                  size_t max_bytes, gw_read_cb cb, void *arg)
{
    (void)max_bytes;
    struct mem_backend *m = impl;
    if (m->defer) {
        enqueue(m, (struct mdeferred){.kind = 1, .rcb = cb, .arg = arg, .topic = strdup(topic),
                                      .partition = p, .offset = offset,
                                      .max_records = max_records});
        return 0;
    }
    do_read(m, topic, p, offset, max_records, cb, arg);
    return 0;
}

static int m_attr_get(void *impl, const char *topic, const char *key, char **value)
{
    struct mtopic *t = find(impl, topic);
    if (!t)
        return -E_NOTFOUND;
    for (size_t i = 0; i < t->nattrs; i++)
        if (!strcmp(t->attrs[i].key, key)) {
            *value = strdup(t->attrs[i].value);
            return *value ? 0 : -E_NOMEM;
        }
    return -E_NOTFOUND;
}

static int m_attr_set(void *impl, const char *topic, const char *key, const char *value)
{
    struct mtopic *t = find(impl, topic);
    if (!t)
        return -E_NOTFOUND;
    for (size_t i = 0; i < t->nattrs; i++)
        if (!strcmp(t->attrs[i].key, key)) {
            free(t->attrs[i].value);
            if (value) {
                t->attrs[i].value = strdup(value);
            } else {
                free(t->attrs[i].key);
                t->attrs[i] = t->attrs[--t->nattrs];
            }
            return 0;
        }
    if (!value)
        return 0;
    t->attrs = realloc(t->attrs, (t->nattrs + 1) * sizeof *t->attrs);
    t->attrs[t->nattrs].key = strdup(key);
    t->attrs[t->nattrs].value = strdup(value);
    t->nattrs++;
    return 0;
}

static int m_retention_set(void *impl, const char *topic, int64_t ms)
{
    struct mtopic *t = find(impl, topic);
    if (!t)
        return -E_NOTFOUND;
    t->retention_ms = ms;
    return 0;
}

static int m_max_message_bytes_raise(void *impl, const char *topic, int64_t min_bytes)
{
    struct mtopic *t = find(impl, topic);
    if (!t)
        return -E_NOTFOUND;
    if (t->max_message_bytes < min_bytes)
        t->max_message_bytes = min_bytes;
    return 0;
}

/* Metadata is durable at once here; deferred mode still delays the
 * answer so tests can see an operation wait for it. */
static int m_sync(void *impl, gw_sync_cb cb, void *arg)
{
    struct mem_backend *m = impl;
    if (m->defer)
        enqueue(m, (struct mdeferred){.kind = 2, .scb = cb, .arg = arg});
    else
        cb(arg, 0);
    return 0;
}

static const struct gw_backend_ops MEM_OPS = {
    .topic_create = m_topic_create,
    .topic_delete = m_topic_delete,
    .topic_list = m_topic_list,
    .partition_count = m_partition_count,
    .partitions_add = m_partitions_add,
    .offsets = m_offsets,
    .offset_for_time = m_offset_for_time,
    .append = m_append,
    .read = m_read,
    .attr_get = m_attr_get,
    .attr_set = m_attr_set,
    .retention_set = m_retention_set,
    .max_message_bytes_raise = m_max_message_bytes_raise,
    .sync = m_sync,
};

struct mem_backend *mem_backend_new(void)
{
    struct mem_backend *m = calloc(1, sizeof *m);
    m->iface.ops = &MEM_OPS;
    m->iface.impl = m;
    m->fail_partition = -1;
    m->now_ms = 1767323045000LL;
    return m;
}

void mem_backend_free(struct mem_backend *m)
{
    if (!m)
        return;
    for (size_t i = 0; i < m->ntopics; i++)
        free_topic(&m->topics[i]);
    free(m->topics);
    for (size_t i = 0; i < m->nq; i++)
        free(m->q[i].topic);
    free(m->q);
    free(m);
}

struct gw_backend *mem_backend_iface(struct mem_backend *m) { return &m->iface; }
void mem_backend_set_now(struct mem_backend *m, int64_t now_ms) { m->now_ms = now_ms; }

void mem_backend_fail_appends(struct mem_backend *m, int32_t partition, int status)
{
    m->fail_partition = partition;
    m->fail_status = status;
}

void mem_backend_defer(struct mem_backend *m, bool defer) { m->defer = defer; }

int mem_backend_run(struct mem_backend *m)
{
    int ran = 0;
    /* Callbacks may queue more; bounded passes. */
    for (int pass = 0; pass < 100 && m->nq; pass++) {
        struct mdeferred *q = m->q;
        size_t n = m->nq;
        m->q = NULL;
        m->nq = m->capq = 0;
        for (size_t i = 0; i < n; i++, ran++) {
            if (q[i].kind == 0)
                q[i].acb(q[i].arg, q[i].status, q[i].base, q[i].ts);
            else if (q[i].kind == 2)
                q[i].scb(q[i].arg, 0);
            else
                do_read(m, q[i].topic, q[i].partition, q[i].offset, q[i].max_records, q[i].rcb,
                        q[i].arg);
            free(q[i].topic);
        }
        free(q);
    }
    return ran;
}

void mem_backend_trim(struct mem_backend *m, const char *topic, int32_t p, int64_t offset)
{
    struct mpart *mp = part(m, topic, p);
    if (!mp || offset <= mp->log_start)
        return;
    size_t drop = (size_t)(offset - mp->log_start);
    if (drop > mp->n)
        drop = mp->n;
    for (size_t i = 0; i < drop; i++) {
        free(mp->recs[i].key);
        free(mp->recs[i].value);
        free(mp->recs[i].ehk);
    }
    memmove(mp->recs, mp->recs + drop, (mp->n - drop) * sizeof *mp->recs);
    mp->n -= drop;
    mp->log_start += (int64_t)drop;
}

int64_t mem_backend_count(struct mem_backend *m, const char *topic, int32_t p)
{
    struct mpart *mp = part(m, topic, p);
    return mp ? (int64_t)mp->n : -1;
}

const char *mem_backend_ehk(struct mem_backend *m, const char *topic, int32_t p, int64_t off)
{
    struct mpart *mp = part(m, topic, p);
    if (!mp || off < mp->log_start || off >= mp->log_start + (int64_t)mp->n)
        return NULL;
    return mp->recs[off - mp->log_start].ehk;
}

int64_t mem_backend_retention(struct mem_backend *m, const char *topic)
{
    struct mtopic *t = find(m, topic);
    return t ? t->retention_ms : -1;
}

int64_t mem_backend_max_message_bytes(struct mem_backend *m, const char *topic)
{
    struct mtopic *t = find(m, topic);
    return t ? t->max_message_bytes : -1;
}

/*
 * topic.c - a topic's identity, configs and attributes, and its metadata
 * file topics/<name>.meta.
 *
 * The metadata file (checkpoint.h container, kind CKPT_TOPIC) holds:
 *   int16 version (1), string name, uuid id, int32 partition count,
 *   config overrides (kvmap), attributes (kvmap).
 * It is replaced crash-safely by the flush worker whenever any of these
 * change; a change made while a write is still queued is merged into it
 * (the newest bytes win, every waiter is told when they are durable).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "protocol/status.h"
#include "storage/storage_int.h"

#define TOPIC_META_VERSION 1
/* A partition count above this in a metadata file is damage, not intent. */
#define TOPIC_MAX_PARTITIONS 1000000

int topic_name_validate(const char *name)
{
    if (!name)
        return -E_INVAL;
    size_t n = strlen(name);
    if (n == 0 || n > 249 || !strcmp(name, ".") || !strcmp(name, ".."))
        return -E_INVAL;
    for (size_t i = 0; i < n; i++) {
        char c = name[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '.' || c == '_' || c == '-'))
            return -E_INVAL;
    }
    return 0;
}

struct topic *topic_alloc(struct store *st, const char *name, const struct kuuid *id)
{
    struct topic *t = calloc(1, sizeof *t);
    if (!t)
        return NULL;
    t->name = strdup(name);
    if (!t->name) {
        free(t);
        return NULL;
    }
    t->st = st;
    t->id = *id;
    kvmap_init(&t->configs);
    kvmap_init(&t->attrs);
    return t;
}

void topic_free(struct topic *t)
{
    if (!t)
        return;
    kvmap_destroy(&t->configs);
    kvmap_destroy(&t->attrs);
    free(t->logs);
    free(t->name);
    free(t);
}

void topic_resolve_cfg(struct topic *t)
{
    tcfg_resolve(&t->st->cfg, &t->configs, &t->cfg);
}

int topic_meta_name(const char *topic, char *buf, size_t len)
{
    return sio_path(buf, len, "%s.meta", topic);
}

int topic_encode_meta(const struct topic *t, uint8_t **out, size_t *len)
{
    struct kwriter w;
    kw_init(&w);
    kw_i16(&w, TOPIC_META_VERSION);
    kw_str(&w, kstr_c(t->name), false, false);
    kw_uuid(&w, &t->id);
    kw_i32(&w, t->nparts);
    kvmap_encode(&t->configs, &w);
    kvmap_encode(&t->attrs, &w);
    if (w.err) {
        int rc = w.err;
        kw_destroy(&w);
        return rc;
    }
    *out = w.buf;
    *len = w.len;
    return 0;
}

int topic_decode_meta(struct store *st, const uint8_t *p, size_t len, struct topic **out)
{
    struct kreader r;
    kr_init(&r, p, len);
    int16_t version = kr_i16(&r);
    struct kstr name = kr_str(&r, false, false);
    struct kuuid id;
    kr_uuid(&r, &id);
    int32_t nparts = kr_i32(&r);
    if (r.err || version != TOPIC_META_VERSION || nparts < 1 || nparts > TOPIC_MAX_PARTITIONS)
        return -E_CORRUPT;
    char *cname = kstr_dup(name);
    if (!cname)
        return -E_NOMEM;
    if (topic_name_validate(cname) || memchr(name.ptr, 0, (size_t)name.len)) {
        free(cname);
        return -E_CORRUPT;
    }
    struct topic *t = topic_alloc(st, cname, &id);
    free(cname);
    if (!t)
        return -E_NOMEM;
    t->nparts = nparts;
    struct kvmap cfgs, attrs;
    int rc = kvmap_decode(&cfgs, &r);
    if (rc) {
        topic_free(t);
        return rc;
    }
    rc = kvmap_decode(&attrs, &r);
    if (rc) {
        kvmap_destroy(&cfgs);
        topic_free(t);
        return rc;
    }
    if (kr_remaining(&r)) {
        kvmap_destroy(&cfgs);
        kvmap_destroy(&attrs);
        topic_free(t);
        return -E_CORRUPT;
    }
    /* Keep only overrides this version understands; an unknown one (from
     * a newer version) is dropped loudly rather than failing start-up. */
    for (size_t i = 0; i < cfgs.n; i++) {
        if (tcfg_validate(cfgs.e[i].key, cfgs.e[i].value)) {
            fprintf(stderr, "storage: event=config_dropped topic=%s key=%s\n", t->name,
                    cfgs.e[i].key);
            continue;
        }
        if (kvmap_set(&t->configs, cfgs.e[i].key, cfgs.e[i].value)) {
            kvmap_destroy(&cfgs);
            kvmap_destroy(&attrs);
            topic_free(t);
            return -E_NOMEM;
        }
    }
    kvmap_destroy(&cfgs);
    kvmap_destroy(&t->attrs);
    t->attrs = attrs;
    topic_resolve_cfg(t);
    *out = t;
    return 0;
}

/* --------------------------------------------------------- persistence */

struct meta_merge {
    uint8_t *payload;
    size_t len;
    char *dir2;
    struct fjob_waiter *w;
};

static void merge_meta(struct fjob *job, void *arg)
{
    struct meta_merge *m = arg;
    free(job->payload);
    job->payload = m->payload;
    job->len = m->len;
    m->payload = NULL;
    if (m->dir2 && !job->sync_dir2) {
        job->sync_dir2 = m->dir2;
        m->dir2 = NULL;
    }
}

static void meta_done(struct compq_item *item)
{
    struct fjob *job = container_of(item, struct fjob, done);
    struct store *st = job->ctx;
    struct kuuid *id = job->owner;
    st->jobs_in_flight--;
    /* By id, not pointer: the topic may have been deleted meanwhile (and
     * several of its writes may be in flight). */
    struct topic *t = store_topic_find_id(st, id);
    if (t && t->meta_job == job)
        t->meta_job = NULL;
    free(id);
    /* The old file is intact after a failed replace, but memory and disk
     * now disagree; like a failed fsync, that takes the directory down. */
    if (job->status)
        store_set_offline(st, "metadata write failed", job->status);
    fjob_run_waiters(job, job->status);
    fjob_free(job);
}

int topic_persist(struct topic *t, const char *also_sync_dir, store_done_cb cb, void *arg)
{
    struct store *st = t->st;
    if (st->offline)
        return -E_IO;
    struct meta_merge m = {0};
    int rc = topic_encode_meta(t, &m.payload, &m.len);
    if (rc)
        return rc;
    if (also_sync_dir && !(m.dir2 = strdup(also_sync_dir))) {
        free(m.payload);
        return -E_NOMEM;
    }
    struct fjob *job = t->meta_job;
    if (job && flusher_try_update(st->fl, job, merge_meta, &m)) {
        free(m.dir2);
        return fjob_add_waiter(job, cb, arg);
    }
    char name[STORE_PATH_MAX];
    job = fjob_new(FJ_WRITE);
    rc = job ? topic_meta_name(t->name, name, sizeof name) : -E_NOMEM;
    struct kuuid *id = rc ? NULL : malloc(sizeof *id);
    if (!rc && !id)
        rc = -E_NOMEM;
    if (!rc && (!(job->dir = strdup(st->topics_dir)) || !(job->name = strdup(name))))
        rc = -E_NOMEM;
    if (!rc)
        rc = fjob_add_waiter(job, cb, arg);
    if (rc) {
        fjob_free(job);
        free(id);
        free(m.payload);
        free(m.dir2);
        return rc;
    }
    *id = t->id;
    job->ckind = CKPT_TOPIC;
    job->payload = m.payload;
    job->len = m.len;
    job->sync_dir2 = m.dir2;
    job->owner = id;
    job->done.run = meta_done;
    t->meta_job = job;
    store_submit(st, job);
    return 0;
}

/* ------------------------------------------------------------ accessors */

const char *topic_name(const struct topic *t)
{
    return t->name;
}

const struct kuuid *topic_id(const struct topic *t)
{
    return &t->id;
}

int32_t topic_partition_count(const struct topic *t)
{
    return t->nparts;
}

struct log *topic_log(const struct topic *t, int32_t partition)
{
    if (partition < 0 || partition >= t->nparts)
        return NULL;
    return t->logs[partition];
}

const struct tcfg *topic_cfg(const struct topic *t)
{
    return &t->cfg;
}

const char *topic_config_override(const struct topic *t, const char *key)
{
    return kvmap_get(&t->configs, key);
}

void topic_describe_configs(const struct topic *t, tcfg_describe_cb cb, void *arg)
{
    tcfg_describe(&t->st->cfg, &t->configs, cb, arg);
}

const char *topic_attr_get(const struct topic *t, const char *key)
{
    return kvmap_get(&t->attrs, key);
}

void topic_attr_foreach(const struct topic *t,
                        void (*cb)(void *arg, const char *key, const char *value), void *arg)
{
    for (size_t i = 0; i < t->attrs.n; i++)
        cb(arg, t->attrs.e[i].key, t->attrs.e[i].value);
}

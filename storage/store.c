/*
 * store.c - the store: open and close over the log directory, the topic
 * registry and its durable changes, completions, and the maintenance tick.
 *
 * Start-up order (each step assumes the previous one):
 *   1. directories exist; clean-shutdown marker noted
 *   2. offsets checkpoint read (recovery points, log start offsets)
 *   3. topic metadata read from topics/<name>.meta
 *   4. root directory swept: "-delete" directories and orphaned partition
 *      directories (no topic, or partition past the count) removed
 *   5. every partition loaded (recovered when the stop was unclean)
 *   6. the marker removed (durably) before anything new is written, so a
 *      crash from here on is recognised as unclean
 *   7. the flush worker and the cleaner started
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <unistd.h>

#include "protocol/status.h"
#include "storage/storage_int.h"

/* ---------------------------------------------------------------- registry */

static uint64_t hash_name(const char *s)
{
    uint64_t h = 1469598103934665603ull; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (uint8_t)*s) * 1099511628211ull;
    return h;
}

static uint64_t hash_id(const struct kuuid *id)
{
    uint64_t h = 0;
    for (int i = 0; i < 8; i++)
        h = (h << 8) | id->b[i];
    return h ^ (h >> 29);
}

static int rehash(struct store *st, size_t nbuckets)
{
    struct topic **bn = calloc(nbuckets, sizeof *bn);
    struct topic **bi = calloc(nbuckets, sizeof *bi);
    if (!bn || !bi) {
        free(bn);
        free(bi);
        return -E_NOMEM;
    }
    for (size_t i = 0; i < st->ntopics; i++) {
        struct topic *t = st->topics[i];
        size_t a = hash_name(t->name) & (nbuckets - 1), b = hash_id(&t->id) & (nbuckets - 1);
        t->hnext_name = bn[a];
        bn[a] = t;
        t->hnext_id = bi[b];
        bi[b] = t;
    }
    free(st->by_name);
    free(st->by_id);
    st->by_name = bn;
    st->by_id = bi;
    st->nbuckets = nbuckets;
    return 0;
}

static int registry_add(struct store *st, struct topic *t)
{
    if (st->ntopics == st->topics_cap) {
        size_t cap = st->topics_cap ? st->topics_cap * 2 : 16;
        struct topic **n = realloc(st->topics, cap * sizeof *n);
        if (!n)
            return -E_NOMEM;
        st->topics = n;
        st->topics_cap = cap;
    }
    if (st->ntopics + 1 > st->nbuckets) {
        int rc = rehash(st, st->nbuckets ? st->nbuckets * 2 : 64);
        if (rc)
            return rc;
    }
    t->slot = st->ntopics;
    st->topics[st->ntopics++] = t;
    size_t a = hash_name(t->name) & (st->nbuckets - 1), b = hash_id(&t->id) & (st->nbuckets - 1);
    t->hnext_name = st->by_name[a];
    st->by_name[a] = t;
    t->hnext_id = st->by_id[b];
    st->by_id[b] = t;
    return 0;
}

static void registry_remove(struct store *st, struct topic *t)
{
    size_t a = hash_name(t->name) & (st->nbuckets - 1), b = hash_id(&t->id) & (st->nbuckets - 1);
    struct topic **pp;
    for (pp = &st->by_name[a]; *pp && *pp != t; pp = &(*pp)->hnext_name)
        ;
    if (*pp)
        *pp = t->hnext_name;
    for (pp = &st->by_id[b]; *pp && *pp != t; pp = &(*pp)->hnext_id)
        ;
    if (*pp)
        *pp = t->hnext_id;
    st->topics[t->slot] = st->topics[--st->ntopics];
    st->topics[t->slot]->slot = t->slot;
}

struct topic *store_topic_find(const struct store *st, const char *name)
{
    if (!st->nbuckets || !name)
        return NULL;
    for (struct topic *t = st->by_name[hash_name(name) & (st->nbuckets - 1)]; t;
         t = t->hnext_name)
        if (!strcmp(t->name, name))
            return t;
    return NULL;
}

struct topic *store_topic_find_id(const struct store *st, const struct kuuid *id)
{
    if (!st->nbuckets)
        return NULL;
    for (struct topic *t = st->by_id[hash_id(id) & (st->nbuckets - 1)]; t; t = t->hnext_id)
        if (!memcmp(t->id.b, id->b, 16))
            return t;
    return NULL;
}

size_t store_topic_count(const struct store *st)
{
    return st->ntopics;
}

struct topic *store_topic_at(const struct store *st, size_t i)
{
    return i < st->ntopics ? st->topics[i] : NULL;
}

/* ------------------------------------------------------------ job plumbing */

void store_set_offline(struct store *st, const char *why, int status)
{
    if (st->offline)
        return;
    st->offline = true;
    fprintf(stderr, "storage: event=log_dir_offline dir=%s reason=\"%s\" status=%s\n", st->dir,
            why, status_name(status));
}

void store_submit(struct store *st, struct fjob *job)
{
    job->ctx = st;
    st->jobs_in_flight++;
    flusher_submit(st->fl, job);
}

static void remove_done(struct compq_item *item)
{
    struct fjob *job = container_of(item, struct fjob, done);
    struct store *st = job->ctx;
    st->jobs_in_flight--;
    if (job->status)
        fprintf(stderr, "storage: event=remove_failed status=%s (left for start-up)\n",
                status_name(job->status));
    fjob_run_waiters(job, job->status);
    fjob_free(job);
}

int store_remove_paths(struct store *st, char **paths, size_t n, const char *sync_dir)
{
    if (n == 0) {
        free(paths);
        return 0;
    }
    struct fjob *job = fjob_new(FJ_REMOVE);
    char *dir = sync_dir ? strdup(sync_dir) : NULL;
    if (!job || (sync_dir && !dir)) {
        /* The files keep their *.deleted / -delete names and go at the
         * next start-up. */
        for (size_t i = 0; i < n; i++)
            free(paths[i]);
        free(paths);
        free(job);
        free(dir);
        return -E_NOMEM;
    }
    job->paths = paths;
    job->npaths = n;
    job->sync_dir = dir;
    job->done.run = remove_done;
    store_submit(st, job);
    return 0;
}

static int encode_offsets(struct store *st, uint8_t **out, size_t *len)
{
    size_t n = 0;
    for (size_t i = 0; i < st->ntopics; i++)
        n += (size_t)st->topics[i]->nparts;
    struct ckpt_offsets_entry *e = calloc(n ? n : 1, sizeof *e);
    if (!e)
        return -E_NOMEM;
    size_t k = 0;
    for (size_t i = 0; i < st->ntopics; i++) {
        struct topic *t = st->topics[i];
        for (int32_t p = 0; p < t->nparts; p++) {
            struct log *lg = t->logs[p];
            e[k].topic_id = t->id;
            e[k].partition = p;
            e[k].recovery_point = lg->recovery_point;
            e[k].log_start_offset = lg->log_start_offset;
            k++;
        }
    }
    int rc = ckpt_offsets_encode(e, k, out, len);
    free(e);
    return rc;
}

struct payload_swap {
    uint8_t *payload;
    size_t len;
};

static void swap_payload(struct fjob *job, void *arg)
{
    struct payload_swap *p = arg;
    free(job->payload);
    job->payload = p->payload;
    job->len = p->len;
    p->payload = NULL;
}

static void offsets_done(struct compq_item *item)
{
    struct fjob *job = container_of(item, struct fjob, done);
    struct store *st = job->ctx;
    st->jobs_in_flight--;
    if (st->offsets_job == job)
        st->offsets_job = NULL;
    if (job->status)
        store_set_offline(st, "offsets checkpoint failed", job->status);
    fjob_run_waiters(job, st->offline ? -E_IO : job->status);
    fjob_free(job);
}

int store_checkpoint_offsets(struct store *st, void (*cb)(void *, int), void *arg)
{
    if (st->offline)
        return -E_IO;
    struct payload_swap p;
    int rc = encode_offsets(st, &p.payload, &p.len);
    if (rc)
        return rc;
    st->offsets_dirty = false;
    struct fjob *job = st->offsets_job;
    if (job && flusher_try_update(st->fl, job, swap_payload, &p))
        return cb ? fjob_add_waiter(job, cb, arg) : 0;
    job = fjob_new(FJ_WRITE);
    if (!job || !(job->dir = strdup(st->dir)) || !(job->name = strdup(STORE_OFFSETS_FILE)) ||
        (cb && fjob_add_waiter(job, cb, arg))) {
        fjob_free(job);
        free(p.payload);
        st->offsets_dirty = true;
        return -E_NOMEM;
    }
    job->ckind = CKPT_OFFSETS;
    job->payload = p.payload;
    job->len = p.len;
    job->done.run = offsets_done;
    st->offsets_job = job;
    store_submit(st, job);
    return 0;
}

int store_completion_fd(const struct store *st)
{
    return st->cq.efd;
}

void store_run_completions(struct store *st)
{
    struct compq_item *it = compq_take_all(&st->cq);
    while (it) {
        struct compq_item *n = it->next;
        it->run(it);
        it = n;
    }
}

int store_wait(struct store *st, int timeout_ms)
{
    if (!compq_wait(&st->cq, timeout_ms))
        return 0;
    store_run_completions(st);
    return 1;
}

int store_jobs_in_flight(const struct store *st)
{
    return st->jobs_in_flight;
}

bool store_offline(const struct store *st)
{
    return st->offline;
}

bool store_clean_start(const struct store *st)
{
    return st->clean_start;
}

const struct store_config *store_get_config(const struct store *st)
{
    return &st->cfg;
}

void store_set_append_hook(struct store *st, store_append_hook fn, void *arg)
{
    st->append_hook = fn;
    st->append_hook_arg = arg;
}

/* ------------------------------------------------------------------ open */

static int cmp_ckpt(const void *a, const void *b)
{
    const struct ckpt_offsets_entry *x = a, *y = b;
    int c = memcmp(x->topic_id.b, y->topic_id.b, 16);
    if (c)
        return c;
    return (x->partition > y->partition) - (x->partition < y->partition);
}

static const struct ckpt_offsets_entry *find_ckpt(const struct store *st, const struct kuuid *id,
                                                  int32_t partition)
{
    struct ckpt_offsets_entry key = {.topic_id = *id, .partition = partition};
    if (!st->nckpt)
        return NULL;
    return bsearch(&key, st->ckpt, st->nckpt, sizeof key, cmp_ckpt);
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && !strcmp(s + n - m, suffix);
}

struct load_ctx {
    struct store *st;
    int rc;
};

static int load_topic_entry(void *arg, const char *name)
{
    struct load_ctx *c = arg;
    struct store *st = c->st;
    char path[STORE_PATH_MAX];
    if (ends_with(name, ".tmp")) {
        if (!sio_path(path, sizeof path, "%s/%s", st->topics_dir, name))
            (void)st->io->unlink(st->io->ctx, SIO_CWD, path, false);
        return 0;
    }
    if (!ends_with(name, ".meta"))
        return 0;
    uint8_t *p;
    size_t len;
    int rc = ckpt_read(st->io, st->topics_dir, name, CKPT_TOPIC, 1u << 26, &p, &len);
    struct topic *t = NULL;
    if (!rc)
        rc = topic_decode_meta(st, p, len, &t);
    free(p);
    if (!rc && (store_topic_find(st, t->name) || store_topic_find_id(st, &t->id)))
        rc = -E_CORRUPT;
    if (!rc) {
        t->logs = calloc((size_t)t->nparts, sizeof *t->logs);
        rc = t->logs ? registry_add(st, t) : -E_NOMEM;
    }
    if (rc) {
        fprintf(stderr, "storage: event=topic_meta_unreadable file=%s/%s status=%s\n",
                st->topics_dir, name, status_name(rc));
        topic_free(t);
        c->rc = rc;
        return rc;
    }
    return 0;
}

/* "<topic>-<partition>" -> topic and partition; false if not that shape. */
static bool parse_partition_dir(const char *name, char *topic, size_t len, int32_t *partition)
{
    const char *dash = strrchr(name, '-');
    if (!dash || dash == name || !dash[1] || (size_t)(dash - name) >= len)
        return false;
    int64_t p = 0;
    for (const char *q = dash + 1; *q; q++) {
        if (*q < '0' || *q > '9' || p > INT32_MAX / 10)
            return false;
        p = p * 10 + (*q - '0');
    }
    if (p > INT32_MAX || (dash[1] == '0' && dash[2]))
        return false;
    memcpy(topic, name, (size_t)(dash - name));
    topic[dash - name] = '\0';
    *partition = (int32_t)p;
    return true;
}

static int sweep_root_entry(void *arg, const char *name)
{
    struct load_ctx *c = arg;
    struct store *st = c->st;
    char path[STORE_PATH_MAX], topic[256];
    int32_t p;
    if (!strcmp(name, STORE_TOPICS_DIR) || !strcmp(name, STORE_OFFSETS_FILE) ||
        !strcmp(name, STORE_MARKER_FILE))
        return 0;
    if (sio_path(path, sizeof path, "%s/%s", st->dir, name))
        return 0;
    if (ends_with(name, ".tmp")) {
        (void)st->io->unlink(st->io->ctx, SIO_CWD, path, false);
        return 0;
    }
    /* The common case, a partition we know, needs no system call here
     * (it is listed when loaded; 10,000 of them at every start-up). */
    if (parse_partition_dir(name, topic, sizeof topic, &p)) {
        struct topic *t = store_topic_find(st, topic);
        if (t && p < t->nparts)
            return 0;
    }
    struct sio_stat sst;
    if (st->io->stat(st->io->ctx, SIO_CWD, path, &sst) < 0 || !sst.is_dir)
        return 0;
    bool remove = ends_with(name, STORE_DELETE_SUFFIX);
    if (!remove && parse_partition_dir(name, topic, sizeof topic, &p)) {
        struct topic *t = store_topic_find(st, topic);
        if (!t || p >= t->nparts) {
            /* Left by a crash inside create/add-partitions/delete; the
             * metadata decides, so it goes. */
            fprintf(stderr, "storage: event=orphan_partition_removed dir=%s\n", path);
            remove = true;
        }
    }
    if (remove) {
        int rc = sio_remove_tree(st->io, SIO_CWD, path);
        if (rc)
            fprintf(stderr, "storage: event=remove_failed dir=%s status=%s\n", path,
                    status_name(rc));
    }
    return 0;
}

static size_t default_open_segments(void)
{
    struct rlimit rl;
    size_t n = 512;
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
        n = (size_t)rl.rlim_cur / 2;
    if (n < 64)
        n = 64;
    if (n > 65536)
        n = 65536;
    return n;
}

static int load_logs(struct store *st)
{
    for (size_t i = 0; i < st->ntopics; i++) {
        struct topic *t = st->topics[i];
        for (int32_t p = 0; p < t->nparts; p++) {
            struct log *lg = log_new(st, t, p);
            if (!lg)
                return -E_NOMEM;
            t->logs[p] = lg;
            const struct ckpt_offsets_entry *e = find_ckpt(st, &t->id, p);
            int rc = rcv_load_log(lg, st->clean_start && e, e ? e->recovery_point : -1,
                                  e ? e->log_start_offset : 0);
            if (rc) {
                fprintf(stderr, "storage: event=partition_load_failed log=%s status=%s\n",
                        lg->name, status_name(rc));
                return rc;
            }
        }
    }
    return 0;
}

static void free_topics(struct store *st)
{
    for (size_t i = 0; i < st->ntopics; i++) {
        struct topic *t = st->topics[i];
        for (int32_t p = 0; p < t->nparts; p++) {
            if (t->logs && t->logs[p]) {
                log_mark_deleted(t->logs[p]);
                log_unref(t->logs[p]);
            }
        }
        topic_free(t);
    }
    st->ntopics = 0;
}

static void store_free(struct store *st)
{
    free_topics(st);
    free(st->topics);
    free(st->by_name);
    free(st->by_id);
    free(st->ckpt);
    compq_destroy(&st->cq);
    free(st);
}

int store_open(const struct store_config *cfg, struct store **out)
{
    *out = NULL;
    struct store *st = calloc(1, sizeof *st);
    if (!st)
        return -E_NOMEM;
    st->cfg = *cfg;
    st->io = cfg->io ? cfg->io : sio_posix();
    st->cq.efd = -1;
    char dir[STORE_PATH_MAX];
    int rc = store_config_log_dir(cfg, dir, sizeof dir);
    if (!rc && dir[0] != '/') {
        char cwd[STORE_PATH_MAX];
        if (!getcwd(cwd, sizeof cwd))
            rc = -E_INVAL;
        else
            rc = sio_path(st->dir, sizeof st->dir, "%s/%s", cwd, dir);
    } else if (!rc) {
        rc = sio_path(st->dir, sizeof st->dir, "%s", dir);
    }
    if (!rc)
        rc = sio_path(st->topics_dir, sizeof st->topics_dir, "%s/%s", st->dir, STORE_TOPICS_DIR);
    if (rc) {
        free(st);
        return rc;
    }
    rc = compq_init(&st->cq);
    if (rc) {
        free(st);
        return rc;
    }
    fdc_init(&st->fdc,
             cfg->sluice_open_segments_max > 0 ? (size_t)cfg->sluice_open_segments_max
                                               : default_open_segments(),
             seg_evict);

    const struct sio *io = st->io;
    rc = sio_mkdir_p1(io, SIO_CWD, st->dir);
    if (!rc)
        rc = sio_mkdir_p1(io, SIO_CWD, st->topics_dir);
    struct sio_stat sst;
    char marker[STORE_PATH_MAX];
    if (!rc)
        rc = sio_path(marker, sizeof marker, "%s/%s", st->dir, STORE_MARKER_FILE);
    if (!rc)
        st->clean_start = io->stat(io->ctx, SIO_CWD, marker, &sst) == 0;

    if (!rc) {
        uint8_t *p;
        size_t len;
        int crc = ckpt_read(io, st->dir, STORE_OFFSETS_FILE, CKPT_OFFSETS, 1u << 30, &p, &len);
        if (!crc) {
            crc = ckpt_offsets_decode(p, len, &st->ckpt, &st->nckpt);
            free(p);
        }
        if (crc && crc != -E_NOTFOUND)
            fprintf(stderr, "storage: event=offsets_checkpoint_unreadable status=%s "
                            "(recovering every partition from its start)\n",
                    status_name(crc));
        if (crc)
            st->clean_start = false;
        else
            qsort(st->ckpt, st->nckpt, sizeof *st->ckpt, cmp_ckpt);
    }
    struct load_ctx lc = {st, 0};
    if (!rc)
        rc = sio_status(io->list(io->ctx, SIO_CWD, st->topics_dir, load_topic_entry, &lc));
    if (!rc)
        rc = lc.rc;
    if (!rc)
        rc = sio_status(io->list(io->ctx, SIO_CWD, st->dir, sweep_root_entry, &lc));
    if (!rc)
        rc = load_logs(st);
    free(st->ckpt);
    st->ckpt = NULL;
    st->nckpt = 0;

    /* From here on a crash must look unclean: the marker goes first. */
    if (!rc && st->clean_start) {
        rc = sio_status(io->unlink(io->ctx, SIO_CWD, marker, false));
        if (!rc)
            rc = sio_fsync_dir(io, SIO_CWD, st->dir);
    } else if (!rc) {
        /* Recovery moved every recovery point to its log end. First make
         * what it validated durable (one syncfs for every partition; see
         * rcv), then record it so the next unclean start scans less. */
        if (cfg->sluice_flush_syncfs_threshold > 0) {
            int dfd = io->open(io->ctx, SIO_CWD, st->dir, O_RDONLY | O_DIRECTORY, 0);
            rc = dfd < 0 ? sio_status(dfd) : sio_status(io->syncfs(io->ctx, dfd));
            if (dfd >= 0)
                io->close(io->ctx, dfd);
        }
        uint8_t *p;
        size_t len;
        if (!rc)
            rc = encode_offsets(st, &p, &len);
        if (!rc) {
            rc = ckpt_write(io, st->dir, STORE_OFFSETS_FILE, CKPT_OFFSETS, p, len);
            free(p);
        }
    }
    if (!rc) {
        st->fl = flusher_new(io, &st->cq, (size_t)cfg->sluice_flush_syncfs_threshold);
        st->cl = st->fl ? cleaner_new(st) : NULL;
        if (!st->fl || !st->cl)
            rc = -E_NOMEM;
    }
    if (rc) {
        cleaner_free(st->cl);
        flusher_free(st->fl);
        store_free(st);
        return rc;
    }
    *out = st;
    return 0;
}

/* ----------------------------------------------------------------- close */

static void drain(struct store *st)
{
    while (st->jobs_in_flight > 0) {
        if (compq_wait(&st->cq, 1000))
            store_run_completions(st);
    }
    store_run_completions(st);
}

void store_close(struct store *st)
{
    if (!st)
        return;
    cleaner_stop(st->cl);
    drain(st);
    for (size_t i = 0; i < st->ntopics; i++)
        for (int32_t p = 0; p < st->topics[i]->nparts; p++)
            (void)log_request_flush(st->topics[i]->logs[p]);
    drain(st);

    bool clean = !st->offline;
    if (clean) {
        /* Indexes are caches: written whole but not fsynced (an fsync per
         * partition would make shutdown slow at 10,000 partitions); a clean
         * start validates them before use and rebuilds what fails. */
        for (size_t i = 0; i < st->ntopics && clean; i++) {
            struct topic *t = st->topics[i];
            for (int32_t p = 0; p < t->nparts && clean; p++) {
                struct log *lg = t->logs[p];
                for (size_t k = 0; k < lg->nsegs; k++) {
                    struct segment *s = lg->segs[k];
                    if (s->idx_loaded && (s->idx_dirty || s->active) &&
                        seg_write_indexes(s, false))
                        clean = false;
                }
            }
        }
        uint8_t *p;
        size_t len;
        if (clean && encode_offsets(st, &p, &len) == 0) {
            if (ckpt_write(st->io, st->dir, STORE_OFFSETS_FILE, CKPT_OFFSETS, p, len))
                clean = false;
            free(p);
        } else {
            clean = false;
        }
        if (clean && ckpt_write(st->io, st->dir, STORE_MARKER_FILE, CKPT_MARKER, "", 0))
            clean = false;
    }
    flusher_free(st->fl);
    st->fl = NULL;
    store_run_completions(st);
    cleaner_free(st->cl);
    st->cl = NULL;
    store_free(st);
}

/* ---------------------------------------------------------------- topics */

static int new_topic_id(struct store *st, struct kuuid *id)
{
    for (int tries = 0; tries < 16; tries++) {
        if (getrandom(id->b, sizeof id->b, 0) != (ssize_t)sizeof id->b)
            return -E_IO;
        id->b[6] = (uint8_t)((id->b[6] & 0x0f) | 0x40); /* version 4 */
        id->b[8] = (uint8_t)((id->b[8] & 0x3f) | 0x80); /* RFC 4122 variant */
        /* Kafka never hands out ids whose base64 form starts with '-'
         * (first six bits 62), nor the zero id. */
        if ((id->b[0] >> 2) == 62 || kuuid_is_zero(id) || store_topic_find_id(st, id))
            continue;
        return 0;
    }
    return -E_IO;
}

static int validate_configs(const struct store_kv *kv, size_t n, bool allow_null,
                            const char **bad_key)
{
    for (size_t i = 0; i < n; i++) {
        int rc = (!kv[i].value && allow_null) ? (tcfg_validate(kv[i].key, "") == -E_NOTFOUND
                                                      ? -E_NOTFOUND
                                                      : 0)
                                              : tcfg_validate(kv[i].key, kv[i].value);
        if (rc) {
            if (bad_key)
                *bad_key = kv[i].key;
            return rc;
        }
    }
    return 0;
}

/* Create partitions [from, to) of t: logs and directories. */
static int make_partitions(struct store *st, struct topic *t, int32_t from, int32_t to)
{
    for (int32_t p = from; p < to; p++) {
        struct log *lg = log_new(st, t, p);
        if (!lg)
            return -E_NOMEM;
        int rc = sio_mkdir_p1(st->io, SIO_CWD, lg->dir);
        if (rc) {
            log_unref(lg);
            return rc;
        }
        t->logs[p] = lg;
    }
    return 0;
}

static void unmake_partitions(struct store *st, struct topic *t, int32_t from, int32_t to)
{
    for (int32_t p = from; p < to; p++) {
        if (!t->logs[p])
            continue;
        (void)sio_remove_tree(st->io, SIO_CWD, t->logs[p]->dir);
        log_mark_deleted(t->logs[p]);
        log_unref(t->logs[p]);
        t->logs[p] = NULL;
    }
}

int store_topic_create(struct store *st, const char *name, int32_t partitions,
                       const struct store_kv *configs, size_t nconfigs, store_done_cb cb,
                       void *arg, struct topic **out, const char **bad_key)
{
    if (out)
        *out = NULL;
    if (st->offline)
        return -E_IO;
    if (topic_name_validate(name) || partitions < 1 || partitions > 1000000)
        return -E_INVAL;
    int rc = validate_configs(configs, nconfigs, false, bad_key);
    if (rc)
        return rc;
    if (store_topic_find(st, name))
        return -E_EXISTS;
    struct kuuid id;
    rc = new_topic_id(st, &id);
    if (rc)
        return rc;
    struct topic *t = topic_alloc(st, name, &id);
    if (!t)
        return -E_NOMEM;
    for (size_t i = 0; i < nconfigs && !rc; i++)
        rc = kvmap_set(&t->configs, configs[i].key, configs[i].value);
    t->logs = rc ? NULL : calloc((size_t)partitions, sizeof *t->logs);
    if (!rc && !t->logs)
        rc = -E_NOMEM;
    if (rc) {
        topic_free(t);
        return rc;
    }
    topic_resolve_cfg(t);
    t->nparts = partitions;
    rc = make_partitions(st, t, 0, partitions);
    if (!rc)
        rc = registry_add(st, t);
    if (rc) {
        unmake_partitions(st, t, 0, partitions);
        topic_free(t);
        return rc;
    }
    /* The metadata write also fsyncs the log directory, making the new
     * partition directories durable with it. */
    rc = topic_persist(t, st->dir, cb, arg);
    if (rc) {
        registry_remove(st, t);
        unmake_partitions(st, t, 0, partitions);
        topic_free(t);
        return rc;
    }
    st->offsets_dirty = true;
    if (out)
        *out = t;
    return 0;
}

int store_topic_add_partitions(struct store *st, struct topic *t, int32_t total,
                               store_done_cb cb, void *arg)
{
    if (st->offline)
        return -E_IO;
    if (total <= t->nparts || total > 1000000)
        return -E_INVAL;
    struct log **logs = realloc(t->logs, (size_t)total * sizeof *logs);
    if (!logs)
        return -E_NOMEM;
    t->logs = logs;
    int32_t old = t->nparts;
    for (int32_t p = old; p < total; p++)
        logs[p] = NULL;
    int rc = make_partitions(st, t, old, total);
    if (rc) {
        unmake_partitions(st, t, old, total);
        return rc;
    }
    t->nparts = total;
    rc = topic_persist(t, st->dir, cb, arg);
    if (rc) {
        t->nparts = old;
        unmake_partitions(st, t, old, total);
        return rc;
    }
    st->offsets_dirty = true;
    return 0;
}

int store_topic_delete(struct store *st, struct topic *t, store_done_cb cb, void *arg)
{
    if (st->offline)
        return -E_IO;
    char **paths = calloc((size_t)t->nparts + 1, sizeof *paths);
    struct fjob *job = fjob_new(FJ_REMOVE);
    char *d1 = strdup(st->dir), *d2 = strdup(st->topics_dir);
    if (!paths || !job || !d1 || !d2 || (cb && fjob_add_waiter(job, cb, arg))) {
        free(paths);
        fjob_free(job);
        free(d1);
        free(d2);
        return -E_NOMEM;
    }
    char hex[33];
    for (int i = 0; i < 16; i++)
        snprintf(hex + 2 * i, 3, "%02x", t->id.b[i]);
    size_t n = 0;
    char buf[STORE_PATH_MAX];
    for (int32_t p = 0; p < t->nparts; p++) {
        struct log *lg = t->logs[p];
        cleaner_cancel_log(st->cl, lg);
        log_mark_deleted(lg);
        /* Renamed first, on this thread: a topic re-created under the same
         * name must never share a directory with the one being removed. */
        if (!sio_path(buf, sizeof buf, "%s.%s%s", lg->dir, hex, STORE_DELETE_SUFFIX) &&
            st->io->rename(st->io->ctx, SIO_CWD, lg->dir, SIO_CWD, buf) == 0)
            paths[n] = strdup(buf);
        else
            paths[n] = strdup(lg->dir);
        if (paths[n])
            n++;
        log_unref(lg);
        t->logs[p] = NULL;
    }
    if (!topic_meta_name(t->name, buf, sizeof buf)) {
        char full[STORE_PATH_MAX];
        if (!sio_path(full, sizeof full, "%s/%s", st->topics_dir, buf))
            paths[n] = strdup(full);
        if (paths[n])
            n++;
    }
    registry_remove(st, t);
    topic_free(t);
    job->paths = paths;
    job->npaths = n;
    job->sync_dir = d1;
    job->sync_dir2 = d2;
    job->done.run = remove_done;
    store_submit(st, job);
    st->offsets_dirty = true;
    return 0;
}

int store_topic_alter_configs(struct store *st, struct topic *t, const struct store_kv *ops,
                              size_t n, bool replace, store_done_cb cb, void *arg,
                              const char **bad_key)
{
    if (st->offline)
        return -E_IO;
    int rc = validate_configs(ops, n, true, bad_key);
    if (rc)
        return rc;
    struct kvmap next;
    if (replace)
        kvmap_init(&next);
    else if (kvmap_copy(&next, &t->configs))
        return -E_NOMEM;
    for (size_t i = 0; i < n && !rc; i++) {
        if (ops[i].value)
            rc = kvmap_set(&next, ops[i].key, ops[i].value);
        else
            kvmap_del(&next, ops[i].key);
    }
    if (rc) {
        kvmap_destroy(&next);
        return rc;
    }
    struct kvmap old = t->configs;
    t->configs = next;
    rc = topic_persist(t, NULL, cb, arg);
    if (rc) {
        t->configs = old;
        kvmap_destroy(&next);
        return rc;
    }
    kvmap_destroy(&old);
    topic_resolve_cfg(t);
    return 0;
}

int store_topic_set_attrs(struct store *st, struct topic *t, const struct store_kv *ops,
                          size_t n, store_done_cb cb, void *arg)
{
    if (st->offline)
        return -E_IO;
    for (size_t i = 0; i < n; i++)
        if (!ops[i].key || !*ops[i].key)
            return -E_INVAL;
    struct kvmap next;
    if (kvmap_copy(&next, &t->attrs))
        return -E_NOMEM;
    int rc = 0;
    for (size_t i = 0; i < n && !rc; i++) {
        if (ops[i].value)
            rc = kvmap_set(&next, ops[i].key, ops[i].value);
        else
            kvmap_del(&next, ops[i].key);
    }
    if (rc) {
        kvmap_destroy(&next);
        return rc;
    }
    struct kvmap old = t->attrs;
    t->attrs = next;
    rc = topic_persist(t, NULL, cb, arg);
    if (rc) {
        t->attrs = old;
        kvmap_destroy(&next);
        return rc;
    }
    kvmap_destroy(&old);
    return 0;
}

/* ------------------------------------------------------------------ tick */

void store_tick(struct store *st, int64_t now_ms)
{
    if (st->offline)
        return;
    /* The periodic offsets checkpoint is due one interval after start,
     * not at the first tick: an unclean restart then scans what the
     * last clean stop did not cover. */
    if (st->last_offsets_ckpt_ms == 0)
        st->last_offsets_ckpt_ms = now_ms;
    bool retention = now_ms - st->last_retention_ms >= st->cfg.log_retention_check_interval_ms;
    if (retention)
        st->last_retention_ms = now_ms;
    for (size_t i = 0; i < st->ntopics; i++) {
        struct topic *t = st->topics[i];
        for (int32_t p = 0; p < t->nparts; p++) {
            struct log *lg = t->logs[p];
            if (t->cfg.flush_ms != INT64_MAX && lg->log_end_offset > lg->recovery_point) {
                if (lg->last_flush_ms == 0)
                    lg->last_flush_ms = now_ms;
                if (now_ms - lg->last_flush_ms >= t->cfg.flush_ms) {
                    lg->last_flush_ms = now_ms;
                    (void)log_request_flush(lg);
                }
            }
            if (retention)
                (void)log_retention_run(lg, now_ms);
        }
    }
    if (st->offsets_dirty &&
        now_ms - st->last_offsets_ckpt_ms >= st->cfg.log_flush_offset_checkpoint_interval_ms) {
        st->last_offsets_ckpt_ms = now_ms;
        (void)store_checkpoint_offsets(st, NULL, NULL);
    }
    if (st->cfg.log_cleaner_enable)
        cleaner_maybe_start(st->cl, now_ms);
}

int store_compact_now(struct store *st, struct log *lg, int64_t now_ms)
{
    if (st->offline)
        return -E_IO;
    return cleaner_start(st->cl, lg, now_ms, true);
}

bool store_cleaner_busy(const struct store *st)
{
    return cleaner_busy(st->cl);
}

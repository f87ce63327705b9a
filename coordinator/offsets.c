/*
 * offsets.c - committed offsets: OffsetCommit, OffsetFetch, OffsetDelete,
 * and their expiry (offsets.retention.minutes).
 *
 * A commit is answered only once its batch is durable in
 * __consumer_offsets; until then the partitions it touches are "pending"
 * (OffsetFetch with require_stable answers UNSTABLE_OFFSET_COMMIT, expiry
 * leaves them alone), and the new values become visible when done()
 * reports success. Two commits of one partition in flight land in log
 * order: a value only replaces one written at a lower log offset.
 *
 * Generation -1 with an empty member id is how clients that assign
 * partitions themselves (kcat, assign()) commit: accepted while the group
 * has no members, refused with UNKNOWN_MEMBER_ID otherwise, as Kafka does.
 *
 * Expiry, Kafka 2.1+ (KIP-211): offsets of a group with a protocol expire
 * once the group has been Empty for the retention period; a Stable
 * consumer group's offsets of topics nobody subscribes to expire by commit
 * time; a standalone (simple) group's offsets by commit time; a commit
 * made with an explicit v2-4 retention time by its own expire timestamp.
 * An Empty group left without offsets is then removed (Dead).
 */
#include "coordinator/coord_int.h"

#include <stdlib.h>
#include <string.h>

#include "protocol/status.h"

/* ---------------------------------------------------------- the map */

struct off_key {
    struct kstr topic;
    int32_t partition;
};

static uint32_t off_hash(struct kstr topic, int32_t partition)
{
    uint32_t h = hmap_hash(HMAP_SEED, topic.ptr, topic.len > 0 ? (size_t)topic.len : 0);
    uint8_t p[4] = {(uint8_t)(partition >> 24), (uint8_t)(partition >> 16),
                    (uint8_t)(partition >> 8), (uint8_t)partition};
    return hmap_hash(h, p, 4);
}

static int off_eq(const struct hnode *n, const void *key)
{
    const struct offset_entry *e = (const struct offset_entry *)n;
    const struct off_key *k = key;
    return e->partition == k->partition && (int32_t)strlen(e->topic) == k->topic.len &&
           memcmp(e->topic, k->topic.ptr, (size_t)k->topic.len) == 0;
}

struct offset_entry *off_find(struct group *g, struct kstr topic, int32_t partition)
{
    if (topic.len < 0)
        return NULL;
    struct off_key k = {topic, partition};
    return (struct offset_entry *)hmap_find(&g->offsets, off_hash(topic, partition), off_eq, &k);
}

struct offset_entry *off_get(struct group *g, struct kstr topic, int32_t partition)
{
    struct offset_entry *e = off_find(g, topic, partition);
    if (e)
        return e;
    e = calloc(1, sizeof *e);
    if (!e)
        return NULL;
    e->topic = kstr_dup(topic.len < 0 ? KSTR_LIT("") : topic);
    e->metadata = strdup("");
    if (!e->topic || !e->metadata) {
        free(e->topic);
        free(e->metadata);
        free(e);
        return NULL;
    }
    e->partition = partition;
    e->offset = -1;
    e->leader_epoch = -1;
    e->expire_ts_ms = -1;
    e->log_offset = -1;
    hmap_insert(&g->offsets, &e->node, off_hash(topic, partition));
    return e;
}

void off_entry_drop(struct group *g, struct offset_entry *e)
{
    hmap_remove(&g->offsets, &e->node);
    free(e->topic);
    free(e->metadata);
    free(e);
}

void off_free_all(struct group *g)
{
    struct hmap_iter it;
    hmap_iter_init(&it, &g->offsets);
    for (struct hnode *n; (n = hmap_iter_next(&it));) {
        struct offset_entry *e = (struct offset_entry *)n;
        free(e->topic);
        free(e->metadata);
        free(e);
    }
    hmap_destroy(&g->offsets);
}

bool off_has_committed(const struct group *g)
{
    /* Kafka's hasOffsets counts pending commits too. */
    return g->offsets.count > 0;
}

static bool exists(const struct coordinator *c, struct kstr topic, int32_t partition)
{
    return !c->cfg.partition_exists ||
           c->cfg.partition_exists(c->cfg.partition_exists_ctx, topic, partition);
}

/* Java's String.length() of UTF-8 bytes: UTF-16 code units, which is what
 * offset.metadata.max.bytes is compared with. */
static int64_t utf16_units(struct kstr s)
{
    int64_t n = 0;
    for (int32_t i = 0; i < s.len; i++) {
        unsigned char b = (unsigned char)s.ptr[i];
        if ((b & 0xC0) != 0x80)
            n++;
        if (b >= 0xF0)
            n++; /* a supplementary character is a surrogate pair */
    }
    return n;
}

/* ---------------------------------------------------------- tombstones */

struct tomb {
    struct kstr topic;
    int32_t partition;
};

/* One batch of tombstones for g: the offsets given, and the group record
 * too when asked. a (complete/discard set) is told the outcome; NULL
 * writes and forgets. Returns false when there was nothing to write (a is
 * then untouched). */
static void forget_done(struct coord_append *a, int status, int64_t off)
{
    (void)a;
    (void)status;
    (void)off;
}

static bool write_tombstones(struct group *g, const struct tomb *t, int32_t n, bool group_record,
                             struct coord_append *a)
{
    if (n == 0 && !group_record)
        return false;
    struct coordinator *c = g->c;
    if (!a) {
        a = calloc(1, sizeof *a);
        if (!a)
            return true;
        a->complete = forget_done;
    }
    a->g = g;
    struct cbatch b;
    struct kwriter kw;
    cbatch_init(&b, coord_now(c));
    kw_init(&kw);
    for (int32_t i = 0; i < n; i++) {
        kw_reset(&kw);
        crec_offset_key(&kw, kstr_c(g->id), t[i].topic, t[i].partition);
        cbatch_add(&b, (struct kbytes){kw.buf, (int32_t)kw.len}, KBYTES_NULL);
    }
    if (group_record) {
        kw_reset(&kw);
        crec_group_key(&kw, kstr_c(g->id));
        cbatch_add(&b, (struct kbytes){kw.buf, (int32_t)kw.len}, KBYTES_NULL);
    }
    int rc = kw.err ? kw.err : cbatch_finish(&b);
    coord_append_start(c, a, g->partition, rc ? NULL : b.out.buf, rc ? 0 : b.out.len);
    kw_destroy(&kw);
    cbatch_destroy(&b);
    return true;
}

/* After offsets were removed: an Empty group with none left is Dead
 * (Kafka's cleanupGroupMetadata). Returns whether the group record needs
 * a tombstone: only groups that ever had a generation wrote one. */
static bool maybe_bury(struct group *g)
{
    if (g->state == GRP_EMPTY && !off_has_committed(g)) {
        grp_set_state(g, GRP_DEAD);
        return g->generation > 0;
    }
    return g->state == GRP_DEAD && g->generation > 0;
}

/* ---------------------------------------------------------- OffsetCommit */

struct commit_write {
    int32_t idx; /* into errs */
    int32_t record; /* index of its record in the batch */
    char *topic;
    int32_t partition;
    int64_t offset;
    int32_t leader_epoch;
    char *metadata;
    int64_t commit_ts_ms;
    int64_t expire_ts_ms;
};

struct commit_done {
    struct coord_done d;
    off_commit_cb cb;
    void *arg;
    enum grp_err *errs;
    int32_t n;
};

struct commit_ctx {
    struct coord_append a;
    struct commit_done *done; /* queued by complete */
    struct commit_write *w;
    int32_t nw;
};

static void fire_commit(struct coord_done *d)
{
    struct commit_done *cd = (struct commit_done *)d;
    cd->cb(cd->arg, cd->errs, cd->n);
    free(cd->errs);
    free(cd);
}

static struct commit_done *commit_done_new(off_commit_cb cb, void *arg, int32_t n)
{
    struct commit_done *cd = calloc(1, sizeof *cd);
    if (!cd)
        return NULL;
    cd->errs = calloc(n > 0 ? (size_t)n : 1, sizeof *cd->errs);
    if (!cd->errs) {
        free(cd);
        return NULL;
    }
    cd->d.fire = fire_commit;
    cd->cb = cb;
    cd->arg = arg;
    cd->n = n;
    return cd;
}

static void commit_complete(struct coord_append *a, int status, int64_t base)
{
    struct commit_ctx *x = (struct commit_ctx *)a;
    struct group *g = a->g;
    enum grp_err err = coord_append_err(status, true);
    for (int32_t i = 0; i < x->nw; i++) {
        struct commit_write *w = &x->w[i];
        x->done->errs[w->idx] = err;
        if (!g->linked)
            continue; /* Dead meanwhile: nothing to apply (Kafka) */
        struct offset_entry *e = off_find(g, kstr_c(w->topic), w->partition);
        if (!e || e->pending == 0)
            continue; /* deleted while we wrote */
        e->pending--;
        int64_t at = base >= 0 ? base + w->record : -1;
        if (status == 0 && (!e->committed || e->log_offset <= at)) {
            e->committed = true;
            e->offset = w->offset;
            e->leader_epoch = w->leader_epoch;
            free(e->metadata);
            e->metadata = w->metadata;
            w->metadata = NULL;
            e->commit_ts_ms = w->commit_ts_ms;
            e->expire_ts_ms = w->expire_ts_ms;
            e->log_offset = at;
        } else if (!e->committed && e->pending == 0) {
            off_entry_drop(g, e);
        }
    }
    coord_queue(g->c, &x->done->d);
    x->done = NULL;
}

static void commit_discard(struct coord_append *a)
{
    struct commit_ctx *x = (struct commit_ctx *)a;
    for (int32_t i = 0; i < x->nw; i++) {
        free(x->w[i].topic);
        free(x->w[i].metadata);
    }
    free(x->w);
    if (x->done) {
        free(x->done->errs);
        free(x->done);
    }
}

static void fill_all(enum grp_err *errs, int32_t n, enum grp_err e)
{
    for (int32_t i = 0; i < n; i++)
        if (errs[i] == GRP_OK)
            errs[i] = e;
}

/* Kafka's validateOffsetCommit. */
static enum grp_err validate_commit(struct group *g, const struct offset_commit_req *req)
{
    if (g->state == GRP_DEAD)
        return GRP_UNAVAILABLE;
    if (req->generation_id_or_member_epoch >= 0 || req->member_id.len > 0 ||
        req->group_instance_id.len >= 0) {
        if (grp_is_fenced(g, req->group_instance_id, req->member_id))
            return GRP_FENCED_INSTANCE;
        if (!grp_member(g, req->member_id))
            return GRP_UNKNOWN_MEMBER;
        if (req->generation_id_or_member_epoch != g->generation)
            return GRP_ILLEGAL_GENERATION;
        return GRP_OK;
    }
    /* Generation -1, no member id: only while nobody is a member. */
    return g->state == GRP_EMPTY ? GRP_OK : GRP_UNKNOWN_MEMBER;
}

static void do_commit(struct coordinator *c, int16_t version, const struct offset_commit_req *req,
                      struct commit_done *cd)
{
    enum grp_err *errs = cd->errs;
    int32_t n = cd->n;
    /* Kafka's request handler first: partitions of unknown topics. */
    int32_t live = 0;
    for (int32_t t = 0, k = 0; t < req->topics_count; t++) {
        const struct offset_commit_req_offset_commit_request_topic *tp = &req->topics[t];
        for (int32_t p = 0; p < tp->partitions_count; p++, k++) {
            if (!exists(c, tp->name, tp->partitions[p].partition_index))
                errs[k] = GRP_UNKNOWN_TOPIC;
            else
                live++;
        }
    }
    if (live == 0)
        goto answer;
    enum grp_err e = coord_check(c, req->group_id, false);
    if (e) {
        fill_all(errs, n, e);
        goto answer;
    }
    struct group *g = coord_group(c, req->group_id);
    if (!g) {
        if (req->generation_id_or_member_epoch >= 0) {
            /* A member of a generation this coordinator never saw. v9+
             * name the real problem (the spec's GROUP_ID_NOT_FOUND for
             * both protocols); older versions keep ILLEGAL_GENERATION. */
            fill_all(errs, n, version >= 9 ? GRP_NOT_FOUND : GRP_ILLEGAL_GENERATION);
            goto answer;
        }
        /* Not using group management: a simple group, created here. */
        g = coord_group_create(c, req->group_id);
        if (!g) {
            fill_all(errs, n, GRP_INTERNAL);
            goto answer;
        }
    }
    e = validate_commit(g, req);
    if (e) {
        fill_all(errs, n, e);
        goto answer;
    }
    switch (g->state) {
    case GRP_EMPTY:
        break;
    case GRP_STABLE:
    case GRP_PREPARING_REBALANCE: {
        /* A commit is a sign of life; during a rebalance the heartbeat
         * answer tells the member to rejoin. */
        struct member *m = grp_member(g, req->member_id);
        if (m)
            grp_schedule_heartbeat(m, m->session_timeout_ms);
        break;
    }
    case GRP_COMPLETING_REBALANCE:
        /* It has its JoinGroup answer but not yet its assignment. */
        fill_all(errs, n, GRP_REBALANCING);
        goto answer;
    case GRP_DEAD:
        fill_all(errs, n, GRP_UNAVAILABLE);
        goto answer;
    }

    struct commit_ctx *x = calloc(1, sizeof *x);
    if (!x || !(x->w = calloc((size_t)live, sizeof *x->w))) {
        free(x);
        fill_all(errs, n, GRP_INTERNAL);
        goto answer;
    }
    int64_t now = coord_now(c);
    /* v2-4 may carry a retention time: then the commit expires on its own
     * clock (OffsetCommitValue v1's expireTimestamp). */
    int64_t expire = version >= 2 && version <= 4 && req->retention_time_ms != -1
                         ? now + req->retention_time_ms
                         : -1;
    struct cbatch b;
    struct kwriter kw, vw;
    cbatch_init(&b, now);
    kw_init(&kw);
    kw_init(&vw);
    int rc = 0;
    for (int32_t t = 0, k = 0; t < req->topics_count && !rc; t++) {
        const struct offset_commit_req_offset_commit_request_topic *tp = &req->topics[t];
        for (int32_t p = 0; p < tp->partitions_count && !rc; p++, k++) {
            const struct offset_commit_req_offset_commit_request_partition *pp = &tp->partitions[p];
            if (errs[k] != GRP_OK)
                continue;
            struct kstr meta = pp->committed_metadata.len < 0 ? KSTR_LIT("") : pp->committed_metadata;
            if (utf16_units(meta) > c->cfg.offset_metadata_max_bytes) {
                errs[k] = GRP_METADATA_TOO_LARGE;
                continue;
            }
            struct commit_write *w = &x->w[x->nw];
            w->idx = k;
            w->record = b.count;
            w->topic = kstr_dup(tp->name);
            w->metadata = kstr_dup(meta);
            w->partition = pp->partition_index;
            w->offset = pp->committed_offset;
            w->leader_epoch = pp->committed_leader_epoch;
            w->commit_ts_ms = now;
            w->expire_ts_ms = expire;
            x->nw++;
            if (!w->topic || !w->metadata) {
                rc = -E_NOMEM;
                break;
            }
            kw_reset(&kw);
            kw_reset(&vw);
            crec_offset_key(&kw, req->group_id, tp->name, pp->partition_index);
            crec_offset_value(&vw, w->offset, w->leader_epoch, meta, now, expire);
            if (kw.err || vw.err) {
                rc = kw.err ? kw.err : vw.err;
                break;
            }
            cbatch_add(&b, (struct kbytes){kw.buf, (int32_t)kw.len},
                       (struct kbytes){vw.buf, (int32_t)vw.len});
        }
    }
    if (!rc && x->nw)
        rc = cbatch_finish(&b);
    kw_destroy(&kw);
    kw_destroy(&vw);
    if (rc || x->nw == 0) {
        /* Nothing to write (all too large), or no batch to write. */
        for (int32_t i = 0; i < x->nw; i++)
            errs[x->w[i].idx] = rc == -E_TOOBIG ? GRP_COMMIT_TOO_LARGE : GRP_INTERNAL;
        commit_discard(&x->a);
        free(x);
        cbatch_destroy(&b);
        goto answer;
    }
    for (int32_t i = 0; i < x->nw; i++) {
        struct offset_entry *oe = off_get(g, kstr_c(x->w[i].topic), x->w[i].partition);
        if (oe)
            oe->pending++;
    }
    x->a.g = g;
    x->a.complete = commit_complete;
    x->a.discard = commit_discard;
    x->done = cd;
    coord_append_start(c, &x->a, g->partition, b.out.buf, b.out.len);
    cbatch_destroy(&b);
    return;
answer:
    coord_queue(c, &cd->d);
}

void off_commit(struct coordinator *c, int16_t version, const struct offset_commit_req *req,
                off_commit_cb cb, void *arg)
{
    int32_t n = 0;
    for (int32_t t = 0; t < req->topics_count; t++)
        n += req->topics[t].partitions_count > 0 ? req->topics[t].partitions_count : 0;
    coord_enter(c);
    struct commit_done *cd = commit_done_new(cb, arg, n);
    if (!cd) {
        coord_leave(c);
        cb(arg, NULL, -1); /* out of memory: the handler answers an error */
        return;
    }
    do_commit(c, version, req, cd);
    coord_leave(c);
}

/* ---------------------------------------------------------- OffsetFetch */

static void fill_partition(struct off_fetched_partition *fp, int32_t partition,
                           const struct offset_entry *e, bool require_stable)
{
    fp->partition = partition;
    fp->offset = -1;
    fp->leader_epoch = -1;
    fp->metadata = KSTR_LIT("");
    fp->err = GRP_OK;
    if (e && require_stable && e->pending > 0) {
        fp->err = GRP_UNSTABLE_OFFSET;
        return;
    }
    if (e && e->committed) {
        fp->offset = e->offset;
        fp->leader_epoch = e->leader_epoch;
        fp->metadata = kstr_c(e->metadata);
    }
}

static int cmp_entries(const void *a, const void *b)
{
    const struct offset_entry *x = *(const struct offset_entry *const *)a;
    const struct offset_entry *y = *(const struct offset_entry *const *)b;
    int r = strcmp(x->topic, y->topic);
    if (r)
        return r;
    return (x->partition > y->partition) - (x->partition < y->partition);
}

static enum grp_err fetch_all(struct group *g, bool require_stable, struct arena *a,
                              struct off_fetched_topic **out, int32_t *out_count)
{
    size_t n = 0;
    const struct offset_entry **v =
        g->offsets.count ? arena_calloc(a, g->offsets.count, sizeof *v) : NULL;
    if (g->offsets.count && !v)
        return GRP_INTERNAL;
    struct hmap_iter it;
    hmap_iter_init(&it, &g->offsets);
    for (struct hnode *h; (h = hmap_iter_next(&it));) {
        const struct offset_entry *e = (const struct offset_entry *)h;
        /* Kafka lists committed offsets; with require_stable a pending
         * one shows up as unstable. */
        if (e->committed || (require_stable && e->pending > 0))
            v[n++] = e;
    }
    if (n > 1)
        qsort(v, n, sizeof *v, cmp_entries);
    int32_t ntopics = 0;
    for (size_t i = 0; i < n; i++)
        if (i == 0 || strcmp(v[i]->topic, v[i - 1]->topic) != 0)
            ntopics++;
    struct off_fetched_topic *t = ntopics ? arena_calloc(a, (size_t)ntopics, sizeof *t) : NULL;
    if (ntopics && !t)
        return GRP_INTERNAL;
    int32_t ti = -1;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && strcmp(v[j]->topic, v[i]->topic) == 0)
            j++;
        ti++;
        t[ti].name = kstr_c(v[i]->topic);
        t[ti].partitions = arena_calloc(a, j - i, sizeof *t[ti].partitions);
        if (!t[ti].partitions)
            return GRP_INTERNAL;
        t[ti].partitions_count = (int32_t)(j - i);
        for (size_t k = i; k < j; k++)
            fill_partition(&t[ti].partitions[k - i], v[k]->partition, v[k], require_stable);
        i = j;
    }
    *out = t;
    *out_count = ntopics;
    return GRP_OK;
}

enum grp_err off_fetch(struct coordinator *c, struct kstr group_id,
                       const struct off_topic_sel *topics, int32_t topics_count,
                       bool require_stable, struct arena *a, struct off_fetched_topic **out,
                       int32_t *out_count)
{
    *out = NULL;
    *out_count = 0;
    enum grp_err e = coord_check(c, group_id, false);
    if (e)
        return e;
    /* Offsets are returned whatever the group's state: the group may use
     * Kafka only to store offsets. */
    struct group *g = coord_group(c, group_id);
    if (topics_count < 0)
        return g ? fetch_all(g, require_stable, a, out, out_count) : GRP_OK;
    struct off_fetched_topic *t =
        topics_count ? arena_calloc(a, (size_t)topics_count, sizeof *t) : NULL;
    if (topics_count && !t)
        return GRP_INTERNAL;
    for (int32_t i = 0; i < topics_count; i++) {
        int32_t np = topics[i].partitions_count > 0 ? topics[i].partitions_count : 0;
        t[i].name = topics[i].name;
        t[i].partitions_count = np;
        t[i].partitions = np ? arena_calloc(a, (size_t)np, sizeof *t[i].partitions) : NULL;
        if (np && !t[i].partitions)
            return GRP_INTERNAL;
        for (int32_t p = 0; p < np; p++) {
            int32_t part = topics[i].partitions[p];
            const struct offset_entry *oe = g ? off_find(g, topics[i].name, part) : NULL;
            fill_partition(&t[i].partitions[p], part, oe, require_stable);
        }
    }
    *out = t;
    *out_count = topics_count;
    return GRP_OK;
}

/* ---------------------------------------------------------- OffsetDelete */

struct delete_done {
    struct coord_done d;
    off_delete_cb cb;
    void *arg;
    enum grp_err group_err;
    enum grp_err *errs;
    int32_t n;
};

static void fire_delete(struct coord_done *d)
{
    struct delete_done *dd = (struct delete_done *)d;
    dd->cb(dd->arg, dd->group_err, dd->errs, dd->n);
    free(dd->errs);
    free(dd);
}

struct odel_ctx {
    struct coord_append a;
    struct delete_done *done;
};

static void odel_complete(struct coord_append *a, int status, int64_t off)
{
    (void)off;
    struct odel_ctx *x = (struct odel_ctx *)a;
    if (status) {
        enum grp_err e = coord_append_err(status, false);
        /* Every partition that was to be deleted carries the failure. */
        for (int32_t i = 0; i < x->done->n; i++)
            if (x->done->errs[i] == GRP_OK)
                x->done->errs[i] = e;
    }
    coord_queue(a->g->c, &x->done->d);
    x->done = NULL;
}

static void odel_discard(struct coord_append *a)
{
    struct odel_ctx *x = (struct odel_ctx *)a;
    if (x->done) {
        free(x->done->errs);
        free(x->done);
    }
}

static void do_offset_delete(struct coordinator *c, const struct offset_delete_req *req,
                             struct delete_done *dd)
{
    enum grp_err e = coord_check(c, req->group_id, false);
    struct group *g = e ? NULL : coord_group(c, req->group_id);
    if (!e && !g)
        e = GRP_NOT_FOUND;
    bool consumer = g && g->protocol_type && strcmp(g->protocol_type, "consumer") == 0;
    if (!e && g->state != GRP_EMPTY && !consumer)
        e = GRP_NOT_EMPTY;
    if (e) {
        dd->group_err = e;
        coord_queue(c, &dd->d);
        return;
    }
    struct tomb *tombs = dd->n ? calloc((size_t)dd->n, sizeof *tombs) : NULL;
    int32_t nt = 0;
    if (dd->n && !tombs) {
        dd->group_err = GRP_INTERNAL;
        coord_queue(c, &dd->d);
        return;
    }
    char **names = dd->n ? calloc((size_t)dd->n, sizeof *names) : NULL;
    for (int32_t t = 0, k = 0; t < req->topics_count; t++) {
        const struct offset_delete_req_offset_delete_request_topic *tp = &req->topics[t];
        for (int32_t p = 0; p < tp->partitions_count; p++, k++) {
            int32_t part = tp->partitions[p].partition_index;
            if (!exists(c, tp->name, part)) {
                dd->errs[k] = GRP_UNKNOWN_TOPIC;
                continue;
            }
            /* A live consumer group keeps the offsets of topics it reads. */
            if (g->state != GRP_EMPTY && grp_subscribed_to(g, tp->name)) {
                dd->errs[k] = GRP_SUBSCRIBED;
                continue;
            }
            struct offset_entry *oe = off_find(g, tp->name, part);
            if (oe) {
                char *name = names ? kstr_dup(tp->name) : NULL;
                if (name) {
                    names[nt] = name;
                    tombs[nt].topic = kstr_c(name);
                    tombs[nt].partition = part;
                    nt++;
                }
                off_entry_drop(g, oe);
            }
        }
    }
    bool group_tomb = maybe_bury(g);
    struct odel_ctx *x = calloc(1, sizeof *x);
    if (x) {
        x->a.complete = odel_complete;
        x->a.discard = odel_discard;
        x->done = dd;
        if (!write_tombstones(g, tombs, nt, group_tomb, &x->a)) {
            free(x);
            x = NULL;
            coord_queue(c, &dd->d);
        }
    } else {
        write_tombstones(g, tombs, nt, group_tomb, NULL);
        coord_queue(c, &dd->d);
    }
    if (g->state == GRP_DEAD)
        coord_group_unlink(g);
    for (int32_t i = 0; i < nt; i++)
        free(names[i]);
    free(names);
    free(tombs);
}

void off_delete(struct coordinator *c, const struct offset_delete_req *req, off_delete_cb cb,
                void *arg)
{
    int32_t n = 0;
    for (int32_t t = 0; t < req->topics_count; t++)
        n += req->topics[t].partitions_count > 0 ? req->topics[t].partitions_count : 0;
    struct delete_done *dd = calloc(1, sizeof *dd);
    enum grp_err *errs = calloc(n > 0 ? (size_t)n : 1, sizeof *errs);
    if (!dd || !errs) {
        free(dd);
        free(errs);
        cb(arg, GRP_INTERNAL, NULL, 0);
        return;
    }
    dd->d.fire = fire_delete;
    dd->cb = cb;
    dd->arg = arg;
    dd->errs = errs;
    dd->n = n;
    coord_enter(c);
    do_offset_delete(c, req, dd);
    coord_leave(c);
}

/* ---------------------------------------------------------- DeleteGroups */

struct gdel_batch {
    grp_delete_cb cb;
    void *arg;
    enum grp_err *errs;
    int32_t n;
    int32_t waiting;
};

struct gdel_done {
    struct coord_done d;
    struct gdel_batch *b;
};

static void fire_gdel(struct coord_done *d)
{
    struct gdel_batch *b = ((struct gdel_done *)d)->b;
    free(d);
    b->cb(b->arg, b->errs, b->n);
    free(b->errs);
    free(b);
}

static void gdel_release(struct coordinator *c, struct gdel_batch *b)
{
    if (--b->waiting > 0)
        return;
    struct gdel_done *d = calloc(1, sizeof *d);
    if (!d) {
        b->cb(b->arg, b->errs, b->n);
        free(b->errs);
        free(b);
        return;
    }
    d->d.fire = fire_gdel;
    d->b = b;
    coord_queue(c, &d->d);
}

struct gdel_ctx {
    struct coord_append a;
    struct gdel_batch *b;
    int32_t idx;
};

static void gdel_complete(struct coord_append *a, int status, int64_t off)
{
    (void)off;
    struct gdel_ctx *x = (struct gdel_ctx *)a;
    if (status)
        x->b->errs[x->idx] = coord_append_err(status, false);
    gdel_release(a->g->c, x->b);
}

static void delete_one(struct coordinator *c, struct gdel_batch *b, int32_t idx, struct kstr id)
{
    enum grp_err e = coord_check(c, id, false);
    struct group *g = e ? NULL : coord_group(c, id);
    if (!e && !g)
        e = GRP_NOT_FOUND;
    if (!e && g->state != GRP_EMPTY)
        e = GRP_NOT_EMPTY;
    b->errs[idx] = e;
    if (e)
        return;
    grp_set_state(g, GRP_DEAD);
    /* Tombstones for every offset, and for the group record. */
    size_t n = g->offsets.count;
    struct tomb *tombs = n ? calloc(n, sizeof *tombs) : NULL;
    int32_t nt = 0;
    struct hmap_iter it;
    hmap_iter_init(&it, &g->offsets);
    for (struct hnode *h; tombs && (h = hmap_iter_next(&it));) {
        struct offset_entry *oe = (struct offset_entry *)h;
        tombs[nt].topic = kstr_c(oe->topic);
        tombs[nt].partition = oe->partition;
        nt++;
    }
    struct gdel_ctx *x = calloc(1, sizeof *x);
    if (x) {
        x->a.complete = gdel_complete;
        x->b = b;
        x->idx = idx;
        b->waiting++;
        if (!write_tombstones(g, tombs, nt, g->generation > 0, &x->a)) {
            b->waiting--;
            free(x);
        }
    } else {
        write_tombstones(g, tombs, nt, g->generation > 0, NULL);
    }
    free(tombs); /* the batch holds its own copy of the keys */
    off_free_all(g);
    hmap_init(&g->offsets);
    coord_group_unlink(g);
}

void grp_delete(struct coordinator *c, const struct delete_groups_req *req, grp_delete_cb cb,
                void *arg)
{
    int32_t n = req->groups_names_count > 0 ? req->groups_names_count : 0;
    struct gdel_batch *b = calloc(1, sizeof *b);
    enum grp_err *errs = calloc(n ? (size_t)n : 1, sizeof *errs);
    if (!b || !errs) {
        free(b);
        free(errs);
        cb(arg, NULL, -1);
        return;
    }
    b->cb = cb;
    b->arg = arg;
    b->errs = errs;
    b->n = n;
    b->waiting = 1; /* ours, released below */
    coord_enter(c);
    for (int32_t i = 0; i < n; i++)
        delete_one(c, b, i, req->groups_names[i]);
    gdel_release(c, b);
    coord_leave(c);
}

/* ---------------------------------------------------------- expiry */

static bool expired(const struct offset_entry *e, int64_t now, int64_t retention, int64_t base)
{
    if (e->expire_ts_ms >= 0)
        return now >= e->expire_ts_ms; /* old-style explicit retention */
    return now - base >= retention;
}

/* Kafka's removeExpiredOffsets for one group. Returns how many went. */
/* Remove the committed offsets drop() picks (none with a write still in
 * flight), write their tombstones and bury the group if nothing is left. */
typedef bool (*drop_fn)(const struct group *g, const struct offset_entry *e, const void *arg);

static int drop_offsets(struct group *g, drop_fn drop, const void *arg)
{
    struct tomb *tombs = g->offsets.count ? calloc(g->offsets.count, sizeof *tombs) : NULL;
    char **names = g->offsets.count ? calloc(g->offsets.count, sizeof *names) : NULL;
    int32_t nt = 0;
    struct hmap_iter it;
    hmap_iter_init(&it, &g->offsets);
    for (struct hnode *h; (h = hmap_iter_next(&it));) {
        struct offset_entry *e = (struct offset_entry *)h;
        if (!e->committed || e->pending > 0 || !drop(g, e, arg))
            continue;
        if (tombs && names) {
            names[nt] = e->topic;
            e->topic = NULL;
            tombs[nt].topic = kstr_c(names[nt]);
            tombs[nt].partition = e->partition;
            nt++;
        }
        hmap_remove(&g->offsets, &e->node);
        free(e->topic);
        free(e->metadata);
        free(e);
    }
    bool group_tomb = maybe_bury(g);
    write_tombstones(g, tombs, nt, group_tomb, NULL);
    for (int32_t i = 0; i < nt; i++)
        free(names[i]);
    free(names);
    free(tombs);
    return nt;
}

struct expiry {
    int mode; /* see expire_group */
    int64_t now;
};

static bool is_expired(const struct group *g, const struct offset_entry *e, const void *arg)
{
    const struct expiry *x = arg;
    if (x->mode == 1 && grp_subscribed_to(g, kstr_c(e->topic)))
        return false;
    int64_t base = x->mode == 0 && g->state_ts_ms >= 0 ? g->state_ts_ms : e->commit_ts_ms;
    return expired(e, x->now, g->c->cfg.offsets_retention_ms, base);
}

static int expire_group(struct group *g, int64_t now)
{
    struct expiry x = {.now = now};
    if (g->protocol_type && g->state == GRP_EMPTY)
        x.mode = 0; /* since the group became Empty (or by commit time) */
    else if (g->protocol_type && strcmp(g->protocol_type, "consumer") == 0 && g->sub_known &&
             g->state == GRP_STABLE)
        x.mode = 1; /* unsubscribed topics, by commit time */
    else if (!g->protocol_type)
        x.mode = 2; /* simple group, by commit time */
    else
        return 0;
    return drop_offsets(g, is_expired, &x);
}

/* Kafka's GroupMetadataManager.cleanupGroupMetadata on topic deletion: a
 * topic created again under the same name must not inherit offsets. A
 * commit still being written lands after the deletion and goes by expiry
 * like any offset of a topic nobody reads. */
static bool of_topic(const struct group *g, const struct offset_entry *e, const void *arg)
{
    (void)g;
    return strcmp(e->topic, (const char *)arg) == 0;
}

int coord_forget_topic(struct coordinator *c, const char *topic)
{
    if (c->stopping || !topic)
        return 0;
    coord_enter(c);
    int total = 0;
    struct hmap_iter it;
    hmap_iter_init(&it, &c->groups);
    for (struct hnode *h; (h = hmap_iter_next(&it));) {
        struct group *g = (struct group *)h;
        if (c->loading[g->partition])
            continue;
        total += drop_offsets(g, of_topic, topic);
        if (g->state == GRP_DEAD)
            coord_group_unlink(g);
    }
    coord_leave(c);
    return total;
}

int coord_expire_offsets(struct coordinator *c)
{
    if (c->stopping)
        return 0;
    coord_enter(c);
    int64_t now = coord_now(c);
    int total = 0;
    struct hmap_iter it;
    hmap_iter_init(&it, &c->groups);
    for (struct hnode *h; (h = hmap_iter_next(&it));) {
        struct group *g = (struct group *)h;
        if (c->loading[g->partition])
            continue;
        total += expire_group(g, now);
        if (g->state == GRP_DEAD)
            coord_group_unlink(g);
    }
    coord_leave(c);
    return total;
}

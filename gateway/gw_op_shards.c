/*
 * gw_op_shards.c - ListShards, SplitShard, MergeShards, UpdateShardCount.
 *
 * Resharding adds partitions for the children and closes the parents: a
 * closed shard keeps its data and range but takes no more records, and it
 * can never be split or merged again ("has already been merged or split, and
 * thus is not eligible for merging or splitting", InvalidArgumentException).
 * The parent's end is the log end at the moment it closed; readers reaching
 * it are sent to the children (GetRecords ChildShards, no NextShardIterator).
 * A reshard needs an ACTIVE stream and leaves it UPDATING for
 * sluice.gateway.status.delay.ms (gw_status.c); the new shards take records
 * at once.
 */
#include "gateway/gw_ops.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "gateway/gw_iter.h"
#include "gateway/gw_status.h"
#include "protocol/status.h"

#define DEFAULT_MAX_RESULTS 1000

static bool expired(const struct gw_stream *s, const struct gw_shard *sh, int64_t now_ms)
{
    /* A closed shard stays listed until its data has aged out. */
    return !sh->open && sh->closed_ms + (int64_t)s->retention_hours * 3600000 < now_ms;
}

static bool shard_matches(const struct gw_stream *s, const struct gw_shard *sh,
                          const struct gw_list_shards_in *in, int32_t after, int64_t now_ms)
{
    if (sh->partition <= after)
        return false;
    const char *t = in->filter_type;
    if (!t || !strcmp(t, "AFTER_SHARD_ID") || !strcmp(t, "FROM_TRIM_HORIZON"))
        return !expired(s, sh, now_ms);
    if (!strcmp(t, "AT_LATEST"))
        return sh->open;
    if (!strcmp(t, "AT_TRIM_HORIZON"))
        return !expired(s, sh, now_ms) &&
               (sh->parent < 0 || expired(s, &s->shards[sh->parent], now_ms)) &&
               (sh->adjacent < 0 || expired(s, &s->shards[sh->adjacent], now_ms));
    int64_t ts = in->filter_ts_ms;
    if (!strcmp(t, "AT_TIMESTAMP"))
        return sh->created_ms <= ts && (sh->open || sh->closed_ms > ts);
    if (!strcmp(t, "FROM_TIMESTAMP"))
        return (sh->open || sh->closed_ms > ts) && !expired(s, sh, now_ms);
    return false;
}

void gw_list_shards(struct gw_call *c)
{
    struct gw_list_shards_in in = {0};
    if (gw_dec_list_shards(c->a, c->fmt, c->in, &in, &c->err))
        return gw_call_fail(c);
    struct arena *a = c->a;
    int32_t after = -1;
    struct gw_stream s;
    if (in.next_token) {
        if (in.ref.name || in.ref.arn)
            return gw_call_error(c, GW_EXC_INVALID_ARGUMENT,
                                 "NextToken and StreamName cannot be provided together.");
        /* NextToken is a signed iterator-style token: stream + next index. */
        struct gw_iter tok;
        int drc = gw_iter_decode(c->gw->iter_key, in.next_token, in.next_token_len, &tok);
        if (drc == -E_FENCED)
            return gw_call_error(c, GW_EXC_EXPIRED_NEXT_TOKEN,
                                 "NextToken expired (or issued before the broker restarted).");
        if (drc)
            return gw_call_error(c, GW_EXC_INVALID_ARGUMENT, "Invalid NextToken.");
        if (c->now_ms - tok.created_ms > GW_ITER_TTL_MS)
            return gw_call_error(c, GW_EXC_EXPIRED_NEXT_TOKEN,
                                 "The timestamp of the last ListShard call was more than 5 "
                                 "minutes ago.");
        if (gw_call_load_stream_name(c, tok.stream, &s))
            return gw_call_fail(c);
        after = tok.partition - 1;
        in.filter_type = NULL;
        if (tok.offset > 0) { /* the filter rides in the token's offset */
            static const char *const types[] = {NULL, "AFTER_SHARD_ID", "AT_TRIM_HORIZON",
                                                "FROM_TRIM_HORIZON", "AT_LATEST",
                                                "AT_TIMESTAMP", "FROM_TIMESTAMP"};
            int64_t t = tok.offset & 7;
            in.filter_type = t >= 1 && t <= 6 ? types[t] : NULL;
            in.filter_ts_ms = tok.offset >> 3;
        }
    } else {
        if (!in.ref.name && !in.ref.arn)
            return gw_call_error(c, GW_EXC_INVALID_ARGUMENT,
                                 "Either NextToken or StreamName/StreamARN must be provided.");
        if (gw_call_load_stream(c, &in.ref, &s))
            return gw_call_fail(c);
        if (in.exclusive_start_shard_id) {
            int32_t i = gw_shard_index(&s, in.exclusive_start_shard_id);
            after = i >= 0 ? i : (strcmp(in.exclusive_start_shard_id, "shardId-") < 0 ? -1
                                                                                     : s.nshards);
        }
        if (in.filter_type) {
            bool needs_id = !strcmp(in.filter_type, "AFTER_SHARD_ID");
            bool needs_ts = strstr(in.filter_type, "TIMESTAMP") != NULL;
            if ((needs_id && !in.filter_shard_id) || (needs_ts && !in.has_filter_ts)) {
                gw_meta_free(&s);
                return gw_call_error(c, GW_EXC_INVALID_ARGUMENT,
                                     "ShardFilter of type %s requires %s.", in.filter_type,
                                     needs_id ? "ShardId" : "Timestamp");
            }
            if (needs_id) {
                int32_t i = gw_shard_index(&s, in.filter_shard_id);
                int32_t f = i >= 0 ? i : (strcmp(in.filter_shard_id, "shardId-") < 0 ? -1
                                                                                   : s.nshards);
                if (f > after)
                    after = f;
            }
        }
    }
    int64_t max = in.has_max_results ? in.max_results : DEFAULT_MAX_RESULTS;
    struct gw_val *list = gv_arr(a);
    int64_t n = 0;
    int32_t next = -1;
    for (int32_t i = 0; i < s.nshards; i++) {
        if (!shard_matches(&s, &s.shards[i], &in, after, c->now_ms))
            continue;
        if (n == max) {
            next = i;
            break;
        }
        gv_push(a, list, gw_val_shard(c, &s.shards[i]));
        n++;
    }
    struct gw_val *out = gv_map(a);
    gv_put(a, out, "Shards", list);
    if (next >= 0) {
        static const char *const types[] = {"AFTER_SHARD_ID", "AT_TRIM_HORIZON",
                                            "FROM_TRIM_HORIZON", "AT_LATEST", "AT_TIMESTAMP",
                                            "FROM_TIMESTAMP"};
        int64_t t = 0;
        for (int k = 0; in.filter_type && k < 6; k++)
            if (!strcmp(in.filter_type, types[k]))
                t = k + 1;
        struct gw_iter tok = {.created_ms = c->now_ms, .stream_created_ms = s.created_ms,
                              .partition = next, .offset = t ? (in.filter_ts_ms << 3) | t : 0};
        memcpy(tok.stream, s.name, sizeof tok.stream);
        char *b64 = NULL;
        if (!gw_iter_encode(c->gw->iter_key, &tok, &b64)) {
            gv_put(a, out, "NextToken", gv_str(a, b64));
            free(b64);
        }
    }
    gw_meta_free(&s);
    gw_call_reply(c, out);
}

/* Find an open shard by id, or fail the call. */
static struct gw_shard *open_shard(struct gw_call *c, struct gw_stream *s, const char *id)
{
    int32_t i = gw_shard_index(s, id);
    if (i < 0) {
        gw_err_set(&c->err, GW_EXC_RESOURCE_NOT_FOUND,
                   "Could not find shard %s in stream %s under account %s.", id, s->name,
                   c->gw->cfg.account_id);
        return NULL;
    }
    if (!s->shards[i].open) {
        gw_err_set(&c->err, GW_EXC_INVALID_ARGUMENT,
                   "Shard %s in stream %s under account %s has already been merged or split, and "
                   "thus is not eligible for merging or splitting.",
                   id, s->name, c->gw->cfg.account_id);
        return NULL;
    }
    return &s->shards[i];
}

/* Close a shard at the current log end. */
static int close_shard(struct gw_call *c, struct gw_stream *s, struct gw_shard *sh)
{
    const struct gw_backend *be = gw_call_backend(c);
    int64_t start, end;
    int rc = be->ops->offsets(be->impl, s->name, sh->partition, &start, &end);
    if (rc)
        return gw_err_set(&c->err, GW_EXC_INTERNAL_FAILURE, "Could not read shard offsets (%s).",
                          status_name(rc));
    sh->open = false;
    sh->end_offset = end;
    sh->closed_ms = c->now_ms;
    return 0;
}

/* Add `add` partitions, each new shard starting at that partition's log end. */
static int add_partitions(struct gw_call *c, struct gw_stream *s, int32_t add)
{
    if (s->nshards + add > GW_SHARD_LIMIT)
        return gw_err_set(&c->err, GW_EXC_LIMIT_EXCEEDED,
                          "This request would exceed the shard limit for the account %s. Current "
                          "shard count for the stream: %d. Limit: %d.",
                          c->gw->cfg.account_id, s->nshards, GW_SHARD_LIMIT);
    const struct gw_backend *be = gw_call_backend(c);
    int32_t have;
    int rc = be->ops->partition_count(be->impl, s->name, &have);
    /* Kafka may have added partitions Kinesis never mapped: cover them. */
    int32_t want = s->nshards + add;
    if (!rc && have < want)
        rc = be->ops->partitions_add(be->impl, s->name, want - have);
    if (rc)
        return gw_err_set(&c->err, GW_EXC_INTERNAL_FAILURE, "Could not add partitions (%s).",
                          status_name(rc));
    return 0;
}

static void start_at_log_end(struct gw_call *c, struct gw_stream *s, int32_t idx)
{
    const struct gw_backend *be = gw_call_backend(c);
    int64_t start, end;
    if (!be->ops->offsets(be->impl, s->name, idx, &start, &end))
        s->shards[idx].start_offset = end;
}

static void finish(struct gw_call *c, struct gw_stream *s, struct gw_val *out)
{
    /* Every reshard checked for ACTIVE first (gw_call_admit). */
    int rc = gw_status_begin(s, GW_STREAM_UPDATING, c->now_ms, c->gw->cfg.status_delay_ms);
    assert(rc == 0);
    rc = gw_call_save_stream(c, s);
    gw_meta_free(s);
    if (rc)
        return gw_call_fail(c);
    if (out)
        gw_call_reply(c, out);
    else
        gw_call_reply_empty(c);
}

void gw_split_shard(struct gw_call *c)
{
    struct gw_split_shard_in in = {0};
    struct gw_stream s;
    if (gw_dec_split_shard(c->a, c->fmt, c->in, &in, &c->err) ||
        gw_call_load_stream(c, &in.ref, &s))
        return gw_call_fail(c);
    struct gw_shard *sh =
        gw_call_admit(c, &s, GW_ADMIT_ACTIVE) ? NULL : open_shard(c, &s, in.shard_to_split);
    gw_u128 key;
    int prc = gw_u128_parse(in.new_starting_hash_key, in.new_starting_hash_key_len, &key);
    if (sh && (prc || key <= sh->start + 1 || key >= sh->end)) {
        char lo[GW_U128_DEC], hi[GW_U128_DEC];
        gw_u128_format(sh->start, lo);
        gw_u128_format(sh->end, hi);
        gw_err_set(&c->err, GW_EXC_INVALID_ARGUMENT,
                   "NewStartingHashKey %s used in SplitShard() on shard %s in stream %s under "
                   "account %s is not both greater than one plus the shard's StartingHashKey %s "
                   "and less than the shard's EndingHashKey %s.",
                   in.new_starting_hash_key, in.shard_to_split, s.name, c->gw->cfg.account_id,
                   lo, hi);
        sh = NULL;
    }
    if (!sh || add_partitions(c, &s, 2) || close_shard(c, &s, sh)) {
        gw_meta_free(&s);
        return gw_call_fail(c);
    }
    int32_t parent = sh->partition;
    gw_u128 lo = sh->start, hi = sh->end; /* sh moves when shards grow */
    int32_t a = gw_meta_add_shard(&s, lo, key - 1, parent, -1, c->now_ms);
    int32_t b = a < 0 ? a : gw_meta_add_shard(&s, key, hi, parent, -1, c->now_ms);
    if (a < 0 || b < 0) {
        gw_meta_free(&s);
        return gw_call_error(c, GW_EXC_INTERNAL_FAILURE, "out of memory");
    }
    start_at_log_end(c, &s, a);
    start_at_log_end(c, &s, b);
    finish(c, &s, NULL);
}

void gw_merge_shards(struct gw_call *c)
{
    struct gw_merge_shards_in in = {0};
    struct gw_stream s;
    if (gw_dec_merge_shards(c->a, c->fmt, c->in, &in, &c->err) ||
        gw_call_load_stream(c, &in.ref, &s))
        return gw_call_fail(c);
    struct gw_shard *x =
        gw_call_admit(c, &s, GW_ADMIT_ACTIVE) ? NULL : open_shard(c, &s, in.shard_to_merge);
    struct gw_shard *y = x ? open_shard(c, &s, in.adjacent_shard_to_merge) : NULL;
    /* Adjacent: one ends right before the other starts (without letting
     * 2^128 - 1 + 1 wrap to 0). */
    bool adjacent = x && y && x != y &&
                    ((x->end != GW_U128_MAX && x->end + 1 == y->start) ||
                     (y->end != GW_U128_MAX && y->end + 1 == x->start));
    if (x && y && !adjacent) {
        gw_err_set(&c->err, GW_EXC_INVALID_ARGUMENT,
                   "Shards %s and %s in stream %s under account %s are not an adjacent pair of "
                   "shards eligible for merging",
                   in.shard_to_merge, in.adjacent_shard_to_merge, s.name, c->gw->cfg.account_id);
        y = NULL;
    }
    if (!x || !y || add_partitions(c, &s, 1) || close_shard(c, &s, x) || close_shard(c, &s, y)) {
        gw_meta_free(&s);
        return gw_call_fail(c);
    }
    gw_u128 lo = x->start < y->start ? x->start : y->start;
    gw_u128 hi = x->end > y->end ? x->end : y->end;
    int32_t px = x->partition, py = y->partition;
    int32_t m = gw_meta_add_shard(&s, lo, hi, px, py, c->now_ms);
    if (m < 0) {
        gw_meta_free(&s);
        return gw_call_error(c, GW_EXC_INTERNAL_FAILURE, "out of memory");
    }
    start_at_log_end(c, &s, m);
    finish(c, &s, NULL);
}

/* Forget scalings older than the window; returns how many are left. */
static int32_t recent_scalings(struct gw_stream *s, int64_t now_ms)
{
    int32_t keep = 0;
    for (int32_t i = 0; i < s->nscalings; i++)
        if (now_ms - s->scalings_ms[i] < GW_SCALING_WINDOW_MS)
            s->scalings_ms[keep++] = s->scalings_ms[i];
    s->nscalings = keep;
    return keep;
}

void gw_update_shard_count(struct gw_call *c)
{
    struct gw_update_shard_count_in in = {0};
    struct gw_stream s;
    if (gw_dec_update_shard_count(c->a, c->fmt, c->in, &in, &c->err) ||
        gw_call_load_stream(c, &in.ref, &s))
        return gw_call_fail(c);
    if (gw_call_admit(c, &s, GW_ADMIT_ACTIVE)) {
        gw_meta_free(&s);
        return gw_call_fail(c);
    }
    int32_t open = gw_open_shards(&s);
    int64_t target = in.target_shard_count;
    /* AWS limits: at most double, at least half the current open count,
     * and ten scalings per rolling 24 hours. */
    if (target > 2 * (int64_t)open || target * 2 < (int64_t)open) {
        gw_meta_free(&s);
        return gw_call_error(c, GW_EXC_LIMIT_EXCEEDED,
                             "UpdateShardCount may scale a stream to at most double and at least "
                             "half its current shard count (%d); requested %lld.",
                             open, (long long)target);
    }
    if (target != open && recent_scalings(&s, c->now_ms) >= GW_MAX_SCALINGS) {
        int64_t wait_ms = s.scalings_ms[0] + GW_SCALING_WINDOW_MS - c->now_ms;
        gw_err_set(&c->err, GW_EXC_LIMIT_EXCEEDED,
                   "Stream %s under account %s was scaled %d times in the last 24 hours, the "
                   "most UpdateShardCount allows; the next scaling is possible %lld seconds from "
                   "now.",
                   s.name, c->gw->cfg.account_id, GW_MAX_SCALINGS,
                   (long long)((wait_ms + 999) / 1000));
        gw_meta_free(&s);
        return gw_call_fail(c);
    }
    struct arena *a = c->a;
    struct gw_val *out = gv_map(a);
    gv_put(a, out, "StreamName", gv_str(a, s.name));
    gv_put(a, out, "CurrentShardCount", gv_int(a, open));
    gv_put(a, out, "TargetShardCount", gv_int(a, target));
    gv_put(a, out, "StreamARN", gv_str(a, gw_stream_arn(c, s.name)));
    if (target == open) {
        gw_meta_free(&s);
        return gw_call_reply(c, out);
    }
    if (add_partitions(c, &s, (int32_t)target)) {
        gw_meta_free(&s);
        return gw_call_fail(c);
    }
    /* The open shards, in hash order, then closed. */
    int32_t *olds = calloc((size_t)open, sizeof *olds);
    if (!olds) {
        gw_meta_free(&s);
        return gw_call_error(c, GW_EXC_INTERNAL_FAILURE, "out of memory");
    }
    int32_t k = 0;
    for (int32_t i = 0; i < s.nshards; i++)
        if (s.shards[i].open)
            olds[k++] = i;
    for (int32_t i = 1; i < open; i++) /* insertion sort by StartingHashKey */
        for (int32_t j = i; j > 0 && s.shards[olds[j]].start < s.shards[olds[j - 1]].start; j--) {
            int32_t t = olds[j];
            olds[j] = olds[j - 1];
            olds[j - 1] = t;
        }
    gw_u128 lo = s.shards[olds[0]].start, hi = s.shards[olds[open - 1]].end;
    int rc = 0;
    for (int32_t i = 0; !rc && i < open; i++)
        rc = close_shard(c, &s, &s.shards[olds[i]]);
    for (int32_t j = 0; !rc && j < (int32_t)target; j++) {
        gw_u128 st, en;
        gw_hash_split_range(lo, hi, (int32_t)target, j, &st, &en);
        /* Lineage: the (at most two) old shards the new range overlaps
         * first. With a uniform layout a doubling or halving overlaps at
         * most two. */
        int32_t parents[2] = {-1, -1}, np = 0;
        for (int32_t i = 0; i < open && np < 2; i++) {
            const struct gw_shard *o = &s.shards[olds[i]];
            if (o->start <= en && o->end >= st)
                parents[np++] = olds[i];
        }
        int32_t idx = gw_meta_add_shard(&s, st, en, parents[0], parents[1], c->now_ms);
        if (idx < 0)
            rc = gw_err_set(&c->err, GW_EXC_INTERNAL_FAILURE, "out of memory");
        else
            start_at_log_end(c, &s, idx);
    }
    free(olds);
    if (rc) {
        gw_meta_free(&s);
        return gw_call_fail(c);
    }
    s.scalings_ms[s.nscalings++] = c->now_ms; /* fewer than GW_MAX_SCALINGS: checked above */
    finish(c, &s, out);
}

/*
 * gw_op_iterators.c - GetShardIterator and GetRecords.
 *
 * An iterator is a signed token for (stream, shard, offset) that expires 5
 * minutes after it was issued (ExpiredIteratorException); every GetRecords
 * answer carries a fresh one (COMPAT-TRAPS: "a fresh one with every
 * GetRecords"). At the end of a closed shard GetRecords returns no
 * NextShardIterator and lists the ChildShards, which is how readers learn
 * to move on after a split or merge.
 */
#include "gateway/gw_ops.h"

#include <stdlib.h>
#include <string.h>

#include "gateway/gw_iter.h"
#include "gateway/gw_seq.h"
#include "gateway/gw_status.h"
#include "protocol/status.h"

#define GET_RECORDS_DEFAULT_LIMIT 10000
#define GET_RECORDS_MAX_BYTES (10u << 20) /* AWS: up to 10 MiB per call */

static const char *make_iterator(struct gw_call *c, const struct gw_stream *s, int32_t partition,
                                 int64_t offset)
{
    struct gw_iter it = {.created_ms = c->now_ms, .stream_created_ms = s->created_ms,
                         .partition = partition, .offset = offset};
    memcpy(it.stream, s->name, sizeof it.stream);
    char *b64 = NULL;
    if (gw_iter_encode(c->gw->iter_key, &it, &b64))
        return NULL;
    const char *out = arena_strdup(c->a, b64);
    free(b64);
    return out;
}

void gw_get_shard_iterator(struct gw_call *c)
{
    struct gw_get_shard_iterator_in in = {0};
    struct gw_stream s;
    if (gw_dec_get_shard_iterator(c->a, c->fmt, c->in, &in, &c->err) ||
        gw_call_load_stream(c, &in.ref, &s))
        return gw_call_fail(c);
    int32_t idx = gw_shard_index(&s, in.shard_id);
    int64_t offset = 0;
    if (!gw_call_admit(c, &s, GW_ADMIT_DATA)) {
        if (idx < 0)
            gw_err_set(&c->err, GW_EXC_RESOURCE_NOT_FOUND,
                       "Shard %s in stream %s under account %s does not exist", in.shard_id,
                       s.name, c->gw->cfg.account_id);
        else
            gw_resolve_position(c, &s, &s.shards[idx], in.type, in.starting_sequence_number,
                                in.starting_sequence_number_len, in.has_timestamp,
                                in.timestamp_ms, &offset);
    }
    if (c->err.exc) {
        gw_meta_free(&s);
        return gw_call_fail(c);
    }
    const char *tok = make_iterator(c, &s, idx, offset);
    gw_meta_free(&s);
    if (!tok)
        return gw_call_error(c, GW_EXC_INTERNAL_FAILURE, "Could not create the iterator.");
    struct gw_val *out = gv_map(c->a);
    gv_put(c->a, out, "ShardIterator", gv_str(c->a, tok));
    gw_call_reply(c, out);
}

/* ChildShards of shard p: every shard that names it as a parent. */
static struct gw_val *child_shards(struct gw_call *c, const struct gw_stream *s, int32_t p)
{
    struct arena *a = c->a;
    struct gw_val *list = gv_arr(a);
    for (int32_t i = 0; i < s->nshards; i++) {
        const struct gw_shard *ch = &s->shards[i];
        if (ch->parent != p && ch->adjacent != p)
            continue;
        char id[24], par[24], lo[GW_U128_DEC], hi[GW_U128_DEC];
        gw_shard_id(i, id);
        struct gw_val *e = gv_map(a), *parents = gv_arr(a), *range = gv_map(a);
        gv_put(a, e, "ShardId", gv_str(a, id));
        gw_shard_id(ch->parent, par);
        gv_push(a, parents, gv_str(a, par));
        if (ch->adjacent >= 0) {
            gw_shard_id(ch->adjacent, par);
            gv_push(a, parents, gv_str(a, par));
        }
        gv_put(a, e, "ParentShards", parents);
        gw_u128_format(ch->start, lo);
        gw_u128_format(ch->end, hi);
        gv_put(a, range, "StartingHashKey", gv_str(a, lo));
        gv_put(a, range, "EndingHashKey", gv_str(a, hi));
        gv_put(a, e, "HashKeyRange", range);
        gv_push(a, list, e);
    }
    return list;
}

struct get_ctx {
    struct gw_call *c;
    struct gw_stream meta; /* only the fields below are kept valid */
    int32_t partition;
    int64_t offset;
    bool closed;
    int64_t end_offset;
    int64_t log_end;
    struct gw_val *children;
};

static void get_records_done(void *arg, int status, const struct gw_read_record *recs, size_t n,
                             int64_t next_offset)
{
    struct get_ctx *g = arg;
    struct gw_call *c = g->c;
    if (status)
        return gw_call_error(c, GW_EXC_INTERNAL_FAILURE, "Could not read the shard (%s).",
                             status_name(status));
    struct arena *a = c->a;
    if (g->closed) {
        /* Records past a closed shard's end belong to nobody in Kinesis. */
        while (n > 0 && recs[n - 1].offset >= g->end_offset)
            n--;
        if (next_offset > g->end_offset)
            next_offset = g->end_offset;
    }
    if (next_offset < g->offset)
        next_offset = g->offset;
    struct gw_val *out = gv_map(a);
    gv_put(a, out, "Records", gw_val_records(a, g->partition, recs, n));
    int64_t behind = 0;
    if (n > 0 && next_offset < g->log_end && c->now_ms > recs[n - 1].timestamp_ms)
        behind = c->now_ms - recs[n - 1].timestamp_ms;
    if (g->closed && next_offset >= g->end_offset) {
        gv_put(a, out, "ChildShards", g->children);
    } else {
        const char *tok = make_iterator(c, &g->meta, g->partition, next_offset);
        if (!tok)
            return gw_call_error(c, GW_EXC_INTERNAL_FAILURE, "Could not create the iterator.");
        gv_put(a, out, "NextShardIterator", gv_str(a, tok));
    }
    gv_put(a, out, "MillisBehindLatest", gv_int(a, behind));
    gw_call_reply(c, out);
}

void gw_get_records(struct gw_call *c)
{
    struct gw_get_records_in in = {0};
    if (gw_dec_get_records(c->a, c->fmt, c->in, &in, &c->err))
        return gw_call_fail(c);
    struct gw_iter it;
    int drc = gw_iter_decode(c->gw->iter_key, in.shard_iterator, in.shard_iterator_len, &it);
    if (drc == -E_FENCED)
        return gw_call_error(c, GW_EXC_EXPIRED_ITERATOR,
                             "Iterator expired (or issued before the broker restarted).");
    if (drc)
        return gw_call_error(c, GW_EXC_INVALID_ARGUMENT, "Invalid ShardIterator.");
    if (c->now_ms - it.created_ms > GW_ITER_TTL_MS)
        return gw_call_error(c, GW_EXC_EXPIRED_ITERATOR,
                             "Iterator expired. The iterator was created at time %lld while "
                             "right now it is %lld which is further in the future than the "
                             "tolerated delay of %d milliseconds.",
                             (long long)it.created_ms, (long long)c->now_ms, GW_ITER_TTL_MS);
    struct gw_stream s;
    if (gw_call_load_stream_name(c, it.stream, &s))
        return gw_call_fail(c);
    if (s.created_ms != it.stream_created_ms || it.partition >= s.nshards) {
        gw_meta_free(&s);
        return gw_call_error(c, GW_EXC_RESOURCE_NOT_FOUND,
                             "Shard of the iterator no longer exists in stream %s.", it.stream);
    }
    if (in.stream_arn) {
        const char *n = gw_arn_stream_name(c->a, in.stream_arn);
        if (!n || strcmp(n, s.name)) {
            gw_meta_free(&s);
            return gw_call_error(c, GW_EXC_INVALID_ARGUMENT,
                                 "StreamARN does not match the ShardIterator's stream.");
        }
    }
    struct get_ctx *g = arena_alloc(c->a, sizeof *g);
    if (!g) {
        gw_meta_free(&s);
        return gw_call_error(c, GW_EXC_INTERNAL_FAILURE, "out of memory");
    }
    const struct gw_shard *sh = &s.shards[it.partition];
    g->c = c;
    memcpy(g->meta.name, s.name, sizeof g->meta.name);
    g->meta.created_ms = s.created_ms;
    g->partition = it.partition;
    g->offset = it.offset;
    g->closed = !sh->open;
    g->end_offset = sh->end_offset;
    g->children = g->closed ? child_shards(c, &s, it.partition) : NULL;
    gw_meta_free(&s);
    const struct gw_backend *be = gw_call_backend(c);
    int64_t log_start;
    int rc = be->ops->offsets(be->impl, g->meta.name, g->partition, &log_start, &g->log_end);
    if (rc)
        return gw_call_error(c, GW_EXC_INTERNAL_FAILURE, "Could not read shard offsets (%s).",
                             status_name(rc));
    int64_t limit = in.has_limit ? in.limit : GET_RECORDS_DEFAULT_LIMIT;
    if (g->closed && g->offset >= g->end_offset)
        return get_records_done(g, 0, NULL, 0, g->offset);
    if (g->closed && g->end_offset - g->offset < limit)
        limit = g->end_offset - g->offset;
    rc = be->ops->read(be->impl, g->meta.name, g->partition, g->offset, (size_t)limit,
                       GET_RECORDS_MAX_BYTES, get_records_done, g);
    if (rc)
        gw_call_error(c, GW_EXC_INTERNAL_FAILURE, "Could not read the shard (%s).",
                      status_name(rc));
}

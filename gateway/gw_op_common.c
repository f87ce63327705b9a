/*
 * gw_op_common.c - helpers every operation family uses: finding the stream,
 * ARNs, the Shard and Record shapes, and resolving a starting position.
 */
#include "gateway/gw_ops.h"

#include <stdio.h>
#include <string.h>

#include "gateway/gw_seq.h"
#include "gateway/gw_status.h"
#include "protocol/status.h"

const char *gw_arn_stream_name(struct arena *a, const char *arn)
{
    const char *p = arn ? strstr(arn, ":stream/") : NULL;
    if (!p)
        return NULL;
    p += 8;
    size_t n = strcspn(p, "/");
    if (n == 0 || n > 128)
        return NULL;
    char *out = arena_alloc(a, n + 1);
    if (!out)
        return NULL;
    memcpy(out, p, n);
    out[n] = '\0';
    return out;
}

const char *gw_stream_arn(struct gw_call *c, const char *name)
{
    return arena_printf(c->a, "arn:aws:kinesis:%s:%s:stream/%s", c->gw->cfg.region,
                        c->gw->cfg.account_id, name);
}

const char *gw_consumer_arn(struct gw_call *c, const char *stream, const struct gw_consumer *co)
{
    return arena_printf(c->a, "arn:aws:kinesis:%s:%s:stream/%s/consumer/%s:%lld",
                        c->gw->cfg.region, c->gw->cfg.account_id, stream, co->name,
                        (long long)(co->created_ms / 1000));
}

int gw_call_load_stream_name(struct gw_call *c, const char *name, struct gw_stream *s)
{
    int rc = name ? gw_meta_load(gw_call_backend(c), name, s) : -E_NOTFOUND;
    if (rc == -E_NOTFOUND) {
        gw_err_set(&c->err, GW_EXC_RESOURCE_NOT_FOUND, "Stream %s under account %s not found.",
                   name ? name : "", c->gw->cfg.account_id);
        return rc;
    }
    if (rc)
        gw_err_set(&c->err, GW_EXC_INTERNAL_FAILURE, "Could not read stream metadata (%s).",
                   status_name(rc));
    else
        gw_status_settle(s, c->now_ms);
    return rc;
}

int gw_call_load_stream(struct gw_call *c, const struct gw_stream_ref *ref, struct gw_stream *s)
{
    const char *name = ref->name;
    if (ref->arn) {
        const char *from_arn = gw_arn_stream_name(c->a, ref->arn);
        if (!from_arn) {
            gw_err_set(&c->err, GW_EXC_INVALID_ARGUMENT, "Invalid StreamARN %s.", ref->arn);
            return -E_INVAL;
        }
        if (name && strcmp(name, from_arn)) {
            gw_err_set(&c->err, GW_EXC_INVALID_ARGUMENT,
                       "StreamARN %s does not match StreamName %s.", ref->arn, name);
            return -E_INVAL;
        }
        name = from_arn;
    }
    return gw_call_load_stream_name(c, name, s);
}

int gw_call_save_stream(struct gw_call *c, const struct gw_stream *s)
{
    c->changed = true;
    int rc = gw_meta_save(gw_call_backend(c), s);
    if (rc)
        gw_err_set(&c->err, GW_EXC_INTERNAL_FAILURE, "Could not store stream metadata (%s).",
                   status_name(rc));
    return rc;
}

int32_t gw_open_shards(const struct gw_stream *s)
{
    int32_t n = 0;
    for (int32_t i = 0; i < s->nshards; i++)
        n += s->shards[i].open;
    return n;
}

struct gw_val *gw_val_shard(struct gw_call *c, const struct gw_shard *sh)
{
    struct arena *a = c->a;
    char id[24], parent[24], adj[24], lo[GW_U128_DEC], hi[GW_U128_DEC], seq[GW_SEQ_BUF];
    gw_shard_id(sh->partition, id);
    struct gw_val *v = gv_map(a), *range = gv_map(a), *seqs = gv_map(a);
    if (!v || !range || !seqs)
        return NULL;
    gv_put(a, v, "ShardId", gv_str(a, id));
    if (sh->parent >= 0) {
        gw_shard_id(sh->parent, parent);
        gv_put(a, v, "ParentShardId", gv_str(a, parent));
    }
    if (sh->adjacent >= 0) {
        gw_shard_id(sh->adjacent, adj);
        gv_put(a, v, "AdjacentParentShardId", gv_str(a, adj));
    }
    gw_u128_format(sh->start, lo);
    gw_u128_format(sh->end, hi);
    gv_put(a, range, "StartingHashKey", gv_str(a, lo));
    gv_put(a, range, "EndingHashKey", gv_str(a, hi));
    gv_put(a, v, "HashKeyRange", range);
    gw_seq_format(sh->partition, sh->start_offset, seq);
    gv_put(a, seqs, "StartingSequenceNumber", gv_str(a, seq));
    if (!sh->open) {
        /* Closed: the last offset the shard could hold. */
        int64_t last = sh->end_offset > sh->start_offset ? sh->end_offset - 1 : sh->start_offset;
        gw_seq_format(sh->partition, last, seq);
        gv_put(a, seqs, "EndingSequenceNumber", gv_str(a, seq));
    }
    gv_put(a, v, "SequenceNumberRange", seqs);
    return v;
}

struct gw_val *gw_val_records(struct arena *a, int32_t partition,
                              const struct gw_read_record *recs, size_t n)
{
    struct gw_val *list = gv_arr(a);
    for (size_t i = 0; list && i < n; i++) {
        char seq[GW_SEQ_BUF];
        gw_seq_format(partition, recs[i].offset, seq);
        struct gw_val *r = gv_map(a);
        /* Borrowed, not copied: record bytes live until the backend's read
         * callback returns, and both callers serialize before that. */
        const void *data = recs[i].value ? (const void *)recs[i].value : "";
        if (!r || gv_push(a, list, r))
            return NULL;
        gv_put(a, r, "SequenceNumber", gv_str(a, seq));
        gv_put(a, r, "ApproximateArrivalTimestamp", gv_time(a, recs[i].timestamp_ms));
        gv_put(a, r, "Data", gv_bytes(a, data, recs[i].value_len));
        /* Kinesis requires a PartitionKey (1..256 characters): a Kafka
         * record without a key (null, or empty) shows its partition number,
         * as issue #7 specifies. */
        if (recs[i].key && recs[i].key_len > 0)
            gv_put(a, r, "PartitionKey", gv_strn(a, (const char *)recs[i].key, recs[i].key_len));
        else
            gv_put(a, r, "PartitionKey", gv_str(a, arena_printf(a, "%d", (int)partition)));
    }
    return list;
}

int gw_resolve_position(struct gw_call *c, const struct gw_stream *s, const struct gw_shard *sh,
                        const char *type, const char *seq, size_t seq_len, bool has_ts,
                        int64_t ts_ms, int64_t *offset)
{
    const struct gw_backend *be = gw_call_backend(c);
    int64_t log_start, log_end;
    int rc = be->ops->offsets(be->impl, s->name, sh->partition, &log_start, &log_end);
    if (rc) {
        gw_err_set(&c->err, GW_EXC_INTERNAL_FAILURE, "Could not read shard offsets (%s).",
                   status_name(rc));
        return rc;
    }
    if (log_start < sh->start_offset)
        log_start = sh->start_offset;
    char id[24];
    gw_shard_id(sh->partition, id);
    bool at = !strcmp(type, "AT_SEQUENCE_NUMBER"), after = !strcmp(type, "AFTER_SEQUENCE_NUMBER");
    if (at || after) {
        if (!seq)
            return gw_err_set(&c->err, GW_EXC_INVALID_ARGUMENT,
                              "Must specify StartingSequenceNumber for iterator type %s.", type);
        int32_t p;
        int64_t o;
        if (gw_seq_parse(seq, seq_len, &p, &o))
            return gw_err_set(&c->err, GW_EXC_INVALID_ARGUMENT,
                              "StartingSequenceNumber %s used in GetShardIterator on shard %s in "
                              "stream %s under account %s is invalid.",
                              seq, id, s->name, c->gw->cfg.account_id);
        if (p != sh->partition) {
            char other[24];
            gw_shard_id(p, other);
            return gw_err_set(&c->err, GW_EXC_INVALID_ARGUMENT,
                              "Invalid StartingSequenceNumber. It encodes %s, while it was used "
                              "in a call to a shard with %s",
                              other, id);
        }
        if (after)
            o++;
        if (o > log_end)
            return gw_err_set(&c->err, GW_EXC_INVALID_ARGUMENT,
                              "StartingSequenceNumber %s is beyond the end of shard %s.", seq, id);
        *offset = o < log_start ? log_start : (o > log_end ? log_end : o);
        return 0;
    }
    if (!strcmp(type, "TRIM_HORIZON")) {
        *offset = log_start;
        return 0;
    }
    if (!strcmp(type, "LATEST")) {
        *offset = log_end;
        return 0;
    }
    if (!strcmp(type, "AT_TIMESTAMP")) {
        if (!has_ts)
            return gw_err_set(&c->err, GW_EXC_INVALID_ARGUMENT,
                              "Must specify timestampInMillis parameter for iterator of type "
                              "AT_TIMESTAMP. Current request has no timestamp parameter.");
        if (ts_ms > c->now_ms)
            return gw_err_set(&c->err, GW_EXC_INVALID_ARGUMENT,
                              "The timestampInMillis parameter cannot be greater than the "
                              "currentTimestampInMillis. timestampInMillis: %lld, "
                              "currentTimestampInMillis: %lld",
                              (long long)ts_ms, (long long)c->now_ms);
        int64_t o;
        rc = be->ops->offset_for_time(be->impl, s->name, sh->partition, ts_ms, &o);
        if (rc) {
            gw_err_set(&c->err, GW_EXC_INTERNAL_FAILURE, "Could not search by time (%s).",
                       status_name(rc));
            return rc;
        }
        *offset = o < log_start ? log_start : o;
        return 0;
    }
    return gw_err_set(&c->err, GW_EXC_INVALID_ARGUMENT, "Unknown iterator type %s.", type);
}

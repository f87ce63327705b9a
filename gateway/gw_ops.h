/*
 * gw_ops.h - what the Kinesis operations share: the call context that
 * carries one request from decoding to its reply, and helpers.
 *
 * An operation is `void gw_<op>(struct gw_call *c)`: it decodes c->in with
 * its codec, works against the backend (directly, or through callbacks for
 * append and read), and ends with exactly one gw_call_reply() or
 * gw_call_fail(). The call lives in the exchange's arena, which the handler
 * hold keeps alive until that reply, even if the client has gone.
 */
#ifndef SLUICE_GW_OPS_H
#define SLUICE_GW_OPS_H

#include "gateway/gw_codec.h"
#include "gateway/gw_doc.h"
#include "gateway/gw_int.h"
#include "gateway/gw_meta.h"

/* Shards one stream may have (its partitions are real logs). AWS's
 * default account limit is 500 (200 in smaller regions). */
#define GW_SHARD_LIMIT 1024
/* AWS CreateStream: at most 5 streams CREATING at a time per account, at
 * most 50 ON_DEMAND streams (DescribeLimits shows the latter). */
#define GW_MAX_CREATING_STREAMS 5
#define GW_ON_DEMAND_STREAM_LIMIT 50

struct gw_sub;

/* Operation-wide state of one gateway. */
struct gw_api {
    struct gw_sub *subs; /* live SubscribeToShard streams */
    size_t nsubs;
};

struct gw_call {
    struct gateway *gw;
    struct gw_exchange *ex;
    struct arena *a; /* the exchange's arena */
    enum gw_fmt fmt;
    const struct gw_val *in;
    struct gw_err err;
    int64_t now_ms;
    const char *op_name;
    bool replied;
    bool changed; /* stream metadata changed: reply once it is durable */
    void *state;  /* the operation's own */
};

/* 200 with out serialized in the request's format (NULL means {}). */
void gw_call_reply(struct gw_call *c, struct gw_val *out);
/* 200 with an empty body: what AWS sends for operations without output
 * (CreateStream, DeleteStream, SplitShard ...). */
void gw_call_reply_empty(struct gw_call *c);
/* The AWS error in c->err (InternalFailure if none was set). */
void gw_call_fail(struct gw_call *c);
/* Set an error and fail in one step. */
void gw_call_error(struct gw_call *c, enum gw_exc exc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static inline const struct gw_backend *gw_call_backend(const struct gw_call *c)
{
    return c->gw->backend;
}

/* Resolve StreamName/StreamARN and load the stream. On failure sets
 * ResourceNotFoundException (or InvalidArgumentException when name and ARN
 * disagree) and returns non-zero. */
int gw_call_load_stream(struct gw_call *c, const struct gw_stream_ref *ref, struct gw_stream *s);
/* Load by name (used when the name comes from an ARN or iterator). */
int gw_call_load_stream_name(struct gw_call *c, const char *name, struct gw_stream *s);
/* The stream name inside a stream ARN (or consumer ARN), copied into the
 * arena; NULL if malformed. */
const char *gw_arn_stream_name(struct arena *a, const char *arn);
/* arn:aws:kinesis:<region>:<account>:stream/<name> into the arena. */
const char *gw_stream_arn(struct gw_call *c, const char *name);
/* Consumer ARN: <stream arn>/consumer/<name>:<created epoch seconds>. */
const char *gw_consumer_arn(struct gw_call *c, const char *stream, const struct gw_consumer *co);
/* A Shard structure as DescribeStream/ListShards show it. */
struct gw_val *gw_val_shard(struct gw_call *c, const struct gw_shard *sh);
/* Persist s, mapping a backend failure to InternalFailure (returns non-zero). */
int gw_call_save_stream(struct gw_call *c, const struct gw_stream *s);
/* Count of open shards. */
int32_t gw_open_shards(const struct gw_stream *s);

/* Operations, by family. */
void gw_create_stream(struct gw_call *c);
void gw_delete_stream(struct gw_call *c);
void gw_describe_stream(struct gw_call *c);
void gw_describe_stream_summary(struct gw_call *c);
void gw_list_streams(struct gw_call *c);
void gw_increase_retention(struct gw_call *c);
void gw_decrease_retention(struct gw_call *c);
void gw_update_max_record_size(struct gw_call *c);
void gw_describe_limits(struct gw_call *c);
void gw_list_shards(struct gw_call *c);
void gw_split_shard(struct gw_call *c);
void gw_merge_shards(struct gw_call *c);
void gw_update_shard_count(struct gw_call *c);
void gw_put_record(struct gw_call *c);
void gw_put_records(struct gw_call *c);
void gw_get_shard_iterator(struct gw_call *c);
void gw_get_records(struct gw_call *c);
void gw_add_tags_to_stream(struct gw_call *c);
void gw_remove_tags_from_stream(struct gw_call *c);
void gw_list_tags_for_stream(struct gw_call *c);
void gw_register_stream_consumer(struct gw_call *c);
void gw_deregister_stream_consumer(struct gw_call *c);
void gw_describe_stream_consumer(struct gw_call *c);
void gw_list_stream_consumers(struct gw_call *c);
void gw_subscribe_to_shard(struct gw_call *c);

/* Subscriptions (gw_op_subscribe.c): end every live one (gateway shutdown). */
void gw_subscribe_close_all(struct gateway *gw);

/* Resolve a starting position (iterator type + sequence number or
 * timestamp) on shard sh to an offset. Shared by GetShardIterator and
 * SubscribeToShard. Sets InvalidArgumentException and returns non-zero on a
 * bad position. */
int gw_resolve_position(struct gw_call *c, const struct gw_stream *s, const struct gw_shard *sh,
                        const char *type, const char *seq, size_t seq_len, bool has_ts,
                        int64_t ts_ms, int64_t *offset);
/* Records -> the Record list GetRecords and SubscribeToShard return. The
 * list borrows the record bytes: serialize it before the backend's read
 * callback returns. */
struct gw_val *gw_val_records(struct arena *a, int32_t partition,
                              const struct gw_read_record *recs, size_t n);

#endif

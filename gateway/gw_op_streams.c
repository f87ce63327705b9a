/*
 * gw_op_streams.c - CreateStream, DeleteStream, DescribeStream,
 * DescribeStreamSummary, ListStreams and DescribeLimits (a stream's settings
 * change in gw_op_settings.c). A stream is a topic; its shards are its
 * partitions. A new stream is CREATING for sluice.gateway.status.delay.ms,
 * then ACTIVE (gw_status.c); the topic exists from the start, so nothing
 * waits but the status clients see.
 */
#include "gateway/gw_ops.h"

#include <stdlib.h>
#include <string.h>

#include "gateway/gw_status.h"
#include "protocol/status.h"

#define ON_DEMAND_SHARDS 4 /* AWS starts an on-demand stream with 4 shards */
#define DEFAULT_LIST_LIMIT 100

static struct gw_val *mode_details(struct gw_call *c, const struct gw_stream *s)
{
    struct gw_val *m = gv_map(c->a);
    gv_put(c->a, m, "StreamMode", gv_str(c->a, s->on_demand ? "ON_DEMAND" : "PROVISIONED"));
    return m;
}

static struct gw_val *enhanced_monitoring(struct gw_call *c)
{
    /* A required member of the output shape: one entry, no metrics. */
    struct gw_val *list = gv_arr(c->a), *e = gv_map(c->a);
    gv_put(c->a, e, "ShardLevelMetrics", gv_arr(c->a));
    gv_push(c->a, list, e);
    return list;
}

/* Kinesis stream names are a subset of Kafka topic names; internal
 * topics (__consumer_offsets) and names Kinesis could not address are
 * not listed. */
static bool kinesis_name(const char *t)
{
    size_t n = strlen(t);
    if (n == 0 || n > 128 || !strncmp(t, "__", 2))
        return false;
    for (size_t i = 0; i < n; i++) {
        char ch = t[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
              ch == '_' || ch == '.' || ch == '-'))
            return false;
    }
    return true;
}

/* Account-wide counts over every stream (DescribeLimits, CreateStream's
 * limits). */
struct census {
    struct gw_call *c;
    int64_t open, on_demand, creating;
};

static int count_one(void *arg, const char *topic)
{
    struct census *n = arg;
    struct gw_stream s;
    if (!kinesis_name(topic) || gw_meta_load(gw_call_backend(n->c), topic, &s))
        return 0;
    n->open += gw_open_shards(&s);
    n->on_demand += s.on_demand;
    n->creating += gw_status_of(&s, n->c->now_ms) == GW_STREAM_CREATING;
    gw_meta_free(&s);
    return 0;
}

static void take_census(struct gw_call *c, struct census *n)
{
    const struct gw_backend *be = gw_call_backend(c);
    be->ops->topic_list(be->impl, count_one, n);
}

void gw_create_stream(struct gw_call *c)
{
    struct gw_create_stream_in in = {0};
    if (gw_dec_create_stream(c->a, c->fmt, c->in, &in, &c->err))
        return gw_call_fail(c);
    bool on_demand = in.mode && !strcmp(in.mode, "ON_DEMAND");
    if (!in.has_shard_count && !on_demand) {
        struct gw_vcheck vc = {0};
        vc_required(&vc, "shardCount", false);
        vc_done(&vc, &c->err);
        return gw_call_fail(c);
    }
    int64_t n = in.has_shard_count ? in.shard_count : ON_DEMAND_SHARDS;
    if (n > GW_SHARD_LIMIT)
        return gw_call_error(c, GW_EXC_LIMIT_EXCEEDED,
                             "This request would exceed the shard limit for the account %s. "
                             "Current limit is %d shards per stream.",
                             c->gw->cfg.account_id, GW_SHARD_LIMIT);
    /* The account-wide limits need a look at every stream: only when they
     * can apply (nothing is ever CREATING with a zero delay). */
    if (on_demand || c->gw->cfg.status_delay_ms > 0) {
        struct census cen = {.c = c};
        take_census(c, &cen);
        if (cen.creating >= GW_MAX_CREATING_STREAMS)
            return gw_call_error(c, GW_EXC_LIMIT_EXCEEDED,
                                 "Account %s already has %lld streams in CREATING state; at most "
                                 "%d may be created at a time.",
                                 c->gw->cfg.account_id, (long long)cen.creating,
                                 GW_MAX_CREATING_STREAMS);
        if (on_demand && cen.on_demand >= GW_ON_DEMAND_STREAM_LIMIT)
            return gw_call_error(c, GW_EXC_LIMIT_EXCEEDED,
                                 "This request would exceed the limit of %d ON_DEMAND streams for "
                                 "account %s.",
                                 GW_ON_DEMAND_STREAM_LIMIT, c->gw->cfg.account_id);
    }
    const struct gw_backend *be = gw_call_backend(c);
    int rc = be->ops->topic_create(be->impl, in.name, (int32_t)n);
    if (rc == -E_EXISTS)
        return gw_call_error(c, GW_EXC_RESOURCE_IN_USE, "Stream %s under account %s already exists.",
                             in.name, c->gw->cfg.account_id);
    if (rc)
        return gw_call_error(c, GW_EXC_INTERNAL_FAILURE, "Could not create the stream (%s).",
                             status_name(rc));
    struct gw_stream s = {0};
    memcpy(s.name, in.name, in.name_len + 1);
    s.created_ms = c->now_ms;
    s.retention_hours = 24;
    s.max_record_kib =
        in.has_max_record_kib ? (int32_t)in.max_record_kib : GW_RECORD_KIB_DEFAULT;
    s.on_demand = on_demand;
    rc = gw_status_begin(&s, GW_STREAM_CREATING, c->now_ms, c->gw->cfg.status_delay_ms);
    for (int32_t i = 0; !rc && i < (int32_t)n; i++) {
        gw_u128 lo, hi;
        gw_hash_split((int32_t)n, i, &lo, &hi);
        if (gw_meta_add_shard(&s, lo, hi, -1, -1, c->now_ms) < 0)
            rc = -E_NOMEM;
    }
    for (size_t i = 0; !rc && i < in.ntags; i++)
        rc = gw_meta_tag_set(&s, in.tags[i].key, in.tags[i].value);
    if (rc)
        gw_err_set(&c->err, GW_EXC_INTERNAL_FAILURE, "out of memory");
    else
        rc = gw_call_save_stream(c, &s);
    gw_meta_free(&s);
    if (rc) {
        be->ops->topic_delete(be->impl, in.name);
        return gw_call_fail(c);
    }
    gw_call_reply_empty(c);
}

void gw_delete_stream(struct gw_call *c)
{
    struct gw_delete_stream_in in = {0};
    struct gw_stream s;
    if (gw_dec_delete_stream(c->a, c->fmt, c->in, &in, &c->err) ||
        gw_call_load_stream(c, &in.ref, &s))
        return gw_call_fail(c);
    if (gw_call_admit(c, &s, GW_ADMIT_ACTIVE)) {
        gw_meta_free(&s);
        return gw_call_fail(c);
    }
    if (s.nconsumers && !in.enforce_consumer_deletion) {
        gw_err_set(&c->err, GW_EXC_RESOURCE_IN_USE,
                   "Stream %s under account %s has registered consumers. Deregister them or set "
                   "EnforceConsumerDeletion.",
                   s.name, c->gw->cfg.account_id);
        gw_meta_free(&s);
        return gw_call_fail(c);
    }
    const struct gw_backend *be = gw_call_backend(c);
    c->changed = true;
    int rc = be->ops->topic_delete(be->impl, s.name);
    gw_meta_free(&s);
    if (rc)
        return gw_call_error(c, rc == -E_NOTFOUND ? GW_EXC_RESOURCE_NOT_FOUND
                                                  : GW_EXC_INTERNAL_FAILURE,
                             "Could not delete the stream (%s).", status_name(rc));
    gw_call_reply_empty(c);
}

void gw_describe_stream(struct gw_call *c)
{
    struct gw_describe_stream_in in = {0};
    struct gw_stream s;
    if (gw_dec_describe_stream(c->a, c->fmt, c->in, &in, &c->err) ||
        gw_call_load_stream(c, &in.ref, &s))
        return gw_call_fail(c);
    struct arena *a = c->a;
    int64_t limit = in.has_limit ? in.limit : DEFAULT_LIST_LIMIT;
    int32_t first = 0;
    if (in.exclusive_start_shard_id) {
        /* Shards are numbered densely; anything "after" an id sorts by it. */
        first = gw_shard_index(&s, in.exclusive_start_shard_id) + 1;
        if (first == 0)
            first = strcmp(in.exclusive_start_shard_id, "shardId-") < 0 ? 0 : s.nshards;
    }
    struct gw_val *shards = gv_arr(a);
    int32_t i = first;
    for (; i < s.nshards && (int64_t)(i - first) < limit; i++)
        gv_push(a, shards, gw_val_shard(c, &s.shards[i]));
    struct gw_val *d = gv_map(a);
    gv_put(a, d, "StreamName", gv_str(a, s.name));
    gv_put(a, d, "StreamARN", gv_str(a, gw_stream_arn(c, s.name)));
    gv_put(a, d, "StreamStatus", gv_str(a, gw_status_name(gw_status_of(&s, c->now_ms))));
    gv_put(a, d, "StreamModeDetails", mode_details(c, &s));
    gv_put(a, d, "Shards", shards);
    gv_put(a, d, "HasMoreShards", gv_bool(a, i < s.nshards));
    gv_put(a, d, "RetentionPeriodHours", gv_int(a, s.retention_hours));
    gv_put(a, d, "StreamCreationTimestamp", gv_time(a, s.created_ms));
    gv_put(a, d, "EnhancedMonitoring", enhanced_monitoring(c));
    gv_put(a, d, "EncryptionType", gv_str(a, "NONE"));
    struct gw_val *out = gv_map(a);
    gv_put(a, out, "StreamDescription", d);
    gw_meta_free(&s);
    gw_call_reply(c, out);
}

void gw_describe_stream_summary(struct gw_call *c)
{
    struct gw_describe_stream_summary_in in = {0};
    struct gw_stream s;
    if (gw_dec_describe_stream_summary(c->a, c->fmt, c->in, &in, &c->err) ||
        gw_call_load_stream(c, &in.ref, &s))
        return gw_call_fail(c);
    struct arena *a = c->a;
    struct gw_val *d = gv_map(a);
    gv_put(a, d, "StreamName", gv_str(a, s.name));
    gv_put(a, d, "StreamARN", gv_str(a, gw_stream_arn(c, s.name)));
    gv_put(a, d, "StreamStatus", gv_str(a, gw_status_name(gw_status_of(&s, c->now_ms))));
    gv_put(a, d, "StreamModeDetails", mode_details(c, &s));
    gv_put(a, d, "RetentionPeriodHours", gv_int(a, s.retention_hours));
    gv_put(a, d, "StreamCreationTimestamp", gv_time(a, s.created_ms));
    gv_put(a, d, "EnhancedMonitoring", enhanced_monitoring(c));
    gv_put(a, d, "EncryptionType", gv_str(a, "NONE"));
    gv_put(a, d, "OpenShardCount", gv_int(a, gw_open_shards(&s)));
    gv_put(a, d, "ConsumerCount", gv_int(a, (int64_t)s.nconsumers));
    gv_put(a, d, "MaxRecordSizeInKiB", gv_int(a, s.max_record_kib));
    struct gw_val *out = gv_map(a);
    gv_put(a, out, "StreamDescriptionSummary", d);
    gw_meta_free(&s);
    gw_call_reply(c, out);
}

struct list_ctx {
    struct gw_call *c;
    const char *after;
    int64_t limit;
    int64_t n;
    bool more;
    const char *last;
    struct gw_val *names, *summaries;
};

static int list_one(void *arg, const char *topic)
{
    struct list_ctx *l = arg;
    if (!kinesis_name(topic) || (l->after && strcmp(topic, l->after) <= 0))
        return 0;
    if (l->n == l->limit) {
        l->more = true;
        return 1;
    }
    struct gw_call *c = l->c;
    struct arena *a = c->a;
    struct gw_stream s;
    if (gw_meta_load(gw_call_backend(c), topic, &s))
        return 0;
    gv_push(a, l->names, gv_str(a, topic));
    struct gw_val *sum = gv_map(a);
    gv_put(a, sum, "StreamName", gv_str(a, topic));
    gv_put(a, sum, "StreamARN", gv_str(a, gw_stream_arn(c, topic)));
    gv_put(a, sum, "StreamStatus", gv_str(a, gw_status_name(gw_status_of(&s, c->now_ms))));
    gv_put(a, sum, "StreamModeDetails", mode_details(c, &s));
    gv_put(a, sum, "StreamCreationTimestamp", gv_time(a, s.created_ms));
    gv_push(a, l->summaries, sum);
    gw_meta_free(&s);
    l->last = arena_strdup(a, topic);
    l->n++;
    return 0;
}

void gw_list_streams(struct gw_call *c)
{
    struct gw_list_streams_in in = {0};
    if (gw_dec_list_streams(c->a, c->fmt, c->in, &in, &c->err))
        return gw_call_fail(c);
    struct arena *a = c->a;
    struct list_ctx l = {.c = c, .limit = in.has_limit ? in.limit : DEFAULT_LIST_LIMIT};
    l.after = in.exclusive_start_stream_name;
    if (in.next_token) {
        /* NextToken is the base64 of the last name returned. */
        uint8_t *name;
        size_t n;
        const char *why;
        if (gw_base64_decode(a, in.next_token, strlen(in.next_token), &name, &n, &why) ||
            n == 0 || n > 128 || memchr(name, 0, n))
            return gw_call_error(c, GW_EXC_INVALID_ARGUMENT, "Invalid NextToken.");
        name[n] = '\0';
        l.after = (const char *)name;
    }
    l.names = gv_arr(a);
    l.summaries = gv_arr(a);
    const struct gw_backend *be = gw_call_backend(c);
    int rc = be->ops->topic_list(be->impl, list_one, &l);
    if (rc)
        return gw_call_error(c, GW_EXC_INTERNAL_FAILURE, "Could not list streams (%s).",
                             status_name(rc));
    struct gw_val *out = gv_map(a);
    gv_put(a, out, "StreamNames", l.names);
    gv_put(a, out, "HasMoreStreams", gv_bool(a, l.more));
    if (l.more && l.last) {
        char *tok = gw_base64_encode((const uint8_t *)l.last, strlen(l.last));
        if (tok) {
            gv_put(a, out, "NextToken", gv_str(a, tok));
            free(tok);
        }
    }
    gv_put(a, out, "StreamSummaries", l.summaries);
    gw_call_reply(c, out);
}

void gw_describe_limits(struct gw_call *c)
{
    struct census n = {.c = c};
    take_census(c, &n);
    struct arena *a = c->a;
    struct gw_val *out = gv_map(a);
    gv_put(a, out, "ShardLimit", gv_int(a, GW_SHARD_LIMIT));
    gv_put(a, out, "OpenShardCount", gv_int(a, n.open));
    gv_put(a, out, "OnDemandStreamCount", gv_int(a, n.on_demand));
    gv_put(a, out, "OnDemandStreamCountLimit", gv_int(a, GW_ON_DEMAND_STREAM_LIMIT));
    gw_call_reply(c, out);
}

/*
 * gw_codec_streams.c - inputs of CreateStream, DeleteStream, DescribeStream,
 * DescribeStreamSummary, ListStreams, Increase/DecreaseStreamRetention and
 * UpdateMaxRecordSize.
 * Constraints: Kinesis API reference, each action's "Request Parameters".
 */
#include "gateway/gw_codec.h"

#include <string.h>

#include "protocol/status.h"

int gw_dec_stream_ref(const struct gw_val *in, struct gw_stream_ref *ref, struct gw_vcheck *vc,
                      struct gw_err *err)
{
    if (gd_str(in, "StreamName", &ref->name, &ref->name_len, err) ||
        gd_str(in, "StreamARN", &ref->arn, &ref->arn_len, err))
        return -E_INVAL;
    vc_name(vc, "streamName", ref->name, ref->name_len, 128);
    vc_stream_arn(vc, "streamARN", ref->arn, ref->arn_len);
    /* Before StreamARN existed StreamName was required; with neither,
     * answer as the service did then. */
    if (!ref->name && !ref->arn)
        vc_required(vc, "streamName", false);
    return 0;
}

int gw_dec_create_stream(struct arena *a, enum gw_fmt fmt, const struct gw_val *in,
                         struct gw_create_stream_in *out, struct gw_err *err)
{
    (void)fmt;
    struct gw_vcheck vc = {0};
    const struct gw_val *mode = NULL;
    if (gd_str(in, "StreamName", &out->name, &out->name_len, err) ||
        gd_int(in, "ShardCount", &out->shard_count, &out->has_shard_count, err) ||
        gd_obj(in, "StreamModeDetails", &mode, err) ||
        gd_int(in, "MaxRecordSizeInKiB", &out->max_record_kib, &out->has_max_record_kib, err))
        return -E_INVAL;
    if (mode && gd_str(mode, "StreamMode", &out->mode, NULL, err))
        return -E_INVAL;
    if (gw_dec_tag_map(a, in, "Tags", "tags", &out->tags, &out->ntags, &vc, err))
        return -E_INVAL;
    if (vc_required(&vc, "streamName", out->name != NULL))
        vc_name(&vc, "streamName", out->name, out->name_len, 128);
    if (out->has_shard_count)
        vc_range(&vc, "shardCount", out->shard_count, 1, 100000);
    if (out->has_max_record_kib)
        vc_range(&vc, "maxRecordSizeInKiB", out->max_record_kib, 1024, 10240);
    if (mode) {
        static const char *const modes[] = {"PROVISIONED", "ON_DEMAND", NULL};
        if (vc_required(&vc, "streamModeDetails.streamMode", out->mode != NULL))
            vc_enum(&vc, "streamModeDetails.streamMode", out->mode, modes);
    }
    return vc_done(&vc, err);
}

int gw_dec_delete_stream(struct arena *a, enum gw_fmt fmt, const struct gw_val *in,
                         struct gw_delete_stream_in *out, struct gw_err *err)
{
    (void)a;
    (void)fmt;
    struct gw_vcheck vc = {0};
    bool present;
    if (gw_dec_stream_ref(in, &out->ref, &vc, err) ||
        gd_bool(in, "EnforceConsumerDeletion", &out->enforce_consumer_deletion, &present, err))
        return -E_INVAL;
    return vc_done(&vc, err);
}

int gw_dec_describe_stream(struct arena *a, enum gw_fmt fmt, const struct gw_val *in,
                           struct gw_describe_stream_in *out, struct gw_err *err)
{
    (void)a;
    (void)fmt;
    struct gw_vcheck vc = {0};
    size_t l;
    if (gw_dec_stream_ref(in, &out->ref, &vc, err) ||
        gd_int(in, "Limit", &out->limit, &out->has_limit, err) ||
        gd_str(in, "ExclusiveStartShardId", &out->exclusive_start_shard_id, &l, err))
        return -E_INVAL;
    if (out->has_limit)
        vc_range(&vc, "limit", out->limit, 1, 10000);
    vc_name(&vc, "exclusiveStartShardId", out->exclusive_start_shard_id, l, 128);
    return vc_done(&vc, err);
}

int gw_dec_describe_stream_summary(struct arena *a, enum gw_fmt fmt, const struct gw_val *in,
                                   struct gw_describe_stream_summary_in *out, struct gw_err *err)
{
    (void)a;
    (void)fmt;
    struct gw_vcheck vc = {0};
    if (gw_dec_stream_ref(in, &out->ref, &vc, err))
        return -E_INVAL;
    return vc_done(&vc, err);
}

int gw_dec_list_streams(struct arena *a, enum gw_fmt fmt, const struct gw_val *in,
                        struct gw_list_streams_in *out, struct gw_err *err)
{
    (void)a;
    (void)fmt;
    struct gw_vcheck vc = {0};
    size_t l1, l2;
    if (gd_int(in, "Limit", &out->limit, &out->has_limit, err) ||
        gd_str(in, "ExclusiveStartStreamName", &out->exclusive_start_stream_name, &l1, err) ||
        gd_str(in, "NextToken", &out->next_token, &l2, err))
        return -E_INVAL;
    if (out->has_limit)
        vc_range(&vc, "limit", out->limit, 1, 10000);
    vc_name(&vc, "exclusiveStartStreamName", out->exclusive_start_stream_name, l1, 128);
    vc_len(&vc, "nextToken", out->next_token, l2, 1, 1048576);
    return vc_done(&vc, err);
}

int gw_dec_retention(struct arena *a, enum gw_fmt fmt, const struct gw_val *in,
                     struct gw_retention_in *out, struct gw_err *err)
{
    (void)a;
    (void)fmt;
    struct gw_vcheck vc = {0};
    bool present;
    if (gw_dec_stream_ref(in, &out->ref, &vc, err) ||
        gd_int(in, "RetentionPeriodHours", &out->hours, &present, err))
        return -E_INVAL;
    if (vc_required(&vc, "retentionPeriodHours", present))
        vc_range(&vc, "retentionPeriodHours", out->hours, 1, 8760);
    return vc_done(&vc, err);
}

int gw_dec_update_max_record_size(struct arena *a, enum gw_fmt fmt, const struct gw_val *in,
                                  struct gw_update_max_record_size_in *out, struct gw_err *err)
{
    (void)a;
    (void)fmt;
    struct gw_vcheck vc = {0};
    bool present;
    const char *stream_id;
    size_t id_len;
    if (gw_dec_stream_ref(in, &out->ref, &vc, err) ||
        gd_int(in, "MaxRecordSizeInKiB", &out->max_record_kib, &present, err) ||
        gd_str(in, "StreamId", &stream_id, &id_len, err))
        return -E_INVAL;
    if (vc_required(&vc, "maxRecordSizeInKiB", present))
        vc_range(&vc, "maxRecordSizeInKiB", out->max_record_kib, 1024, 10240);
    if (stream_id)
        vc_len(&vc, "streamId", stream_id, id_len, 1, 24);
    return vc_done(&vc, err);
}

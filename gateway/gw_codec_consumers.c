/*
 * gw_codec_consumers.c - inputs of Register/Describe/List/DeregisterStream-
 * Consumer and SubscribeToShard. API reference: ConsumerName 1..128
 * [a-zA-Z0-9_.-]+, ConsumerARN and StreamARN patterns, MaxResults 1..10000,
 * StartingPosition.Type enum.
 */
#include "gateway/gw_codec.h"

#include "protocol/status.h"



int gw_dec_consumer(struct arena *a, enum gw_fmt fmt, const struct gw_val *in, bool register_op,
                    struct gw_consumer_in *out, struct gw_err *err)
{
    (void)a;
    (void)fmt;
    struct gw_vcheck vc = {0};
    size_t l;
    if (gd_str(in, "StreamARN", &out->stream_arn, &out->stream_arn_len, err) ||
        gd_str(in, "ConsumerName", &out->consumer_name, &l, err) ||
        (!register_op && gd_str(in, "ConsumerARN", &out->consumer_arn, &out->consumer_arn_len, err)))
        return -E_INVAL;
    if (register_op) {
        vc_required(&vc, "streamARN", out->stream_arn != NULL);
        vc_required(&vc, "consumerName", out->consumer_name != NULL);
    }
    vc_stream_arn(&vc, "streamARN", out->stream_arn, out->stream_arn_len);
    vc_name(&vc, "consumerName", out->consumer_name, l, 128);
    vc_consumer_arn(&vc, "consumerARN", out->consumer_arn, out->consumer_arn_len);
    if (vc_done(&vc, err))
        return -E_INVAL;
    if (!register_op && !out->consumer_arn && (!out->stream_arn || !out->consumer_name))
        return gw_err_set(err, GW_EXC_INVALID_ARGUMENT,
                          "Either ConsumerARN or both ConsumerName and StreamARN must be "
                          "provided.");
    return 0;
}

int gw_dec_list_consumers(struct arena *a, enum gw_fmt fmt, const struct gw_val *in,
                          struct gw_list_consumers_in *out, struct gw_err *err)
{
    (void)a;
    struct gw_vcheck vc = {0};
    if (gd_str(in, "StreamARN", &out->stream_arn, &out->stream_arn_len, err) ||
        gd_str(in, "NextToken", &out->next_token, &out->next_token_len, err) ||
        gd_int(in, "MaxResults", &out->max_results, &out->has_max_results, err) ||
        gd_time(fmt, in, "StreamCreationTimestamp", &out->stream_creation_ms,
                &out->has_stream_creation_ts, err))
        return -E_INVAL;
    if (vc_required(&vc, "streamARN", out->stream_arn != NULL))
        vc_stream_arn(&vc, "streamARN", out->stream_arn, out->stream_arn_len);
    vc_len(&vc, "nextToken", out->next_token, out->next_token_len, 1, 1048576);
    if (out->has_max_results)
        vc_range(&vc, "maxResults", out->max_results, 1, 10000);
    return vc_done(&vc, err);
}

int gw_dec_subscribe(struct arena *a, enum gw_fmt fmt, const struct gw_val *in,
                     struct gw_subscribe_in *out, struct gw_err *err)
{
    (void)a;
    struct gw_vcheck vc = {0};
    size_t l;
    const struct gw_val *pos;
    if (gd_str(in, "ConsumerARN", &out->consumer_arn, &out->consumer_arn_len, err) ||
        gd_str(in, "ShardId", &out->shard_id, &l, err) ||
        gd_obj(in, "StartingPosition", &pos, err))
        return -E_INVAL;
    if (pos && (gd_str(pos, "Type", &out->type, NULL, err) ||
                gd_str(pos, "SequenceNumber", &out->sequence_number, &out->sequence_number_len,
                       err) ||
                gd_time(fmt, pos, "Timestamp", &out->timestamp_ms, &out->has_timestamp, err)))
        return -E_INVAL;
    if (vc_required(&vc, "consumerARN", out->consumer_arn != NULL))
        vc_consumer_arn(&vc, "consumerARN", out->consumer_arn, out->consumer_arn_len);
    if (vc_required(&vc, "shardId", out->shard_id != NULL))
        vc_name(&vc, "shardId", out->shard_id, l, 128);
    if (vc_required(&vc, "startingPosition", pos != NULL) &&
        vc_required(&vc, "startingPosition.type", out->type != NULL))
        vc_enum(&vc, "startingPosition.type", out->type, GW_ITERATOR_TYPES);
    vc_digits(&vc, "startingPosition.sequenceNumber", out->sequence_number,
              out->sequence_number_len, 129);
    return vc_done(&vc, err);
}

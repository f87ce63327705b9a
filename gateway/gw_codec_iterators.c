/*
 * gw_codec_iterators.c - inputs of GetShardIterator and GetRecords.
 * API reference: ShardIteratorType enum; StartingSequenceNumber
 * 0|([1-9]\d{0,128}); ShardIterator 1..512; Limit 1..10000.
 */
#include "gateway/gw_codec.h"

#include "protocol/status.h"

const char *const GW_ITERATOR_TYPES[] = {"AT_SEQUENCE_NUMBER", "AFTER_SEQUENCE_NUMBER",
                                         "TRIM_HORIZON", "LATEST", "AT_TIMESTAMP", NULL};

int gw_dec_get_shard_iterator(struct arena *a, enum gw_fmt fmt, const struct gw_val *in,
                              struct gw_get_shard_iterator_in *out, struct gw_err *err)
{
    (void)a;
    struct gw_vcheck vc = {0};
    size_t l;
    if (gw_dec_stream_ref(in, &out->ref, &vc, err) ||
        gd_str(in, "ShardId", &out->shard_id, &l, err) ||
        gd_str(in, "ShardIteratorType", &out->type, NULL, err) ||
        gd_str(in, "StartingSequenceNumber", &out->starting_sequence_number,
               &out->starting_sequence_number_len, err) ||
        gd_time(fmt, in, "Timestamp", &out->timestamp_ms, &out->has_timestamp, err))
        return -E_INVAL;
    if (vc_required(&vc, "shardId", out->shard_id != NULL))
        vc_name(&vc, "shardId", out->shard_id, l, 128);
    if (vc_required(&vc, "shardIteratorType", out->type != NULL))
        vc_enum(&vc, "shardIteratorType", out->type, GW_ITERATOR_TYPES);
    vc_digits(&vc, "startingSequenceNumber", out->starting_sequence_number,
              out->starting_sequence_number_len, 129);
    return vc_done(&vc, err);
}

int gw_dec_get_records(struct arena *a, enum gw_fmt fmt, const struct gw_val *in,
                       struct gw_get_records_in *out, struct gw_err *err)
{
    (void)a;
    (void)fmt;
    struct gw_vcheck vc = {0};
    size_t l;
    if (gd_str(in, "ShardIterator", &out->shard_iterator, &out->shard_iterator_len, err) ||
        gd_int(in, "Limit", &out->limit, &out->has_limit, err) ||
        gd_str(in, "StreamARN", &out->stream_arn, &l, err))
        return -E_INVAL;
    if (vc_required(&vc, "shardIterator", out->shard_iterator != NULL))
        vc_len(&vc, "shardIterator", out->shard_iterator, out->shard_iterator_len, 1, 512);
    if (out->has_limit)
        vc_range(&vc, "limit", out->limit, 1, 10000);
    vc_stream_arn(&vc, "streamARN", out->stream_arn, l);
    return vc_done(&vc, err);
}

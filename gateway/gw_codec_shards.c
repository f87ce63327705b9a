/*
 * gw_codec_shards.c - inputs of ListShards, SplitShard, MergeShards and
 * UpdateShardCount (API reference constraints: ShardId 1..128
 * [a-zA-Z0-9_.-]+, MaxResults 1..10000, NextToken 1..1048576, hash keys
 * 0|([1-9]\d{0,38}), ShardFilter.Type enum, ScalingType UNIFORM_SCALING).
 */
#include "gateway/gw_codec.h"

#include "protocol/status.h"

int gw_dec_list_shards(struct arena *a, enum gw_fmt fmt, const struct gw_val *in,
                       struct gw_list_shards_in *out, struct gw_err *err)
{
    (void)a;
    struct gw_vcheck vc = {0};
    size_t l1 = 0, l2 = 0;
    const struct gw_val *filter;
    if (gd_str(in, "StreamName", &out->ref.name, &out->ref.name_len, err) ||
        gd_str(in, "StreamARN", &out->ref.arn, &out->ref.arn_len, err) ||
        gd_str(in, "NextToken", &out->next_token, &out->next_token_len, err) ||
        gd_str(in, "ExclusiveStartShardId", &out->exclusive_start_shard_id, &l1, err) ||
        gd_int(in, "MaxResults", &out->max_results, &out->has_max_results, err) ||
        gd_time(fmt, in, "StreamCreationTimestamp", &out->stream_creation_ms,
                &out->has_stream_creation_ts, err) ||
        gd_obj(in, "ShardFilter", &filter, err))
        return -E_INVAL;
    if (filter &&
        (gd_str(filter, "Type", &out->filter_type, NULL, err) ||
         gd_str(filter, "ShardId", &out->filter_shard_id, &l2, err) ||
         gd_time(fmt, filter, "Timestamp", &out->filter_ts_ms, &out->has_filter_ts, err)))
        return -E_INVAL;
    /* ListShards alone may omit the stream when NextToken carries it. */
    vc_name(&vc, "streamName", out->ref.name, out->ref.name_len, 128);
    vc_stream_arn(&vc, "streamARN", out->ref.arn, out->ref.arn_len);
    vc_len(&vc, "nextToken", out->next_token, out->next_token_len, 1, 1048576);
    vc_name(&vc, "exclusiveStartShardId", out->exclusive_start_shard_id, l1, 128);
    if (out->has_max_results)
        vc_range(&vc, "maxResults", out->max_results, 1, 10000);
    if (filter) {
        static const char *const types[] = {"AFTER_SHARD_ID", "AT_TRIM_HORIZON",
                                            "FROM_TRIM_HORIZON", "AT_LATEST", "AT_TIMESTAMP",
                                            "FROM_TIMESTAMP", NULL};
        if (vc_required(&vc, "shardFilter.type", out->filter_type != NULL))
            vc_enum(&vc, "shardFilter.type", out->filter_type, types);
        vc_name(&vc, "shardFilter.shardId", out->filter_shard_id, l2, 128);
    }
    return vc_done(&vc, err);
}

int gw_dec_split_shard(struct arena *a, enum gw_fmt fmt, const struct gw_val *in,
                       struct gw_split_shard_in *out, struct gw_err *err)
{
    (void)a;
    (void)fmt;
    struct gw_vcheck vc = {0};
    size_t l;
    if (gw_dec_stream_ref(in, &out->ref, &vc, err) ||
        gd_str(in, "ShardToSplit", &out->shard_to_split, &l, err) ||
        gd_str(in, "NewStartingHashKey", &out->new_starting_hash_key,
               &out->new_starting_hash_key_len, err))
        return -E_INVAL;
    if (vc_required(&vc, "shardToSplit", out->shard_to_split != NULL))
        vc_name(&vc, "shardToSplit", out->shard_to_split, l, 128);
    if (vc_required(&vc, "newStartingHashKey", out->new_starting_hash_key != NULL))
        vc_digits(&vc, "newStartingHashKey", out->new_starting_hash_key,
                  out->new_starting_hash_key_len, 39);
    return vc_done(&vc, err);
}

int gw_dec_merge_shards(struct arena *a, enum gw_fmt fmt, const struct gw_val *in,
                        struct gw_merge_shards_in *out, struct gw_err *err)
{
    (void)a;
    (void)fmt;
    struct gw_vcheck vc = {0};
    size_t l1, l2;
    if (gw_dec_stream_ref(in, &out->ref, &vc, err) ||
        gd_str(in, "ShardToMerge", &out->shard_to_merge, &l1, err) ||
        gd_str(in, "AdjacentShardToMerge", &out->adjacent_shard_to_merge, &l2, err))
        return -E_INVAL;
    if (vc_required(&vc, "shardToMerge", out->shard_to_merge != NULL))
        vc_name(&vc, "shardToMerge", out->shard_to_merge, l1, 128);
    if (vc_required(&vc, "adjacentShardToMerge", out->adjacent_shard_to_merge != NULL))
        vc_name(&vc, "adjacentShardToMerge", out->adjacent_shard_to_merge, l2, 128);
    return vc_done(&vc, err);
}

int gw_dec_update_shard_count(struct arena *a, enum gw_fmt fmt, const struct gw_val *in,
                              struct gw_update_shard_count_in *out, struct gw_err *err)
{
    (void)a;
    (void)fmt;
    struct gw_vcheck vc = {0};
    bool present;
    if (gw_dec_stream_ref(in, &out->ref, &vc, err) ||
        gd_int(in, "TargetShardCount", &out->target_shard_count, &present, err) ||
        gd_str(in, "ScalingType", &out->scaling_type, NULL, err))
        return -E_INVAL;
    if (vc_required(&vc, "targetShardCount", present))
        vc_range(&vc, "targetShardCount", out->target_shard_count, 1, 100000);
    static const char *const types[] = {"UNIFORM_SCALING", NULL};
    if (vc_required(&vc, "scalingType", out->scaling_type != NULL))
        vc_enum(&vc, "scalingType", out->scaling_type, types);
    return vc_done(&vc, err);
}

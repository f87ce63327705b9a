/*
 * gw_codec.h - operation inputs: one C struct per Kinesis operation, decoded
 * from the format-neutral document (gw_doc.h) and validated against the
 * API reference's constraints.
 *
 * Every decoder has the shape
 *   int gw_dec_<op>(struct arena *a, enum gw_fmt fmt, const struct gw_val *in,
 *                   struct gw_<op>_in *out, struct gw_err *err);
 * returning 0, or -E_INVAL with err holding SerializationException (a member
 * of the wrong type, bad base64) or ValidationException (a constraint).
 * Strings are NUL-terminated views into the request arena; NULL = absent.
 * Families live in gw_codec_<family>.c.
 */
#ifndef SLUICE_GW_CODEC_H
#define SLUICE_GW_CODEC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "gateway/gw_check.h"
#include "gateway/gw_doc.h"

/* Most operations name their stream by StreamName or StreamARN. */
struct gw_stream_ref {
    const char *name;
    size_t name_len;
    const char *arn;
    size_t arn_len;
};

/* Read StreamName/StreamARN into ref and validate both shapes. */
int gw_dec_stream_ref(const struct gw_val *in, struct gw_stream_ref *ref, struct gw_vcheck *vc,
                      struct gw_err *err);

#define GW_DECODER(op) \
    int gw_dec_##op(struct arena *a, enum gw_fmt fmt, const struct gw_val *in, \
                    struct gw_##op##_in *out, struct gw_err *err)

/* ---------------------------------------------------------- streams */
struct gw_tag_in {
    const char *key, *value;
    size_t key_len, value_len;
};

/* A Tags map member (1..50 entries; keys 1..128, values 0..256 chars). */
int gw_dec_tag_map(struct arena *a, const struct gw_val *in, const char *key, const char *member,
                   struct gw_tag_in **tags, size_t *ntags, struct gw_vcheck *vc,
                   struct gw_err *err);

struct gw_create_stream_in {
    const char *name;
    size_t name_len;
    bool has_shard_count;
    int64_t shard_count;
    const char *mode; /* PROVISIONED | ON_DEMAND, NULL */
    struct gw_tag_in *tags;
    size_t ntags;
    bool has_max_record_kib;
    int64_t max_record_kib; /* MaxRecordSizeInKiB 1024..10240 */
};
GW_DECODER(create_stream);

struct gw_delete_stream_in {
    struct gw_stream_ref ref;
    bool enforce_consumer_deletion;
};
GW_DECODER(delete_stream);

struct gw_describe_stream_in {
    struct gw_stream_ref ref;
    bool has_limit;
    int64_t limit;
    const char *exclusive_start_shard_id;
};
GW_DECODER(describe_stream);

struct gw_describe_stream_summary_in {
    struct gw_stream_ref ref;
};
GW_DECODER(describe_stream_summary);

struct gw_list_streams_in {
    bool has_limit;
    int64_t limit;
    const char *exclusive_start_stream_name;
    const char *next_token;
};
GW_DECODER(list_streams);

struct gw_retention_in {
    struct gw_stream_ref ref;
    int64_t hours;
};
GW_DECODER(retention);

/* AWS names the stream by StreamARN only (StreamId is "reserved for future
 * use" and ignored); StreamName is taken too, as everywhere else. */
struct gw_update_max_record_size_in {
    struct gw_stream_ref ref;
    int64_t max_record_kib; /* 1024..10240 */
};
GW_DECODER(update_max_record_size);

/* ---------------------------------------------------------- shards */
struct gw_list_shards_in {
    struct gw_stream_ref ref;
    const char *next_token;
    size_t next_token_len;
    const char *exclusive_start_shard_id;
    bool has_max_results;
    int64_t max_results;
    bool has_stream_creation_ts;
    int64_t stream_creation_ms;
    const char *filter_type; /* ShardFilter.Type, NULL if no filter */
    const char *filter_shard_id;
    bool has_filter_ts;
    int64_t filter_ts_ms;
};
GW_DECODER(list_shards);

struct gw_split_shard_in {
    struct gw_stream_ref ref;
    const char *shard_to_split;
    const char *new_starting_hash_key;
    size_t new_starting_hash_key_len;
};
GW_DECODER(split_shard);

struct gw_merge_shards_in {
    struct gw_stream_ref ref;
    const char *shard_to_merge;
    const char *adjacent_shard_to_merge;
};
GW_DECODER(merge_shards);

struct gw_update_shard_count_in {
    struct gw_stream_ref ref;
    int64_t target_shard_count;
    const char *scaling_type;
};
GW_DECODER(update_shard_count);

/* ---------------------------------------------------------- records */
/* Data of the largest record any stream takes (MaxRecordSizeInKiB 10240),
 * before base64; the stream's own limit (data + partition key) is checked
 * by the operation. */
#define GW_MAX_RECORD_DATA (10u << 20)
#define GW_MAX_PUT_RECORDS 500
/* Data + partition keys, whole request: 10 MiB since large records came
 * (5 MiB before). */
#define GW_MAX_PUT_RECORDS_BYTES (10u << 20)

struct gw_record_in {
    const uint8_t *data;
    size_t data_len;
    const char *partition_key;
    size_t partition_key_len;
    const char *explicit_hash_key;
    size_t explicit_hash_key_len;
};

struct gw_put_record_in {
    struct gw_stream_ref ref;
    struct gw_record_in rec;
    const char *sequence_number_for_ordering;
};
GW_DECODER(put_record);

struct gw_put_records_in {
    struct gw_stream_ref ref;
    struct gw_record_in *recs;
    size_t nrecs;
};
GW_DECODER(put_records);

/* ---------------------------------------------------------- iterators */
/* ShardIteratorType / StartingPosition.Type values, NULL-terminated. */
extern const char *const GW_ITERATOR_TYPES[];

struct gw_get_shard_iterator_in {
    struct gw_stream_ref ref;
    const char *shard_id;
    const char *type;
    const char *starting_sequence_number;
    size_t starting_sequence_number_len;
    bool has_timestamp;
    int64_t timestamp_ms;
};
GW_DECODER(get_shard_iterator);

struct gw_get_records_in {
    const char *shard_iterator;
    size_t shard_iterator_len;
    bool has_limit;
    int64_t limit;
    const char *stream_arn;
};
GW_DECODER(get_records);

/* ---------------------------------------------------------- tags */
struct gw_add_tags_in {
    struct gw_stream_ref ref;
    struct gw_tag_in *tags;
    size_t ntags;
};
GW_DECODER(add_tags);

struct gw_remove_tags_in {
    struct gw_stream_ref ref;
    const char **keys;
    size_t nkeys;
};
GW_DECODER(remove_tags);

struct gw_list_tags_in {
    struct gw_stream_ref ref;
    const char *exclusive_start_tag_key;
    bool has_limit;
    int64_t limit;
};
GW_DECODER(list_tags);

/* ---------------------------------------------------------- consumers */
struct gw_consumer_in {
    const char *stream_arn;
    size_t stream_arn_len;
    const char *consumer_name;
    const char *consumer_arn;
    size_t consumer_arn_len;
};
/* Register: StreamARN + ConsumerName required. Describe/Deregister: either
 * ConsumerARN, or StreamARN + ConsumerName. */
int gw_dec_consumer(struct arena *a, enum gw_fmt fmt, const struct gw_val *in, bool register_op,
                    struct gw_consumer_in *out, struct gw_err *err);

struct gw_list_consumers_in {
    const char *stream_arn;
    size_t stream_arn_len;
    const char *next_token;
    size_t next_token_len;
    bool has_max_results;
    int64_t max_results;
    bool has_stream_creation_ts;
    int64_t stream_creation_ms;
};
GW_DECODER(list_consumers);

struct gw_subscribe_in {
    const char *consumer_arn;
    size_t consumer_arn_len;
    const char *shard_id;
    const char *type; /* StartingPosition.Type */
    const char *sequence_number;
    size_t sequence_number_len;
    bool has_timestamp;
    int64_t timestamp_ms;
};
GW_DECODER(subscribe);

#endif

/*
 * gw_backend.h - the narrow interface between the Kinesis operations and
 * partition storage.
 *
 * A Kinesis stream is a topic; a shard is a partition. Everything Kinesis
 * knows that Kafka does not (hash-key ranges, lineage, open/closed state,
 * tags, consumers, creation time) is kept by the gateway as per-topic
 * attributes: small key -> value strings the backend persists with the
 * topic's metadata and never interprets.
 *
 * All calls are made on the loop thread. Calls that may wait for I/O
 * (append, read) complete through a callback, which may run before the call
 * returns (the in-memory test backend does that) or later on the loop.
 * Record bytes handed to a read callback are borrowed for the duration of the
 * callback only. Every started append/read must have called back before
 * gw_free() (the callbacks reach into the gateway): drain or complete them
 * with an error first when shutting down.
 *
 * Status codes are those of protocol/status.h: 0, -E_NOTFOUND (no such
 * topic or partition), -E_EXISTS, -E_RANGE (offset outside the log), -E_IO,
 * -E_NOMEM, -E_INVAL.
 */
#ifndef SLUICE_GW_BACKEND_H
#define SLUICE_GW_BACKEND_H

#include <stddef.h>
#include <stdint.h>

/* The largest batch one append carries: a PutRecords call of 10 MiB of
 * data and partition keys (the request limit, also the largest single
 * record) plus the record framing and explicit-hash-key headers of up to
 * 500 records (under 100 bytes each). Topics the gateway creates take
 * batches this large (topic config max.message.bytes). */
#define GW_BATCH_MAX_BYTES (11u << 20)

/* The Kafka record header that carries a Kinesis ExplicitHashKey (decimal). */
#define GW_HDR_EXPLICIT_HASH_KEY "sluice.explicit_hash_key"

/* One record to append: key = PartitionKey, value = Data. */
struct gw_append_record {
    const uint8_t *key;
    size_t key_len;
    const uint8_t *value;
    size_t value_len;
    const char *explicit_hash_key; /* decimal string or NULL: written as a header */
};

/* One record read back. key is NULL for a Kafka record without a key
 * (GetRecords then shows the partition number as its PartitionKey). */
struct gw_read_record {
    int64_t offset;
    int64_t timestamp_ms; /* append time (LogAppendTime, else CreateTime) */
    const uint8_t *key;
    size_t key_len;
    const uint8_t *value;
    size_t value_len;
    const char *explicit_hash_key; /* from the header, or NULL */
};

/* status 0: base_offset is the offset of recs[0]; the batch got consecutive
 * offsets; append_time_ms is the time the broker stamped. */
typedef void (*gw_append_cb)(void *arg, int status, int64_t base_offset, int64_t append_time_ms);
/* status 0: n records (possibly 0) starting at the first offset >= the one
 * asked for; next_offset is where the next read should start. */
typedef void (*gw_read_cb)(void *arg, int status, const struct gw_read_record *recs, size_t n,
                           int64_t next_offset);
/* status 0: every topic change made before the sync call is durable. */
typedef void (*gw_sync_cb)(void *arg, int status);
/* Called once per topic by topic_list, in ascending name order; return
 * non-zero to stop. */
typedef int (*gw_topic_cb)(void *arg, const char *topic);

struct gw_backend_ops {
    /* Create a topic with `partitions` partitions. -E_EXISTS if present. */
    int (*topic_create)(void *impl, const char *topic, int32_t partitions);
    /* Delete a topic and its data and attributes. -E_NOTFOUND if absent. */
    int (*topic_delete)(void *impl, const char *topic);
    /* Enumerate topics (internal `__` topics included; the caller filters). */
    int (*topic_list)(void *impl, gw_topic_cb cb, void *arg);
    /* Number of partitions, or -E_NOTFOUND. */
    int (*partition_count)(void *impl, const char *topic, int32_t *count);
    /* Add `add` partitions at the end (Kafka CreatePartitions semantics). */
    int (*partitions_add)(void *impl, const char *topic, int32_t add);
    /* Log start (first retained offset) and log end (next offset to write). */
    int (*offsets)(void *impl, const char *topic, int32_t partition, int64_t *log_start,
                   int64_t *log_end);
    /* First offset whose timestamp is >= ts_ms (log end if none). */
    int (*offset_for_time)(void *impl, const char *topic, int32_t partition, int64_t ts_ms,
                           int64_t *offset);
    /* Append n records as one batch. Returns non-zero only when the request
     * could not be started (then cb is not called). */
    int (*append)(void *impl, const char *topic, int32_t partition,
                  const struct gw_append_record *recs, size_t n, gw_append_cb cb, void *arg);
    /* Read up to max_records / about max_bytes from offset. An offset below
     * log start reads from log start. Returns non-zero only when the read
     * could not be started. */
    int (*read)(void *impl, const char *topic, int32_t partition, int64_t offset,
                size_t max_records, size_t max_bytes, gw_read_cb cb, void *arg);
    /* Attribute get: *value is a heap copy the caller frees; -E_NOTFOUND. */
    int (*attr_get)(void *impl, const char *topic, const char *key, char **value);
    /* Attribute set; value NULL removes the key. */
    int (*attr_set)(void *impl, const char *topic, const char *key, const char *value);
    /* Topic config retention.ms. */
    int (*retention_set)(void *impl, const char *topic, int64_t retention_ms);
    /* Raise topic config max.message.bytes (the largest batch an append
     * may carry) to at least min_bytes; no change when it is that large
     * already. For topics made through Kafka, whose limit is the broker's
     * message.max.bytes (1 MiB), before they take 10 MiB records. */
    int (*max_message_bytes_raise)(void *impl, const char *topic, int64_t min_bytes);
    /* Optional (NULL: changes are durable when the calls above return).
     * Topic changes (create, delete, partitions, attributes, retention)
     * take effect at once but may reach stable storage later; sync calls
     * cb once every change made so far is durable (status 0) or failed to
     * be (negative). cb may run before sync returns. Returns non-zero only
     * when it could not start (then cb is not called). The gateway answers
     * a changing operation only from this callback. */
    int (*sync)(void *impl, gw_sync_cb cb, void *arg);
};

struct gw_backend {
    const struct gw_backend_ops *ops;
    void *impl;
};

#endif

/*
 * gw_meta.h - what Kinesis knows about a stream that Kafka does not, kept
 * in the backend as topic attributes.
 *
 * Shard i is partition i. A stream created through Kinesis gets N
 * partitions with even hash ranges; a split or merge adds partitions for
 * the children and closes the parents (no more writes; readers of a closed
 * shard reach its end and move to the children). A topic created through
 * Kafka has no attributes until Kinesis first changes it: it reads as a
 * stream whose partitions are open shards with even ranges.
 *
 * Attributes (values are JSON text, written with jansson):
 *   kinesis.created_ms       "1767323045000"
 *   kinesis.retention_hours  "24"
 *   kinesis.max_record_kib   "1024" (MaxRecordSizeInKiB: data + partition key)
 *   kinesis.mode             "PROVISIONED" | "ON_DEMAND"
 *   kinesis.shards           [{"p":0,"s":"0","e":"3402...455","parent":-1,
 *                              "adj":-1,"open":true,"so":0,"eo":-1,"c":ms,"x":0}]
 *   kinesis.tags             {"k":"v",...}
 *   kinesis.consumers        [{"n":"name","c":ms}]
 *   kinesis.status           {"s":"CREATING"|"UPDATING","until":ms}; absent = ACTIVE
 *   kinesis.scalings         [ms,...] UpdateShardCount calls of the last 24 hours
 *                            (gw_status.c: no timer, the deadline is the state)
 */
#ifndef SLUICE_GW_META_H
#define SLUICE_GW_META_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "gateway/gw_backend.h"
#include "gateway/gw_hash.h"

#define GW_MAX_CONSUMERS 20 /* AWS: 20 registered consumers per stream */
#define GW_MAX_TAGS 50      /* AWS: 50 tags per stream */
/* MaxRecordSizeInKiB: 1 MiB unless UpdateMaxRecordSize (or CreateStream)
 * chose up to 10 MiB. */
#define GW_RECORD_KIB_DEFAULT 1024
#define GW_RECORD_KIB_MAX 10240
/* AWS: UpdateShardCount at most 10 times per rolling 24 hours per stream. */
#define GW_MAX_SCALINGS 10
#define GW_SCALING_WINDOW_MS (24 * 3600 * 1000LL)

/* StreamStatus. DELETING is never shown: DeleteStream removes the topic at
 * once. Transitions and what each state admits: gw_status.c. */
enum gw_stream_status {
    GW_STREAM_ACTIVE = 0,
    GW_STREAM_CREATING,
    GW_STREAM_UPDATING,
};

struct gw_shard {
    int32_t partition;
    gw_u128 start, end;
    int32_t parent, adjacent; /* -1: none */
    bool open;
    int64_t start_offset; /* first offset of this shard's log */
    int64_t end_offset;   /* closed: log end when it closed (exclusive) */
    int64_t created_ms;
    int64_t closed_ms;
};

struct gw_tag {
    char *key, *value;
};

struct gw_consumer {
    char *name;
    int64_t created_ms;
};

struct gw_stream {
    char name[129];
    int64_t created_ms;
    int32_t retention_hours;
    int32_t max_record_kib; /* largest record: data + partition key, KiB */
    bool on_demand;
    bool persisted; /* attributes exist (created or changed through Kinesis) */
    struct gw_shard *shards;
    int32_t nshards;
    struct gw_tag *tags;
    size_t ntags;
    struct gw_consumer *consumers;
    size_t nconsumers;
    /* As stored: a transitional status and the time it ends (read it
     * through gw_status_of, which knows the clock). */
    enum gw_stream_status status;
    int64_t status_until_ms;
    /* When UpdateShardCount changed the stream, oldest first (at most the
     * last GW_MAX_SCALINGS; older than the window count for nothing). */
    int64_t scalings_ms[GW_MAX_SCALINGS];
    int32_t nscalings;
};

/* The attribute that holds the shard list (JSON, see above). */
#define GW_ATTR_SHARDS "kinesis.shards"

/* True when shards_json (a kinesis.shards value, may be NULL) marks
 * partition as a closed shard (a split or merge closed it): Kafka producers
 * must not write there. Cheap when no shard is closed. */
bool gw_meta_partition_closed(const char *shards_json, int32_t partition);

/* Load a stream; -E_NOTFOUND when the topic does not exist. */
int gw_meta_load(const struct gw_backend *be, const char *name, struct gw_stream *s);
/* Write every attribute. */
int gw_meta_save(const struct gw_backend *be, const struct gw_stream *s);
void gw_meta_free(struct gw_stream *s);
/* "shardId-000000000007" -> 7; -1 if the id is not of that form or out of range. */
int32_t gw_shard_index(const struct gw_stream *s, const char *shard_id);
void gw_shard_id(int32_t index, char out[24]);
/* Append a shard (partition = nshards). Returns its index or -E_NOMEM. */
int32_t gw_meta_add_shard(struct gw_stream *s, gw_u128 start, gw_u128 end, int32_t parent,
                          int32_t adjacent, int64_t now_ms);
/* Tags / consumers editing. */
int gw_meta_tag_set(struct gw_stream *s, const char *key, const char *value);
void gw_meta_tag_remove(struct gw_stream *s, const char *key);
int gw_meta_consumer_add(struct gw_stream *s, const char *name, int64_t now_ms);
struct gw_consumer *gw_meta_consumer_find(struct gw_stream *s, const char *name);
void gw_meta_consumer_remove(struct gw_stream *s, const char *name);

#endif

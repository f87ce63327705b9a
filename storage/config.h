/*
 * config.h - storage configuration with Kafka's names and defaults.
 *
 * Broker level: struct store_config, one field per Kafka broker property
 * (log.segment.bytes -> log_segment_bytes ...), filled with Kafka's
 * defaults by store_config_init() and set by name with store_config_set()
 * so the broker's config file parser can pass `key=value` pairs through.
 *
 * Topic level: overrides are kept as strings under Kafka's topic config
 * names (segment.bytes, retention.ms, cleanup.policy ...), validated when
 * set, persisted with the topic, and resolved against the broker config
 * into typed values (struct tcfg) whenever they change. tcfg_describe()
 * lists every topic config with its effective value and where it came
 * from, which is what DescribeConfigs needs.
 */
#ifndef SLUICE_STORAGE_CONFIG_H
#define SLUICE_STORAGE_CONFIG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "storage/io.h"
#include "storage/kvmap.h"

/* cleanup.policy bits */
#define STORE_CLEANUP_DELETE 1
#define STORE_CLEANUP_COMPACT 2

/* message.timestamp.type */
enum store_ts_type {
    STORE_TS_CREATE_TIME = 0,
    STORE_TS_LOG_APPEND_TIME = 1,
};

/* A field holding this value was not set (used where Kafka derives one
 * property from another, e.g. log.retention.ms from log.retention.hours). */
#define STORE_UNSET INT64_MIN

/*
 * Decompression hook for the log cleaner (compaction of compressed
 * batches). codec is the batch's attributes & 7 (1 gzip, 2 snappy, 3 lz4,
 * 4 zstd). On success *out holds the decompressed records area (allocated
 * with malloc, freed by storage) of at most max_len bytes. Returns 0 or a
 * negative status (-E_UNSUPPORTED, -E_CORRUPT, -E_TOOBIG). Called on the
 * cleaner thread: it must be thread-safe. protocol/records' decompressor
 * is meant to be plugged in here.
 */
typedef int (*store_decompress_fn)(void *ctx, int codec, const uint8_t *in, size_t in_len,
                                   size_t max_len, uint8_t **out, size_t *out_len);
/* Optional compression hook, used to re-compress a compacted batch with its
 * original codec. Same conventions. Without it, rewritten batches are
 * stored uncompressed (valid, just larger). */
typedef int (*store_compress_fn)(void *ctx, int codec, const uint8_t *in, size_t in_len,
                                 uint8_t **out, size_t *out_len);

struct store_codec_hooks {
    store_decompress_fn decompress;
    store_compress_fn compress;
    void *ctx;
};

struct store_config {
    /* log.dirs: a comma-separated list; storage uses the first entry only
     * (one data directory per broker for now). log.dir is accepted as an
     * alias. Default "./data". */
    char log_dirs[4096];
    int64_t log_segment_bytes;                 /* log.segment.bytes, 1 GiB */
    int64_t log_roll_ms;                       /* log.roll.ms, unset */
    int64_t log_roll_hours;                    /* log.roll.hours, 168 */
    int64_t log_retention_ms;                  /* log.retention.ms, unset; -1 = forever */
    int64_t log_retention_minutes;             /* log.retention.minutes, unset */
    int64_t log_retention_hours;               /* log.retention.hours, 168 */
    int64_t log_retention_bytes;               /* log.retention.bytes, -1 */
    int64_t log_flush_interval_messages;       /* log.flush.interval.messages, INT64_MAX */
    int64_t log_flush_interval_ms;             /* log.flush.interval.ms, unset = never */
    int32_t log_cleanup_policy;                /* log.cleanup.policy, delete */
    int64_t log_retention_check_interval_ms;   /* log.retention.check.interval.ms, 300000 */
    int64_t log_index_interval_bytes;          /* log.index.interval.bytes, 4096 */
    int64_t log_index_size_max_bytes;          /* log.index.size.max.bytes, 10 MiB */
    int64_t log_cleaner_delete_retention_ms;   /* log.cleaner.delete.retention.ms, 1 day */
    int64_t log_cleaner_min_compaction_lag_ms; /* log.cleaner.min.compaction.lag.ms, 0 */
    int64_t log_cleaner_max_compaction_lag_ms; /* log.cleaner.max.compaction.lag.ms, max */
    double log_cleaner_min_cleanable_ratio;    /* log.cleaner.min.cleanable.ratio, 0.5 */
    int64_t log_cleaner_dedupe_buffer_size;    /* log.cleaner.dedupe.buffer.size, 128 MiB */
    int64_t log_cleaner_backoff_ms;            /* log.cleaner.backoff.ms, 15000 */
    bool log_cleaner_enable;                   /* log.cleaner.enable, true */
    int32_t log_message_timestamp_type;        /* log.message.timestamp.type, CreateTime */
    int64_t message_max_bytes;                 /* message.max.bytes, 1048588 */
    /* log.flush.offset.checkpoint.interval.ms, 60000: how often recovery
     * points are checkpointed (log start offsets are written at once). */
    int64_t log_flush_offset_checkpoint_interval_ms;
    /* sluice.durable.acks.all, true: an append that asks for durability
     * (acks=all) completes only after an fdatasync covers it. false gives
     * Kafka's stock behaviour (acks=all answered from the page cache). */
    bool sluice_durable_acks_all;
    /* sluice.open.segments.max, 0 = auto (half of RLIMIT_NOFILE, at least
     * 64): how many segments keep an open file descriptor (LRU). */
    int64_t sluice_open_segments_max;
    /* sluice.flush.syncfs.threshold, 4: a group-commit round that must make
     * at least this many files or directories durable issues one syncfs
     * instead of one fdatasync each (one journal commit for all of them;
     * it also writes back unrelated dirty data on that file system). 0
     * never uses syncfs. */
    int64_t sluice_flush_syncfs_threshold;
    /* sluice.append.gather.bytes, 1048576: while a partition's fdatasync
     * runs, its durable appends are gathered in memory, up to this many
     * bytes, and written with one write() when it ends (or when the
     * buffer fills): on ext4 a stream of small appends racing an
     * fdatasync of the same file slows both down. 0 writes every append
     * at once. At most 64 such buffers exist per store. */
    int64_t sluice_append_gather_bytes;

    /* Not properties: */
    const struct sio *io;           /* NULL = sio_posix() */
    struct store_codec_hooks codec; /* all NULL = no decompression */
    uint64_t set_mask;              /* keys set through store_config_set */
};

/* Fill cfg with Kafka's defaults. */
void store_config_init(struct store_config *cfg);

/*
 * Set a broker property by its Kafka name from its string form. Returns 0,
 * -E_NOTFOUND for a key storage does not know (the broker may own it), or
 * -E_INVAL for a value that does not parse or is out of range.
 */
int store_config_set(struct store_config *cfg, const char *key, const char *value);

/* Resolved broker values (Kafka's precedence: ms over minutes over hours). */
int64_t store_config_retention_ms(const struct store_config *cfg);
int64_t store_config_roll_ms(const struct store_config *cfg);
/* The first entry of log.dirs, copied into buf. -E_INVAL if empty/long. */
int store_config_log_dir(const struct store_config *cfg, char *buf, size_t len);

/* ------------------------------------------------------------ topic level */

/* Effective, typed topic settings (overrides resolved against the broker
 * config). INT64_MAX stands for "never"/"unlimited" where Kafka uses -1 or
 * Long.MAX_VALUE; retention_ms/retention_bytes keep Kafka's -1. */
struct tcfg {
    int64_t segment_bytes;
    int64_t segment_ms;
    int64_t segment_index_bytes;
    int64_t index_interval_bytes;
    int64_t retention_ms;    /* -1: no time limit */
    int64_t retention_bytes; /* -1: no size limit */
    int32_t cleanup_policy;  /* STORE_CLEANUP_* bits */
    int64_t delete_retention_ms;
    int64_t min_compaction_lag_ms;
    int64_t max_compaction_lag_ms;
    double min_cleanable_dirty_ratio;
    int32_t timestamp_type; /* enum store_ts_type */
    int64_t max_message_bytes;
    int64_t flush_messages;
    int64_t flush_ms; /* INT64_MAX: no time-based flush */
};

/* Where an effective topic config value comes from (DescribeConfigs maps
 * these to DYNAMIC_TOPIC_CONFIG / STATIC_BROKER_CONFIG / DEFAULT_CONFIG). */
enum store_cfg_source {
    STORE_CFG_SRC_TOPIC = 1,
    STORE_CFG_SRC_BROKER = 2,
    STORE_CFG_SRC_DEFAULT = 3,
};

/*
 * Check a topic config override. 0 when key is a topic config Kafka knows
 * and value is valid for it, -E_NOTFOUND for an unknown key, -E_INVAL for
 * a bad value.
 */
int tcfg_validate(const char *key, const char *value);

/* Compute the effective settings from the broker config and overrides
 * (which must have been validated). */
void tcfg_resolve(const struct store_config *bc, const struct kvmap *overrides, struct tcfg *out);

/* Called for every topic config, in name order. value is borrowed for the
 * duration of the call. */
typedef void (*tcfg_describe_cb)(void *arg, const char *name, const char *value,
                                 enum store_cfg_source source);
void tcfg_describe(const struct store_config *bc, const struct kvmap *overrides,
                   tcfg_describe_cb cb, void *arg);

/* The effective value of one topic config as a string, into buf. Returns 0,
 * -E_NOTFOUND for an unknown key, -E_INVAL if buf is too small. */
int tcfg_effective(const struct store_config *bc, const struct kvmap *overrides, const char *key,
                   char *buf, size_t len, enum store_cfg_source *source);

#endif

/*
 * config.c - broker and topic configuration for storage (see config.h).
 *
 * Two tables drive everything: broker properties (name, type, field,
 * range) and topic configs (name, type, range, which broker property gives
 * the default). Topic values are resolved through their string form so an
 * override and a broker default follow one parsing path.
 */
#include "storage/config.h"

#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "protocol/status.h"

enum ktype { T_LONG, T_INT, T_DOUBLE, T_BOOL, T_POLICY, T_TSTYPE, T_DIRS, T_CODEC, T_STRING };

/* ------------------------------------------------------------ parsing */

static int parse_long(const char *s, int64_t min, int64_t max, int64_t *out)
{
    if (!s || !*s)
        return -E_INVAL;
    char *end;
    errno = 0;
    long long v = strtoll(s, &end, 10);
    if (errno || *end || v < min || v > max)
        return -E_INVAL;
    *out = v;
    return 0;
}

static int parse_double(const char *s, double min, double max, double *out)
{
    if (!s || !*s)
        return -E_INVAL;
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (errno || *end || !isfinite(v) || v < min || v > max)
        return -E_INVAL;
    *out = v;
    return 0;
}

static int parse_bool(const char *s, bool *out)
{
    if (s && !strcasecmp(s, "true"))
        *out = true;
    else if (s && !strcasecmp(s, "false"))
        *out = false;
    else
        return -E_INVAL;
    return 0;
}

/* "delete", "compact", "compact,delete" (any order, spaces allowed). */
static int parse_policy(const char *s, int32_t *out)
{
    int32_t bits = 0;
    const char *p = s;
    if (!s)
        return -E_INVAL;
    while (*p) {
        while (*p == ' ')
            p++;
        const char *e = p;
        while (*e && *e != ',' && *e != ' ')
            e++;
        size_t n = (size_t)(e - p);
        if (n == 6 && !strncasecmp(p, "delete", 6))
            bits |= STORE_CLEANUP_DELETE;
        else if (n == 7 && !strncasecmp(p, "compact", 7))
            bits |= STORE_CLEANUP_COMPACT;
        else
            return -E_INVAL;
        while (*e == ' ')
            e++;
        if (*e == ',') {
            e++;
            if (!*e)
                return -E_INVAL;
        } else if (*e) {
            return -E_INVAL;
        }
        p = e;
    }
    if (!bits)
        return -E_INVAL;
    *out = bits;
    return 0;
}

static int parse_tstype(const char *s, int32_t *out)
{
    if (s && !strcmp(s, "CreateTime"))
        *out = STORE_TS_CREATE_TIME;
    else if (s && !strcmp(s, "LogAppendTime"))
        *out = STORE_TS_LOG_APPEND_TIME;
    else
        return -E_INVAL;
    return 0;
}

static int parse_codec(const char *s)
{
    static const char *const names[] = {"uncompressed", "zstd", "lz4", "snappy", "gzip",
                                        "producer"};
    for (size_t i = 0; s && i < sizeof names / sizeof names[0]; i++)
        if (!strcmp(s, names[i]))
            return 0;
    return -E_INVAL;
}

static const char *policy_str(int32_t bits)
{
    switch (bits) {
    case STORE_CLEANUP_DELETE: return "delete";
    case STORE_CLEANUP_COMPACT: return "compact";
    default: return "compact,delete";
    }
}

static const char *tstype_str(int32_t t)
{
    return t == STORE_TS_LOG_APPEND_TIME ? "LogAppendTime" : "CreateTime";
}

/* ------------------------------------------------------- broker properties */

struct bkey {
    const char *name;
    enum ktype type;
    size_t off;
    int64_t min;
    int64_t max;
};

#define F(field) offsetof(struct store_config, field)
static const struct bkey bkeys[] = {
    {"log.dirs", T_DIRS, F(log_dirs), 0, 0},
    {"log.dir", T_DIRS, F(log_dirs), 0, 0},
    {"log.segment.bytes", T_INT, F(log_segment_bytes), 14, INT32_MAX},
    {"log.roll.ms", T_LONG, F(log_roll_ms), 1, INT64_MAX},
    {"log.roll.hours", T_INT, F(log_roll_hours), 1, INT32_MAX},
    {"log.retention.ms", T_LONG, F(log_retention_ms), -1, INT64_MAX},
    {"log.retention.minutes", T_INT, F(log_retention_minutes), -1, INT32_MAX},
    {"log.retention.hours", T_INT, F(log_retention_hours), -1, INT32_MAX},
    {"log.retention.bytes", T_LONG, F(log_retention_bytes), -1, INT64_MAX},
    {"log.flush.interval.messages", T_LONG, F(log_flush_interval_messages), 1, INT64_MAX},
    {"log.flush.interval.ms", T_LONG, F(log_flush_interval_ms), 0, INT64_MAX},
    {"log.cleanup.policy", T_POLICY, F(log_cleanup_policy), 0, 0},
    {"log.retention.check.interval.ms", T_LONG, F(log_retention_check_interval_ms), 1, INT64_MAX},
    {"log.index.interval.bytes", T_INT, F(log_index_interval_bytes), 0, INT32_MAX},
    {"log.index.size.max.bytes", T_INT, F(log_index_size_max_bytes), 4, INT32_MAX},
    {"log.cleaner.delete.retention.ms", T_LONG, F(log_cleaner_delete_retention_ms), 0,
     INT64_MAX},
    {"log.cleaner.min.compaction.lag.ms", T_LONG, F(log_cleaner_min_compaction_lag_ms), 0,
     INT64_MAX},
    {"log.cleaner.max.compaction.lag.ms", T_LONG, F(log_cleaner_max_compaction_lag_ms), 1,
     INT64_MAX},
    {"log.cleaner.min.cleanable.ratio", T_DOUBLE, F(log_cleaner_min_cleanable_ratio), 0, 1},
    {"log.cleaner.dedupe.buffer.size", T_LONG, F(log_cleaner_dedupe_buffer_size), 4096,
     INT64_MAX},
    {"log.cleaner.backoff.ms", T_LONG, F(log_cleaner_backoff_ms), 0, INT64_MAX},
    {"log.cleaner.enable", T_BOOL, F(log_cleaner_enable), 0, 0},
    {"log.message.timestamp.type", T_TSTYPE, F(log_message_timestamp_type), 0, 0},
    {"message.max.bytes", T_INT, F(message_max_bytes), 0, INT32_MAX},
    {"log.flush.offset.checkpoint.interval.ms", T_INT,
     F(log_flush_offset_checkpoint_interval_ms), 0, INT32_MAX},
    {"sluice.durable.acks.all", T_BOOL, F(sluice_durable_acks_all), 0, 0},
    {"sluice.open.segments.max", T_LONG, F(sluice_open_segments_max), 0, INT32_MAX},
    {"sluice.flush.syncfs.threshold", T_LONG, F(sluice_flush_syncfs_threshold), 0, INT32_MAX},
    {"sluice.append.gather.bytes", T_LONG, F(sluice_append_gather_bytes), 0, 1073741824},
};
#undef F
#define NBKEYS (sizeof bkeys / sizeof bkeys[0])

void store_config_init(struct store_config *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    snprintf(cfg->log_dirs, sizeof cfg->log_dirs, "%s", "./data");
    cfg->log_segment_bytes = 1073741824;
    cfg->log_roll_ms = STORE_UNSET;
    cfg->log_roll_hours = 168;
    cfg->log_retention_ms = STORE_UNSET;
    cfg->log_retention_minutes = STORE_UNSET;
    cfg->log_retention_hours = 168;
    cfg->log_retention_bytes = -1;
    cfg->log_flush_interval_messages = INT64_MAX;
    cfg->log_flush_interval_ms = STORE_UNSET;
    cfg->log_cleanup_policy = STORE_CLEANUP_DELETE;
    cfg->log_retention_check_interval_ms = 300000;
    cfg->log_index_interval_bytes = 4096;
    cfg->log_index_size_max_bytes = 10485760;
    cfg->log_cleaner_delete_retention_ms = 86400000;
    cfg->log_cleaner_min_compaction_lag_ms = 0;
    cfg->log_cleaner_max_compaction_lag_ms = INT64_MAX;
    cfg->log_cleaner_min_cleanable_ratio = 0.5;
    cfg->log_cleaner_dedupe_buffer_size = 134217728;
    cfg->log_cleaner_backoff_ms = 15000;
    cfg->log_cleaner_enable = true;
    cfg->log_message_timestamp_type = STORE_TS_CREATE_TIME;
    cfg->message_max_bytes = 1048588;
    cfg->log_flush_offset_checkpoint_interval_ms = 60000;
    cfg->sluice_durable_acks_all = true;
    cfg->sluice_open_segments_max = 0;
    cfg->sluice_flush_syncfs_threshold = 4;
    cfg->sluice_append_gather_bytes = 1048576;
    cfg->io = NULL;
}

int store_config_set(struct store_config *cfg, const char *key, const char *value)
{
    for (size_t i = 0; i < NBKEYS; i++) {
        const struct bkey *k = &bkeys[i];
        if (strcmp(k->name, key))
            continue;
        void *field = (char *)cfg + k->off;
        int rc = 0;
        switch (k->type) {
        case T_LONG:
        case T_INT: {
            int64_t v;
            rc = parse_long(value, k->min, k->max, &v);
            if (!rc)
                memcpy(field, &v, sizeof v);
            break;
        }
        case T_DOUBLE: {
            double v;
            rc = parse_double(value, (double)k->min, (double)k->max, &v);
            if (!rc)
                memcpy(field, &v, sizeof v);
            break;
        }
        case T_BOOL: {
            bool v;
            rc = parse_bool(value, &v);
            if (!rc)
                memcpy(field, &v, sizeof v);
            break;
        }
        case T_POLICY:
        case T_TSTYPE: {
            int32_t v;
            rc = k->type == T_POLICY ? parse_policy(value, &v) : parse_tstype(value, &v);
            if (!rc)
                memcpy(field, &v, sizeof v);
            break;
        }
        case T_DIRS:
            if (!value || !*value || strlen(value) >= sizeof cfg->log_dirs)
                return -E_INVAL;
            snprintf(cfg->log_dirs, sizeof cfg->log_dirs, "%s", value);
            break;
        default:
            return -E_INVAL;
        }
        if (!rc)
            cfg->set_mask |= 1ull << i;
        return rc;
    }
    return -E_NOTFOUND;
}

static bool broker_key_set(const struct store_config *cfg, const char *name)
{
    for (size_t i = 0; i < NBKEYS; i++)
        if (!strcmp(bkeys[i].name, name))
            return (cfg->set_mask >> i) & 1;
    return false;
}

int64_t store_config_retention_ms(const struct store_config *cfg)
{
    int64_t v;
    if (cfg->log_retention_ms != STORE_UNSET)
        v = cfg->log_retention_ms;
    else if (cfg->log_retention_minutes != STORE_UNSET)
        v = cfg->log_retention_minutes < 0 ? -1 : cfg->log_retention_minutes * 60000;
    else
        v = cfg->log_retention_hours < 0 ? -1 : cfg->log_retention_hours * 3600000;
    return v < 0 ? -1 : v;
}

int64_t store_config_roll_ms(const struct store_config *cfg)
{
    if (cfg->log_roll_ms != STORE_UNSET)
        return cfg->log_roll_ms;
    return cfg->log_roll_hours * 3600000;
}

int store_config_log_dir(const struct store_config *cfg, char *buf, size_t len)
{
    const char *s = cfg->log_dirs;
    while (*s == ' ')
        s++;
    size_t n = strcspn(s, ",");
    while (n && s[n - 1] == ' ')
        n--;
    if (n == 0 || n >= len)
        return -E_INVAL;
    memcpy(buf, s, n);
    buf[n] = '\0';
    return 0;
}

/* ------------------------------------------------------------ topic keys */

enum tk_id {
    TK_CLEANUP_POLICY,
    TK_COMPRESSION_TYPE,
    TK_DELETE_RETENTION_MS,
    TK_FILE_DELETE_DELAY_MS,
    TK_FLUSH_MESSAGES,
    TK_FLUSH_MS,
    TK_FOLLOWER_THROTTLED,
    TK_INDEX_INTERVAL_BYTES,
    TK_LEADER_THROTTLED,
    TK_MAX_COMPACTION_LAG_MS,
    TK_MAX_MESSAGE_BYTES,
    TK_MESSAGE_DOWNCONVERSION,
    TK_TS_AFTER_MAX_MS,
    TK_TS_BEFORE_MAX_MS,
    TK_TS_DIFFERENCE_MAX_MS,
    TK_TIMESTAMP_TYPE,
    TK_MIN_CLEANABLE_RATIO,
    TK_MIN_COMPACTION_LAG_MS,
    TK_MIN_INSYNC_REPLICAS,
    TK_PREALLOCATE,
    TK_RETENTION_BYTES,
    TK_RETENTION_MS,
    TK_SEGMENT_BYTES,
    TK_SEGMENT_INDEX_BYTES,
    TK_SEGMENT_JITTER_MS,
    TK_SEGMENT_MS,
    TK_UNCLEAN_ELECTION,
};

struct tkey {
    enum tk_id id;
    const char *name;
    enum ktype type;
    int64_t min;
    int64_t max;
    const char *broker_key;     /* broker property giving the default, or NULL */
    const char *static_default; /* when no broker field backs it */
};

/* In name order, so DescribeConfigs output is sorted. The static defaults
 * are Kafka's; storage stores and reports these keys but other rooms act
 * on the ones it does not use (compression.type, min.insync.replicas ...). */
static const struct tkey tkeys[] = {
    {TK_CLEANUP_POLICY, "cleanup.policy", T_POLICY, 0, 0, "log.cleanup.policy", NULL},
    {TK_COMPRESSION_TYPE, "compression.type", T_CODEC, 0, 0, NULL, "producer"},
    {TK_DELETE_RETENTION_MS, "delete.retention.ms", T_LONG, 0, INT64_MAX,
     "log.cleaner.delete.retention.ms", NULL},
    {TK_FILE_DELETE_DELAY_MS, "file.delete.delay.ms", T_LONG, 0, INT64_MAX, NULL, "60000"},
    {TK_FLUSH_MESSAGES, "flush.messages", T_LONG, 1, INT64_MAX, "log.flush.interval.messages",
     NULL},
    {TK_FLUSH_MS, "flush.ms", T_LONG, 0, INT64_MAX, "log.flush.interval.ms", NULL},
    {TK_FOLLOWER_THROTTLED, "follower.replication.throttled.replicas", T_STRING, 0, 0, NULL, ""},
    {TK_INDEX_INTERVAL_BYTES, "index.interval.bytes", T_INT, 0, INT32_MAX,
     "log.index.interval.bytes", NULL},
    {TK_LEADER_THROTTLED, "leader.replication.throttled.replicas", T_STRING, 0, 0, NULL, ""},
    {TK_MAX_COMPACTION_LAG_MS, "max.compaction.lag.ms", T_LONG, 1, INT64_MAX,
     "log.cleaner.max.compaction.lag.ms", NULL},
    {TK_MAX_MESSAGE_BYTES, "max.message.bytes", T_INT, 0, INT32_MAX, "message.max.bytes", NULL},
    {TK_MESSAGE_DOWNCONVERSION, "message.downconversion.enable", T_BOOL, 0, 0, NULL, "true"},
    {TK_TS_AFTER_MAX_MS, "message.timestamp.after.max.ms", T_LONG, 0, INT64_MAX, NULL,
     "9223372036854775807"},
    {TK_TS_BEFORE_MAX_MS, "message.timestamp.before.max.ms", T_LONG, 0, INT64_MAX, NULL,
     "9223372036854775807"},
    {TK_TS_DIFFERENCE_MAX_MS, "message.timestamp.difference.max.ms", T_LONG, 0, INT64_MAX, NULL,
     "9223372036854775807"},
    {TK_TIMESTAMP_TYPE, "message.timestamp.type", T_TSTYPE, 0, 0, "log.message.timestamp.type",
     NULL},
    {TK_MIN_CLEANABLE_RATIO, "min.cleanable.dirty.ratio", T_DOUBLE, 0, 1,
     "log.cleaner.min.cleanable.ratio", NULL},
    {TK_MIN_COMPACTION_LAG_MS, "min.compaction.lag.ms", T_LONG, 0, INT64_MAX,
     "log.cleaner.min.compaction.lag.ms", NULL},
    {TK_MIN_INSYNC_REPLICAS, "min.insync.replicas", T_INT, 1, INT32_MAX, NULL, "1"},
    {TK_PREALLOCATE, "preallocate", T_BOOL, 0, 0, NULL, "false"},
    {TK_RETENTION_BYTES, "retention.bytes", T_LONG, -1, INT64_MAX, "log.retention.bytes", NULL},
    {TK_RETENTION_MS, "retention.ms", T_LONG, -1, INT64_MAX, "log.retention.ms", NULL},
    {TK_SEGMENT_BYTES, "segment.bytes", T_INT, 14, INT32_MAX, "log.segment.bytes", NULL},
    {TK_SEGMENT_INDEX_BYTES, "segment.index.bytes", T_INT, 4, INT32_MAX,
     "log.index.size.max.bytes", NULL},
    {TK_SEGMENT_JITTER_MS, "segment.jitter.ms", T_LONG, 0, INT64_MAX, NULL, "0"},
    {TK_SEGMENT_MS, "segment.ms", T_LONG, 1, INT64_MAX, "log.roll.ms", NULL},
    {TK_UNCLEAN_ELECTION, "unclean.leader.election.enable", T_BOOL, 0, 0, NULL, "false"},
};
#define NTKEYS (sizeof tkeys / sizeof tkeys[0])

static const struct tkey *tkey_find(const char *name)
{
    for (size_t i = 0; i < NTKEYS; i++)
        if (!strcmp(tkeys[i].name, name))
            return &tkeys[i];
    return NULL;
}

static int check_value(const struct tkey *k, const char *value)
{
    int64_t l;
    double d;
    bool b;
    int32_t i;
    switch (k->type) {
    case T_LONG:
    case T_INT: return parse_long(value, k->min, k->max, &l);
    case T_DOUBLE: return parse_double(value, (double)k->min, (double)k->max, &d);
    case T_BOOL: return parse_bool(value, &b);
    case T_POLICY: return parse_policy(value, &i);
    case T_TSTYPE: return parse_tstype(value, &i);
    case T_CODEC: return parse_codec(value);
    case T_STRING: return value ? 0 : -E_INVAL;
    default: return -E_INVAL;
    }
}

int tcfg_validate(const char *key, const char *value)
{
    const struct tkey *k = key ? tkey_find(key) : NULL;
    if (!k)
        return -E_NOTFOUND;
    return check_value(k, value);
}

/* The broker-derived value of a topic key, as a string. */
static void broker_value(const struct store_config *bc, const struct tkey *k, char *buf,
                         size_t len, enum store_cfg_source *src)
{
    *src = STORE_CFG_SRC_DEFAULT;
    if (!k->broker_key) {
        snprintf(buf, len, "%s", k->static_default);
        return;
    }
    bool set = broker_key_set(bc, k->broker_key);
    int64_t v = 0;
    switch (k->id) {
    case TK_CLEANUP_POLICY:
        snprintf(buf, len, "%s", policy_str(bc->log_cleanup_policy));
        break;
    case TK_TIMESTAMP_TYPE:
        snprintf(buf, len, "%s", tstype_str(bc->log_message_timestamp_type));
        break;
    case TK_MIN_CLEANABLE_RATIO:
        snprintf(buf, len, "%g", bc->log_cleaner_min_cleanable_ratio);
        break;
    case TK_RETENTION_MS:
        set = set || broker_key_set(bc, "log.retention.minutes") ||
              broker_key_set(bc, "log.retention.hours");
        v = store_config_retention_ms(bc);
        break;
    case TK_SEGMENT_MS:
        set = set || broker_key_set(bc, "log.roll.hours");
        v = store_config_roll_ms(bc);
        break;
    case TK_FLUSH_MS:
        v = bc->log_flush_interval_ms == STORE_UNSET ? INT64_MAX : bc->log_flush_interval_ms;
        break;
    case TK_DELETE_RETENTION_MS: v = bc->log_cleaner_delete_retention_ms; break;
    case TK_FLUSH_MESSAGES: v = bc->log_flush_interval_messages; break;
    case TK_INDEX_INTERVAL_BYTES: v = bc->log_index_interval_bytes; break;
    case TK_MAX_COMPACTION_LAG_MS: v = bc->log_cleaner_max_compaction_lag_ms; break;
    case TK_MAX_MESSAGE_BYTES: v = bc->message_max_bytes; break;
    case TK_MIN_COMPACTION_LAG_MS: v = bc->log_cleaner_min_compaction_lag_ms; break;
    case TK_RETENTION_BYTES: v = bc->log_retention_bytes; break;
    case TK_SEGMENT_BYTES: v = bc->log_segment_bytes; break;
    case TK_SEGMENT_INDEX_BYTES: v = bc->log_index_size_max_bytes; break;
    default: snprintf(buf, len, "%s", k->static_default ? k->static_default : ""); break;
    }
    if (k->type == T_LONG || k->type == T_INT)
        snprintf(buf, len, "%" PRId64, v);
    if (set)
        *src = STORE_CFG_SRC_BROKER;
}

static const char *effective(const struct store_config *bc, const struct kvmap *ov,
                             const struct tkey *k, char *buf, size_t len,
                             enum store_cfg_source *src)
{
    const char *o = ov ? kvmap_get(ov, k->name) : NULL;
    if (o && !check_value(k, o)) {
        *src = STORE_CFG_SRC_TOPIC;
        return o;
    }
    broker_value(bc, k, buf, len, src);
    return buf;
}

void tcfg_resolve(const struct store_config *bc, const struct kvmap *ov, struct tcfg *out)
{
    memset(out, 0, sizeof *out);
    for (size_t i = 0; i < NTKEYS; i++) {
        const struct tkey *k = &tkeys[i];
        char buf[64];
        enum store_cfg_source src;
        const char *s = effective(bc, ov, k, buf, sizeof buf, &src);
        int64_t l = 0;
        if (k->type == T_LONG || k->type == T_INT)
            (void)parse_long(s, k->min, k->max, &l);
        switch (k->id) {
        case TK_CLEANUP_POLICY:
            if (parse_policy(s, &out->cleanup_policy))
                out->cleanup_policy = STORE_CLEANUP_DELETE;
            break;
        case TK_TIMESTAMP_TYPE:
            if (parse_tstype(s, &out->timestamp_type))
                out->timestamp_type = STORE_TS_CREATE_TIME;
            break;
        case TK_MIN_CLEANABLE_RATIO:
            if (parse_double(s, 0, 1, &out->min_cleanable_dirty_ratio))
                out->min_cleanable_dirty_ratio = 0.5;
            break;
        case TK_DELETE_RETENTION_MS: out->delete_retention_ms = l; break;
        case TK_FLUSH_MESSAGES: out->flush_messages = l; break;
        case TK_FLUSH_MS: out->flush_ms = l; break;
        case TK_INDEX_INTERVAL_BYTES: out->index_interval_bytes = l; break;
        case TK_MAX_COMPACTION_LAG_MS: out->max_compaction_lag_ms = l; break;
        case TK_MAX_MESSAGE_BYTES: out->max_message_bytes = l; break;
        case TK_MIN_COMPACTION_LAG_MS: out->min_compaction_lag_ms = l; break;
        case TK_RETENTION_BYTES: out->retention_bytes = l; break;
        case TK_RETENTION_MS: out->retention_ms = l; break;
        case TK_SEGMENT_BYTES: out->segment_bytes = l; break;
        case TK_SEGMENT_INDEX_BYTES: out->segment_index_bytes = l; break;
        case TK_SEGMENT_MS: out->segment_ms = l; break;
        default: break;
        }
    }
}

void tcfg_describe(const struct store_config *bc, const struct kvmap *ov, tcfg_describe_cb cb,
                   void *arg)
{
    for (size_t i = 0; i < NTKEYS; i++) {
        char buf[64];
        enum store_cfg_source src;
        const char *s = effective(bc, ov, &tkeys[i], buf, sizeof buf, &src);
        cb(arg, tkeys[i].name, s, src);
    }
}

int tcfg_effective(const struct store_config *bc, const struct kvmap *ov, const char *key,
                   char *buf, size_t len, enum store_cfg_source *source)
{
    const struct tkey *k = tkey_find(key);
    if (!k)
        return -E_NOTFOUND;
    char tmp[64];
    enum store_cfg_source src;
    const char *s = effective(bc, ov, k, tmp, sizeof tmp, &src);
    if (strlen(s) >= len)
        return -E_INVAL;
    snprintf(buf, len, "%s", s);
    if (source)
        *source = src;
    return 0;
}

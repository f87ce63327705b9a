/*
 * admin_configs.c - config descriptions for the admin handlers (see
 * admin_configs.h).
 *
 * Two tables: the broker settings from config_defs.def (with Kafka's data
 * type where Kafka has the same key), and Kafka's topic configs with their
 * broker synonyms. Values always come from storage (topic configs) or the
 * broker's config (broker settings); the tables only add what Kafka reports
 * beside them.
 */
#include "broker/admin_configs.h"

#include <stdio.h>
#include <string.h>

#include "broker/broker.h"
#include "broker/config.h"
#include "protocol/status.h"
#include "storage/storage.h"

/* ------------------------------------------------------------ broker side */

enum def_type { D_STR, D_INT, D_BOOL, D_LIST };

struct bdef {
    const char *name;
    const char *def; /* "" = no default */
    enum def_type type;
    const char *doc;
};

static const struct bdef bdefs[] = {
#define CFG(name, def, type, doc) {name, def, D_##type, doc},
#include "broker/config_defs.def"
#undef CFG
};

static const struct bdef *bdef_find(const char *name)
{
    for (size_t i = 0; i < sizeof bdefs / sizeof bdefs[0]; i++)
        if (strcmp(bdefs[i].name, name) == 0)
            return &bdefs[i];
    return NULL;
}

/* Kafka's ConfigDef type where it differs from what config_defs.def's
 * coarse type gives (INT there covers Kafka's INT and LONG). */
static const struct {
    const char *name;
    int8_t type;
} broker_types[] = {
    {"listeners", ADM_T_STRING},
    {"advertised.listeners", ADM_T_STRING},
    {"log.dirs", ADM_T_STRING},
    {"log.cleanup.policy", ADM_T_LIST},
    {"log.cleaner.min.cleanable.ratio", ADM_T_DOUBLE},
    {"log.roll.ms", ADM_T_LONG},
    {"log.retention.ms", ADM_T_LONG},
    {"log.retention.bytes", ADM_T_LONG},
    {"log.retention.check.interval.ms", ADM_T_LONG},
    {"log.flush.interval.messages", ADM_T_LONG},
    {"log.flush.interval.ms", ADM_T_LONG},
    {"log.cleaner.delete.retention.ms", ADM_T_LONG},
    {"log.cleaner.min.compaction.lag.ms", ADM_T_LONG},
    {"log.cleaner.max.compaction.lag.ms", ADM_T_LONG},
    {"log.cleaner.dedupe.buffer.size", ADM_T_LONG},
    {"log.cleaner.backoff.ms", ADM_T_LONG},
    {"connections.max.idle.ms", ADM_T_LONG},
    {"offsets.retention.check.interval.ms", ADM_T_LONG},
    {"sluice.open.segments.max", ADM_T_LONG},
    /* Access keys and secrets: described without their value. */
    {"sluice.gateway.credentials", ADM_T_PASSWORD},
};

static int8_t broker_type(const struct config_entry *e)
{
    for (size_t i = 0; i < sizeof broker_types / sizeof broker_types[0]; i++)
        if (strcmp(broker_types[i].name, e->name) == 0)
            return broker_types[i].type;
    const struct bdef *d = bdef_find(e->name);
    if (!d)
        return ADM_T_UNKNOWN;
    switch (d->type) {
    case D_INT: return ADM_T_INT;
    case D_BOOL: return ADM_T_BOOLEAN;
    case D_LIST: return ADM_T_LIST;
    default: return ADM_T_STRING;
    }
}

/* Set in the properties file or with --set (not just the embedded default). */
static const struct config_entry *set_entry(const struct broker *b, const char *name)
{
    const struct config_entry *e = config_entry(&b->cfg, name);
    return e && e->source != CFG_DEFAULT && *e->value ? e : NULL;
}

static void add_syn(struct adm_config *c, const char *name, const char *value, int8_t source)
{
    if (c->nsyn < ADM_MAX_SYNONYMS)
        c->syn[c->nsyn++] = (struct adm_synonym){name, c->sensitive ? NULL : value, source};
}

void adm_broker_configs(struct broker *b, adm_config_cb cb, void *arg)
{
    for (size_t i = 0; i < b->cfg.count; i++) {
        const struct config_entry *e = &b->cfg.entries[i];
        const struct bdef *d = bdef_find(e->name);
        struct adm_config c;
        memset(&c, 0, sizeof c);
        c.name = e->name;
        c.type = broker_type(e);
        c.sensitive = c.type == ADM_T_PASSWORD;
        c.value = *e->value && !c.sensitive ? e->value : NULL;
        /* No dynamic broker configs yet (KIP-226 layers 2 and 3). */
        c.read_only = true;
        c.doc = d ? d->doc : NULL;
        if (e->source != CFG_DEFAULT && *e->value)
            add_syn(&c, e->name, e->value, ADM_SRC_STATIC_BROKER);
        if (d && *d->def)
            add_syn(&c, e->name, d->def, ADM_SRC_DEFAULT);
        c.source = c.nsyn ? c.syn[0].source : ADM_SRC_DEFAULT;
        cb(arg, &c);
    }
}

/* ------------------------------------------------------------- topic side */

struct tmeta {
    const char *name;
    int8_t type;
    const char *syn[3]; /* Kafka's broker synonyms, most specific first */
    const char *defkey; /* the synonym whose default Kafka reports */
    const char *kdef;   /* Kafka's default for defkey (also the list base) */
    const char *doc;
};

/* Kafka 3.9's topic configs that storage knows, in name order. */
static const struct tmeta tmetas[] = {
    {"cleanup.policy", ADM_T_LIST, {"log.cleanup.policy"}, "log.cleanup.policy", "delete",
     "What happens to old segments: delete (retention), compact (keep the last record per key) "
     "or both."},
    {"compression.type", ADM_T_STRING, {"compression.type"}, "compression.type", "producer",
     "Final compression of the topic's batches; producer keeps what the producer sent."},
    {"delete.retention.ms", ADM_T_LONG, {"log.cleaner.delete.retention.ms"},
     "log.cleaner.delete.retention.ms", "86400000",
     "How long tombstones stay in a compacted topic."},
    {"file.delete.delay.ms", ADM_T_LONG, {"log.segment.delete.delay.ms"},
     "log.segment.delete.delay.ms", "60000", "Delay before a deleted segment's file is removed."},
    {"flush.messages", ADM_T_LONG, {"log.flush.interval.messages"},
     "log.flush.interval.messages", "9223372036854775807",
     "Force an fsync after this many messages."},
    {"flush.ms", ADM_T_LONG, {"log.flush.interval.ms", "log.flush.scheduler.interval.ms"},
     "log.flush.scheduler.interval.ms", "9223372036854775807",
     "Force an fsync when data is older than this."},
    {"follower.replication.throttled.replicas", ADM_T_LIST, {NULL}, NULL, "",
     "Replicas whose follower side is throttled."},
    {"index.interval.bytes", ADM_T_INT, {"log.index.interval.bytes"}, "log.index.interval.bytes",
     "4096", "Bytes between two offset index entries."},
    {"leader.replication.throttled.replicas", ADM_T_LIST, {NULL}, NULL, "",
     "Replicas whose leader side is throttled."},
    {"max.compaction.lag.ms", ADM_T_LONG, {"log.cleaner.max.compaction.lag.ms"},
     "log.cleaner.max.compaction.lag.ms", "9223372036854775807",
     "Longest time a record stays ineligible for compaction."},
    {"max.message.bytes", ADM_T_INT, {"message.max.bytes"}, "message.max.bytes", "1048588",
     "Largest record batch the topic accepts."},
    {"message.downconversion.enable", ADM_T_BOOLEAN, {"log.message.downconversion.enable"},
     "log.message.downconversion.enable", "true",
     "Down-convert batches for old consumers."},
    {"message.timestamp.after.max.ms", ADM_T_LONG, {"log.message.timestamp.after.max.ms"},
     "log.message.timestamp.after.max.ms", "9223372036854775807",
     "How far in the future a record timestamp may be."},
    {"message.timestamp.before.max.ms", ADM_T_LONG, {"log.message.timestamp.before.max.ms"},
     "log.message.timestamp.before.max.ms", "9223372036854775807",
     "How far in the past a record timestamp may be."},
    {"message.timestamp.difference.max.ms", ADM_T_LONG,
     {"log.message.timestamp.difference.max.ms"}, "log.message.timestamp.difference.max.ms",
     "9223372036854775807", "Largest allowed difference between record and broker time."},
    {"message.timestamp.type", ADM_T_STRING, {"log.message.timestamp.type"},
     "log.message.timestamp.type", "CreateTime", "CreateTime or LogAppendTime."},
    {"min.cleanable.dirty.ratio", ADM_T_DOUBLE, {"log.cleaner.min.cleanable.ratio"},
     "log.cleaner.min.cleanable.ratio", "0.5",
     "Dirty share of the log that triggers compaction."},
    {"min.compaction.lag.ms", ADM_T_LONG, {"log.cleaner.min.compaction.lag.ms"},
     "log.cleaner.min.compaction.lag.ms", "0",
     "Shortest time a record stays uncompacted."},
    {"min.insync.replicas", ADM_T_INT, {"min.insync.replicas"}, "min.insync.replicas", "1",
     "In-sync replicas an acks=all write needs."},
    {"preallocate", ADM_T_BOOLEAN, {"log.preallocate"}, "log.preallocate", "false",
     "Preallocate segment files."},
    {"retention.bytes", ADM_T_LONG, {"log.retention.bytes"}, "log.retention.bytes", "-1",
     "Largest size of a partition before old segments go; -1 for no limit."},
    {"retention.ms", ADM_T_LONG,
     {"log.retention.ms", "log.retention.minutes", "log.retention.hours"},
     "log.retention.hours", "168", "How long segments are kept; -1 for ever."},
    {"segment.bytes", ADM_T_INT, {"log.segment.bytes"}, "log.segment.bytes", "1073741824",
     "Segment size before a roll."},
    {"segment.index.bytes", ADM_T_INT, {"log.index.size.max.bytes"}, "log.index.size.max.bytes",
     "10485760", "Largest offset index of a segment."},
    {"segment.jitter.ms", ADM_T_LONG, {"log.roll.jitter.ms", "log.roll.jitter.hours"},
     "log.roll.jitter.hours", "0", "Random jitter subtracted from segment.ms."},
    {"segment.ms", ADM_T_LONG, {"log.roll.ms", "log.roll.hours"}, "log.roll.hours", "168",
     "Segment age before a roll."},
    {"unclean.leader.election.enable", ADM_T_BOOLEAN, {"unclean.leader.election.enable"},
     "unclean.leader.election.enable", "false",
     "Let an out-of-sync replica become leader."},
};

static const struct tmeta *tmeta_find(const char *name)
{
    for (size_t i = 0; i < sizeof tmetas / sizeof tmetas[0]; i++)
        if (strcmp(tmetas[i].name, name) == 0)
            return &tmetas[i];
    return NULL;
}

int adm_topic_config_type(const char *name)
{
    const struct tmeta *m = tmeta_find(name);
    return m ? m->type : ADM_T_UNKNOWN;
}

struct tctx {
    struct broker *b;
    adm_config_cb cb;
    void *arg;
};

static void on_topic_config(void *arg, const char *name, const char *value,
                            enum store_cfg_source src)
{
    struct tctx *x = arg;
    const struct tmeta *m = tmeta_find(name);
    struct adm_config c;
    memset(&c, 0, sizeof c);
    c.name = name;
    c.value = value;
    c.type = m ? m->type : ADM_T_UNKNOWN;
    c.doc = m ? m->doc : NULL;
    if (src == STORE_CFG_SRC_TOPIC)
        add_syn(&c, name, value, ADM_SRC_TOPIC);
    for (int i = 0; m && i < 3 && m->syn[i]; i++) {
        const struct config_entry *e = set_entry(x->b, m->syn[i]);
        /* Only keys storage reads make a topic value static (an unknown key
         * set in the file changes nothing). */
        if (e && e->known)
            add_syn(&c, m->syn[i], e->value, ADM_SRC_STATIC_BROKER);
    }
    if (m && m->defkey) {
        const struct bdef *d = bdef_find(m->defkey);
        add_syn(&c, m->defkey, d && *d->def ? d->def : m->kdef, ADM_SRC_DEFAULT);
    }
    c.source = c.nsyn ? c.syn[0].source : ADM_SRC_DEFAULT;
    x->cb(x->arg, &c);
}

void adm_topic_configs(struct broker *b, struct topic *t, adm_config_cb cb, void *arg)
{
    struct tctx x = {b, cb, arg};
    topic_describe_configs(t, on_topic_config, &x);
}

void adm_topic_configs_would_be(struct broker *b, const struct kvmap *ov, adm_config_cb cb,
                                void *arg)
{
    struct tctx x = {b, cb, arg};
    tcfg_describe(store_get_config(b->store), ov, on_topic_config, &x);
}

const char *adm_check_topic_config(struct arena *a, const char *key, const char *value)
{
    char *m = NULL;
    if (value && strlen(value) > ADM_MAX_CONFIG_VALUE)
        return "The configuration value cannot be added because it exceeds the maximum value "
               "size of 32767 bytes.";
    switch (-tcfg_validate(key, value)) {
    case E_OK: return NULL;
    case E_NOTFOUND: m = arena_printf(a, "Unknown topic config name: %s", key); break;
    default: m = arena_printf(a, "Invalid value %s for configuration %s", value, key); break;
    }
    return m ? m : "Invalid config";
}

/* ------------------------------------------------------------ list configs */

struct parts {
    const char **v;
    size_t n;
};

/* Java's String.split(","): parts in order, trailing empty parts dropped;
 * an input without any ',' is one part (even when empty). */
static int java_split(struct arena *a, const char *s, struct parts *out)
{
    size_t cap = 1;
    for (const char *p = s; *p; p++)
        cap += *p == ',';
    out->v = arena_calloc(a, cap, sizeof *out->v);
    out->n = 0;
    if (!out->v)
        return -1;
    if (!strchr(s, ',')) {
        out->v[out->n++] = s;
        return 0;
    }
    const char *p = s;
    for (;;) {
        const char *e = strchr(p, ',');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        char *part = arena_alloc(a, len + 1);
        if (!part)
            return -1;
        memcpy(part, p, len);
        out->v[out->n++] = part;
        if (!e)
            break;
        p = e + 1;
    }
    while (out->n > 0 && !*out->v[out->n - 1])
        out->n--;
    return 0;
}

char *adm_list_op(struct arena *a, const char *key, const char *current, const char *arg,
                  bool append)
{
    if (!current) {
        const struct tmeta *m = tmeta_find(key);
        current = m && m->kdef ? m->kdef : "";
    }
    struct parts cur, ops;
    if (java_split(a, current, &cur) || java_split(a, arg, &ops))
        return NULL;
    const char **list = arena_calloc(a, cur.n + ops.n + 1, sizeof *list);
    if (!list)
        return NULL;
    size_t n = 0;
    for (size_t i = 0; i < cur.n; i++)
        if (*cur.v[i]) /* Kafka's getParts skips empty parts */
            list[n++] = cur.v[i];
    for (size_t i = 0; i < ops.n; i++) {
        size_t j = 0;
        while (j < n && strcmp(list[j], ops.v[i]) != 0)
            j++;
        if (append && j == n)
            list[n++] = ops.v[i];
        else if (!append && j < n) {
            memmove(&list[j], &list[j + 1], (n - j - 1) * sizeof *list);
            n--;
        }
    }
    size_t len = 1;
    for (size_t i = 0; i < n; i++)
        len += strlen(list[i]) + 1;
    char *out = arena_alloc(a, len);
    if (!out)
        return NULL;
    char *w = out;
    for (size_t i = 0; i < n; i++) {
        size_t l = strlen(list[i]);
        if (i)
            *w++ = ',';
        memcpy(w, list[i], l);
        w += l;
    }
    *w = '\0';
    return out;
}

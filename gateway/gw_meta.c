/*
 * gw_meta.c - load and save a stream's Kinesis attributes (layout in
 * gw_meta.h). Loaded values are checked like any input: a shard list that
 * does not parse, or names partitions the topic lacks, falls back to the
 * even layout instead of trusting it.
 */
#include "gateway/gw_meta.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "protocol/status.h"

#define A_CREATED "kinesis.created_ms"
#define A_RETENTION "kinesis.retention_hours"
#define A_RECORD_KIB "kinesis.max_record_kib"
#define A_MODE "kinesis.mode"
#define A_SHARDS GW_ATTR_SHARDS
#define A_TAGS "kinesis.tags"
#define A_CONSUMERS "kinesis.consumers"
#define A_STATUS "kinesis.status"
#define A_SCALINGS "kinesis.scalings"

void gw_shard_id(int32_t index, char out[24])
{
    /* By hand: PutRecords and GetRecords name a shard per record. */
    uint32_t v = index < 0 ? 0 : (uint32_t)index;
    memcpy(out, "shardId-", 8);
    for (int i = 19; i >= 8; i--) {
        out[i] = (char)('0' + v % 10);
        v /= 10;
    }
    out[20] = '\0';
}

int32_t gw_shard_index(const struct gw_stream *s, const char *id)
{
    if (!id || strncmp(id, "shardId-", 8) || strlen(id) != 20 || strspn(id + 8, "0123456789") != 12)
        return -1;
    long v = strtol(id + 8, NULL, 10);
    if (v < 0 || v >= s->nshards)
        return -1;
    return (int32_t)v;
}

void gw_meta_free(struct gw_stream *s)
{
    free(s->shards);
    for (size_t i = 0; i < s->ntags; i++) {
        free(s->tags[i].key);
        free(s->tags[i].value);
    }
    free(s->tags);
    for (size_t i = 0; i < s->nconsumers; i++)
        free(s->consumers[i].name);
    free(s->consumers);
    memset(s, 0, sizeof *s);
}

int32_t gw_meta_add_shard(struct gw_stream *s, gw_u128 start, gw_u128 end, int32_t parent,
                          int32_t adjacent, int64_t now_ms)
{
    struct gw_shard *n = realloc(s->shards, (size_t)(s->nshards + 1) * sizeof *n);
    if (!n)
        return -E_NOMEM;
    s->shards = n;
    struct gw_shard *sh = &n[s->nshards];
    memset(sh, 0, sizeof *sh);
    sh->partition = s->nshards;
    sh->start = start;
    sh->end = end;
    sh->parent = parent;
    sh->adjacent = adjacent;
    sh->open = true;
    sh->end_offset = -1;
    sh->created_ms = now_ms;
    return s->nshards++;
}

static char *attr(const struct gw_backend *be, const char *topic, const char *key)
{
    char *v = NULL;
    if (be->ops->attr_get(be->impl, topic, key, &v))
        return NULL;
    return v;
}

static int64_t attr_i64(const struct gw_backend *be, const char *topic, const char *key,
                        int64_t dflt)
{
    char *v = attr(be, topic, key);
    if (!v)
        return dflt;
    char *end;
    long long x = strtoll(v, &end, 10);
    int64_t out = (*v && !*end) ? x : dflt;
    free(v);
    return out;
}

bool gw_meta_partition_closed(const char *shards_json, int32_t partition)
{
    /* Most streams never reshard: skip the parse when nothing is closed. */
    if (!shards_json || partition < 0 || !strstr(shards_json, "\"open\":false"))
        return false;
    json_t *j = json_loads(shards_json, 0, NULL);
    json_t *e = json_is_array(j) ? json_array_get(j, (size_t)partition) : NULL;
    bool closed = json_is_object(e) && json_is_false(json_object_get(e, "open"));
    json_decref(j);
    return closed;
}

static bool load_shards(struct gw_stream *s, const char *text, int32_t partitions)
{
    json_t *j = json_loads(text, 0, NULL);
    if (!json_is_array(j) || json_array_size(j) == 0 ||
        json_array_size(j) > (size_t)partitions) {
        json_decref(j);
        return false;
    }
    size_t n = json_array_size(j);
    s->shards = calloc(n, sizeof *s->shards);
    bool ok = s->shards != NULL;
    for (size_t i = 0; ok && i < n; i++) {
        json_t *e = json_array_get(j, i);
        struct gw_shard *sh = &s->shards[i];
        const char *st = json_string_value(json_object_get(e, "s"));
        const char *en = json_string_value(json_object_get(e, "e"));
        sh->partition = (int32_t)i;
        sh->parent = (int32_t)json_integer_value(json_object_get(e, "parent"));
        sh->adjacent = (int32_t)json_integer_value(json_object_get(e, "adj"));
        sh->open = json_is_true(json_object_get(e, "open"));
        sh->start_offset = json_integer_value(json_object_get(e, "so"));
        sh->end_offset = json_integer_value(json_object_get(e, "eo"));
        sh->created_ms = json_integer_value(json_object_get(e, "c"));
        sh->closed_ms = json_integer_value(json_object_get(e, "x"));
        ok = st && en && !gw_u128_parse(st, strlen(st), &sh->start) &&
             !gw_u128_parse(en, strlen(en), &sh->end) && sh->start <= sh->end &&
             sh->parent >= -1 && sh->parent < (int32_t)n && sh->adjacent >= -1 &&
             sh->adjacent < (int32_t)n;
    }
    json_decref(j);
    if (!ok) {
        free(s->shards);
        s->shards = NULL;
        return false;
    }
    s->nshards = (int32_t)n;
    return true;
}

static void load_tags(struct gw_stream *s, const char *text)
{
    json_t *j = json_loads(text, 0, NULL);
    if (!json_is_object(j)) {
        json_decref(j);
        return;
    }
    s->tags = calloc(json_object_size(j) + 1, sizeof *s->tags);
    const char *k;
    json_t *v;
    json_object_foreach(j, k, v)
    {
        if (!s->tags || !json_is_string(v) || s->ntags >= GW_MAX_TAGS)
            continue;
        s->tags[s->ntags].key = strdup(k);
        s->tags[s->ntags].value = strdup(json_string_value(v));
        s->ntags++;
    }
    json_decref(j);
}

static void load_consumers(struct gw_stream *s, const char *text)
{
    json_t *j = json_loads(text, 0, NULL);
    if (!json_is_array(j)) {
        json_decref(j);
        return;
    }
    s->consumers = calloc(json_array_size(j) + 1, sizeof *s->consumers);
    size_t i;
    json_t *e;
    json_array_foreach(j, i, e)
    {
        const char *n = json_string_value(json_object_get(e, "n"));
        if (!s->consumers || !n || s->nconsumers >= GW_MAX_CONSUMERS)
            continue;
        s->consumers[s->nconsumers].name = strdup(n);
        s->consumers[s->nconsumers].created_ms = json_integer_value(json_object_get(e, "c"));
        s->nconsumers++;
    }
    json_decref(j);
}

static void load_status(struct gw_stream *s, const char *text)
{
    json_t *j = json_loads(text, 0, NULL);
    const char *st = json_string_value(json_object_get(j, "s"));
    json_t *until = json_object_get(j, "until");
    /* Anything unreadable is ACTIVE: a stream is never stuck in transition. */
    if (st && json_is_integer(until)) {
        s->status = !strcmp(st, "CREATING")   ? GW_STREAM_CREATING
                    : !strcmp(st, "UPDATING") ? GW_STREAM_UPDATING
                                              : GW_STREAM_ACTIVE;
        s->status_until_ms = json_integer_value(until);
    }
    json_decref(j);
}

static void load_scalings(struct gw_stream *s, const char *text)
{
    json_t *j = json_loads(text, 0, NULL);
    size_t n = json_is_array(j) ? json_array_size(j) : 0;
    /* The newest GW_MAX_SCALINGS are all a limit can need. */
    for (size_t i = n > GW_MAX_SCALINGS ? n - GW_MAX_SCALINGS : 0; i < n; i++) {
        json_t *e = json_array_get(j, i);
        if (json_is_integer(e))
            s->scalings_ms[s->nscalings++] = json_integer_value(e);
    }
    json_decref(j);
}

int gw_meta_load(const struct gw_backend *be, const char *name, struct gw_stream *s)
{
    memset(s, 0, sizeof *s);
    int32_t partitions;
    int rc = be->ops->partition_count(be->impl, name, &partitions);
    if (rc)
        return rc;
    if (partitions <= 0)
        return -E_NOTFOUND;
    snprintf(s->name, sizeof s->name, "%s", name);
    s->created_ms = attr_i64(be, name, A_CREATED, 0);
    s->retention_hours = (int32_t)attr_i64(be, name, A_RETENTION, 24);
    int64_t kib = attr_i64(be, name, A_RECORD_KIB, GW_RECORD_KIB_DEFAULT);
    s->max_record_kib = kib >= GW_RECORD_KIB_DEFAULT && kib <= GW_RECORD_KIB_MAX
                            ? (int32_t)kib
                            : GW_RECORD_KIB_DEFAULT;
    char *mode = attr(be, name, A_MODE);
    s->on_demand = mode && !strcmp(mode, "ON_DEMAND");
    free(mode);
    char *shards = attr(be, name, A_SHARDS);
    s->persisted = shards != NULL;
    if (!shards || !load_shards(s, shards, partitions)) {
        for (int32_t i = 0; i < partitions; i++) {
            gw_u128 lo, hi;
            gw_hash_split(partitions, i, &lo, &hi);
            if (gw_meta_add_shard(s, lo, hi, -1, -1, s->created_ms) < 0) {
                free(shards);
                gw_meta_free(s);
                return -E_NOMEM;
            }
        }
    }
    free(shards);
    char *tags = attr(be, name, A_TAGS);
    if (tags)
        load_tags(s, tags);
    free(tags);
    char *consumers = attr(be, name, A_CONSUMERS);
    if (consumers)
        load_consumers(s, consumers);
    free(consumers);
    char *status = attr(be, name, A_STATUS);
    if (status)
        load_status(s, status);
    free(status);
    char *scalings = attr(be, name, A_SCALINGS);
    if (scalings)
        load_scalings(s, scalings);
    free(scalings);
    return 0;
}

int gw_meta_save(const struct gw_backend *be, const struct gw_stream *s)
{
    json_t *shards = json_array(), *tags = json_object(), *cons = json_array();
    int rc = (!shards || !tags || !cons) ? -E_NOMEM : 0;
    for (int32_t i = 0; !rc && i < s->nshards; i++) {
        const struct gw_shard *sh = &s->shards[i];
        char st[GW_U128_DEC], en[GW_U128_DEC];
        gw_u128_format(sh->start, st);
        gw_u128_format(sh->end, en);
        json_t *e = json_pack("{s:i,s:s,s:s,s:i,s:i,s:b,s:I,s:I,s:I,s:I}", "p", sh->partition,
                              "s", st, "e", en, "parent", sh->parent, "adj", sh->adjacent,
                              "open", sh->open, "so", (json_int_t)sh->start_offset, "eo",
                              (json_int_t)sh->end_offset, "c", (json_int_t)sh->created_ms, "x",
                              (json_int_t)sh->closed_ms);
        if (!e || json_array_append_new(shards, e))
            rc = -E_NOMEM;
    }
    for (size_t i = 0; !rc && i < s->ntags; i++)
        if (json_object_set_new(tags, s->tags[i].key, json_string(s->tags[i].value)))
            rc = -E_NOMEM;
    for (size_t i = 0; !rc && i < s->nconsumers; i++) {
        json_t *e = json_pack("{s:s,s:I}", "n", s->consumers[i].name, "c",
                              (json_int_t)s->consumers[i].created_ms);
        if (!e || json_array_append_new(cons, e))
            rc = -E_NOMEM;
    }
    char *t_shards = rc ? NULL : json_dumps(shards, JSON_COMPACT);
    char *t_tags = rc ? NULL : json_dumps(tags, JSON_COMPACT);
    char *t_cons = rc ? NULL : json_dumps(cons, JSON_COMPACT);
    /* ACTIVE removes the attribute (NULL value). */
    char *t_status = NULL;
    if (!rc && s->status != GW_STREAM_ACTIVE) {
        json_t *st = json_pack("{s:s,s:I}", "s",
                               s->status == GW_STREAM_CREATING ? "CREATING" : "UPDATING", "until",
                               (json_int_t)s->status_until_ms);
        t_status = st ? json_dumps(st, JSON_COMPACT) : NULL;
        json_decref(st);
        if (!t_status)
            rc = -E_NOMEM;
    }
    /* No scalings removes the attribute too. */
    char *t_scalings = NULL;
    if (!rc && s->nscalings > 0) {
        json_t *arr = json_array();
        for (int32_t i = 0; arr && i < s->nscalings && i < GW_MAX_SCALINGS; i++)
            json_array_append_new(arr, json_integer(s->scalings_ms[i]));
        t_scalings = arr ? json_dumps(arr, JSON_COMPACT) : NULL;
        json_decref(arr);
        if (!t_scalings)
            rc = -E_NOMEM;
    }
    json_decref(shards);
    json_decref(tags);
    json_decref(cons);
    if (!rc && (!t_shards || !t_tags || !t_cons))
        rc = -E_NOMEM;
    char created[24], retention[16], kib[16];
    snprintf(created, sizeof created, "%lld", (long long)s->created_ms);
    snprintf(retention, sizeof retention, "%d", s->retention_hours);
    snprintf(kib, sizeof kib, "%d",
             s->max_record_kib ? s->max_record_kib : GW_RECORD_KIB_DEFAULT);
    const char *name = s->name;
    void *impl = be->impl;
    if (!rc)
        rc = be->ops->attr_set(impl, name, A_CREATED, created);
    if (!rc)
        rc = be->ops->attr_set(impl, name, A_RETENTION, retention);
    if (!rc)
        rc = be->ops->attr_set(impl, name, A_RECORD_KIB, kib);
    if (!rc)
        rc = be->ops->attr_set(impl, name, A_MODE, s->on_demand ? "ON_DEMAND" : "PROVISIONED");
    if (!rc)
        rc = be->ops->attr_set(impl, name, A_TAGS, t_tags);
    if (!rc)
        rc = be->ops->attr_set(impl, name, A_CONSUMERS, t_cons);
    if (!rc)
        rc = be->ops->attr_set(impl, name, A_STATUS, t_status);
    if (!rc)
        rc = be->ops->attr_set(impl, name, A_SCALINGS, t_scalings);
    /* Shards last: their presence marks the stream as Kinesis-managed. */
    if (!rc)
        rc = be->ops->attr_set(impl, name, A_SHARDS, t_shards);
    free(t_shards);
    free(t_tags);
    free(t_cons);
    free(t_status);
    free(t_scalings);
    return rc;
}

int gw_meta_tag_set(struct gw_stream *s, const char *key, const char *value)
{
    for (size_t i = 0; i < s->ntags; i++) {
        if (!strcmp(s->tags[i].key, key)) {
            char *v = strdup(value);
            if (!v)
                return -E_NOMEM;
            free(s->tags[i].value);
            s->tags[i].value = v;
            return 0;
        }
    }
    struct gw_tag *n = realloc(s->tags, (s->ntags + 1) * sizeof *n);
    if (!n)
        return -E_NOMEM;
    s->tags = n;
    n[s->ntags].key = strdup(key);
    n[s->ntags].value = strdup(value);
    if (!n[s->ntags].key || !n[s->ntags].value) {
        free(n[s->ntags].key);
        free(n[s->ntags].value);
        return -E_NOMEM;
    }
    s->ntags++;
    return 0;
}

void gw_meta_tag_remove(struct gw_stream *s, const char *key)
{
    for (size_t i = 0; i < s->ntags; i++) {
        if (strcmp(s->tags[i].key, key))
            continue;
        free(s->tags[i].key);
        free(s->tags[i].value);
        memmove(&s->tags[i], &s->tags[i + 1], (s->ntags - i - 1) * sizeof *s->tags);
        s->ntags--;
        return;
    }
}

int gw_meta_consumer_add(struct gw_stream *s, const char *name, int64_t now_ms)
{
    struct gw_consumer *n = realloc(s->consumers, (s->nconsumers + 1) * sizeof *n);
    if (!n)
        return -E_NOMEM;
    s->consumers = n;
    n[s->nconsumers].name = strdup(name);
    if (!n[s->nconsumers].name)
        return -E_NOMEM;
    n[s->nconsumers].created_ms = now_ms;
    s->nconsumers++;
    return 0;
}

struct gw_consumer *gw_meta_consumer_find(struct gw_stream *s, const char *name)
{
    for (size_t i = 0; i < s->nconsumers; i++)
        if (!strcmp(s->consumers[i].name, name))
            return &s->consumers[i];
    return NULL;
}

void gw_meta_consumer_remove(struct gw_stream *s, const char *name)
{
    for (size_t i = 0; i < s->nconsumers; i++) {
        if (strcmp(s->consumers[i].name, name))
            continue;
        free(s->consumers[i].name);
        memmove(&s->consumers[i], &s->consumers[i + 1],
                (s->nconsumers - i - 1) * sizeof *s->consumers);
        s->nconsumers--;
        return;
    }
}

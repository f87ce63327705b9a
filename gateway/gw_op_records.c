/*
 * gw_op_records.c - PutRecord and PutRecords.
 *
 * Routing: the hash key is the ExplicitHashKey when given, else the MD5 of
 * the PartitionKey as a 128-bit big-endian number; the record goes to the
 * open shard whose hash range holds it. The Kafka record has key =
 * PartitionKey, value = Data, and the explicit hash key (if any) in the
 * sluice.explicit_hash_key header. PutRecords groups records by shard,
 * preserving their order, and appends each group as one batch; the
 * response lists results in request order, each record failing alone
 * (FailedRecordCount) when its shard's append fails.
 *
 * Sizes: a record (data + partition key) may be as large as the stream's
 * MaxRecordSizeInKiB (1 MiB unless UpdateMaxRecordSize raised it, 10 MiB at
 * most); a PutRecords call carries at most 10 MiB of data and keys. A
 * record over its stream's limit fails the whole call (ValidationException),
 * as a record over the API's 10 MiB does in decoding.
 */
#include "gateway/gw_ops.h"

#include <stdio.h>
#include <string.h>

#include "gateway/gw_seq.h"
#include "gateway/gw_status.h"
#include "protocol/status.h"

/* The open shard holding hash, or NULL (only if the ranges have a hole). */
static const struct gw_shard *route(const struct gw_stream *s, gw_u128 hash)
{
    for (int32_t i = 0; i < s->nshards; i++)
        if (s->shards[i].open && s->shards[i].start <= hash && hash <= s->shards[i].end)
            return &s->shards[i];
    return NULL;
}

/* Pick the shard for one record; sets InvalidArgumentException on a bad
 * explicit hash key. */
static int route_record(struct gw_call *c, const struct gw_stream *s, const struct gw_record_in *r,
                        int32_t *partition)
{
    gw_u128 hash;
    if (r->explicit_hash_key) {
        if (gw_u128_parse(r->explicit_hash_key, r->explicit_hash_key_len, &hash))
            return gw_err_set(&c->err, GW_EXC_INVALID_ARGUMENT,
                              "Invalid ExplicitHashKey. ExplicitHashKey must be in the range: "
                              "[0, 2^128-1]. Specified value was %s",
                              r->explicit_hash_key);
    } else if (gw_hash_key(r->partition_key, r->partition_key_len, &hash)) {
        return gw_err_set(&c->err, GW_EXC_INTERNAL_FAILURE, "hash failed");
    }
    const struct gw_shard *sh = route(s, hash);
    if (!sh)
        return gw_err_set(&c->err, GW_EXC_INTERNAL_FAILURE,
                          "No open shard of stream %s covers the record's hash key.", s->name);
    *partition = sh->partition;
    return 0;
}

/* Sets ValidationException when r is larger than s takes; what names the
 * record in the message ("The record", "Record 3"). */
static int check_size(struct gw_call *c, const struct gw_stream *s, const struct gw_record_in *r,
                      const char *what)
{
    size_t max = (size_t)s->max_record_kib * 1024;
    size_t size = r->data_len + r->partition_key_len;
    if (size <= max)
        return 0;
    return gw_err_set(&c->err, GW_EXC_VALIDATION,
                      "%s is %zu bytes (data + partition key), more than the %d KiB stream %s "
                      "takes (MaxRecordSizeInKiB; UpdateMaxRecordSize raises it).",
                      what, size, s->max_record_kib, s->name);
}

static void to_append(const struct gw_record_in *r, struct gw_append_record *out)
{
    out->key = (const uint8_t *)r->partition_key;
    out->key_len = r->partition_key_len;
    out->value = r->data;
    out->value_len = r->data_len;
    out->explicit_hash_key = r->explicit_hash_key;
}

/* ------------------------------------------------------------ PutRecord */

struct put_one {
    struct gw_call *c;
    int32_t partition;
};

static void put_record_done(void *arg, int status, int64_t base_offset, int64_t append_time_ms)
{
    (void)append_time_ms;
    struct put_one *p = arg;
    struct gw_call *c = p->c;
    if (status)
        return gw_call_error(c, GW_EXC_INTERNAL_FAILURE, "Could not append the record (%s).",
                             status_name(status));
    char id[24], seq[GW_SEQ_BUF];
    gw_shard_id(p->partition, id);
    gw_seq_format(p->partition, base_offset, seq);
    struct arena *a = c->a;
    struct gw_val *out = gv_map(a);
    gv_put(a, out, "ShardId", gv_str(a, id));
    gv_put(a, out, "SequenceNumber", gv_str(a, seq));
    gv_put(a, out, "EncryptionType", gv_str(a, "NONE"));
    gw_call_reply(c, out);
}

void gw_put_record(struct gw_call *c)
{
    struct gw_put_record_in in = {0};
    struct gw_stream s;
    if (gw_dec_put_record(c->a, c->fmt, c->in, &in, &c->err) ||
        gw_call_load_stream(c, &in.ref, &s))
        return gw_call_fail(c);
    if (gw_call_admit(c, &s, GW_ADMIT_DATA)) {
        gw_meta_free(&s);
        return gw_call_fail(c);
    }
    struct put_one *p = arena_alloc(c->a, sizeof *p);
    int32_t partition = 0;
    int rc = check_size(c, &s, &in.rec, "The record");
    if (!rc)
        rc = p ? route_record(c, &s, &in.rec, &partition) : -E_NOMEM;
    char name[129];
    memcpy(name, s.name, sizeof name);
    gw_meta_free(&s);
    if (rc)
        return gw_call_fail(c);
    p->c = c;
    p->partition = partition;
    struct gw_append_record rec;
    to_append(&in.rec, &rec);
    const struct gw_backend *be = gw_call_backend(c);
    rc = be->ops->append(be->impl, name, partition, &rec, 1, put_record_done, p);
    if (rc)
        gw_call_error(c, GW_EXC_INTERNAL_FAILURE, "Could not append the record (%s).",
                      status_name(rc));
}

/* ----------------------------------------------------------- PutRecords */

struct put_group {
    struct put_many *m;
    int32_t partition;
    size_t n;
    size_t *index; /* request positions, in order */
};

struct put_many {
    struct gw_call *c;
    size_t nrecs;
    int32_t *partition; /* per record */
    int64_t *offset;    /* per record, -1 = failed */
    int *status;        /* per record */
    int pending;
};

static void put_records_finish(struct put_many *m)
{
    struct gw_call *c = m->c;
    struct arena *a = c->a;
    struct gw_val *list = gv_arr(a);
    int64_t failed = 0;
    for (size_t i = 0; i < m->nrecs; i++) {
        struct gw_val *r = gv_map(a);
        if (m->offset[i] >= 0) {
            char id[24], seq[GW_SEQ_BUF];
            gw_shard_id(m->partition[i], id);
            gw_seq_format(m->partition[i], m->offset[i], seq);
            gv_put(a, r, "SequenceNumber", gv_str(a, seq));
            gv_put(a, r, "ShardId", gv_str(a, id));
        } else {
            failed++;
            gv_put(a, r, "ErrorCode", gv_str(a, "InternalFailure"));
            gv_put(a, r, "ErrorMessage",
                   gv_str(a, arena_printf(a, "Internal service failure (%s).",
                                          status_name(m->status[i]))));
        }
        gv_push(a, list, r);
    }
    struct gw_val *out = gv_map(a);
    gv_put(a, out, "FailedRecordCount", gv_int(a, failed));
    gv_put(a, out, "Records", list);
    gv_put(a, out, "EncryptionType", gv_str(a, "NONE"));
    gw_call_reply(c, out);
}

static void put_group_done(void *arg, int status, int64_t base_offset, int64_t append_time_ms)
{
    (void)append_time_ms;
    struct put_group *g = arg;
    struct put_many *m = g->m;
    for (size_t k = 0; k < g->n; k++) {
        size_t i = g->index[k];
        m->offset[i] = status ? -1 : base_offset + (int64_t)k;
        m->status[i] = status;
    }
    if (--m->pending == 0)
        put_records_finish(m);
}

void gw_put_records(struct gw_call *c)
{
    struct gw_put_records_in in = {0};
    struct gw_stream s;
    if (gw_dec_put_records(c->a, c->fmt, c->in, &in, &c->err) ||
        gw_call_load_stream(c, &in.ref, &s))
        return gw_call_fail(c);
    if (gw_call_admit(c, &s, GW_ADMIT_DATA)) {
        gw_meta_free(&s);
        return gw_call_fail(c);
    }
    /* Up to 10 MiB for the entire request, partition keys included. */
    size_t total = 0;
    int rc = 0;
    for (size_t i = 0; i < in.nrecs && !rc; i++) {
        char what[40];
        snprintf(what, sizeof what, "Record %zu", i + 1);
        rc = check_size(c, &s, &in.recs[i], what);
        total += in.recs[i].data_len + in.recs[i].partition_key_len;
    }
    if (!rc && total > GW_MAX_PUT_RECORDS_BYTES)
        rc = gw_err_set(&c->err, GW_EXC_INVALID_ARGUMENT,
                        "Records size exceeds 10 MB limit (%zu bytes).", total);
    if (rc) {
        gw_meta_free(&s);
        return gw_call_fail(c);
    }
    struct arena *a = c->a;
    struct put_many *m = arena_alloc(a, sizeof *m);
    int32_t *count = arena_calloc(a, (size_t)s.nshards, sizeof *count);
    if (!m || !count) {
        gw_meta_free(&s);
        return gw_call_error(c, GW_EXC_INTERNAL_FAILURE, "out of memory");
    }
    m->c = c;
    m->nrecs = in.nrecs;
    m->partition = arena_calloc(a, in.nrecs, sizeof *m->partition);
    m->offset = arena_calloc(a, in.nrecs, sizeof *m->offset);
    m->status = arena_calloc(a, in.nrecs, sizeof *m->status);
    rc = m->partition && m->offset && m->status ? 0 : -E_NOMEM;
    for (size_t i = 0; !rc && i < in.nrecs; i++) {
        rc = route_record(c, &s, &in.recs[i], &m->partition[i]);
        if (!rc)
            count[m->partition[i]]++;
    }
    char name[129];
    memcpy(name, s.name, sizeof name);
    int32_t nshards = s.nshards;
    gw_meta_free(&s);
    if (rc)
        return gw_call_fail(c);
    /* One batch per shard, records in request order. */
    const struct gw_backend *be = gw_call_backend(c);
    m->pending = 1; /* held until every append has been issued */
    for (int32_t p = 0; p < nshards; p++) {
        if (!count[p])
            continue;
        struct put_group *g = arena_alloc(a, sizeof *g);
        struct gw_append_record *recs = arena_calloc(a, (size_t)count[p], sizeof *recs);
        size_t *index = arena_calloc(a, (size_t)count[p], sizeof *index);
        if (!g || !recs || !index) {
            for (size_t i = 0; i < in.nrecs; i++)
                if (m->partition[i] == p) {
                    m->offset[i] = -1;
                    m->status[i] = -E_NOMEM;
                }
            continue;
        }
        g->m = m;
        g->partition = p;
        g->index = index;
        for (size_t i = 0; i < in.nrecs; i++)
            if (m->partition[i] == p) {
                to_append(&in.recs[i], &recs[g->n]);
                index[g->n++] = i;
            }
        m->pending++;
        rc = be->ops->append(be->impl, name, p, recs, g->n, put_group_done, g);
        if (rc)
            put_group_done(g, rc, -1, 0);
    }
    if (--m->pending == 0)
        put_records_finish(m);
}

/*
 * h_delete_topics.c - DeleteTopics (key 20), v0-6.
 *
 * v0-5 name topics in topic_names; v6 in topics[], each by name or by id
 * (KIP-516). Rules follow Kafka 3.9's controller: delete.topic.enable=false
 * fails every entry (TOPIC_DELETION_DISABLED from v3, INVALID_REQUEST
 * before), neither or both of name and id is INVALID_REQUEST, duplicate
 * names or ids get one INVALID_REQUEST entry each, an unknown name is
 * UNKNOWN_TOPIC_OR_PARTITION and an unknown id UNKNOWN_TOPIC_ID. v5+
 * entries carry Kafka's messages. Entries come back in request order
 * (Kafka shuffles them; clients match by name or id).
 *
 * Internal topics: Kafka's broker would delete __consumer_offsets for an
 * authorized client (only kafka-topics.sh refuses, on the client side).
 * Sluice's group coordinator keeps that topic open for its whole life, so
 * we refuse with INVALID_TOPIC_EXCEPTION, the code Kafka gives for other
 * operations an internal topic does not allow (DeleteRecords, Produce).
 *
 * A deletion is answered once storage has made it durable. Before the
 * topic goes, its idempotent-producer state is dropped and Fetch requests
 * parked on its partitions are woken while their logs (the purgatory keys)
 * still exist. timeout_ms is ignored: deletion is local and quick.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "broker/admin.h"
#include "broker/blog.h"
#include "broker/broker.h"
#include "broker/h_admin.h"
#include "broker/partitions.h"
#include "broker/purgatory.h"
#include "broker/storage_glue.h"
#include "broker/topics.h"
#include "coordinator/coord.h"
#include "protocol/errors.h"
#include "protocol/msg/delete_topics.h"
#include "storage/storage.h"

typedef struct delete_topics_resp_deletable_topic_result result;

enum kind { K_ERROR, K_NAME, K_ID };

struct entry {
    struct kstr name; /* null view for v6 entries by id */
    struct kuuid id;
    enum kind kind;
    int16_t err;
    const char *msg;
    bool skip;        /* a later member of a duplicate group: no entry */
    struct topic *t;  /* resolved */
};

struct by_topic {
    const struct topic *t;
    int32_t i;
};

static int cmp_by_topic(const void *x, const void *y)
{
    const struct by_topic *a = x, *b = y;
    if (a->t != b->t)
        return (uintptr_t)a->t < (uintptr_t)b->t ? -1 : 1;
    return (a->i > b->i) - (a->i < b->i);
}

static void fail(struct entry *e, int16_t err, const char *msg)
{
    e->kind = K_ERROR;
    e->err = err;
    e->msg = msg;
}

/* Duplicates among the entries of one kind, keyed by name or id bytes. */
static int mark_duplicates(struct request *rq, struct entry *es, int32_t n, enum kind kind)
{
    struct kstr *keys = arena_calloc(&rq->arena, (size_t)n, sizeof *keys);
    bool *dup = arena_calloc(&rq->arena, (size_t)n, sizeof *dup);
    bool *first = arena_calloc(&rq->arena, (size_t)n, sizeof *first);
    if (!keys || !dup || !first)
        return -1;
    for (int32_t i = 0; i < n; i++) {
        keys[i] = KSTR_NULL;
        if (es[i].kind == kind)
            keys[i] = kind == K_NAME ? es[i].name
                                     : (struct kstr){(const char *)es[i].id.b, 16};
    }
    if (adm_mark_duplicates(&rq->arena, keys, n, dup, first))
        return -1;
    for (int32_t i = 0; i < n; i++) {
        if (!dup[i])
            continue;
        fail(&es[i], KERR_INVALID_REQUEST,
             kind == K_NAME ? "Duplicate topic name." : "Duplicate topic id.");
        es[i].skip = !first[i];
        if (kind == K_ID)
            es[i].name = KSTR_NULL;
        else
            es[i].id = (struct kuuid){{0}};
    }
    return 0;
}

static void resolve(struct request *rq, struct entry *es, int32_t n)
{
    struct broker *b = rq->b;
    for (int32_t i = 0; i < n; i++) {
        struct entry *e = &es[i];
        if (e->kind == K_ID) {
            e->t = store_topic_find_id(b->store, &e->id);
            if (!e->t)
                fail(e, KERR_UNKNOWN_TOPIC_ID, ADM_MSG_UNKNOWN_TOPIC_ID);
        } else if (e->kind == K_NAME) {
            char *name = adm_cstr(&rq->arena, e->name);
            e->t = name ? store_topic_find(b->store, name) : NULL;
            if (!e->t)
                fail(e, KERR_UNKNOWN_TOPIC_OR_PARTITION, ADM_MSG_UNKNOWN_TOPIC);
        }
    }
    /* One topic named both by id and by name (v6): Kafka refuses the pair
     * rather than guess which entry should carry the outcome. */
    struct by_topic *v = arena_calloc(&rq->arena, (size_t)n, sizeof *v);
    int32_t m = 0;
    for (int32_t i = 0; v && i < n; i++)
        if (es[i].kind != K_ERROR)
            v[m++] = (struct by_topic){es[i].t, i};
    if (v)
        qsort(v, (size_t)m, sizeof *v, cmp_by_topic);
    for (int32_t i = 0; v && i + 1 < m; i++) {
        if (v[i].t != v[i + 1].t)
            continue;
        for (int32_t k = i; k < i + 2; k++)
            fail(&es[v[k].i], KERR_INVALID_REQUEST,
                 "The provided topic name maps to an ID that was already supplied.");
    }
}

static void delete_one(struct request *rq, struct adm_pending *pend, struct topic *t,
                       result *out)
{
    struct broker *b = rq->b;
    out->name = kstr_c(arena_strdup(&rq->arena, topic_name(t)));
    out->topic_id = *topic_id(t);
    if (topics_is_internal(topic_name(t))) {
        out->error_code = KERR_INVALID_TOPIC_EXCEPTION;
        out->error_message =
            adm_msg(&rq->arena, "Cannot delete internal topic %s", topic_name(t));
        return;
    }
    struct adm_wait *w = adm_wait_new(pend, &out->error_code, &out->error_message);
    if (!w) {
        out->error_code = KERR_UNKNOWN_SERVER_ERROR;
        return;
    }
    char name[256];
    snprintf(name, sizeof name, "%s", topic_name(t));
    int32_t nparts = topic_partition_count(t);
    parts_forget_topic(b, t);
    for (int32_t p = 0; p < nparts; p++)
        purg_notify(b->purgatory, topic_log(t, p));
    int rc = store_topic_delete(b->store, t, adm_wait_done, w);
    if (rc) {
        adm_wait_cancel(w);
        out->error_code = sg_kerr(rc);
        out->error_message = kstr_c(kerr_message(out->error_code));
        return;
    }
    int forgotten = b->coord ? coord_forget_topic(b->coord, name) : 0;
    blog(BLOG_INFO, "topic_deleted", "topic=%s partitions=%d offsets_removed=%d", name, nparts,
         forgotten);
}

void h_delete_topics(struct request *rq)
{
    struct broker *b = rq->b;
    const struct delete_topics_req *req = rq->body;
    struct delete_topics_resp *resp = rq_response(rq);
    struct adm_pending *pend = adm_pending_new(rq);
    int32_t n = rq->version >= 6 ? req->topics_count : req->topic_names_count;
    n = n > 0 ? n : 0;
    size_t slots = n ? (size_t)n : 1;
    struct entry *es = arena_calloc(&rq->arena, slots, sizeof *es);
    if (resp)
        resp->responses = arena_calloc(&rq->arena, slots, sizeof *resp->responses);
    if (!resp || !pend || !es || !resp->responses)
        return rq_finish(rq);
    for (int32_t i = 0; i < n; i++) {
        struct entry *e = &es[i];
        e->kind = K_NAME;
        if (rq->version < 6) {
            e->name = req->topic_names[i];
            continue;
        }
        e->name = req->topics[i].name;
        e->id = req->topics[i].topic_id;
        bool has_id = !kuuid_is_zero(&e->id);
        if (e->name.len < 0 && !has_id)
            fail(e, KERR_INVALID_REQUEST, "Neither topic name nor id were specified.");
        else if (e->name.len < 0)
            e->kind = K_ID;
        else if (has_id)
            fail(e, KERR_INVALID_REQUEST, "You may not specify both topic name and topic id.");
    }

    if (!config_get_bool(&b->cfg, "delete.topic.enable", true)) {
        /* Kafka fails the whole request, echoing every entry, no message. */
        for (int32_t i = 0; i < n; i++) {
            result *out = &resp->responses[resp->responses_count++];
            delete_topics_resp_deletable_topic_result_init(out);
            out->name = es[i].name;
            out->topic_id = es[i].id;
            out->error_code =
                rq->version >= 3 ? KERR_TOPIC_DELETION_DISABLED : KERR_INVALID_REQUEST;
        }
        return rq_finish(rq);
    }

    if (mark_duplicates(rq, es, n, K_NAME) || mark_duplicates(rq, es, n, K_ID))
        return rq_finish(rq);
    resolve(rq, es, n);
    for (int32_t i = 0; i < n; i++) {
        struct entry *e = &es[i];
        if (e->skip)
            continue;
        result *out = &resp->responses[resp->responses_count++];
        delete_topics_resp_deletable_topic_result_init(out);
        out->name = e->name;
        out->topic_id = e->id;
        if (e->kind == K_ERROR) {
            if (e->err == KERR_UNKNOWN_TOPIC_ID)
                out->name = KSTR_NULL;
            out->error_code = e->err;
            out->error_message = kstr_c(e->msg);
            continue;
        }
        delete_one(rq, pend, e->t, out);
    }
    adm_pending_release(pend);
}

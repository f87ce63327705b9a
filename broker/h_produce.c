/*
 * h_produce.c - Produce (key 0), v0-11.
 *
 * Per partition: find the log, validate the one record batch
 * (protocol/records, Kafka's producer rules and limits), check the
 * idempotent producer's sequence (coordinator/producer.h), append.
 *
 * v0-2 carry legacy message sets (magic 0 in v0-1, magic 1 in v2): they are
 * up-converted to one RecordBatch v2 (protocol/records_legacy.h), as Kafka
 * 3.x does, and that batch is appended like any other. Kafka does not
 * check the magic against the version, so a v2 batch sent in v0-2 goes the
 * usual way. The v0-1 responses have no log_append_time_ms and v0 no
 * throttle_time_ms; the generated encoder leaves them out.
 *
 * acks decide when we answer:
 *   acks=0    never (the work is still done, errors are only logged)
 *   acks=1    once every append reached the page cache
 *   acks=-1   once an fdatasync covers every append (storage's group
 *             commit; sluice.durable.acks.all=false makes it page cache)
 * A retried idempotent batch is answered as a success with the offsets it
 * got the first time (COMPAT-TRAPS).
 */
#include <inttypes.h>
#include <string.h>

#include "broker/blog.h"
#include "broker/broker.h"
#include "broker/conn.h"
#include "broker/gw_storage.h"
#include "broker/handlers.h"
#include "broker/partitions.h"
#include "broker/storage_glue.h"
#include "broker/topics.h"
#include "protocol/errors.h"
#include "protocol/msg/produce.h"
#include "protocol/records.h"
#include "protocol/records_legacy.h"
#include "protocol/status.h"
#include "storage/storage.h"

struct produce_ctx {
    struct request *rq;
    int outstanding;
    bool silent; /* acks=0 */
};

struct part_append {
    struct produce_ctx *pc;
    struct produce_resp_partition_produce_response *out;
    struct part_state *ps;
    int64_t producer_id;
    int16_t epoch;
    int32_t first_seq;
    int32_t last_seq;
};

static void finish_one(struct produce_ctx *pc)
{
    if (--pc->outstanding > 0)
        return;
    if (pc->silent)
        rq_finish_silently(pc->rq);
    else
        rq_finish(pc->rq);
}

static void on_appended(void *arg, int status, const struct log_append_result *res)
{
    struct part_append *pa = arg;
    if (status) {
        pa->out->error_code = sg_kerr(status);
        pa->out->base_offset = -1;
        blog(BLOG_WARN, "produce_append_failed", "status=%s", status_name(status));
    } else if (res) {
        pa->out->base_offset = res->base_offset;
        pa->out->log_append_time_ms = res->log_append_time_ms;
        pa->out->log_start_offset = res->log_start_offset;
    }
    finish_one(pa->pc);
}

static int16_t record_error(struct request *rq, struct produce_resp_partition_produce_response *out,
                            const struct rb_error *err)
{
    char text[256];
    rb_error_format(err, text, sizeof text);
    out->error_message = kstr_c(arena_strdup(&rq->arena, text));
    if (err->record >= 0) {
        out->record_errors = arena_calloc(&rq->arena, 1, sizeof *out->record_errors);
        if (out->record_errors) {
            out->record_errors_count = 1;
            out->record_errors[0].batch_index = err->record;
            out->record_errors[0].batch_index_error_message = out->error_message;
        }
    }
    struct conn *c = rq->conn;
    blog(BLOG_INFO, "produce_rejected", "peer=%s reason=\"%s\"", c ? c->peer : "-", text);
    return (int16_t)rb_err_kerr(err->code);
}

/*
 * The batch to append for one partition's records, in *batch (views into
 * the request or into converted). Returns 0, or -1 with the error in out.
 */
static int check_records(struct request *rq, const struct produce_req_partition_produce_data *pd,
                         const struct rb_limits *lim, struct kwriter *converted,
                         struct rb_batch *batch,
                         struct produce_resp_partition_produce_response *out)
{
    struct broker *b = rq->b;
    const uint8_t *p = pd->records.ptr;
    size_t len = (size_t)pd->records.len;
    struct rb_error err;
    if (rq->version >= 3 || rb_peek_magic(p, len) == RB_MAGIC) {
        if (rb_validate_produce(p, len, rq->version, lim, &b->rb_scratch, batch, &err) != 0) {
            out->error_code = record_error(rq, out, &err);
            return -1;
        }
        return 0;
    }
    if (rb_upconvert_legacy(p, len, lim, &b->rb_scratch, converted, NULL, &err) != 0) {
        out->error_code = record_error(rq, out, &err);
        return -1;
    }
    /* The builder's output meets the producer rules (the unit tests and
     * the fuzz target check it with rb_validate on every conversion), so
     * only framing is read back here: no second decompression. */
    if (rb_parse(converted->buf, converted->len, lim, batch, &err) != 0) {
        out->error_code = record_error(rq, out, &err);
        return -1;
    }
    return 0;
}

static void append_batch(struct request *rq, struct produce_ctx *pc, struct log *lg,
                         const struct rb_batch *bt,
                         struct produce_resp_partition_produce_response *out)
{
    struct broker *b = rq->b;
    const struct produce_req *req = rq->body;
    const struct rb_batch batch = *bt;
    if (batch.transactional) {
        /* Transactions come with their own issue; until then a
         * transactional batch cannot have passed AddPartitionsToTxn. */
        out->error_code = KERR_INVALID_TXN_STATE;
        return;
    }
    struct part_append *pa = arena_alloc(&rq->arena, sizeof *pa);
    if (!pa) {
        out->error_code = KERR_UNKNOWN_SERVER_ERROR;
        return;
    }
    pa->pc = pc;
    pa->out = out;
    pa->producer_id = batch.producer_id;
    if (batch.producer_id >= 0) {
        if (!parts_producer_id_issued(b, batch.producer_id)) {
            out->error_code = KERR_UNKNOWN_PRODUCER_ID;
            return;
        }
        pa->ps = parts_get(b, lg);
        if (!pa->ps) {
            out->error_code = KERR_UNKNOWN_SERVER_ERROR;
            return;
        }
        pa->epoch = batch.producer_epoch;
        pa->first_seq = batch.base_sequence;
        pa->last_seq = (int32_t)(((int64_t)batch.base_sequence + batch.last_offset_delta) % ((int64_t)INT32_MAX + 1));
        struct pstate_batch dup;
        switch (pstate_check(&pa->ps->producers, batch.producer_id, batch.producer_epoch,
                             pa->first_seq, pa->last_seq, &dup)) {
        case PSTATE_APPEND:
            break;
        case PSTATE_DUPLICATE:
            out->base_offset = dup.first_offset;
            out->log_append_time_ms = dup.timestamp;
            return;
        case PSTATE_OLD_DUPLICATE:
            out->error_code = KERR_DUPLICATE_SEQUENCE_NUMBER;
            return;
        case PSTATE_OUT_OF_ORDER:
            out->error_code = KERR_OUT_OF_ORDER_SEQUENCE_NUMBER;
            return;
        case PSTATE_FENCED:
            out->error_code = KERR_INVALID_PRODUCER_EPOCH;
            return;
        }
    }
    struct log_append_opts o = {
        .now_ms = wall_ms(),
        .durable = req->acks == -1,
        .leader_epoch = 0,
        .cb = on_appended,
        .arg = pa,
    };
    struct log_append_result res;
    int rc = log_append(lg, batch.ptr, batch.size_bytes, &o, &res);
    if (rc) {
        out->error_code = sg_kerr(rc);
        if (rc == -E_TOOBIG)
            out->error_code = KERR_MESSAGE_TOO_LARGE;
        return;
    }
    out->base_offset = res.base_offset;
    out->log_append_time_ms = res.log_append_time_ms;
    out->log_start_offset = res.log_start_offset;
    if (pa->ps)
        pstate_record(&pa->ps->producers, pa->producer_id, pa->epoch, pa->first_seq, pa->last_seq,
                      res.base_offset, res.last_offset, res.log_append_time_ms, now_ms());
    if (res.pending)
        pc->outstanding++;
}

static void produce_partition(struct request *rq, struct produce_ctx *pc, struct topic *t,
                              const struct produce_req_partition_produce_data *pd,
                              struct produce_resp_partition_produce_response *out)
{
    out->index = pd->index;
    out->base_offset = -1;
    out->log_append_time_ms = -1;
    out->log_start_offset = -1;
    out->record_errors_count = 0;
    out->error_message = KSTR_NULL;
    if (!t || pd->index < 0 || pd->index >= topic_partition_count(t)) {
        out->error_code = KERR_UNKNOWN_TOPIC_OR_PARTITION;
        return;
    }
    struct log *lg = topic_log(t, pd->index);
    out->log_start_offset = log_start_offset(lg);
    if (topics_is_internal(topic_name(t))) {
        out->error_code = KERR_INVALID_TOPIC_EXCEPTION;
        return;
    }
    if (pd->records.len <= 0) {
        out->error_code = KERR_CORRUPT_MESSAGE;
        return;
    }
    /* Kinesis gateway: a split or merge closed this partition's shard, and
     * readers treat its end as final. POLICY_VIOLATION is not retriable, so
     * the producer fails the batch at once with this message (v8+). */
    if (gws_partition_closed(t, pd->index)) {
        out->error_code = KERR_POLICY_VIOLATION;
        out->error_message = kstr_c("shard closed by a Kinesis reshard");
        return;
    }
    struct rb_limits lim;
    rb_limits_producer(&lim, (size_t)topic_cfg(t)->max_message_bytes);
    /* Holds the up-converted batch of a legacy set until it is appended
     * (log_append copies it before returning). */
    struct kwriter converted;
    kw_init(&converted);
    struct rb_batch batch;
    if (check_records(rq, pd, &lim, &converted, &batch, out) == 0)
        append_batch(rq, pc, lg, &batch, out);
    kw_destroy(&converted);
}

void h_produce(struct request *rq)
{
    struct broker *b = rq->b;
    const struct produce_req *req = rq->body;
    struct produce_resp *resp = rq_response(rq);
    struct produce_ctx *pc = arena_alloc(&rq->arena, sizeof *pc);
    if (!resp || !pc)
        return rq_finish(rq);
    pc->rq = rq;
    pc->outstanding = 1;
    pc->silent = req->acks == 0;
    bool bad_acks = req->acks != 0 && req->acks != 1 && req->acks != -1;
    int32_t nt = req->topic_data_count > 0 ? req->topic_data_count : 0;
    resp->responses = arena_calloc(&rq->arena, nt ? (size_t)nt : 1, sizeof *resp->responses);
    if (!resp->responses)
        return rq_finish(rq);
    resp->responses_count = nt;
    for (int32_t i = 0; i < nt; i++) {
        const struct produce_req_topic_produce_data *td = &req->topic_data[i];
        struct produce_resp_topic_produce_response *tr = &resp->responses[i];
        produce_resp_topic_produce_response_init(tr);
        tr->name = td->name;
        int32_t np = td->partition_data_count > 0 ? td->partition_data_count : 0;
        tr->partition_responses =
            arena_calloc(&rq->arena, np ? (size_t)np : 1, sizeof *tr->partition_responses);
        if (!tr->partition_responses)
            continue;
        tr->partition_responses_count = np;
        char name[256];
        struct topic *t = topics_name_ok(td->name, name, sizeof name)
                              ? store_topic_find(b->store, name) : NULL;
        for (int32_t p = 0; p < np; p++) {
            struct produce_resp_partition_produce_response *out = &tr->partition_responses[p];
            produce_resp_partition_produce_response_init(out);
            if (bad_acks) {
                out->index = td->partition_data[p].index;
                out->base_offset = -1;
                out->error_code = KERR_INVALID_REQUIRED_ACKS;
                continue;
            }
            produce_partition(rq, pc, t, &td->partition_data[p], out);
        }
    }
    finish_one(pc);
}

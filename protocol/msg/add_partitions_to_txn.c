/* generated from AddPartitionsToTxnRequest.json, AddPartitionsToTxnResponse.json by protocol/gen/gen.py; do not edit (make regen). */
#include "protocol/msg/add_partitions_to_txn.h"

#include <string.h>

#include "protocol/status.h"

static void decode_add_partitions_to_txn_req_add_partitions_to_txn_topic(struct kreader *r, struct arena *a, int16_t v, struct add_partitions_to_txn_req_add_partitions_to_txn_topic *x);
static void encode_add_partitions_to_txn_req_add_partitions_to_txn_topic(struct kwriter *w, int16_t v, const struct add_partitions_to_txn_req_add_partitions_to_txn_topic *x);
static size_t size_add_partitions_to_txn_req_add_partitions_to_txn_topic(int16_t v, const struct add_partitions_to_txn_req_add_partitions_to_txn_topic *x);
static void decode_add_partitions_to_txn_req_add_partitions_to_txn_transaction(struct kreader *r, struct arena *a, int16_t v, struct add_partitions_to_txn_req_add_partitions_to_txn_transaction *x);
static void encode_add_partitions_to_txn_req_add_partitions_to_txn_transaction(struct kwriter *w, int16_t v, const struct add_partitions_to_txn_req_add_partitions_to_txn_transaction *x);
static size_t size_add_partitions_to_txn_req_add_partitions_to_txn_transaction(int16_t v, const struct add_partitions_to_txn_req_add_partitions_to_txn_transaction *x);
static void decode_add_partitions_to_txn_req(struct kreader *r, struct arena *a, int16_t v, struct add_partitions_to_txn_req *x);
static void encode_add_partitions_to_txn_req(struct kwriter *w, int16_t v, const struct add_partitions_to_txn_req *x);
static size_t size_add_partitions_to_txn_req(int16_t v, const struct add_partitions_to_txn_req *x);

static const uint16_t minsz_add_partitions_to_txn_req_add_partitions_to_txn_topic_partitions[6] = {4, 4, 4, 4, 4, 4};
static const uint16_t minsz_add_partitions_to_txn_req_add_partitions_to_txn_transaction_topics[6] = {6, 6, 6, 3, 3, 3};
static const uint16_t minsz_add_partitions_to_txn_req_transactions[6] = {1, 1, 1, 1, 14, 14};
static const uint16_t minsz_add_partitions_to_txn_req_v3_and_below_topics[6] = {6, 6, 6, 3, 3, 3};

void add_partitions_to_txn_req_add_partitions_to_txn_topic_init(struct add_partitions_to_txn_req_add_partitions_to_txn_topic *x)
{
    memset(x, 0, sizeof *x);
    x->name = KSTR_LIT("");
}

bool add_partitions_to_txn_req_add_partitions_to_txn_topic_is_default(const struct add_partitions_to_txn_req_add_partitions_to_txn_topic *x)
{
    return (kstr_eq(x->name, KSTR_LIT("")))
        && (x->partitions_count == 0);
}

static void decode_add_partitions_to_txn_req_add_partitions_to_txn_topic(struct kreader *r, struct arena *a, int16_t v, struct add_partitions_to_txn_req_add_partitions_to_txn_topic *x)
{
    const bool flex = v >= 3;
    (void)a;
    (void)v;
    (void)flex;
    x->name = kr_str(r, flex, false);
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_add_partitions_to_txn_req_add_partitions_to_txn_topic_partitions[v]);
        x->partitions_count = n_;
        x->partitions = NULL;
        if (n_ > 0) {
            x->partitions = arena_calloc(a, (size_t)n_, sizeof *x->partitions);
            if (!x->partitions) {
                kr_fail(r, "out of memory");
                x->partitions_count = 0;
            }
            for (int32_t i_ = 0; x->partitions && i_ < n_ && !(r)->err; i_++) {
                x->partitions[i_] = kr_i32(r);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_add_partitions_to_txn_req_add_partitions_to_txn_topic(struct kwriter *w, int16_t v, const struct add_partitions_to_txn_req_add_partitions_to_txn_topic *x)
{
    const bool flex = v >= 3;
    (void)flex;
    (void)v;
    kw_str(w, x->name, flex, false);
    kw_array_len(w, x->partitions_count, flex, false);
    for (int32_t i_ = 0; i_ < x->partitions_count; i_++) {
        kw_i32(w, x->partitions[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_add_partitions_to_txn_req_add_partitions_to_txn_topic(int16_t v, const struct add_partitions_to_txn_req_add_partitions_to_txn_topic *x)
{
    const bool flex = v >= 3;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_str(x->name, flex);
    n += ksize_array_len(x->partitions_count, flex);
    if (x->partitions_count > 0)
        n += (size_t)x->partitions_count * 4;
    if (flex) {
        n += 1;
    }
    return n;
}

void add_partitions_to_txn_req_add_partitions_to_txn_transaction_init(struct add_partitions_to_txn_req_add_partitions_to_txn_transaction *x)
{
    memset(x, 0, sizeof *x);
    x->transactional_id = KSTR_LIT("");
}

bool add_partitions_to_txn_req_add_partitions_to_txn_transaction_is_default(const struct add_partitions_to_txn_req_add_partitions_to_txn_transaction *x)
{
    return (kstr_eq(x->transactional_id, KSTR_LIT("")))
        && (x->producer_id == 0)
        && (x->producer_epoch == 0)
        && (x->verify_only == false)
        && (x->topics_count == 0);
}

static void decode_add_partitions_to_txn_req_add_partitions_to_txn_transaction(struct kreader *r, struct arena *a, int16_t v, struct add_partitions_to_txn_req_add_partitions_to_txn_transaction *x)
{
    const bool flex = v >= 3;
    (void)a;
    (void)v;
    (void)flex;
    if (v >= 4) {
        x->transactional_id = kr_str(r, flex, false);
    }
    if (v >= 4) {
        x->producer_id = kr_i64(r);
    }
    if (v >= 4) {
        x->producer_epoch = kr_i16(r);
    }
    if (v >= 4) {
        x->verify_only = kr_bool(r);
    }
    if (v >= 4) {
        {
            int32_t n_ = kr_array_len(r, flex, false, minsz_add_partitions_to_txn_req_add_partitions_to_txn_transaction_topics[v]);
            x->topics_count = n_;
            x->topics = NULL;
            if (n_ > 0) {
                x->topics = arena_calloc(a, (size_t)n_, sizeof *x->topics);
                if (!x->topics) {
                    kr_fail(r, "out of memory");
                    x->topics_count = 0;
                }
                for (int32_t i_ = 0; x->topics && i_ < n_ && !(r)->err; i_++) {
                    add_partitions_to_txn_req_add_partitions_to_txn_topic_init(&x->topics[i_]);
                    decode_add_partitions_to_txn_req_add_partitions_to_txn_topic(r, a, v, &x->topics[i_]);
                }
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_add_partitions_to_txn_req_add_partitions_to_txn_transaction(struct kwriter *w, int16_t v, const struct add_partitions_to_txn_req_add_partitions_to_txn_transaction *x)
{
    const bool flex = v >= 3;
    (void)flex;
    (void)v;
    if (v >= 4) {
        kw_str(w, x->transactional_id, flex, false);
    }
    if ((v <= 3) && w->strict && !(kstr_eq(x->transactional_id, KSTR_LIT(""))))
        kw_fail(w, -E_INVAL, "AddPartitionsToTxnTransaction.TransactionalId not in this version");
    if (v >= 4) {
        kw_i64(w, x->producer_id);
    }
    if ((v <= 3) && w->strict && !(x->producer_id == 0))
        kw_fail(w, -E_INVAL, "AddPartitionsToTxnTransaction.ProducerId not in this version");
    if (v >= 4) {
        kw_i16(w, x->producer_epoch);
    }
    if ((v <= 3) && w->strict && !(x->producer_epoch == 0))
        kw_fail(w, -E_INVAL, "AddPartitionsToTxnTransaction.ProducerEpoch not in this version");
    if (v >= 4) {
        kw_bool(w, x->verify_only);
    }
    if ((v <= 3) && w->strict && !(x->verify_only == false))
        kw_fail(w, -E_INVAL, "AddPartitionsToTxnTransaction.VerifyOnly not in this version");
    if (v >= 4) {
        kw_array_len(w, x->topics_count, flex, false);
        for (int32_t i_ = 0; i_ < x->topics_count; i_++) {
            encode_add_partitions_to_txn_req_add_partitions_to_txn_topic(w, v, &x->topics[i_]);
        }
    }
    if ((v <= 3) && w->strict && !(x->topics_count == 0))
        kw_fail(w, -E_INVAL, "AddPartitionsToTxnTransaction.Topics not in this version");
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_add_partitions_to_txn_req_add_partitions_to_txn_transaction(int16_t v, const struct add_partitions_to_txn_req_add_partitions_to_txn_transaction *x)
{
    const bool flex = v >= 3;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v >= 4) {
        n += ksize_str(x->transactional_id, flex);
    }
    if (v >= 4) {
        n += 8;
    }
    if (v >= 4) {
        n += 2;
    }
    if (v >= 4) {
        n += 1;
    }
    if (v >= 4) {
        n += ksize_array_len(x->topics_count, flex);
        for (int32_t i_ = 0; i_ < x->topics_count; i_++)
            n += size_add_partitions_to_txn_req_add_partitions_to_txn_topic(v, &x->topics[i_]);
    }
    if (flex) {
        n += 1;
    }
    return n;
}

void add_partitions_to_txn_req_init(struct add_partitions_to_txn_req *x)
{
    memset(x, 0, sizeof *x);
    x->v3_and_below_transactional_id = KSTR_LIT("");
}

bool add_partitions_to_txn_req_is_default(const struct add_partitions_to_txn_req *x)
{
    return (x->transactions_count == 0)
        && (kstr_eq(x->v3_and_below_transactional_id, KSTR_LIT("")))
        && (x->v3_and_below_producer_id == 0)
        && (x->v3_and_below_producer_epoch == 0)
        && (x->v3_and_below_topics_count == 0);
}

static void decode_add_partitions_to_txn_req(struct kreader *r, struct arena *a, int16_t v, struct add_partitions_to_txn_req *x)
{
    const bool flex = v >= 3;
    (void)a;
    (void)v;
    (void)flex;
    if (v >= 4) {
        {
            int32_t n_ = kr_array_len(r, flex, false, minsz_add_partitions_to_txn_req_transactions[v]);
            x->transactions_count = n_;
            x->transactions = NULL;
            if (n_ > 0) {
                x->transactions = arena_calloc(a, (size_t)n_, sizeof *x->transactions);
                if (!x->transactions) {
                    kr_fail(r, "out of memory");
                    x->transactions_count = 0;
                }
                for (int32_t i_ = 0; x->transactions && i_ < n_ && !(r)->err; i_++) {
                    add_partitions_to_txn_req_add_partitions_to_txn_transaction_init(&x->transactions[i_]);
                    decode_add_partitions_to_txn_req_add_partitions_to_txn_transaction(r, a, v, &x->transactions[i_]);
                }
            }
        }
    }
    if (v <= 3) {
        x->v3_and_below_transactional_id = kr_str(r, flex, false);
    }
    if (v <= 3) {
        x->v3_and_below_producer_id = kr_i64(r);
    }
    if (v <= 3) {
        x->v3_and_below_producer_epoch = kr_i16(r);
    }
    if (v <= 3) {
        {
            int32_t n_ = kr_array_len(r, flex, false, minsz_add_partitions_to_txn_req_v3_and_below_topics[v]);
            x->v3_and_below_topics_count = n_;
            x->v3_and_below_topics = NULL;
            if (n_ > 0) {
                x->v3_and_below_topics = arena_calloc(a, (size_t)n_, sizeof *x->v3_and_below_topics);
                if (!x->v3_and_below_topics) {
                    kr_fail(r, "out of memory");
                    x->v3_and_below_topics_count = 0;
                }
                for (int32_t i_ = 0; x->v3_and_below_topics && i_ < n_ && !(r)->err; i_++) {
                    add_partitions_to_txn_req_add_partitions_to_txn_topic_init(&x->v3_and_below_topics[i_]);
                    decode_add_partitions_to_txn_req_add_partitions_to_txn_topic(r, a, v, &x->v3_and_below_topics[i_]);
                }
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_add_partitions_to_txn_req(struct kwriter *w, int16_t v, const struct add_partitions_to_txn_req *x)
{
    const bool flex = v >= 3;
    (void)flex;
    (void)v;
    if (v >= 4) {
        kw_array_len(w, x->transactions_count, flex, false);
        for (int32_t i_ = 0; i_ < x->transactions_count; i_++) {
            encode_add_partitions_to_txn_req_add_partitions_to_txn_transaction(w, v, &x->transactions[i_]);
        }
    }
    if ((v <= 3) && w->strict && !(x->transactions_count == 0))
        kw_fail(w, -E_INVAL, "AddPartitionsToTxnRequest.Transactions not in this version");
    if (v <= 3) {
        kw_str(w, x->v3_and_below_transactional_id, flex, false);
    }
    if ((v >= 4) && w->strict && !(kstr_eq(x->v3_and_below_transactional_id, KSTR_LIT(""))))
        kw_fail(w, -E_INVAL, "AddPartitionsToTxnRequest.V3AndBelowTransactionalId not in this version");
    if (v <= 3) {
        kw_i64(w, x->v3_and_below_producer_id);
    }
    if ((v >= 4) && w->strict && !(x->v3_and_below_producer_id == 0))
        kw_fail(w, -E_INVAL, "AddPartitionsToTxnRequest.V3AndBelowProducerId not in this version");
    if (v <= 3) {
        kw_i16(w, x->v3_and_below_producer_epoch);
    }
    if ((v >= 4) && w->strict && !(x->v3_and_below_producer_epoch == 0))
        kw_fail(w, -E_INVAL, "AddPartitionsToTxnRequest.V3AndBelowProducerEpoch not in this version");
    if (v <= 3) {
        kw_array_len(w, x->v3_and_below_topics_count, flex, false);
        for (int32_t i_ = 0; i_ < x->v3_and_below_topics_count; i_++) {
            encode_add_partitions_to_txn_req_add_partitions_to_txn_topic(w, v, &x->v3_and_below_topics[i_]);
        }
    }
    if ((v >= 4) && w->strict && !(x->v3_and_below_topics_count == 0))
        kw_fail(w, -E_INVAL, "AddPartitionsToTxnRequest.V3AndBelowTopics not in this version");
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_add_partitions_to_txn_req(int16_t v, const struct add_partitions_to_txn_req *x)
{
    const bool flex = v >= 3;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v >= 4) {
        n += ksize_array_len(x->transactions_count, flex);
        for (int32_t i_ = 0; i_ < x->transactions_count; i_++)
            n += size_add_partitions_to_txn_req_add_partitions_to_txn_transaction(v, &x->transactions[i_]);
    }
    if (v <= 3) {
        n += ksize_str(x->v3_and_below_transactional_id, flex);
    }
    if (v <= 3) {
        n += 8;
    }
    if (v <= 3) {
        n += 2;
    }
    if (v <= 3) {
        n += ksize_array_len(x->v3_and_below_topics_count, flex);
        for (int32_t i_ = 0; i_ < x->v3_and_below_topics_count; i_++)
            n += size_add_partitions_to_txn_req_add_partitions_to_txn_topic(v, &x->v3_and_below_topics[i_]);
    }
    if (flex) {
        n += 1;
    }
    return n;
}

int add_partitions_to_txn_req_decode(struct kreader *r, struct arena *a, int16_t v, struct add_partitions_to_txn_req *out)
{
    add_partitions_to_txn_req_init(out);
    if (v < 0 || v > 5)
        return -E_UNSUPPORTED;
    decode_add_partitions_to_txn_req(r, a, v, out);
    return r->err;
}

int add_partitions_to_txn_req_encode(struct kwriter *w, int16_t v, const struct add_partitions_to_txn_req *in)
{
    if (v < 0 || v > 5)
        return -E_UNSUPPORTED;
    encode_add_partitions_to_txn_req(w, v, in);
    return w->err;
}

size_t add_partitions_to_txn_req_size(int16_t v, const struct add_partitions_to_txn_req *in)
{
    return size_add_partitions_to_txn_req(v, in);
}

static void decode_add_partitions_to_txn_resp_add_partitions_to_txn_partition_result(struct kreader *r, struct arena *a, int16_t v, struct add_partitions_to_txn_resp_add_partitions_to_txn_partition_result *x);
static void encode_add_partitions_to_txn_resp_add_partitions_to_txn_partition_result(struct kwriter *w, int16_t v, const struct add_partitions_to_txn_resp_add_partitions_to_txn_partition_result *x);
static size_t size_add_partitions_to_txn_resp_add_partitions_to_txn_partition_result(int16_t v, const struct add_partitions_to_txn_resp_add_partitions_to_txn_partition_result *x);
static void decode_add_partitions_to_txn_resp_add_partitions_to_txn_topic_result(struct kreader *r, struct arena *a, int16_t v, struct add_partitions_to_txn_resp_add_partitions_to_txn_topic_result *x);
static void encode_add_partitions_to_txn_resp_add_partitions_to_txn_topic_result(struct kwriter *w, int16_t v, const struct add_partitions_to_txn_resp_add_partitions_to_txn_topic_result *x);
static size_t size_add_partitions_to_txn_resp_add_partitions_to_txn_topic_result(int16_t v, const struct add_partitions_to_txn_resp_add_partitions_to_txn_topic_result *x);
static void decode_add_partitions_to_txn_resp_add_partitions_to_txn_result(struct kreader *r, struct arena *a, int16_t v, struct add_partitions_to_txn_resp_add_partitions_to_txn_result *x);
static void encode_add_partitions_to_txn_resp_add_partitions_to_txn_result(struct kwriter *w, int16_t v, const struct add_partitions_to_txn_resp_add_partitions_to_txn_result *x);
static size_t size_add_partitions_to_txn_resp_add_partitions_to_txn_result(int16_t v, const struct add_partitions_to_txn_resp_add_partitions_to_txn_result *x);
static void decode_add_partitions_to_txn_resp(struct kreader *r, struct arena *a, int16_t v, struct add_partitions_to_txn_resp *x);
static void encode_add_partitions_to_txn_resp(struct kwriter *w, int16_t v, const struct add_partitions_to_txn_resp *x);
static size_t size_add_partitions_to_txn_resp(int16_t v, const struct add_partitions_to_txn_resp *x);

static const uint16_t minsz_add_partitions_to_txn_resp_add_partitions_to_txn_topic_result_results_by_partition[6] = {6, 6, 6, 7, 7, 7};
static const uint16_t minsz_add_partitions_to_txn_resp_add_partitions_to_txn_result_topic_results[6] = {6, 6, 6, 3, 3, 3};
static const uint16_t minsz_add_partitions_to_txn_resp_results_by_transaction[6] = {1, 1, 1, 1, 3, 3};
static const uint16_t minsz_add_partitions_to_txn_resp_results_by_topic_v3_and_below[6] = {6, 6, 6, 3, 3, 3};

void add_partitions_to_txn_resp_add_partitions_to_txn_partition_result_init(struct add_partitions_to_txn_resp_add_partitions_to_txn_partition_result *x)
{
    memset(x, 0, sizeof *x);
}

bool add_partitions_to_txn_resp_add_partitions_to_txn_partition_result_is_default(const struct add_partitions_to_txn_resp_add_partitions_to_txn_partition_result *x)
{
    return (x->partition_index == 0)
        && (x->partition_error_code == 0);
}

static void decode_add_partitions_to_txn_resp_add_partitions_to_txn_partition_result(struct kreader *r, struct arena *a, int16_t v, struct add_partitions_to_txn_resp_add_partitions_to_txn_partition_result *x)
{
    const bool flex = v >= 3;
    (void)a;
    (void)v;
    (void)flex;
    x->partition_index = kr_i32(r);
    x->partition_error_code = kr_i16(r);
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_add_partitions_to_txn_resp_add_partitions_to_txn_partition_result(struct kwriter *w, int16_t v, const struct add_partitions_to_txn_resp_add_partitions_to_txn_partition_result *x)
{
    const bool flex = v >= 3;
    (void)flex;
    (void)v;
    kw_i32(w, x->partition_index);
    kw_i16(w, x->partition_error_code);
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_add_partitions_to_txn_resp_add_partitions_to_txn_partition_result(int16_t v, const struct add_partitions_to_txn_resp_add_partitions_to_txn_partition_result *x)
{
    const bool flex = v >= 3;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 4;
    n += 2;
    if (flex) {
        n += 1;
    }
    return n;
}

void add_partitions_to_txn_resp_add_partitions_to_txn_topic_result_init(struct add_partitions_to_txn_resp_add_partitions_to_txn_topic_result *x)
{
    memset(x, 0, sizeof *x);
    x->name = KSTR_LIT("");
}

bool add_partitions_to_txn_resp_add_partitions_to_txn_topic_result_is_default(const struct add_partitions_to_txn_resp_add_partitions_to_txn_topic_result *x)
{
    return (kstr_eq(x->name, KSTR_LIT("")))
        && (x->results_by_partition_count == 0);
}

static void decode_add_partitions_to_txn_resp_add_partitions_to_txn_topic_result(struct kreader *r, struct arena *a, int16_t v, struct add_partitions_to_txn_resp_add_partitions_to_txn_topic_result *x)
{
    const bool flex = v >= 3;
    (void)a;
    (void)v;
    (void)flex;
    x->name = kr_str(r, flex, false);
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_add_partitions_to_txn_resp_add_partitions_to_txn_topic_result_results_by_partition[v]);
        x->results_by_partition_count = n_;
        x->results_by_partition = NULL;
        if (n_ > 0) {
            x->results_by_partition = arena_calloc(a, (size_t)n_, sizeof *x->results_by_partition);
            if (!x->results_by_partition) {
                kr_fail(r, "out of memory");
                x->results_by_partition_count = 0;
            }
            for (int32_t i_ = 0; x->results_by_partition && i_ < n_ && !(r)->err; i_++) {
                add_partitions_to_txn_resp_add_partitions_to_txn_partition_result_init(&x->results_by_partition[i_]);
                decode_add_partitions_to_txn_resp_add_partitions_to_txn_partition_result(r, a, v, &x->results_by_partition[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_add_partitions_to_txn_resp_add_partitions_to_txn_topic_result(struct kwriter *w, int16_t v, const struct add_partitions_to_txn_resp_add_partitions_to_txn_topic_result *x)
{
    const bool flex = v >= 3;
    (void)flex;
    (void)v;
    kw_str(w, x->name, flex, false);
    kw_array_len(w, x->results_by_partition_count, flex, false);
    for (int32_t i_ = 0; i_ < x->results_by_partition_count; i_++) {
        encode_add_partitions_to_txn_resp_add_partitions_to_txn_partition_result(w, v, &x->results_by_partition[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_add_partitions_to_txn_resp_add_partitions_to_txn_topic_result(int16_t v, const struct add_partitions_to_txn_resp_add_partitions_to_txn_topic_result *x)
{
    const bool flex = v >= 3;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_str(x->name, flex);
    n += ksize_array_len(x->results_by_partition_count, flex);
    for (int32_t i_ = 0; i_ < x->results_by_partition_count; i_++)
        n += size_add_partitions_to_txn_resp_add_partitions_to_txn_partition_result(v, &x->results_by_partition[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

void add_partitions_to_txn_resp_add_partitions_to_txn_result_init(struct add_partitions_to_txn_resp_add_partitions_to_txn_result *x)
{
    memset(x, 0, sizeof *x);
    x->transactional_id = KSTR_LIT("");
}

bool add_partitions_to_txn_resp_add_partitions_to_txn_result_is_default(const struct add_partitions_to_txn_resp_add_partitions_to_txn_result *x)
{
    return (kstr_eq(x->transactional_id, KSTR_LIT("")))
        && (x->topic_results_count == 0);
}

static void decode_add_partitions_to_txn_resp_add_partitions_to_txn_result(struct kreader *r, struct arena *a, int16_t v, struct add_partitions_to_txn_resp_add_partitions_to_txn_result *x)
{
    const bool flex = v >= 3;
    (void)a;
    (void)v;
    (void)flex;
    if (v >= 4) {
        x->transactional_id = kr_str(r, flex, false);
    }
    if (v >= 4) {
        {
            int32_t n_ = kr_array_len(r, flex, false, minsz_add_partitions_to_txn_resp_add_partitions_to_txn_result_topic_results[v]);
            x->topic_results_count = n_;
            x->topic_results = NULL;
            if (n_ > 0) {
                x->topic_results = arena_calloc(a, (size_t)n_, sizeof *x->topic_results);
                if (!x->topic_results) {
                    kr_fail(r, "out of memory");
                    x->topic_results_count = 0;
                }
                for (int32_t i_ = 0; x->topic_results && i_ < n_ && !(r)->err; i_++) {
                    add_partitions_to_txn_resp_add_partitions_to_txn_topic_result_init(&x->topic_results[i_]);
                    decode_add_partitions_to_txn_resp_add_partitions_to_txn_topic_result(r, a, v, &x->topic_results[i_]);
                }
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_add_partitions_to_txn_resp_add_partitions_to_txn_result(struct kwriter *w, int16_t v, const struct add_partitions_to_txn_resp_add_partitions_to_txn_result *x)
{
    const bool flex = v >= 3;
    (void)flex;
    (void)v;
    if (v >= 4) {
        kw_str(w, x->transactional_id, flex, false);
    }
    if ((v <= 3) && w->strict && !(kstr_eq(x->transactional_id, KSTR_LIT(""))))
        kw_fail(w, -E_INVAL, "AddPartitionsToTxnResult.TransactionalId not in this version");
    if (v >= 4) {
        kw_array_len(w, x->topic_results_count, flex, false);
        for (int32_t i_ = 0; i_ < x->topic_results_count; i_++) {
            encode_add_partitions_to_txn_resp_add_partitions_to_txn_topic_result(w, v, &x->topic_results[i_]);
        }
    }
    if ((v <= 3) && w->strict && !(x->topic_results_count == 0))
        kw_fail(w, -E_INVAL, "AddPartitionsToTxnResult.TopicResults not in this version");
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_add_partitions_to_txn_resp_add_partitions_to_txn_result(int16_t v, const struct add_partitions_to_txn_resp_add_partitions_to_txn_result *x)
{
    const bool flex = v >= 3;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v >= 4) {
        n += ksize_str(x->transactional_id, flex);
    }
    if (v >= 4) {
        n += ksize_array_len(x->topic_results_count, flex);
        for (int32_t i_ = 0; i_ < x->topic_results_count; i_++)
            n += size_add_partitions_to_txn_resp_add_partitions_to_txn_topic_result(v, &x->topic_results[i_]);
    }
    if (flex) {
        n += 1;
    }
    return n;
}

void add_partitions_to_txn_resp_init(struct add_partitions_to_txn_resp *x)
{
    memset(x, 0, sizeof *x);
}

bool add_partitions_to_txn_resp_is_default(const struct add_partitions_to_txn_resp *x)
{
    return (x->throttle_time_ms == 0)
        && (x->error_code == 0)
        && (x->results_by_transaction_count == 0)
        && (x->results_by_topic_v3_and_below_count == 0);
}

static void decode_add_partitions_to_txn_resp(struct kreader *r, struct arena *a, int16_t v, struct add_partitions_to_txn_resp *x)
{
    const bool flex = v >= 3;
    (void)a;
    (void)v;
    (void)flex;
    x->throttle_time_ms = kr_i32(r);
    if (v >= 4) {
        x->error_code = kr_i16(r);
    }
    if (v >= 4) {
        {
            int32_t n_ = kr_array_len(r, flex, false, minsz_add_partitions_to_txn_resp_results_by_transaction[v]);
            x->results_by_transaction_count = n_;
            x->results_by_transaction = NULL;
            if (n_ > 0) {
                x->results_by_transaction = arena_calloc(a, (size_t)n_, sizeof *x->results_by_transaction);
                if (!x->results_by_transaction) {
                    kr_fail(r, "out of memory");
                    x->results_by_transaction_count = 0;
                }
                for (int32_t i_ = 0; x->results_by_transaction && i_ < n_ && !(r)->err; i_++) {
                    add_partitions_to_txn_resp_add_partitions_to_txn_result_init(&x->results_by_transaction[i_]);
                    decode_add_partitions_to_txn_resp_add_partitions_to_txn_result(r, a, v, &x->results_by_transaction[i_]);
                }
            }
        }
    }
    if (v <= 3) {
        {
            int32_t n_ = kr_array_len(r, flex, false, minsz_add_partitions_to_txn_resp_results_by_topic_v3_and_below[v]);
            x->results_by_topic_v3_and_below_count = n_;
            x->results_by_topic_v3_and_below = NULL;
            if (n_ > 0) {
                x->results_by_topic_v3_and_below = arena_calloc(a, (size_t)n_, sizeof *x->results_by_topic_v3_and_below);
                if (!x->results_by_topic_v3_and_below) {
                    kr_fail(r, "out of memory");
                    x->results_by_topic_v3_and_below_count = 0;
                }
                for (int32_t i_ = 0; x->results_by_topic_v3_and_below && i_ < n_ && !(r)->err; i_++) {
                    add_partitions_to_txn_resp_add_partitions_to_txn_topic_result_init(&x->results_by_topic_v3_and_below[i_]);
                    decode_add_partitions_to_txn_resp_add_partitions_to_txn_topic_result(r, a, v, &x->results_by_topic_v3_and_below[i_]);
                }
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_add_partitions_to_txn_resp(struct kwriter *w, int16_t v, const struct add_partitions_to_txn_resp *x)
{
    const bool flex = v >= 3;
    (void)flex;
    (void)v;
    kw_i32(w, x->throttle_time_ms);
    if (v >= 4) {
        kw_i16(w, x->error_code);
    }
    if (v >= 4) {
        kw_array_len(w, x->results_by_transaction_count, flex, false);
        for (int32_t i_ = 0; i_ < x->results_by_transaction_count; i_++) {
            encode_add_partitions_to_txn_resp_add_partitions_to_txn_result(w, v, &x->results_by_transaction[i_]);
        }
    }
    if ((v <= 3) && w->strict && !(x->results_by_transaction_count == 0))
        kw_fail(w, -E_INVAL, "AddPartitionsToTxnResponse.ResultsByTransaction not in this version");
    if (v <= 3) {
        kw_array_len(w, x->results_by_topic_v3_and_below_count, flex, false);
        for (int32_t i_ = 0; i_ < x->results_by_topic_v3_and_below_count; i_++) {
            encode_add_partitions_to_txn_resp_add_partitions_to_txn_topic_result(w, v, &x->results_by_topic_v3_and_below[i_]);
        }
    }
    if ((v >= 4) && w->strict && !(x->results_by_topic_v3_and_below_count == 0))
        kw_fail(w, -E_INVAL, "AddPartitionsToTxnResponse.ResultsByTopicV3AndBelow not in this version");
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_add_partitions_to_txn_resp(int16_t v, const struct add_partitions_to_txn_resp *x)
{
    const bool flex = v >= 3;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 4;
    if (v >= 4) {
        n += 2;
    }
    if (v >= 4) {
        n += ksize_array_len(x->results_by_transaction_count, flex);
        for (int32_t i_ = 0; i_ < x->results_by_transaction_count; i_++)
            n += size_add_partitions_to_txn_resp_add_partitions_to_txn_result(v, &x->results_by_transaction[i_]);
    }
    if (v <= 3) {
        n += ksize_array_len(x->results_by_topic_v3_and_below_count, flex);
        for (int32_t i_ = 0; i_ < x->results_by_topic_v3_and_below_count; i_++)
            n += size_add_partitions_to_txn_resp_add_partitions_to_txn_topic_result(v, &x->results_by_topic_v3_and_below[i_]);
    }
    if (flex) {
        n += 1;
    }
    return n;
}

int add_partitions_to_txn_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct add_partitions_to_txn_resp *out)
{
    add_partitions_to_txn_resp_init(out);
    if (v < 0 || v > 5)
        return -E_UNSUPPORTED;
    decode_add_partitions_to_txn_resp(r, a, v, out);
    return r->err;
}

int add_partitions_to_txn_resp_encode(struct kwriter *w, int16_t v, const struct add_partitions_to_txn_resp *in)
{
    if (v < 0 || v > 5)
        return -E_UNSUPPORTED;
    encode_add_partitions_to_txn_resp(w, v, in);
    return w->err;
}

size_t add_partitions_to_txn_resp_size(int16_t v, const struct add_partitions_to_txn_resp *in)
{
    return size_add_partitions_to_txn_resp(v, in);
}


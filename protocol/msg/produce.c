/* generated from ProduceRequest.json, ProduceResponse.json by protocol/gen/gen.py; do not edit (make regen). */
#include "protocol/msg/produce.h"

#include <string.h>

#include "protocol/status.h"

static void decode_produce_req_partition_produce_data(struct kreader *r, struct arena *a, int16_t v, struct produce_req_partition_produce_data *x);
static void encode_produce_req_partition_produce_data(struct kwriter *w, int16_t v, const struct produce_req_partition_produce_data *x);
static size_t size_produce_req_partition_produce_data(int16_t v, const struct produce_req_partition_produce_data *x);
static void decode_produce_req_topic_produce_data(struct kreader *r, struct arena *a, int16_t v, struct produce_req_topic_produce_data *x);
static void encode_produce_req_topic_produce_data(struct kwriter *w, int16_t v, const struct produce_req_topic_produce_data *x);
static size_t size_produce_req_topic_produce_data(int16_t v, const struct produce_req_topic_produce_data *x);
static void decode_produce_req(struct kreader *r, struct arena *a, int16_t v, struct produce_req *x);
static void encode_produce_req(struct kwriter *w, int16_t v, const struct produce_req *x);
static size_t size_produce_req(int16_t v, const struct produce_req *x);

static const uint16_t minsz_produce_req_topic_produce_data_partition_data[12] = {8, 8, 8, 8, 8, 8, 8, 8, 8, 6, 6, 6};
static const uint16_t minsz_produce_req_topic_data[12] = {6, 6, 6, 6, 6, 6, 6, 6, 6, 3, 3, 3};

void produce_req_partition_produce_data_init(struct produce_req_partition_produce_data *x)
{
    memset(x, 0, sizeof *x);
}

bool produce_req_partition_produce_data_is_default(const struct produce_req_partition_produce_data *x)
{
    return (x->index == 0)
        && (x->records.len == 0 && x->records.nspans == 0);
}

static void decode_produce_req_partition_produce_data(struct kreader *r, struct arena *a, int16_t v, struct produce_req_partition_produce_data *x)
{
    const bool flex = v >= 9;
    (void)a;
    (void)v;
    (void)flex;
    x->index = kr_i32(r);
    {
        struct kbytes b_ = kr_bytes(r, flex, true);
        x->records.ptr = b_.ptr;
        x->records.len = b_.len;
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_produce_req_partition_produce_data(struct kwriter *w, int16_t v, const struct produce_req_partition_produce_data *x)
{
    const bool flex = v >= 9;
    (void)flex;
    (void)v;
    kw_i32(w, x->index);
    kw_records(w, &x->records, flex, true);
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_produce_req_partition_produce_data(int16_t v, const struct produce_req_partition_produce_data *x)
{
    const bool flex = v >= 9;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 4;
    n += ksize_records(&x->records, flex);
    if (flex) {
        n += 1;
    }
    return n;
}

void produce_req_topic_produce_data_init(struct produce_req_topic_produce_data *x)
{
    memset(x, 0, sizeof *x);
    x->name = KSTR_LIT("");
}

bool produce_req_topic_produce_data_is_default(const struct produce_req_topic_produce_data *x)
{
    return (kstr_eq(x->name, KSTR_LIT("")))
        && (x->partition_data_count == 0);
}

static void decode_produce_req_topic_produce_data(struct kreader *r, struct arena *a, int16_t v, struct produce_req_topic_produce_data *x)
{
    const bool flex = v >= 9;
    (void)a;
    (void)v;
    (void)flex;
    x->name = kr_str(r, flex, false);
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_produce_req_topic_produce_data_partition_data[v]);
        x->partition_data_count = n_;
        x->partition_data = NULL;
        if (n_ > 0) {
            x->partition_data = arena_calloc(a, (size_t)n_, sizeof *x->partition_data);
            if (!x->partition_data) {
                kr_fail(r, "out of memory");
                x->partition_data_count = 0;
            }
            for (int32_t i_ = 0; x->partition_data && i_ < n_ && !(r)->err; i_++) {
                produce_req_partition_produce_data_init(&x->partition_data[i_]);
                decode_produce_req_partition_produce_data(r, a, v, &x->partition_data[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_produce_req_topic_produce_data(struct kwriter *w, int16_t v, const struct produce_req_topic_produce_data *x)
{
    const bool flex = v >= 9;
    (void)flex;
    (void)v;
    kw_str(w, x->name, flex, false);
    kw_array_len(w, x->partition_data_count, flex, false);
    for (int32_t i_ = 0; i_ < x->partition_data_count; i_++) {
        encode_produce_req_partition_produce_data(w, v, &x->partition_data[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_produce_req_topic_produce_data(int16_t v, const struct produce_req_topic_produce_data *x)
{
    const bool flex = v >= 9;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_str(x->name, flex);
    n += ksize_array_len(x->partition_data_count, flex);
    for (int32_t i_ = 0; i_ < x->partition_data_count; i_++)
        n += size_produce_req_partition_produce_data(v, &x->partition_data[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

void produce_req_init(struct produce_req *x)
{
    memset(x, 0, sizeof *x);
    x->transactional_id = KSTR_NULL;
}

bool produce_req_is_default(const struct produce_req *x)
{
    return (kstr_eq(x->transactional_id, KSTR_NULL))
        && (x->acks == 0)
        && (x->timeout_ms == 0)
        && (x->topic_data_count == 0);
}

static void decode_produce_req(struct kreader *r, struct arena *a, int16_t v, struct produce_req *x)
{
    const bool flex = v >= 9;
    (void)a;
    (void)v;
    (void)flex;
    if (v >= 3) {
        x->transactional_id = kr_str(r, flex, v >= 3);
    }
    x->acks = kr_i16(r);
    x->timeout_ms = kr_i32(r);
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_produce_req_topic_data[v]);
        x->topic_data_count = n_;
        x->topic_data = NULL;
        if (n_ > 0) {
            x->topic_data = arena_calloc(a, (size_t)n_, sizeof *x->topic_data);
            if (!x->topic_data) {
                kr_fail(r, "out of memory");
                x->topic_data_count = 0;
            }
            for (int32_t i_ = 0; x->topic_data && i_ < n_ && !(r)->err; i_++) {
                produce_req_topic_produce_data_init(&x->topic_data[i_]);
                decode_produce_req_topic_produce_data(r, a, v, &x->topic_data[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_produce_req(struct kwriter *w, int16_t v, const struct produce_req *x)
{
    const bool flex = v >= 9;
    (void)flex;
    (void)v;
    if (v >= 3) {
        kw_str(w, x->transactional_id, flex, v >= 3);
    }
    if ((v <= 2) && w->strict && !(kstr_eq(x->transactional_id, KSTR_NULL)))
        kw_fail(w, -E_INVAL, "ProduceRequest.TransactionalId not in this version");
    kw_i16(w, x->acks);
    kw_i32(w, x->timeout_ms);
    kw_array_len(w, x->topic_data_count, flex, false);
    for (int32_t i_ = 0; i_ < x->topic_data_count; i_++) {
        encode_produce_req_topic_produce_data(w, v, &x->topic_data[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_produce_req(int16_t v, const struct produce_req *x)
{
    const bool flex = v >= 9;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v >= 3) {
        n += ksize_str(x->transactional_id, flex);
    }
    n += 2;
    n += 4;
    n += ksize_array_len(x->topic_data_count, flex);
    for (int32_t i_ = 0; i_ < x->topic_data_count; i_++)
        n += size_produce_req_topic_produce_data(v, &x->topic_data[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

int produce_req_decode(struct kreader *r, struct arena *a, int16_t v, struct produce_req *out)
{
    produce_req_init(out);
    if (v < 0 || v > 11)
        return -E_UNSUPPORTED;
    decode_produce_req(r, a, v, out);
    return r->err;
}

int produce_req_encode(struct kwriter *w, int16_t v, const struct produce_req *in)
{
    if (v < 0 || v > 11)
        return -E_UNSUPPORTED;
    encode_produce_req(w, v, in);
    return w->err;
}

size_t produce_req_size(int16_t v, const struct produce_req *in)
{
    return size_produce_req(v, in);
}

static void decode_produce_resp_batch_index_and_error_message(struct kreader *r, struct arena *a, int16_t v, struct produce_resp_batch_index_and_error_message *x);
static void encode_produce_resp_batch_index_and_error_message(struct kwriter *w, int16_t v, const struct produce_resp_batch_index_and_error_message *x);
static size_t size_produce_resp_batch_index_and_error_message(int16_t v, const struct produce_resp_batch_index_and_error_message *x);
static void decode_produce_resp_leader_id_and_epoch(struct kreader *r, struct arena *a, int16_t v, struct produce_resp_leader_id_and_epoch *x);
static void encode_produce_resp_leader_id_and_epoch(struct kwriter *w, int16_t v, const struct produce_resp_leader_id_and_epoch *x);
static size_t size_produce_resp_leader_id_and_epoch(int16_t v, const struct produce_resp_leader_id_and_epoch *x);
static void decode_produce_resp_partition_produce_response(struct kreader *r, struct arena *a, int16_t v, struct produce_resp_partition_produce_response *x);
static void encode_produce_resp_partition_produce_response(struct kwriter *w, int16_t v, const struct produce_resp_partition_produce_response *x);
static size_t size_produce_resp_partition_produce_response(int16_t v, const struct produce_resp_partition_produce_response *x);
static void decode_produce_resp_topic_produce_response(struct kreader *r, struct arena *a, int16_t v, struct produce_resp_topic_produce_response *x);
static void encode_produce_resp_topic_produce_response(struct kwriter *w, int16_t v, const struct produce_resp_topic_produce_response *x);
static size_t size_produce_resp_topic_produce_response(int16_t v, const struct produce_resp_topic_produce_response *x);
static void decode_produce_resp_node_endpoint(struct kreader *r, struct arena *a, int16_t v, struct produce_resp_node_endpoint *x);
static void encode_produce_resp_node_endpoint(struct kwriter *w, int16_t v, const struct produce_resp_node_endpoint *x);
static size_t size_produce_resp_node_endpoint(int16_t v, const struct produce_resp_node_endpoint *x);
static void decode_produce_resp(struct kreader *r, struct arena *a, int16_t v, struct produce_resp *x);
static void encode_produce_resp(struct kwriter *w, int16_t v, const struct produce_resp *x);
static size_t size_produce_resp(int16_t v, const struct produce_resp *x);

static const uint16_t minsz_produce_resp_partition_produce_response_record_errors[12] = {1, 1, 1, 1, 1, 1, 1, 1, 6, 6, 6, 6};
static const uint16_t minsz_produce_resp_topic_produce_response_partition_responses[12] = {14, 14, 22, 22, 22, 30, 30, 30, 36, 33, 33, 33};
static const uint16_t minsz_produce_resp_responses[12] = {6, 6, 6, 6, 6, 6, 6, 6, 6, 3, 3, 3};
static const uint16_t minsz_produce_resp_node_endpoints[12] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 11, 11};

void produce_resp_batch_index_and_error_message_init(struct produce_resp_batch_index_and_error_message *x)
{
    memset(x, 0, sizeof *x);
    x->batch_index_error_message = KSTR_NULL;
}

bool produce_resp_batch_index_and_error_message_is_default(const struct produce_resp_batch_index_and_error_message *x)
{
    return (x->batch_index == 0)
        && (kstr_eq(x->batch_index_error_message, KSTR_NULL));
}

static void decode_produce_resp_batch_index_and_error_message(struct kreader *r, struct arena *a, int16_t v, struct produce_resp_batch_index_and_error_message *x)
{
    const bool flex = v >= 9;
    (void)a;
    (void)v;
    (void)flex;
    if (v >= 8) {
        x->batch_index = kr_i32(r);
    }
    if (v >= 8) {
        x->batch_index_error_message = kr_str(r, flex, v >= 8);
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_produce_resp_batch_index_and_error_message(struct kwriter *w, int16_t v, const struct produce_resp_batch_index_and_error_message *x)
{
    const bool flex = v >= 9;
    (void)flex;
    (void)v;
    if (v >= 8) {
        kw_i32(w, x->batch_index);
    }
    if ((v <= 7) && w->strict && !(x->batch_index == 0))
        kw_fail(w, -E_INVAL, "BatchIndexAndErrorMessage.BatchIndex not in this version");
    if (v >= 8) {
        kw_str(w, x->batch_index_error_message, flex, v >= 8);
    }
    if ((v <= 7) && w->strict && !(kstr_eq(x->batch_index_error_message, KSTR_NULL)))
        kw_fail(w, -E_INVAL, "BatchIndexAndErrorMessage.BatchIndexErrorMessage not in this version");
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_produce_resp_batch_index_and_error_message(int16_t v, const struct produce_resp_batch_index_and_error_message *x)
{
    const bool flex = v >= 9;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v >= 8) {
        n += 4;
    }
    if (v >= 8) {
        n += ksize_str(x->batch_index_error_message, flex);
    }
    if (flex) {
        n += 1;
    }
    return n;
}

void produce_resp_leader_id_and_epoch_init(struct produce_resp_leader_id_and_epoch *x)
{
    memset(x, 0, sizeof *x);
    x->leader_id = -1;
    x->leader_epoch = -1;
}

bool produce_resp_leader_id_and_epoch_is_default(const struct produce_resp_leader_id_and_epoch *x)
{
    return (x->leader_id == -1)
        && (x->leader_epoch == -1);
}

static void decode_produce_resp_leader_id_and_epoch(struct kreader *r, struct arena *a, int16_t v, struct produce_resp_leader_id_and_epoch *x)
{
    const bool flex = v >= 9;
    (void)a;
    (void)v;
    (void)flex;
    if (v >= 10) {
        x->leader_id = kr_i32(r);
    }
    if (v >= 10) {
        x->leader_epoch = kr_i32(r);
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_produce_resp_leader_id_and_epoch(struct kwriter *w, int16_t v, const struct produce_resp_leader_id_and_epoch *x)
{
    const bool flex = v >= 9;
    (void)flex;
    (void)v;
    if (v >= 10) {
        kw_i32(w, x->leader_id);
    }
    if ((v <= 9) && w->strict && !(x->leader_id == -1))
        kw_fail(w, -E_INVAL, "LeaderIdAndEpoch.LeaderId not in this version");
    if (v >= 10) {
        kw_i32(w, x->leader_epoch);
    }
    if ((v <= 9) && w->strict && !(x->leader_epoch == -1))
        kw_fail(w, -E_INVAL, "LeaderIdAndEpoch.LeaderEpoch not in this version");
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_produce_resp_leader_id_and_epoch(int16_t v, const struct produce_resp_leader_id_and_epoch *x)
{
    const bool flex = v >= 9;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v >= 10) {
        n += 4;
    }
    if (v >= 10) {
        n += 4;
    }
    if (flex) {
        n += 1;
    }
    return n;
}

void produce_resp_partition_produce_response_init(struct produce_resp_partition_produce_response *x)
{
    memset(x, 0, sizeof *x);
    x->log_append_time_ms = INT64_C(-1);
    x->log_start_offset = INT64_C(-1);
    x->error_message = KSTR_NULL;
    produce_resp_leader_id_and_epoch_init(&x->current_leader);
}

bool produce_resp_partition_produce_response_is_default(const struct produce_resp_partition_produce_response *x)
{
    return (x->index == 0)
        && (x->error_code == 0)
        && (x->base_offset == 0)
        && (x->log_append_time_ms == INT64_C(-1))
        && (x->log_start_offset == INT64_C(-1))
        && (x->record_errors_count == 0)
        && (kstr_eq(x->error_message, KSTR_NULL))
        && (produce_resp_leader_id_and_epoch_is_default(&x->current_leader));
}

static void decode_produce_resp_partition_produce_response(struct kreader *r, struct arena *a, int16_t v, struct produce_resp_partition_produce_response *x)
{
    const bool flex = v >= 9;
    (void)a;
    (void)v;
    (void)flex;
    x->index = kr_i32(r);
    x->error_code = kr_i16(r);
    x->base_offset = kr_i64(r);
    if (v >= 2) {
        x->log_append_time_ms = kr_i64(r);
    }
    if (v >= 5) {
        x->log_start_offset = kr_i64(r);
    }
    if (v >= 8) {
        {
            int32_t n_ = kr_array_len(r, flex, false, minsz_produce_resp_partition_produce_response_record_errors[v]);
            x->record_errors_count = n_;
            x->record_errors = NULL;
            if (n_ > 0) {
                x->record_errors = arena_calloc(a, (size_t)n_, sizeof *x->record_errors);
                if (!x->record_errors) {
                    kr_fail(r, "out of memory");
                    x->record_errors_count = 0;
                }
                for (int32_t i_ = 0; x->record_errors && i_ < n_ && !(r)->err; i_++) {
                    produce_resp_batch_index_and_error_message_init(&x->record_errors[i_]);
                    decode_produce_resp_batch_index_and_error_message(r, a, v, &x->record_errors[i_]);
                }
            }
        }
    }
    if (v >= 8) {
        x->error_message = kr_str(r, flex, v >= 8);
    }
    if (flex) {
        uint32_t ntags_ = kr_uvarint(r);
        for (uint32_t t_ = 0; t_ < ntags_ && !r->err; t_++) {
            uint32_t tag_ = kr_uvarint(r);
            uint32_t size_ = kr_uvarint(r);
            const uint8_t *p_ = kr_take(r, size_);
            if (!p_)
                break;
            struct kreader sub_;
            kr_init(&sub_, p_, size_);
            switch (tag_) {
            case 0:
                if (v >= 10) {
                    decode_produce_resp_leader_id_and_epoch(&sub_, a, v, &x->current_leader);
                }
                if (sub_.err)
                    kr_fail(r, "tagged field");
                break;
            default:
                break; /* unknown tags are skipped by size */
            }
        }
    }
}

static void encode_produce_resp_partition_produce_response(struct kwriter *w, int16_t v, const struct produce_resp_partition_produce_response *x)
{
    const bool flex = v >= 9;
    (void)flex;
    (void)v;
    kw_i32(w, x->index);
    kw_i16(w, x->error_code);
    kw_i64(w, x->base_offset);
    if (v >= 2) {
        kw_i64(w, x->log_append_time_ms);
    }
    if (v >= 5) {
        kw_i64(w, x->log_start_offset);
    }
    if (v >= 8) {
        kw_array_len(w, x->record_errors_count, flex, false);
        for (int32_t i_ = 0; i_ < x->record_errors_count; i_++) {
            encode_produce_resp_batch_index_and_error_message(w, v, &x->record_errors[i_]);
        }
    }
    if (v >= 8) {
        kw_str(w, x->error_message, flex, v >= 8);
    }
    if ((v <= 9) && w->strict && !(produce_resp_leader_id_and_epoch_is_default(&x->current_leader)))
        kw_fail(w, -E_INVAL, "PartitionProduceResponse.CurrentLeader not in this version");
    if (flex) {
        uint32_t ntags_ = 0;
        const bool has_current_leader = (v >= 10) && !(produce_resp_leader_id_and_epoch_is_default(&x->current_leader));
        ntags_ += has_current_leader;
        kw_uvarint(w, ntags_);
        if (has_current_leader) {
            size_t sz_ = 0;
            sz_ += size_produce_resp_leader_id_and_epoch(v, &x->current_leader);
            kw_uvarint(w, 0);
            kw_uvarint(w, (uint32_t)sz_);
            encode_produce_resp_leader_id_and_epoch(w, v, &x->current_leader);
        }
    }
}

static size_t size_produce_resp_partition_produce_response(int16_t v, const struct produce_resp_partition_produce_response *x)
{
    const bool flex = v >= 9;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 4;
    n += 2;
    n += 8;
    if (v >= 2) {
        n += 8;
    }
    if (v >= 5) {
        n += 8;
    }
    if (v >= 8) {
        n += ksize_array_len(x->record_errors_count, flex);
        for (int32_t i_ = 0; i_ < x->record_errors_count; i_++)
            n += size_produce_resp_batch_index_and_error_message(v, &x->record_errors[i_]);
    }
    if (v >= 8) {
        n += ksize_str(x->error_message, flex);
    }
    if (flex) {
        uint32_t ntags_ = 0;
        if ((v >= 10) && !(produce_resp_leader_id_and_epoch_is_default(&x->current_leader))) {
            size_t sz_ = 0;
            sz_ += size_produce_resp_leader_id_and_epoch(v, &x->current_leader);
            n += ksize_uvarint(0) + ksize_uvarint((uint32_t)sz_) + sz_;
            ntags_++;
        }
        n += ksize_uvarint(ntags_);
    }
    return n;
}

void produce_resp_topic_produce_response_init(struct produce_resp_topic_produce_response *x)
{
    memset(x, 0, sizeof *x);
    x->name = KSTR_LIT("");
}

bool produce_resp_topic_produce_response_is_default(const struct produce_resp_topic_produce_response *x)
{
    return (kstr_eq(x->name, KSTR_LIT("")))
        && (x->partition_responses_count == 0);
}

static void decode_produce_resp_topic_produce_response(struct kreader *r, struct arena *a, int16_t v, struct produce_resp_topic_produce_response *x)
{
    const bool flex = v >= 9;
    (void)a;
    (void)v;
    (void)flex;
    x->name = kr_str(r, flex, false);
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_produce_resp_topic_produce_response_partition_responses[v]);
        x->partition_responses_count = n_;
        x->partition_responses = NULL;
        if (n_ > 0) {
            x->partition_responses = arena_calloc(a, (size_t)n_, sizeof *x->partition_responses);
            if (!x->partition_responses) {
                kr_fail(r, "out of memory");
                x->partition_responses_count = 0;
            }
            for (int32_t i_ = 0; x->partition_responses && i_ < n_ && !(r)->err; i_++) {
                produce_resp_partition_produce_response_init(&x->partition_responses[i_]);
                decode_produce_resp_partition_produce_response(r, a, v, &x->partition_responses[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_produce_resp_topic_produce_response(struct kwriter *w, int16_t v, const struct produce_resp_topic_produce_response *x)
{
    const bool flex = v >= 9;
    (void)flex;
    (void)v;
    kw_str(w, x->name, flex, false);
    kw_array_len(w, x->partition_responses_count, flex, false);
    for (int32_t i_ = 0; i_ < x->partition_responses_count; i_++) {
        encode_produce_resp_partition_produce_response(w, v, &x->partition_responses[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_produce_resp_topic_produce_response(int16_t v, const struct produce_resp_topic_produce_response *x)
{
    const bool flex = v >= 9;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_str(x->name, flex);
    n += ksize_array_len(x->partition_responses_count, flex);
    for (int32_t i_ = 0; i_ < x->partition_responses_count; i_++)
        n += size_produce_resp_partition_produce_response(v, &x->partition_responses[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

void produce_resp_node_endpoint_init(struct produce_resp_node_endpoint *x)
{
    memset(x, 0, sizeof *x);
    x->host = KSTR_LIT("");
    x->rack = KSTR_NULL;
}

bool produce_resp_node_endpoint_is_default(const struct produce_resp_node_endpoint *x)
{
    return (x->node_id == 0)
        && (kstr_eq(x->host, KSTR_LIT("")))
        && (x->port == 0)
        && (kstr_eq(x->rack, KSTR_NULL));
}

static void decode_produce_resp_node_endpoint(struct kreader *r, struct arena *a, int16_t v, struct produce_resp_node_endpoint *x)
{
    const bool flex = v >= 9;
    (void)a;
    (void)v;
    (void)flex;
    if (v >= 10) {
        x->node_id = kr_i32(r);
    }
    if (v >= 10) {
        x->host = kr_str(r, flex, false);
    }
    if (v >= 10) {
        x->port = kr_i32(r);
    }
    if (v >= 10) {
        x->rack = kr_str(r, flex, v >= 10);
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_produce_resp_node_endpoint(struct kwriter *w, int16_t v, const struct produce_resp_node_endpoint *x)
{
    const bool flex = v >= 9;
    (void)flex;
    (void)v;
    if (v >= 10) {
        kw_i32(w, x->node_id);
    }
    if ((v <= 9) && w->strict && !(x->node_id == 0))
        kw_fail(w, -E_INVAL, "NodeEndpoint.NodeId not in this version");
    if (v >= 10) {
        kw_str(w, x->host, flex, false);
    }
    if ((v <= 9) && w->strict && !(kstr_eq(x->host, KSTR_LIT(""))))
        kw_fail(w, -E_INVAL, "NodeEndpoint.Host not in this version");
    if (v >= 10) {
        kw_i32(w, x->port);
    }
    if ((v <= 9) && w->strict && !(x->port == 0))
        kw_fail(w, -E_INVAL, "NodeEndpoint.Port not in this version");
    if (v >= 10) {
        kw_str(w, x->rack, flex, v >= 10);
    }
    if ((v <= 9) && w->strict && !(kstr_eq(x->rack, KSTR_NULL)))
        kw_fail(w, -E_INVAL, "NodeEndpoint.Rack not in this version");
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_produce_resp_node_endpoint(int16_t v, const struct produce_resp_node_endpoint *x)
{
    const bool flex = v >= 9;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v >= 10) {
        n += 4;
    }
    if (v >= 10) {
        n += ksize_str(x->host, flex);
    }
    if (v >= 10) {
        n += 4;
    }
    if (v >= 10) {
        n += ksize_str(x->rack, flex);
    }
    if (flex) {
        n += 1;
    }
    return n;
}

void produce_resp_init(struct produce_resp *x)
{
    memset(x, 0, sizeof *x);
}

bool produce_resp_is_default(const struct produce_resp *x)
{
    return (x->responses_count == 0)
        && (x->throttle_time_ms == 0)
        && (x->node_endpoints_count == 0);
}

static void decode_produce_resp(struct kreader *r, struct arena *a, int16_t v, struct produce_resp *x)
{
    const bool flex = v >= 9;
    (void)a;
    (void)v;
    (void)flex;
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_produce_resp_responses[v]);
        x->responses_count = n_;
        x->responses = NULL;
        if (n_ > 0) {
            x->responses = arena_calloc(a, (size_t)n_, sizeof *x->responses);
            if (!x->responses) {
                kr_fail(r, "out of memory");
                x->responses_count = 0;
            }
            for (int32_t i_ = 0; x->responses && i_ < n_ && !(r)->err; i_++) {
                produce_resp_topic_produce_response_init(&x->responses[i_]);
                decode_produce_resp_topic_produce_response(r, a, v, &x->responses[i_]);
            }
        }
    }
    if (v >= 1) {
        x->throttle_time_ms = kr_i32(r);
    }
    if (flex) {
        uint32_t ntags_ = kr_uvarint(r);
        for (uint32_t t_ = 0; t_ < ntags_ && !r->err; t_++) {
            uint32_t tag_ = kr_uvarint(r);
            uint32_t size_ = kr_uvarint(r);
            const uint8_t *p_ = kr_take(r, size_);
            if (!p_)
                break;
            struct kreader sub_;
            kr_init(&sub_, p_, size_);
            switch (tag_) {
            case 0:
                if (v >= 10) {
                    {
                        int32_t n_ = kr_array_len(&sub_, flex, false, minsz_produce_resp_node_endpoints[v]);
                        x->node_endpoints_count = n_;
                        x->node_endpoints = NULL;
                        if (n_ > 0) {
                            x->node_endpoints = arena_calloc(a, (size_t)n_, sizeof *x->node_endpoints);
                            if (!x->node_endpoints) {
                                kr_fail(&sub_, "out of memory");
                                x->node_endpoints_count = 0;
                            }
                            for (int32_t i_ = 0; x->node_endpoints && i_ < n_ && !(&sub_)->err; i_++) {
                                produce_resp_node_endpoint_init(&x->node_endpoints[i_]);
                                decode_produce_resp_node_endpoint(&sub_, a, v, &x->node_endpoints[i_]);
                            }
                        }
                    }
                }
                if (sub_.err)
                    kr_fail(r, "tagged field");
                break;
            default:
                break; /* unknown tags are skipped by size */
            }
        }
    }
}

static void encode_produce_resp(struct kwriter *w, int16_t v, const struct produce_resp *x)
{
    const bool flex = v >= 9;
    (void)flex;
    (void)v;
    kw_array_len(w, x->responses_count, flex, false);
    for (int32_t i_ = 0; i_ < x->responses_count; i_++) {
        encode_produce_resp_topic_produce_response(w, v, &x->responses[i_]);
    }
    if (v >= 1) {
        kw_i32(w, x->throttle_time_ms);
    }
    if ((v <= 9) && w->strict && !(x->node_endpoints_count == 0))
        kw_fail(w, -E_INVAL, "ProduceResponse.NodeEndpoints not in this version");
    if (flex) {
        uint32_t ntags_ = 0;
        const bool has_node_endpoints = (v >= 10) && !(x->node_endpoints_count == 0);
        ntags_ += has_node_endpoints;
        kw_uvarint(w, ntags_);
        if (has_node_endpoints) {
            size_t sz_ = 0;
            sz_ += ksize_array_len(x->node_endpoints_count, flex);
            for (int32_t i_ = 0; i_ < x->node_endpoints_count; i_++)
                sz_ += size_produce_resp_node_endpoint(v, &x->node_endpoints[i_]);
            kw_uvarint(w, 0);
            kw_uvarint(w, (uint32_t)sz_);
            kw_array_len(w, x->node_endpoints_count, flex, false);
            for (int32_t i_ = 0; i_ < x->node_endpoints_count; i_++) {
                encode_produce_resp_node_endpoint(w, v, &x->node_endpoints[i_]);
            }
        }
    }
}

static size_t size_produce_resp(int16_t v, const struct produce_resp *x)
{
    const bool flex = v >= 9;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_array_len(x->responses_count, flex);
    for (int32_t i_ = 0; i_ < x->responses_count; i_++)
        n += size_produce_resp_topic_produce_response(v, &x->responses[i_]);
    if (v >= 1) {
        n += 4;
    }
    if (flex) {
        uint32_t ntags_ = 0;
        if ((v >= 10) && !(x->node_endpoints_count == 0)) {
            size_t sz_ = 0;
            sz_ += ksize_array_len(x->node_endpoints_count, flex);
            for (int32_t i_ = 0; i_ < x->node_endpoints_count; i_++)
                sz_ += size_produce_resp_node_endpoint(v, &x->node_endpoints[i_]);
            n += ksize_uvarint(0) + ksize_uvarint((uint32_t)sz_) + sz_;
            ntags_++;
        }
        n += ksize_uvarint(ntags_);
    }
    return n;
}

int produce_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct produce_resp *out)
{
    produce_resp_init(out);
    if (v < 0 || v > 11)
        return -E_UNSUPPORTED;
    decode_produce_resp(r, a, v, out);
    return r->err;
}

int produce_resp_encode(struct kwriter *w, int16_t v, const struct produce_resp *in)
{
    if (v < 0 || v > 11)
        return -E_UNSUPPORTED;
    encode_produce_resp(w, v, in);
    return w->err;
}

size_t produce_resp_size(int16_t v, const struct produce_resp *in)
{
    return size_produce_resp(v, in);
}


/* generated from DescribeProducersRequest.json, DescribeProducersResponse.json by protocol/gen/gen.py; do not edit (make regen). */
#include "protocol/msg/describe_producers.h"

#include <string.h>

#include "protocol/status.h"

static void decode_describe_producers_req_topic_request(struct kreader *r, struct arena *a, int16_t v, struct describe_producers_req_topic_request *x);
static void encode_describe_producers_req_topic_request(struct kwriter *w, int16_t v, const struct describe_producers_req_topic_request *x);
static size_t size_describe_producers_req_topic_request(int16_t v, const struct describe_producers_req_topic_request *x);
static void decode_describe_producers_req(struct kreader *r, struct arena *a, int16_t v, struct describe_producers_req *x);
static void encode_describe_producers_req(struct kwriter *w, int16_t v, const struct describe_producers_req *x);
static size_t size_describe_producers_req(int16_t v, const struct describe_producers_req *x);

static const uint16_t minsz_describe_producers_req_topic_request_partition_indexes[1] = {4};
static const uint16_t minsz_describe_producers_req_topics[1] = {3};

void describe_producers_req_topic_request_init(struct describe_producers_req_topic_request *x)
{
    memset(x, 0, sizeof *x);
    x->name = KSTR_LIT("");
}

bool describe_producers_req_topic_request_is_default(const struct describe_producers_req_topic_request *x)
{
    return (kstr_eq(x->name, KSTR_LIT("")))
        && (x->partition_indexes_count == 0);
}

static void decode_describe_producers_req_topic_request(struct kreader *r, struct arena *a, int16_t v, struct describe_producers_req_topic_request *x)
{
    const bool flex = true;
    (void)a;
    (void)v;
    (void)flex;
    x->name = kr_str(r, flex, false);
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_describe_producers_req_topic_request_partition_indexes[v]);
        x->partition_indexes_count = n_;
        x->partition_indexes = NULL;
        if (n_ > 0) {
            x->partition_indexes = arena_calloc(a, (size_t)n_, sizeof *x->partition_indexes);
            if (!x->partition_indexes) {
                kr_fail(r, "out of memory");
                x->partition_indexes_count = 0;
            }
            for (int32_t i_ = 0; x->partition_indexes && i_ < n_ && !(r)->err; i_++) {
                x->partition_indexes[i_] = kr_i32(r);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_describe_producers_req_topic_request(struct kwriter *w, int16_t v, const struct describe_producers_req_topic_request *x)
{
    const bool flex = true;
    (void)flex;
    (void)v;
    kw_str(w, x->name, flex, false);
    kw_array_len(w, x->partition_indexes_count, flex, false);
    for (int32_t i_ = 0; i_ < x->partition_indexes_count; i_++) {
        kw_i32(w, x->partition_indexes[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_describe_producers_req_topic_request(int16_t v, const struct describe_producers_req_topic_request *x)
{
    const bool flex = true;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_str(x->name, flex);
    n += ksize_array_len(x->partition_indexes_count, flex);
    if (x->partition_indexes_count > 0)
        n += (size_t)x->partition_indexes_count * 4;
    if (flex) {
        n += 1;
    }
    return n;
}

void describe_producers_req_init(struct describe_producers_req *x)
{
    memset(x, 0, sizeof *x);
}

bool describe_producers_req_is_default(const struct describe_producers_req *x)
{
    return (x->topics_count == 0);
}

static void decode_describe_producers_req(struct kreader *r, struct arena *a, int16_t v, struct describe_producers_req *x)
{
    const bool flex = true;
    (void)a;
    (void)v;
    (void)flex;
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_describe_producers_req_topics[v]);
        x->topics_count = n_;
        x->topics = NULL;
        if (n_ > 0) {
            x->topics = arena_calloc(a, (size_t)n_, sizeof *x->topics);
            if (!x->topics) {
                kr_fail(r, "out of memory");
                x->topics_count = 0;
            }
            for (int32_t i_ = 0; x->topics && i_ < n_ && !(r)->err; i_++) {
                describe_producers_req_topic_request_init(&x->topics[i_]);
                decode_describe_producers_req_topic_request(r, a, v, &x->topics[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_describe_producers_req(struct kwriter *w, int16_t v, const struct describe_producers_req *x)
{
    const bool flex = true;
    (void)flex;
    (void)v;
    kw_array_len(w, x->topics_count, flex, false);
    for (int32_t i_ = 0; i_ < x->topics_count; i_++) {
        encode_describe_producers_req_topic_request(w, v, &x->topics[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_describe_producers_req(int16_t v, const struct describe_producers_req *x)
{
    const bool flex = true;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_array_len(x->topics_count, flex);
    for (int32_t i_ = 0; i_ < x->topics_count; i_++)
        n += size_describe_producers_req_topic_request(v, &x->topics[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

int describe_producers_req_decode(struct kreader *r, struct arena *a, int16_t v, struct describe_producers_req *out)
{
    describe_producers_req_init(out);
    if (v < 0 || v > 0)
        return -E_UNSUPPORTED;
    decode_describe_producers_req(r, a, v, out);
    return r->err;
}

int describe_producers_req_encode(struct kwriter *w, int16_t v, const struct describe_producers_req *in)
{
    if (v < 0 || v > 0)
        return -E_UNSUPPORTED;
    encode_describe_producers_req(w, v, in);
    return w->err;
}

size_t describe_producers_req_size(int16_t v, const struct describe_producers_req *in)
{
    return size_describe_producers_req(v, in);
}

static void decode_describe_producers_resp_producer_state(struct kreader *r, struct arena *a, int16_t v, struct describe_producers_resp_producer_state *x);
static void encode_describe_producers_resp_producer_state(struct kwriter *w, int16_t v, const struct describe_producers_resp_producer_state *x);
static size_t size_describe_producers_resp_producer_state(int16_t v, const struct describe_producers_resp_producer_state *x);
static void decode_describe_producers_resp_partition_response(struct kreader *r, struct arena *a, int16_t v, struct describe_producers_resp_partition_response *x);
static void encode_describe_producers_resp_partition_response(struct kwriter *w, int16_t v, const struct describe_producers_resp_partition_response *x);
static size_t size_describe_producers_resp_partition_response(int16_t v, const struct describe_producers_resp_partition_response *x);
static void decode_describe_producers_resp_topic_response(struct kreader *r, struct arena *a, int16_t v, struct describe_producers_resp_topic_response *x);
static void encode_describe_producers_resp_topic_response(struct kwriter *w, int16_t v, const struct describe_producers_resp_topic_response *x);
static size_t size_describe_producers_resp_topic_response(int16_t v, const struct describe_producers_resp_topic_response *x);
static void decode_describe_producers_resp(struct kreader *r, struct arena *a, int16_t v, struct describe_producers_resp *x);
static void encode_describe_producers_resp(struct kwriter *w, int16_t v, const struct describe_producers_resp *x);
static size_t size_describe_producers_resp(int16_t v, const struct describe_producers_resp *x);

static const uint16_t minsz_describe_producers_resp_partition_response_active_producers[1] = {37};
static const uint16_t minsz_describe_producers_resp_topic_response_partitions[1] = {9};
static const uint16_t minsz_describe_producers_resp_topics[1] = {3};

void describe_producers_resp_producer_state_init(struct describe_producers_resp_producer_state *x)
{
    memset(x, 0, sizeof *x);
    x->last_sequence = -1;
    x->last_timestamp = INT64_C(-1);
    x->current_txn_start_offset = INT64_C(-1);
}

bool describe_producers_resp_producer_state_is_default(const struct describe_producers_resp_producer_state *x)
{
    return (x->producer_id == 0)
        && (x->producer_epoch == 0)
        && (x->last_sequence == -1)
        && (x->last_timestamp == INT64_C(-1))
        && (x->coordinator_epoch == 0)
        && (x->current_txn_start_offset == INT64_C(-1));
}

static void decode_describe_producers_resp_producer_state(struct kreader *r, struct arena *a, int16_t v, struct describe_producers_resp_producer_state *x)
{
    const bool flex = true;
    (void)a;
    (void)v;
    (void)flex;
    x->producer_id = kr_i64(r);
    x->producer_epoch = kr_i32(r);
    x->last_sequence = kr_i32(r);
    x->last_timestamp = kr_i64(r);
    x->coordinator_epoch = kr_i32(r);
    x->current_txn_start_offset = kr_i64(r);
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_describe_producers_resp_producer_state(struct kwriter *w, int16_t v, const struct describe_producers_resp_producer_state *x)
{
    const bool flex = true;
    (void)flex;
    (void)v;
    kw_i64(w, x->producer_id);
    kw_i32(w, x->producer_epoch);
    kw_i32(w, x->last_sequence);
    kw_i64(w, x->last_timestamp);
    kw_i32(w, x->coordinator_epoch);
    kw_i64(w, x->current_txn_start_offset);
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_describe_producers_resp_producer_state(int16_t v, const struct describe_producers_resp_producer_state *x)
{
    const bool flex = true;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 8;
    n += 4;
    n += 4;
    n += 8;
    n += 4;
    n += 8;
    if (flex) {
        n += 1;
    }
    return n;
}

void describe_producers_resp_partition_response_init(struct describe_producers_resp_partition_response *x)
{
    memset(x, 0, sizeof *x);
    x->error_message = KSTR_NULL;
}

bool describe_producers_resp_partition_response_is_default(const struct describe_producers_resp_partition_response *x)
{
    return (x->partition_index == 0)
        && (x->error_code == 0)
        && (kstr_eq(x->error_message, KSTR_NULL))
        && (x->active_producers_count == 0);
}

static void decode_describe_producers_resp_partition_response(struct kreader *r, struct arena *a, int16_t v, struct describe_producers_resp_partition_response *x)
{
    const bool flex = true;
    (void)a;
    (void)v;
    (void)flex;
    x->partition_index = kr_i32(r);
    x->error_code = kr_i16(r);
    x->error_message = kr_str(r, flex, true);
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_describe_producers_resp_partition_response_active_producers[v]);
        x->active_producers_count = n_;
        x->active_producers = NULL;
        if (n_ > 0) {
            x->active_producers = arena_calloc(a, (size_t)n_, sizeof *x->active_producers);
            if (!x->active_producers) {
                kr_fail(r, "out of memory");
                x->active_producers_count = 0;
            }
            for (int32_t i_ = 0; x->active_producers && i_ < n_ && !(r)->err; i_++) {
                describe_producers_resp_producer_state_init(&x->active_producers[i_]);
                decode_describe_producers_resp_producer_state(r, a, v, &x->active_producers[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_describe_producers_resp_partition_response(struct kwriter *w, int16_t v, const struct describe_producers_resp_partition_response *x)
{
    const bool flex = true;
    (void)flex;
    (void)v;
    kw_i32(w, x->partition_index);
    kw_i16(w, x->error_code);
    kw_str(w, x->error_message, flex, true);
    kw_array_len(w, x->active_producers_count, flex, false);
    for (int32_t i_ = 0; i_ < x->active_producers_count; i_++) {
        encode_describe_producers_resp_producer_state(w, v, &x->active_producers[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_describe_producers_resp_partition_response(int16_t v, const struct describe_producers_resp_partition_response *x)
{
    const bool flex = true;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 4;
    n += 2;
    n += ksize_str(x->error_message, flex);
    n += ksize_array_len(x->active_producers_count, flex);
    for (int32_t i_ = 0; i_ < x->active_producers_count; i_++)
        n += size_describe_producers_resp_producer_state(v, &x->active_producers[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

void describe_producers_resp_topic_response_init(struct describe_producers_resp_topic_response *x)
{
    memset(x, 0, sizeof *x);
    x->name = KSTR_LIT("");
}

bool describe_producers_resp_topic_response_is_default(const struct describe_producers_resp_topic_response *x)
{
    return (kstr_eq(x->name, KSTR_LIT("")))
        && (x->partitions_count == 0);
}

static void decode_describe_producers_resp_topic_response(struct kreader *r, struct arena *a, int16_t v, struct describe_producers_resp_topic_response *x)
{
    const bool flex = true;
    (void)a;
    (void)v;
    (void)flex;
    x->name = kr_str(r, flex, false);
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_describe_producers_resp_topic_response_partitions[v]);
        x->partitions_count = n_;
        x->partitions = NULL;
        if (n_ > 0) {
            x->partitions = arena_calloc(a, (size_t)n_, sizeof *x->partitions);
            if (!x->partitions) {
                kr_fail(r, "out of memory");
                x->partitions_count = 0;
            }
            for (int32_t i_ = 0; x->partitions && i_ < n_ && !(r)->err; i_++) {
                describe_producers_resp_partition_response_init(&x->partitions[i_]);
                decode_describe_producers_resp_partition_response(r, a, v, &x->partitions[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_describe_producers_resp_topic_response(struct kwriter *w, int16_t v, const struct describe_producers_resp_topic_response *x)
{
    const bool flex = true;
    (void)flex;
    (void)v;
    kw_str(w, x->name, flex, false);
    kw_array_len(w, x->partitions_count, flex, false);
    for (int32_t i_ = 0; i_ < x->partitions_count; i_++) {
        encode_describe_producers_resp_partition_response(w, v, &x->partitions[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_describe_producers_resp_topic_response(int16_t v, const struct describe_producers_resp_topic_response *x)
{
    const bool flex = true;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_str(x->name, flex);
    n += ksize_array_len(x->partitions_count, flex);
    for (int32_t i_ = 0; i_ < x->partitions_count; i_++)
        n += size_describe_producers_resp_partition_response(v, &x->partitions[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

void describe_producers_resp_init(struct describe_producers_resp *x)
{
    memset(x, 0, sizeof *x);
}

bool describe_producers_resp_is_default(const struct describe_producers_resp *x)
{
    return (x->throttle_time_ms == 0)
        && (x->topics_count == 0);
}

static void decode_describe_producers_resp(struct kreader *r, struct arena *a, int16_t v, struct describe_producers_resp *x)
{
    const bool flex = true;
    (void)a;
    (void)v;
    (void)flex;
    x->throttle_time_ms = kr_i32(r);
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_describe_producers_resp_topics[v]);
        x->topics_count = n_;
        x->topics = NULL;
        if (n_ > 0) {
            x->topics = arena_calloc(a, (size_t)n_, sizeof *x->topics);
            if (!x->topics) {
                kr_fail(r, "out of memory");
                x->topics_count = 0;
            }
            for (int32_t i_ = 0; x->topics && i_ < n_ && !(r)->err; i_++) {
                describe_producers_resp_topic_response_init(&x->topics[i_]);
                decode_describe_producers_resp_topic_response(r, a, v, &x->topics[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_describe_producers_resp(struct kwriter *w, int16_t v, const struct describe_producers_resp *x)
{
    const bool flex = true;
    (void)flex;
    (void)v;
    kw_i32(w, x->throttle_time_ms);
    kw_array_len(w, x->topics_count, flex, false);
    for (int32_t i_ = 0; i_ < x->topics_count; i_++) {
        encode_describe_producers_resp_topic_response(w, v, &x->topics[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_describe_producers_resp(int16_t v, const struct describe_producers_resp *x)
{
    const bool flex = true;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 4;
    n += ksize_array_len(x->topics_count, flex);
    for (int32_t i_ = 0; i_ < x->topics_count; i_++)
        n += size_describe_producers_resp_topic_response(v, &x->topics[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

int describe_producers_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct describe_producers_resp *out)
{
    describe_producers_resp_init(out);
    if (v < 0 || v > 0)
        return -E_UNSUPPORTED;
    decode_describe_producers_resp(r, a, v, out);
    return r->err;
}

int describe_producers_resp_encode(struct kwriter *w, int16_t v, const struct describe_producers_resp *in)
{
    if (v < 0 || v > 0)
        return -E_UNSUPPORTED;
    encode_describe_producers_resp(w, v, in);
    return w->err;
}

size_t describe_producers_resp_size(int16_t v, const struct describe_producers_resp *in)
{
    return size_describe_producers_resp(v, in);
}


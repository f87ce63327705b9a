/* generated from CreatePartitionsRequest.json, CreatePartitionsResponse.json by protocol/gen/gen.py; do not edit (make regen). */
#include "protocol/msg/create_partitions.h"

#include <string.h>

#include "protocol/status.h"

static void decode_create_partitions_req_create_partitions_assignment(struct kreader *r, struct arena *a, int16_t v, struct create_partitions_req_create_partitions_assignment *x);
static void encode_create_partitions_req_create_partitions_assignment(struct kwriter *w, int16_t v, const struct create_partitions_req_create_partitions_assignment *x);
static size_t size_create_partitions_req_create_partitions_assignment(int16_t v, const struct create_partitions_req_create_partitions_assignment *x);
static void decode_create_partitions_req_create_partitions_topic(struct kreader *r, struct arena *a, int16_t v, struct create_partitions_req_create_partitions_topic *x);
static void encode_create_partitions_req_create_partitions_topic(struct kwriter *w, int16_t v, const struct create_partitions_req_create_partitions_topic *x);
static size_t size_create_partitions_req_create_partitions_topic(int16_t v, const struct create_partitions_req_create_partitions_topic *x);
static void decode_create_partitions_req(struct kreader *r, struct arena *a, int16_t v, struct create_partitions_req *x);
static void encode_create_partitions_req(struct kwriter *w, int16_t v, const struct create_partitions_req *x);
static size_t size_create_partitions_req(int16_t v, const struct create_partitions_req *x);

static const uint16_t minsz_create_partitions_req_create_partitions_assignment_broker_ids[4] = {4, 4, 4, 4};
static const uint16_t minsz_create_partitions_req_create_partitions_topic_assignments[4] = {4, 4, 2, 2};
static const uint16_t minsz_create_partitions_req_topics[4] = {10, 10, 7, 7};

void create_partitions_req_create_partitions_assignment_init(struct create_partitions_req_create_partitions_assignment *x)
{
    memset(x, 0, sizeof *x);
}

bool create_partitions_req_create_partitions_assignment_is_default(const struct create_partitions_req_create_partitions_assignment *x)
{
    return (x->broker_ids_count == 0);
}

static void decode_create_partitions_req_create_partitions_assignment(struct kreader *r, struct arena *a, int16_t v, struct create_partitions_req_create_partitions_assignment *x)
{
    const bool flex = v >= 2;
    (void)a;
    (void)v;
    (void)flex;
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_create_partitions_req_create_partitions_assignment_broker_ids[v]);
        x->broker_ids_count = n_;
        x->broker_ids = NULL;
        if (n_ > 0) {
            x->broker_ids = arena_calloc(a, (size_t)n_, sizeof *x->broker_ids);
            if (!x->broker_ids) {
                kr_fail(r, "out of memory");
                x->broker_ids_count = 0;
            }
            for (int32_t i_ = 0; x->broker_ids && i_ < n_ && !(r)->err; i_++) {
                x->broker_ids[i_] = kr_i32(r);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_create_partitions_req_create_partitions_assignment(struct kwriter *w, int16_t v, const struct create_partitions_req_create_partitions_assignment *x)
{
    const bool flex = v >= 2;
    (void)flex;
    (void)v;
    kw_array_len(w, x->broker_ids_count, flex, false);
    for (int32_t i_ = 0; i_ < x->broker_ids_count; i_++) {
        kw_i32(w, x->broker_ids[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_create_partitions_req_create_partitions_assignment(int16_t v, const struct create_partitions_req_create_partitions_assignment *x)
{
    const bool flex = v >= 2;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_array_len(x->broker_ids_count, flex);
    if (x->broker_ids_count > 0)
        n += (size_t)x->broker_ids_count * 4;
    if (flex) {
        n += 1;
    }
    return n;
}

void create_partitions_req_create_partitions_topic_init(struct create_partitions_req_create_partitions_topic *x)
{
    memset(x, 0, sizeof *x);
    x->name = KSTR_LIT("");
}

bool create_partitions_req_create_partitions_topic_is_default(const struct create_partitions_req_create_partitions_topic *x)
{
    return (kstr_eq(x->name, KSTR_LIT("")))
        && (x->count == 0)
        && (x->assignments_count == 0);
}

static void decode_create_partitions_req_create_partitions_topic(struct kreader *r, struct arena *a, int16_t v, struct create_partitions_req_create_partitions_topic *x)
{
    const bool flex = v >= 2;
    (void)a;
    (void)v;
    (void)flex;
    x->name = kr_str(r, flex, false);
    x->count = kr_i32(r);
    {
        int32_t n_ = kr_array_len(r, flex, true, minsz_create_partitions_req_create_partitions_topic_assignments[v]);
        x->assignments_count = n_;
        x->assignments = NULL;
        if (n_ > 0) {
            x->assignments = arena_calloc(a, (size_t)n_, sizeof *x->assignments);
            if (!x->assignments) {
                kr_fail(r, "out of memory");
                x->assignments_count = 0;
            }
            for (int32_t i_ = 0; x->assignments && i_ < n_ && !(r)->err; i_++) {
                create_partitions_req_create_partitions_assignment_init(&x->assignments[i_]);
                decode_create_partitions_req_create_partitions_assignment(r, a, v, &x->assignments[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_create_partitions_req_create_partitions_topic(struct kwriter *w, int16_t v, const struct create_partitions_req_create_partitions_topic *x)
{
    const bool flex = v >= 2;
    (void)flex;
    (void)v;
    kw_str(w, x->name, flex, false);
    kw_i32(w, x->count);
    kw_array_len(w, x->assignments_count, flex, true);
    for (int32_t i_ = 0; i_ < x->assignments_count; i_++) {
        encode_create_partitions_req_create_partitions_assignment(w, v, &x->assignments[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_create_partitions_req_create_partitions_topic(int16_t v, const struct create_partitions_req_create_partitions_topic *x)
{
    const bool flex = v >= 2;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_str(x->name, flex);
    n += 4;
    n += ksize_array_len(x->assignments_count, flex);
    for (int32_t i_ = 0; i_ < x->assignments_count; i_++)
        n += size_create_partitions_req_create_partitions_assignment(v, &x->assignments[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

void create_partitions_req_init(struct create_partitions_req *x)
{
    memset(x, 0, sizeof *x);
}

bool create_partitions_req_is_default(const struct create_partitions_req *x)
{
    return (x->topics_count == 0)
        && (x->timeout_ms == 0)
        && (x->validate_only == false);
}

static void decode_create_partitions_req(struct kreader *r, struct arena *a, int16_t v, struct create_partitions_req *x)
{
    const bool flex = v >= 2;
    (void)a;
    (void)v;
    (void)flex;
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_create_partitions_req_topics[v]);
        x->topics_count = n_;
        x->topics = NULL;
        if (n_ > 0) {
            x->topics = arena_calloc(a, (size_t)n_, sizeof *x->topics);
            if (!x->topics) {
                kr_fail(r, "out of memory");
                x->topics_count = 0;
            }
            for (int32_t i_ = 0; x->topics && i_ < n_ && !(r)->err; i_++) {
                create_partitions_req_create_partitions_topic_init(&x->topics[i_]);
                decode_create_partitions_req_create_partitions_topic(r, a, v, &x->topics[i_]);
            }
        }
    }
    x->timeout_ms = kr_i32(r);
    x->validate_only = kr_bool(r);
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_create_partitions_req(struct kwriter *w, int16_t v, const struct create_partitions_req *x)
{
    const bool flex = v >= 2;
    (void)flex;
    (void)v;
    kw_array_len(w, x->topics_count, flex, false);
    for (int32_t i_ = 0; i_ < x->topics_count; i_++) {
        encode_create_partitions_req_create_partitions_topic(w, v, &x->topics[i_]);
    }
    kw_i32(w, x->timeout_ms);
    kw_bool(w, x->validate_only);
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_create_partitions_req(int16_t v, const struct create_partitions_req *x)
{
    const bool flex = v >= 2;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_array_len(x->topics_count, flex);
    for (int32_t i_ = 0; i_ < x->topics_count; i_++)
        n += size_create_partitions_req_create_partitions_topic(v, &x->topics[i_]);
    n += 4;
    n += 1;
    if (flex) {
        n += 1;
    }
    return n;
}

int create_partitions_req_decode(struct kreader *r, struct arena *a, int16_t v, struct create_partitions_req *out)
{
    create_partitions_req_init(out);
    if (v < 0 || v > 3)
        return -E_UNSUPPORTED;
    decode_create_partitions_req(r, a, v, out);
    return r->err;
}

int create_partitions_req_encode(struct kwriter *w, int16_t v, const struct create_partitions_req *in)
{
    if (v < 0 || v > 3)
        return -E_UNSUPPORTED;
    encode_create_partitions_req(w, v, in);
    return w->err;
}

size_t create_partitions_req_size(int16_t v, const struct create_partitions_req *in)
{
    return size_create_partitions_req(v, in);
}

static void decode_create_partitions_resp_create_partitions_topic_result(struct kreader *r, struct arena *a, int16_t v, struct create_partitions_resp_create_partitions_topic_result *x);
static void encode_create_partitions_resp_create_partitions_topic_result(struct kwriter *w, int16_t v, const struct create_partitions_resp_create_partitions_topic_result *x);
static size_t size_create_partitions_resp_create_partitions_topic_result(int16_t v, const struct create_partitions_resp_create_partitions_topic_result *x);
static void decode_create_partitions_resp(struct kreader *r, struct arena *a, int16_t v, struct create_partitions_resp *x);
static void encode_create_partitions_resp(struct kwriter *w, int16_t v, const struct create_partitions_resp *x);
static size_t size_create_partitions_resp(int16_t v, const struct create_partitions_resp *x);

static const uint16_t minsz_create_partitions_resp_results[4] = {6, 6, 5, 5};

void create_partitions_resp_create_partitions_topic_result_init(struct create_partitions_resp_create_partitions_topic_result *x)
{
    memset(x, 0, sizeof *x);
    x->name = KSTR_LIT("");
    x->error_message = KSTR_NULL;
}

bool create_partitions_resp_create_partitions_topic_result_is_default(const struct create_partitions_resp_create_partitions_topic_result *x)
{
    return (kstr_eq(x->name, KSTR_LIT("")))
        && (x->error_code == 0)
        && (kstr_eq(x->error_message, KSTR_NULL));
}

static void decode_create_partitions_resp_create_partitions_topic_result(struct kreader *r, struct arena *a, int16_t v, struct create_partitions_resp_create_partitions_topic_result *x)
{
    const bool flex = v >= 2;
    (void)a;
    (void)v;
    (void)flex;
    x->name = kr_str(r, flex, false);
    x->error_code = kr_i16(r);
    x->error_message = kr_str(r, flex, true);
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_create_partitions_resp_create_partitions_topic_result(struct kwriter *w, int16_t v, const struct create_partitions_resp_create_partitions_topic_result *x)
{
    const bool flex = v >= 2;
    (void)flex;
    (void)v;
    kw_str(w, x->name, flex, false);
    kw_i16(w, x->error_code);
    kw_str(w, x->error_message, flex, true);
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_create_partitions_resp_create_partitions_topic_result(int16_t v, const struct create_partitions_resp_create_partitions_topic_result *x)
{
    const bool flex = v >= 2;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_str(x->name, flex);
    n += 2;
    n += ksize_str(x->error_message, flex);
    if (flex) {
        n += 1;
    }
    return n;
}

void create_partitions_resp_init(struct create_partitions_resp *x)
{
    memset(x, 0, sizeof *x);
}

bool create_partitions_resp_is_default(const struct create_partitions_resp *x)
{
    return (x->throttle_time_ms == 0)
        && (x->results_count == 0);
}

static void decode_create_partitions_resp(struct kreader *r, struct arena *a, int16_t v, struct create_partitions_resp *x)
{
    const bool flex = v >= 2;
    (void)a;
    (void)v;
    (void)flex;
    x->throttle_time_ms = kr_i32(r);
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_create_partitions_resp_results[v]);
        x->results_count = n_;
        x->results = NULL;
        if (n_ > 0) {
            x->results = arena_calloc(a, (size_t)n_, sizeof *x->results);
            if (!x->results) {
                kr_fail(r, "out of memory");
                x->results_count = 0;
            }
            for (int32_t i_ = 0; x->results && i_ < n_ && !(r)->err; i_++) {
                create_partitions_resp_create_partitions_topic_result_init(&x->results[i_]);
                decode_create_partitions_resp_create_partitions_topic_result(r, a, v, &x->results[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_create_partitions_resp(struct kwriter *w, int16_t v, const struct create_partitions_resp *x)
{
    const bool flex = v >= 2;
    (void)flex;
    (void)v;
    kw_i32(w, x->throttle_time_ms);
    kw_array_len(w, x->results_count, flex, false);
    for (int32_t i_ = 0; i_ < x->results_count; i_++) {
        encode_create_partitions_resp_create_partitions_topic_result(w, v, &x->results[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_create_partitions_resp(int16_t v, const struct create_partitions_resp *x)
{
    const bool flex = v >= 2;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 4;
    n += ksize_array_len(x->results_count, flex);
    for (int32_t i_ = 0; i_ < x->results_count; i_++)
        n += size_create_partitions_resp_create_partitions_topic_result(v, &x->results[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

int create_partitions_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct create_partitions_resp *out)
{
    create_partitions_resp_init(out);
    if (v < 0 || v > 3)
        return -E_UNSUPPORTED;
    decode_create_partitions_resp(r, a, v, out);
    return r->err;
}

int create_partitions_resp_encode(struct kwriter *w, int16_t v, const struct create_partitions_resp *in)
{
    if (v < 0 || v > 3)
        return -E_UNSUPPORTED;
    encode_create_partitions_resp(w, v, in);
    return w->err;
}

size_t create_partitions_resp_size(int16_t v, const struct create_partitions_resp *in)
{
    return size_create_partitions_resp(v, in);
}


/* generated from DeleteRecordsRequest.json, DeleteRecordsResponse.json by protocol/gen/gen.py; do not edit (make regen). */
#include "protocol/msg/delete_records.h"

#include <string.h>

#include "protocol/status.h"

static void decode_delete_records_req_delete_records_partition(struct kreader *r, struct arena *a, int16_t v, struct delete_records_req_delete_records_partition *x);
static void encode_delete_records_req_delete_records_partition(struct kwriter *w, int16_t v, const struct delete_records_req_delete_records_partition *x);
static size_t size_delete_records_req_delete_records_partition(int16_t v, const struct delete_records_req_delete_records_partition *x);
static void decode_delete_records_req_delete_records_topic(struct kreader *r, struct arena *a, int16_t v, struct delete_records_req_delete_records_topic *x);
static void encode_delete_records_req_delete_records_topic(struct kwriter *w, int16_t v, const struct delete_records_req_delete_records_topic *x);
static size_t size_delete_records_req_delete_records_topic(int16_t v, const struct delete_records_req_delete_records_topic *x);
static void decode_delete_records_req(struct kreader *r, struct arena *a, int16_t v, struct delete_records_req *x);
static void encode_delete_records_req(struct kwriter *w, int16_t v, const struct delete_records_req *x);
static size_t size_delete_records_req(int16_t v, const struct delete_records_req *x);

static const uint16_t minsz_delete_records_req_delete_records_topic_partitions[3] = {12, 12, 13};
static const uint16_t minsz_delete_records_req_topics[3] = {6, 6, 3};

void delete_records_req_delete_records_partition_init(struct delete_records_req_delete_records_partition *x)
{
    memset(x, 0, sizeof *x);
}

bool delete_records_req_delete_records_partition_is_default(const struct delete_records_req_delete_records_partition *x)
{
    return (x->partition_index == 0)
        && (x->offset == 0);
}

static void decode_delete_records_req_delete_records_partition(struct kreader *r, struct arena *a, int16_t v, struct delete_records_req_delete_records_partition *x)
{
    const bool flex = v >= 2;
    (void)a;
    (void)v;
    (void)flex;
    x->partition_index = kr_i32(r);
    x->offset = kr_i64(r);
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_delete_records_req_delete_records_partition(struct kwriter *w, int16_t v, const struct delete_records_req_delete_records_partition *x)
{
    const bool flex = v >= 2;
    (void)flex;
    (void)v;
    kw_i32(w, x->partition_index);
    kw_i64(w, x->offset);
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_delete_records_req_delete_records_partition(int16_t v, const struct delete_records_req_delete_records_partition *x)
{
    const bool flex = v >= 2;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 4;
    n += 8;
    if (flex) {
        n += 1;
    }
    return n;
}

void delete_records_req_delete_records_topic_init(struct delete_records_req_delete_records_topic *x)
{
    memset(x, 0, sizeof *x);
    x->name = KSTR_LIT("");
}

bool delete_records_req_delete_records_topic_is_default(const struct delete_records_req_delete_records_topic *x)
{
    return (kstr_eq(x->name, KSTR_LIT("")))
        && (x->partitions_count == 0);
}

static void decode_delete_records_req_delete_records_topic(struct kreader *r, struct arena *a, int16_t v, struct delete_records_req_delete_records_topic *x)
{
    const bool flex = v >= 2;
    (void)a;
    (void)v;
    (void)flex;
    x->name = kr_str(r, flex, false);
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_delete_records_req_delete_records_topic_partitions[v]);
        x->partitions_count = n_;
        x->partitions = NULL;
        if (n_ > 0) {
            x->partitions = arena_calloc(a, (size_t)n_, sizeof *x->partitions);
            if (!x->partitions) {
                kr_fail(r, "out of memory");
                x->partitions_count = 0;
            }
            for (int32_t i_ = 0; x->partitions && i_ < n_ && !(r)->err; i_++) {
                delete_records_req_delete_records_partition_init(&x->partitions[i_]);
                decode_delete_records_req_delete_records_partition(r, a, v, &x->partitions[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_delete_records_req_delete_records_topic(struct kwriter *w, int16_t v, const struct delete_records_req_delete_records_topic *x)
{
    const bool flex = v >= 2;
    (void)flex;
    (void)v;
    kw_str(w, x->name, flex, false);
    kw_array_len(w, x->partitions_count, flex, false);
    for (int32_t i_ = 0; i_ < x->partitions_count; i_++) {
        encode_delete_records_req_delete_records_partition(w, v, &x->partitions[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_delete_records_req_delete_records_topic(int16_t v, const struct delete_records_req_delete_records_topic *x)
{
    const bool flex = v >= 2;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_str(x->name, flex);
    n += ksize_array_len(x->partitions_count, flex);
    for (int32_t i_ = 0; i_ < x->partitions_count; i_++)
        n += size_delete_records_req_delete_records_partition(v, &x->partitions[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

void delete_records_req_init(struct delete_records_req *x)
{
    memset(x, 0, sizeof *x);
}

bool delete_records_req_is_default(const struct delete_records_req *x)
{
    return (x->topics_count == 0)
        && (x->timeout_ms == 0);
}

static void decode_delete_records_req(struct kreader *r, struct arena *a, int16_t v, struct delete_records_req *x)
{
    const bool flex = v >= 2;
    (void)a;
    (void)v;
    (void)flex;
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_delete_records_req_topics[v]);
        x->topics_count = n_;
        x->topics = NULL;
        if (n_ > 0) {
            x->topics = arena_calloc(a, (size_t)n_, sizeof *x->topics);
            if (!x->topics) {
                kr_fail(r, "out of memory");
                x->topics_count = 0;
            }
            for (int32_t i_ = 0; x->topics && i_ < n_ && !(r)->err; i_++) {
                delete_records_req_delete_records_topic_init(&x->topics[i_]);
                decode_delete_records_req_delete_records_topic(r, a, v, &x->topics[i_]);
            }
        }
    }
    x->timeout_ms = kr_i32(r);
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_delete_records_req(struct kwriter *w, int16_t v, const struct delete_records_req *x)
{
    const bool flex = v >= 2;
    (void)flex;
    (void)v;
    kw_array_len(w, x->topics_count, flex, false);
    for (int32_t i_ = 0; i_ < x->topics_count; i_++) {
        encode_delete_records_req_delete_records_topic(w, v, &x->topics[i_]);
    }
    kw_i32(w, x->timeout_ms);
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_delete_records_req(int16_t v, const struct delete_records_req *x)
{
    const bool flex = v >= 2;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_array_len(x->topics_count, flex);
    for (int32_t i_ = 0; i_ < x->topics_count; i_++)
        n += size_delete_records_req_delete_records_topic(v, &x->topics[i_]);
    n += 4;
    if (flex) {
        n += 1;
    }
    return n;
}

int delete_records_req_decode(struct kreader *r, struct arena *a, int16_t v, struct delete_records_req *out)
{
    delete_records_req_init(out);
    if (v < 0 || v > 2)
        return -E_UNSUPPORTED;
    decode_delete_records_req(r, a, v, out);
    return r->err;
}

int delete_records_req_encode(struct kwriter *w, int16_t v, const struct delete_records_req *in)
{
    if (v < 0 || v > 2)
        return -E_UNSUPPORTED;
    encode_delete_records_req(w, v, in);
    return w->err;
}

size_t delete_records_req_size(int16_t v, const struct delete_records_req *in)
{
    return size_delete_records_req(v, in);
}

static void decode_delete_records_resp_delete_records_partition_result(struct kreader *r, struct arena *a, int16_t v, struct delete_records_resp_delete_records_partition_result *x);
static void encode_delete_records_resp_delete_records_partition_result(struct kwriter *w, int16_t v, const struct delete_records_resp_delete_records_partition_result *x);
static size_t size_delete_records_resp_delete_records_partition_result(int16_t v, const struct delete_records_resp_delete_records_partition_result *x);
static void decode_delete_records_resp_delete_records_topic_result(struct kreader *r, struct arena *a, int16_t v, struct delete_records_resp_delete_records_topic_result *x);
static void encode_delete_records_resp_delete_records_topic_result(struct kwriter *w, int16_t v, const struct delete_records_resp_delete_records_topic_result *x);
static size_t size_delete_records_resp_delete_records_topic_result(int16_t v, const struct delete_records_resp_delete_records_topic_result *x);
static void decode_delete_records_resp(struct kreader *r, struct arena *a, int16_t v, struct delete_records_resp *x);
static void encode_delete_records_resp(struct kwriter *w, int16_t v, const struct delete_records_resp *x);
static size_t size_delete_records_resp(int16_t v, const struct delete_records_resp *x);

static const uint16_t minsz_delete_records_resp_delete_records_topic_result_partitions[3] = {14, 14, 15};
static const uint16_t minsz_delete_records_resp_topics[3] = {6, 6, 3};

void delete_records_resp_delete_records_partition_result_init(struct delete_records_resp_delete_records_partition_result *x)
{
    memset(x, 0, sizeof *x);
}

bool delete_records_resp_delete_records_partition_result_is_default(const struct delete_records_resp_delete_records_partition_result *x)
{
    return (x->partition_index == 0)
        && (x->low_watermark == 0)
        && (x->error_code == 0);
}

static void decode_delete_records_resp_delete_records_partition_result(struct kreader *r, struct arena *a, int16_t v, struct delete_records_resp_delete_records_partition_result *x)
{
    const bool flex = v >= 2;
    (void)a;
    (void)v;
    (void)flex;
    x->partition_index = kr_i32(r);
    x->low_watermark = kr_i64(r);
    x->error_code = kr_i16(r);
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_delete_records_resp_delete_records_partition_result(struct kwriter *w, int16_t v, const struct delete_records_resp_delete_records_partition_result *x)
{
    const bool flex = v >= 2;
    (void)flex;
    (void)v;
    kw_i32(w, x->partition_index);
    kw_i64(w, x->low_watermark);
    kw_i16(w, x->error_code);
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_delete_records_resp_delete_records_partition_result(int16_t v, const struct delete_records_resp_delete_records_partition_result *x)
{
    const bool flex = v >= 2;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 4;
    n += 8;
    n += 2;
    if (flex) {
        n += 1;
    }
    return n;
}

void delete_records_resp_delete_records_topic_result_init(struct delete_records_resp_delete_records_topic_result *x)
{
    memset(x, 0, sizeof *x);
    x->name = KSTR_LIT("");
}

bool delete_records_resp_delete_records_topic_result_is_default(const struct delete_records_resp_delete_records_topic_result *x)
{
    return (kstr_eq(x->name, KSTR_LIT("")))
        && (x->partitions_count == 0);
}

static void decode_delete_records_resp_delete_records_topic_result(struct kreader *r, struct arena *a, int16_t v, struct delete_records_resp_delete_records_topic_result *x)
{
    const bool flex = v >= 2;
    (void)a;
    (void)v;
    (void)flex;
    x->name = kr_str(r, flex, false);
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_delete_records_resp_delete_records_topic_result_partitions[v]);
        x->partitions_count = n_;
        x->partitions = NULL;
        if (n_ > 0) {
            x->partitions = arena_calloc(a, (size_t)n_, sizeof *x->partitions);
            if (!x->partitions) {
                kr_fail(r, "out of memory");
                x->partitions_count = 0;
            }
            for (int32_t i_ = 0; x->partitions && i_ < n_ && !(r)->err; i_++) {
                delete_records_resp_delete_records_partition_result_init(&x->partitions[i_]);
                decode_delete_records_resp_delete_records_partition_result(r, a, v, &x->partitions[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_delete_records_resp_delete_records_topic_result(struct kwriter *w, int16_t v, const struct delete_records_resp_delete_records_topic_result *x)
{
    const bool flex = v >= 2;
    (void)flex;
    (void)v;
    kw_str(w, x->name, flex, false);
    kw_array_len(w, x->partitions_count, flex, false);
    for (int32_t i_ = 0; i_ < x->partitions_count; i_++) {
        encode_delete_records_resp_delete_records_partition_result(w, v, &x->partitions[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_delete_records_resp_delete_records_topic_result(int16_t v, const struct delete_records_resp_delete_records_topic_result *x)
{
    const bool flex = v >= 2;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_str(x->name, flex);
    n += ksize_array_len(x->partitions_count, flex);
    for (int32_t i_ = 0; i_ < x->partitions_count; i_++)
        n += size_delete_records_resp_delete_records_partition_result(v, &x->partitions[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

void delete_records_resp_init(struct delete_records_resp *x)
{
    memset(x, 0, sizeof *x);
}

bool delete_records_resp_is_default(const struct delete_records_resp *x)
{
    return (x->throttle_time_ms == 0)
        && (x->topics_count == 0);
}

static void decode_delete_records_resp(struct kreader *r, struct arena *a, int16_t v, struct delete_records_resp *x)
{
    const bool flex = v >= 2;
    (void)a;
    (void)v;
    (void)flex;
    x->throttle_time_ms = kr_i32(r);
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_delete_records_resp_topics[v]);
        x->topics_count = n_;
        x->topics = NULL;
        if (n_ > 0) {
            x->topics = arena_calloc(a, (size_t)n_, sizeof *x->topics);
            if (!x->topics) {
                kr_fail(r, "out of memory");
                x->topics_count = 0;
            }
            for (int32_t i_ = 0; x->topics && i_ < n_ && !(r)->err; i_++) {
                delete_records_resp_delete_records_topic_result_init(&x->topics[i_]);
                decode_delete_records_resp_delete_records_topic_result(r, a, v, &x->topics[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_delete_records_resp(struct kwriter *w, int16_t v, const struct delete_records_resp *x)
{
    const bool flex = v >= 2;
    (void)flex;
    (void)v;
    kw_i32(w, x->throttle_time_ms);
    kw_array_len(w, x->topics_count, flex, false);
    for (int32_t i_ = 0; i_ < x->topics_count; i_++) {
        encode_delete_records_resp_delete_records_topic_result(w, v, &x->topics[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_delete_records_resp(int16_t v, const struct delete_records_resp *x)
{
    const bool flex = v >= 2;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 4;
    n += ksize_array_len(x->topics_count, flex);
    for (int32_t i_ = 0; i_ < x->topics_count; i_++)
        n += size_delete_records_resp_delete_records_topic_result(v, &x->topics[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

int delete_records_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct delete_records_resp *out)
{
    delete_records_resp_init(out);
    if (v < 0 || v > 2)
        return -E_UNSUPPORTED;
    decode_delete_records_resp(r, a, v, out);
    return r->err;
}

int delete_records_resp_encode(struct kwriter *w, int16_t v, const struct delete_records_resp *in)
{
    if (v < 0 || v > 2)
        return -E_UNSUPPORTED;
    encode_delete_records_resp(w, v, in);
    return w->err;
}

size_t delete_records_resp_size(int16_t v, const struct delete_records_resp *in)
{
    return size_delete_records_resp(v, in);
}


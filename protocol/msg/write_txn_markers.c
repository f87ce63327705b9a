/* generated from WriteTxnMarkersRequest.json, WriteTxnMarkersResponse.json by protocol/gen/gen.py; do not edit (make regen). */
#include "protocol/msg/write_txn_markers.h"

#include <string.h>

#include "protocol/status.h"

static void decode_write_txn_markers_req_writable_txn_marker_topic(struct kreader *r, struct arena *a, int16_t v, struct write_txn_markers_req_writable_txn_marker_topic *x);
static void encode_write_txn_markers_req_writable_txn_marker_topic(struct kwriter *w, int16_t v, const struct write_txn_markers_req_writable_txn_marker_topic *x);
static size_t size_write_txn_markers_req_writable_txn_marker_topic(int16_t v, const struct write_txn_markers_req_writable_txn_marker_topic *x);
static void decode_write_txn_markers_req_writable_txn_marker(struct kreader *r, struct arena *a, int16_t v, struct write_txn_markers_req_writable_txn_marker *x);
static void encode_write_txn_markers_req_writable_txn_marker(struct kwriter *w, int16_t v, const struct write_txn_markers_req_writable_txn_marker *x);
static size_t size_write_txn_markers_req_writable_txn_marker(int16_t v, const struct write_txn_markers_req_writable_txn_marker *x);
static void decode_write_txn_markers_req(struct kreader *r, struct arena *a, int16_t v, struct write_txn_markers_req *x);
static void encode_write_txn_markers_req(struct kwriter *w, int16_t v, const struct write_txn_markers_req *x);
static size_t size_write_txn_markers_req(int16_t v, const struct write_txn_markers_req *x);

static const uint16_t minsz_write_txn_markers_req_writable_txn_marker_topic_partition_indexes[2] = {4, 4};
static const uint16_t minsz_write_txn_markers_req_writable_txn_marker_topics[2] = {6, 3};
static const uint16_t minsz_write_txn_markers_req_markers[2] = {19, 17};

void write_txn_markers_req_writable_txn_marker_topic_init(struct write_txn_markers_req_writable_txn_marker_topic *x)
{
    memset(x, 0, sizeof *x);
    x->name = KSTR_LIT("");
}

bool write_txn_markers_req_writable_txn_marker_topic_is_default(const struct write_txn_markers_req_writable_txn_marker_topic *x)
{
    return (kstr_eq(x->name, KSTR_LIT("")))
        && (x->partition_indexes_count == 0);
}

static void decode_write_txn_markers_req_writable_txn_marker_topic(struct kreader *r, struct arena *a, int16_t v, struct write_txn_markers_req_writable_txn_marker_topic *x)
{
    const bool flex = v >= 1;
    (void)a;
    (void)v;
    (void)flex;
    x->name = kr_str(r, flex, false);
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_write_txn_markers_req_writable_txn_marker_topic_partition_indexes[v]);
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

static void encode_write_txn_markers_req_writable_txn_marker_topic(struct kwriter *w, int16_t v, const struct write_txn_markers_req_writable_txn_marker_topic *x)
{
    const bool flex = v >= 1;
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

static size_t size_write_txn_markers_req_writable_txn_marker_topic(int16_t v, const struct write_txn_markers_req_writable_txn_marker_topic *x)
{
    const bool flex = v >= 1;
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

void write_txn_markers_req_writable_txn_marker_init(struct write_txn_markers_req_writable_txn_marker *x)
{
    memset(x, 0, sizeof *x);
}

bool write_txn_markers_req_writable_txn_marker_is_default(const struct write_txn_markers_req_writable_txn_marker *x)
{
    return (x->producer_id == 0)
        && (x->producer_epoch == 0)
        && (x->transaction_result == false)
        && (x->topics_count == 0)
        && (x->coordinator_epoch == 0);
}

static void decode_write_txn_markers_req_writable_txn_marker(struct kreader *r, struct arena *a, int16_t v, struct write_txn_markers_req_writable_txn_marker *x)
{
    const bool flex = v >= 1;
    (void)a;
    (void)v;
    (void)flex;
    x->producer_id = kr_i64(r);
    x->producer_epoch = kr_i16(r);
    x->transaction_result = kr_bool(r);
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_write_txn_markers_req_writable_txn_marker_topics[v]);
        x->topics_count = n_;
        x->topics = NULL;
        if (n_ > 0) {
            x->topics = arena_calloc(a, (size_t)n_, sizeof *x->topics);
            if (!x->topics) {
                kr_fail(r, "out of memory");
                x->topics_count = 0;
            }
            for (int32_t i_ = 0; x->topics && i_ < n_ && !(r)->err; i_++) {
                write_txn_markers_req_writable_txn_marker_topic_init(&x->topics[i_]);
                decode_write_txn_markers_req_writable_txn_marker_topic(r, a, v, &x->topics[i_]);
            }
        }
    }
    x->coordinator_epoch = kr_i32(r);
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_write_txn_markers_req_writable_txn_marker(struct kwriter *w, int16_t v, const struct write_txn_markers_req_writable_txn_marker *x)
{
    const bool flex = v >= 1;
    (void)flex;
    (void)v;
    kw_i64(w, x->producer_id);
    kw_i16(w, x->producer_epoch);
    kw_bool(w, x->transaction_result);
    kw_array_len(w, x->topics_count, flex, false);
    for (int32_t i_ = 0; i_ < x->topics_count; i_++) {
        encode_write_txn_markers_req_writable_txn_marker_topic(w, v, &x->topics[i_]);
    }
    kw_i32(w, x->coordinator_epoch);
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_write_txn_markers_req_writable_txn_marker(int16_t v, const struct write_txn_markers_req_writable_txn_marker *x)
{
    const bool flex = v >= 1;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 8;
    n += 2;
    n += 1;
    n += ksize_array_len(x->topics_count, flex);
    for (int32_t i_ = 0; i_ < x->topics_count; i_++)
        n += size_write_txn_markers_req_writable_txn_marker_topic(v, &x->topics[i_]);
    n += 4;
    if (flex) {
        n += 1;
    }
    return n;
}

void write_txn_markers_req_init(struct write_txn_markers_req *x)
{
    memset(x, 0, sizeof *x);
}

bool write_txn_markers_req_is_default(const struct write_txn_markers_req *x)
{
    return (x->markers_count == 0);
}

static void decode_write_txn_markers_req(struct kreader *r, struct arena *a, int16_t v, struct write_txn_markers_req *x)
{
    const bool flex = v >= 1;
    (void)a;
    (void)v;
    (void)flex;
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_write_txn_markers_req_markers[v]);
        x->markers_count = n_;
        x->markers = NULL;
        if (n_ > 0) {
            x->markers = arena_calloc(a, (size_t)n_, sizeof *x->markers);
            if (!x->markers) {
                kr_fail(r, "out of memory");
                x->markers_count = 0;
            }
            for (int32_t i_ = 0; x->markers && i_ < n_ && !(r)->err; i_++) {
                write_txn_markers_req_writable_txn_marker_init(&x->markers[i_]);
                decode_write_txn_markers_req_writable_txn_marker(r, a, v, &x->markers[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_write_txn_markers_req(struct kwriter *w, int16_t v, const struct write_txn_markers_req *x)
{
    const bool flex = v >= 1;
    (void)flex;
    (void)v;
    kw_array_len(w, x->markers_count, flex, false);
    for (int32_t i_ = 0; i_ < x->markers_count; i_++) {
        encode_write_txn_markers_req_writable_txn_marker(w, v, &x->markers[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_write_txn_markers_req(int16_t v, const struct write_txn_markers_req *x)
{
    const bool flex = v >= 1;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_array_len(x->markers_count, flex);
    for (int32_t i_ = 0; i_ < x->markers_count; i_++)
        n += size_write_txn_markers_req_writable_txn_marker(v, &x->markers[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

int write_txn_markers_req_decode(struct kreader *r, struct arena *a, int16_t v, struct write_txn_markers_req *out)
{
    write_txn_markers_req_init(out);
    if (v < 0 || v > 1)
        return -E_UNSUPPORTED;
    decode_write_txn_markers_req(r, a, v, out);
    return r->err;
}

int write_txn_markers_req_encode(struct kwriter *w, int16_t v, const struct write_txn_markers_req *in)
{
    if (v < 0 || v > 1)
        return -E_UNSUPPORTED;
    encode_write_txn_markers_req(w, v, in);
    return w->err;
}

size_t write_txn_markers_req_size(int16_t v, const struct write_txn_markers_req *in)
{
    return size_write_txn_markers_req(v, in);
}

static void decode_write_txn_markers_resp_writable_txn_marker_partition_result(struct kreader *r, struct arena *a, int16_t v, struct write_txn_markers_resp_writable_txn_marker_partition_result *x);
static void encode_write_txn_markers_resp_writable_txn_marker_partition_result(struct kwriter *w, int16_t v, const struct write_txn_markers_resp_writable_txn_marker_partition_result *x);
static size_t size_write_txn_markers_resp_writable_txn_marker_partition_result(int16_t v, const struct write_txn_markers_resp_writable_txn_marker_partition_result *x);
static void decode_write_txn_markers_resp_writable_txn_marker_topic_result(struct kreader *r, struct arena *a, int16_t v, struct write_txn_markers_resp_writable_txn_marker_topic_result *x);
static void encode_write_txn_markers_resp_writable_txn_marker_topic_result(struct kwriter *w, int16_t v, const struct write_txn_markers_resp_writable_txn_marker_topic_result *x);
static size_t size_write_txn_markers_resp_writable_txn_marker_topic_result(int16_t v, const struct write_txn_markers_resp_writable_txn_marker_topic_result *x);
static void decode_write_txn_markers_resp_writable_txn_marker_result(struct kreader *r, struct arena *a, int16_t v, struct write_txn_markers_resp_writable_txn_marker_result *x);
static void encode_write_txn_markers_resp_writable_txn_marker_result(struct kwriter *w, int16_t v, const struct write_txn_markers_resp_writable_txn_marker_result *x);
static size_t size_write_txn_markers_resp_writable_txn_marker_result(int16_t v, const struct write_txn_markers_resp_writable_txn_marker_result *x);
static void decode_write_txn_markers_resp(struct kreader *r, struct arena *a, int16_t v, struct write_txn_markers_resp *x);
static void encode_write_txn_markers_resp(struct kwriter *w, int16_t v, const struct write_txn_markers_resp *x);
static size_t size_write_txn_markers_resp(int16_t v, const struct write_txn_markers_resp *x);

static const uint16_t minsz_write_txn_markers_resp_writable_txn_marker_topic_result_partitions[2] = {6, 7};
static const uint16_t minsz_write_txn_markers_resp_writable_txn_marker_result_topics[2] = {6, 3};
static const uint16_t minsz_write_txn_markers_resp_markers[2] = {12, 10};

void write_txn_markers_resp_writable_txn_marker_partition_result_init(struct write_txn_markers_resp_writable_txn_marker_partition_result *x)
{
    memset(x, 0, sizeof *x);
}

bool write_txn_markers_resp_writable_txn_marker_partition_result_is_default(const struct write_txn_markers_resp_writable_txn_marker_partition_result *x)
{
    return (x->partition_index == 0)
        && (x->error_code == 0);
}

static void decode_write_txn_markers_resp_writable_txn_marker_partition_result(struct kreader *r, struct arena *a, int16_t v, struct write_txn_markers_resp_writable_txn_marker_partition_result *x)
{
    const bool flex = v >= 1;
    (void)a;
    (void)v;
    (void)flex;
    x->partition_index = kr_i32(r);
    x->error_code = kr_i16(r);
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_write_txn_markers_resp_writable_txn_marker_partition_result(struct kwriter *w, int16_t v, const struct write_txn_markers_resp_writable_txn_marker_partition_result *x)
{
    const bool flex = v >= 1;
    (void)flex;
    (void)v;
    kw_i32(w, x->partition_index);
    kw_i16(w, x->error_code);
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_write_txn_markers_resp_writable_txn_marker_partition_result(int16_t v, const struct write_txn_markers_resp_writable_txn_marker_partition_result *x)
{
    const bool flex = v >= 1;
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

void write_txn_markers_resp_writable_txn_marker_topic_result_init(struct write_txn_markers_resp_writable_txn_marker_topic_result *x)
{
    memset(x, 0, sizeof *x);
    x->name = KSTR_LIT("");
}

bool write_txn_markers_resp_writable_txn_marker_topic_result_is_default(const struct write_txn_markers_resp_writable_txn_marker_topic_result *x)
{
    return (kstr_eq(x->name, KSTR_LIT("")))
        && (x->partitions_count == 0);
}

static void decode_write_txn_markers_resp_writable_txn_marker_topic_result(struct kreader *r, struct arena *a, int16_t v, struct write_txn_markers_resp_writable_txn_marker_topic_result *x)
{
    const bool flex = v >= 1;
    (void)a;
    (void)v;
    (void)flex;
    x->name = kr_str(r, flex, false);
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_write_txn_markers_resp_writable_txn_marker_topic_result_partitions[v]);
        x->partitions_count = n_;
        x->partitions = NULL;
        if (n_ > 0) {
            x->partitions = arena_calloc(a, (size_t)n_, sizeof *x->partitions);
            if (!x->partitions) {
                kr_fail(r, "out of memory");
                x->partitions_count = 0;
            }
            for (int32_t i_ = 0; x->partitions && i_ < n_ && !(r)->err; i_++) {
                write_txn_markers_resp_writable_txn_marker_partition_result_init(&x->partitions[i_]);
                decode_write_txn_markers_resp_writable_txn_marker_partition_result(r, a, v, &x->partitions[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_write_txn_markers_resp_writable_txn_marker_topic_result(struct kwriter *w, int16_t v, const struct write_txn_markers_resp_writable_txn_marker_topic_result *x)
{
    const bool flex = v >= 1;
    (void)flex;
    (void)v;
    kw_str(w, x->name, flex, false);
    kw_array_len(w, x->partitions_count, flex, false);
    for (int32_t i_ = 0; i_ < x->partitions_count; i_++) {
        encode_write_txn_markers_resp_writable_txn_marker_partition_result(w, v, &x->partitions[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_write_txn_markers_resp_writable_txn_marker_topic_result(int16_t v, const struct write_txn_markers_resp_writable_txn_marker_topic_result *x)
{
    const bool flex = v >= 1;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_str(x->name, flex);
    n += ksize_array_len(x->partitions_count, flex);
    for (int32_t i_ = 0; i_ < x->partitions_count; i_++)
        n += size_write_txn_markers_resp_writable_txn_marker_partition_result(v, &x->partitions[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

void write_txn_markers_resp_writable_txn_marker_result_init(struct write_txn_markers_resp_writable_txn_marker_result *x)
{
    memset(x, 0, sizeof *x);
}

bool write_txn_markers_resp_writable_txn_marker_result_is_default(const struct write_txn_markers_resp_writable_txn_marker_result *x)
{
    return (x->producer_id == 0)
        && (x->topics_count == 0);
}

static void decode_write_txn_markers_resp_writable_txn_marker_result(struct kreader *r, struct arena *a, int16_t v, struct write_txn_markers_resp_writable_txn_marker_result *x)
{
    const bool flex = v >= 1;
    (void)a;
    (void)v;
    (void)flex;
    x->producer_id = kr_i64(r);
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_write_txn_markers_resp_writable_txn_marker_result_topics[v]);
        x->topics_count = n_;
        x->topics = NULL;
        if (n_ > 0) {
            x->topics = arena_calloc(a, (size_t)n_, sizeof *x->topics);
            if (!x->topics) {
                kr_fail(r, "out of memory");
                x->topics_count = 0;
            }
            for (int32_t i_ = 0; x->topics && i_ < n_ && !(r)->err; i_++) {
                write_txn_markers_resp_writable_txn_marker_topic_result_init(&x->topics[i_]);
                decode_write_txn_markers_resp_writable_txn_marker_topic_result(r, a, v, &x->topics[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_write_txn_markers_resp_writable_txn_marker_result(struct kwriter *w, int16_t v, const struct write_txn_markers_resp_writable_txn_marker_result *x)
{
    const bool flex = v >= 1;
    (void)flex;
    (void)v;
    kw_i64(w, x->producer_id);
    kw_array_len(w, x->topics_count, flex, false);
    for (int32_t i_ = 0; i_ < x->topics_count; i_++) {
        encode_write_txn_markers_resp_writable_txn_marker_topic_result(w, v, &x->topics[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_write_txn_markers_resp_writable_txn_marker_result(int16_t v, const struct write_txn_markers_resp_writable_txn_marker_result *x)
{
    const bool flex = v >= 1;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 8;
    n += ksize_array_len(x->topics_count, flex);
    for (int32_t i_ = 0; i_ < x->topics_count; i_++)
        n += size_write_txn_markers_resp_writable_txn_marker_topic_result(v, &x->topics[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

void write_txn_markers_resp_init(struct write_txn_markers_resp *x)
{
    memset(x, 0, sizeof *x);
}

bool write_txn_markers_resp_is_default(const struct write_txn_markers_resp *x)
{
    return (x->markers_count == 0);
}

static void decode_write_txn_markers_resp(struct kreader *r, struct arena *a, int16_t v, struct write_txn_markers_resp *x)
{
    const bool flex = v >= 1;
    (void)a;
    (void)v;
    (void)flex;
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_write_txn_markers_resp_markers[v]);
        x->markers_count = n_;
        x->markers = NULL;
        if (n_ > 0) {
            x->markers = arena_calloc(a, (size_t)n_, sizeof *x->markers);
            if (!x->markers) {
                kr_fail(r, "out of memory");
                x->markers_count = 0;
            }
            for (int32_t i_ = 0; x->markers && i_ < n_ && !(r)->err; i_++) {
                write_txn_markers_resp_writable_txn_marker_result_init(&x->markers[i_]);
                decode_write_txn_markers_resp_writable_txn_marker_result(r, a, v, &x->markers[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_write_txn_markers_resp(struct kwriter *w, int16_t v, const struct write_txn_markers_resp *x)
{
    const bool flex = v >= 1;
    (void)flex;
    (void)v;
    kw_array_len(w, x->markers_count, flex, false);
    for (int32_t i_ = 0; i_ < x->markers_count; i_++) {
        encode_write_txn_markers_resp_writable_txn_marker_result(w, v, &x->markers[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_write_txn_markers_resp(int16_t v, const struct write_txn_markers_resp *x)
{
    const bool flex = v >= 1;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_array_len(x->markers_count, flex);
    for (int32_t i_ = 0; i_ < x->markers_count; i_++)
        n += size_write_txn_markers_resp_writable_txn_marker_result(v, &x->markers[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

int write_txn_markers_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct write_txn_markers_resp *out)
{
    write_txn_markers_resp_init(out);
    if (v < 0 || v > 1)
        return -E_UNSUPPORTED;
    decode_write_txn_markers_resp(r, a, v, out);
    return r->err;
}

int write_txn_markers_resp_encode(struct kwriter *w, int16_t v, const struct write_txn_markers_resp *in)
{
    if (v < 0 || v > 1)
        return -E_UNSUPPORTED;
    encode_write_txn_markers_resp(w, v, in);
    return w->err;
}

size_t write_txn_markers_resp_size(int16_t v, const struct write_txn_markers_resp *in)
{
    return size_write_txn_markers_resp(v, in);
}


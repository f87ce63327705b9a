/* generated from ListOffsetsRequest.json, ListOffsetsResponse.json by protocol/gen/gen.py; do not edit (make regen). */
#include "protocol/msg/list_offsets.h"

#include <string.h>

#include "protocol/status.h"

static void decode_list_offsets_req_list_offsets_partition(struct kreader *r, struct arena *a, int16_t v, struct list_offsets_req_list_offsets_partition *x);
static void encode_list_offsets_req_list_offsets_partition(struct kwriter *w, int16_t v, const struct list_offsets_req_list_offsets_partition *x);
static size_t size_list_offsets_req_list_offsets_partition(int16_t v, const struct list_offsets_req_list_offsets_partition *x);
static void decode_list_offsets_req_list_offsets_topic(struct kreader *r, struct arena *a, int16_t v, struct list_offsets_req_list_offsets_topic *x);
static void encode_list_offsets_req_list_offsets_topic(struct kwriter *w, int16_t v, const struct list_offsets_req_list_offsets_topic *x);
static size_t size_list_offsets_req_list_offsets_topic(int16_t v, const struct list_offsets_req_list_offsets_topic *x);
static void decode_list_offsets_req(struct kreader *r, struct arena *a, int16_t v, struct list_offsets_req *x);
static void encode_list_offsets_req(struct kwriter *w, int16_t v, const struct list_offsets_req *x);
static size_t size_list_offsets_req(int16_t v, const struct list_offsets_req *x);

static const uint16_t minsz_list_offsets_req_list_offsets_topic_partitions[10] = {16, 12, 12, 12, 16, 16, 17, 17, 17, 17};
static const uint16_t minsz_list_offsets_req_topics[10] = {6, 6, 6, 6, 6, 6, 3, 3, 3, 3};

void list_offsets_req_list_offsets_partition_init(struct list_offsets_req_list_offsets_partition *x)
{
    memset(x, 0, sizeof *x);
    x->current_leader_epoch = -1;
    x->max_num_offsets = 1;
}

bool list_offsets_req_list_offsets_partition_is_default(const struct list_offsets_req_list_offsets_partition *x)
{
    return (x->partition_index == 0)
        && (x->current_leader_epoch == -1)
        && (x->timestamp == 0)
        && (x->max_num_offsets == 1);
}

static void decode_list_offsets_req_list_offsets_partition(struct kreader *r, struct arena *a, int16_t v, struct list_offsets_req_list_offsets_partition *x)
{
    const bool flex = v >= 6;
    (void)a;
    (void)v;
    (void)flex;
    x->partition_index = kr_i32(r);
    if (v >= 4) {
        x->current_leader_epoch = kr_i32(r);
    }
    x->timestamp = kr_i64(r);
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_list_offsets_req_list_offsets_partition(struct kwriter *w, int16_t v, const struct list_offsets_req_list_offsets_partition *x)
{
    const bool flex = v >= 6;
    (void)flex;
    (void)v;
    kw_i32(w, x->partition_index);
    if (v >= 4) {
        kw_i32(w, x->current_leader_epoch);
    }
    kw_i64(w, x->timestamp);
    if (w->strict && !(x->max_num_offsets == 1))
        kw_fail(w, -E_INVAL, "ListOffsetsPartition.MaxNumOffsets not in this version");
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_list_offsets_req_list_offsets_partition(int16_t v, const struct list_offsets_req_list_offsets_partition *x)
{
    const bool flex = v >= 6;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 4;
    if (v >= 4) {
        n += 4;
    }
    n += 8;
    if (flex) {
        n += 1;
    }
    return n;
}

void list_offsets_req_list_offsets_topic_init(struct list_offsets_req_list_offsets_topic *x)
{
    memset(x, 0, sizeof *x);
    x->name = KSTR_LIT("");
}

bool list_offsets_req_list_offsets_topic_is_default(const struct list_offsets_req_list_offsets_topic *x)
{
    return (kstr_eq(x->name, KSTR_LIT("")))
        && (x->partitions_count == 0);
}

static void decode_list_offsets_req_list_offsets_topic(struct kreader *r, struct arena *a, int16_t v, struct list_offsets_req_list_offsets_topic *x)
{
    const bool flex = v >= 6;
    (void)a;
    (void)v;
    (void)flex;
    x->name = kr_str(r, flex, false);
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_list_offsets_req_list_offsets_topic_partitions[v]);
        x->partitions_count = n_;
        x->partitions = NULL;
        if (n_ > 0) {
            x->partitions = arena_calloc(a, (size_t)n_, sizeof *x->partitions);
            if (!x->partitions) {
                kr_fail(r, "out of memory");
                x->partitions_count = 0;
            }
            for (int32_t i_ = 0; x->partitions && i_ < n_ && !(r)->err; i_++) {
                list_offsets_req_list_offsets_partition_init(&x->partitions[i_]);
                decode_list_offsets_req_list_offsets_partition(r, a, v, &x->partitions[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_list_offsets_req_list_offsets_topic(struct kwriter *w, int16_t v, const struct list_offsets_req_list_offsets_topic *x)
{
    const bool flex = v >= 6;
    (void)flex;
    (void)v;
    kw_str(w, x->name, flex, false);
    kw_array_len(w, x->partitions_count, flex, false);
    for (int32_t i_ = 0; i_ < x->partitions_count; i_++) {
        encode_list_offsets_req_list_offsets_partition(w, v, &x->partitions[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_list_offsets_req_list_offsets_topic(int16_t v, const struct list_offsets_req_list_offsets_topic *x)
{
    const bool flex = v >= 6;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_str(x->name, flex);
    n += ksize_array_len(x->partitions_count, flex);
    for (int32_t i_ = 0; i_ < x->partitions_count; i_++)
        n += size_list_offsets_req_list_offsets_partition(v, &x->partitions[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

void list_offsets_req_init(struct list_offsets_req *x)
{
    memset(x, 0, sizeof *x);
}

bool list_offsets_req_is_default(const struct list_offsets_req *x)
{
    return (x->replica_id == 0)
        && (x->isolation_level == 0)
        && (x->topics_count == 0);
}

static void decode_list_offsets_req(struct kreader *r, struct arena *a, int16_t v, struct list_offsets_req *x)
{
    const bool flex = v >= 6;
    (void)a;
    (void)v;
    (void)flex;
    x->replica_id = kr_i32(r);
    if (v >= 2) {
        x->isolation_level = kr_i8(r);
    }
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_list_offsets_req_topics[v]);
        x->topics_count = n_;
        x->topics = NULL;
        if (n_ > 0) {
            x->topics = arena_calloc(a, (size_t)n_, sizeof *x->topics);
            if (!x->topics) {
                kr_fail(r, "out of memory");
                x->topics_count = 0;
            }
            for (int32_t i_ = 0; x->topics && i_ < n_ && !(r)->err; i_++) {
                list_offsets_req_list_offsets_topic_init(&x->topics[i_]);
                decode_list_offsets_req_list_offsets_topic(r, a, v, &x->topics[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_list_offsets_req(struct kwriter *w, int16_t v, const struct list_offsets_req *x)
{
    const bool flex = v >= 6;
    (void)flex;
    (void)v;
    kw_i32(w, x->replica_id);
    if (v >= 2) {
        kw_i8(w, x->isolation_level);
    }
    if ((v <= 1) && w->strict && !(x->isolation_level == 0))
        kw_fail(w, -E_INVAL, "ListOffsetsRequest.IsolationLevel not in this version");
    kw_array_len(w, x->topics_count, flex, false);
    for (int32_t i_ = 0; i_ < x->topics_count; i_++) {
        encode_list_offsets_req_list_offsets_topic(w, v, &x->topics[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_list_offsets_req(int16_t v, const struct list_offsets_req *x)
{
    const bool flex = v >= 6;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 4;
    if (v >= 2) {
        n += 1;
    }
    n += ksize_array_len(x->topics_count, flex);
    for (int32_t i_ = 0; i_ < x->topics_count; i_++)
        n += size_list_offsets_req_list_offsets_topic(v, &x->topics[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

int list_offsets_req_decode(struct kreader *r, struct arena *a, int16_t v, struct list_offsets_req *out)
{
    list_offsets_req_init(out);
    if (v < 1 || v > 9)
        return -E_UNSUPPORTED;
    decode_list_offsets_req(r, a, v, out);
    return r->err;
}

int list_offsets_req_encode(struct kwriter *w, int16_t v, const struct list_offsets_req *in)
{
    if (v < 1 || v > 9)
        return -E_UNSUPPORTED;
    encode_list_offsets_req(w, v, in);
    return w->err;
}

size_t list_offsets_req_size(int16_t v, const struct list_offsets_req *in)
{
    return size_list_offsets_req(v, in);
}

static void decode_list_offsets_resp_list_offsets_partition_response(struct kreader *r, struct arena *a, int16_t v, struct list_offsets_resp_list_offsets_partition_response *x);
static void encode_list_offsets_resp_list_offsets_partition_response(struct kwriter *w, int16_t v, const struct list_offsets_resp_list_offsets_partition_response *x);
static size_t size_list_offsets_resp_list_offsets_partition_response(int16_t v, const struct list_offsets_resp_list_offsets_partition_response *x);
static void decode_list_offsets_resp_list_offsets_topic_response(struct kreader *r, struct arena *a, int16_t v, struct list_offsets_resp_list_offsets_topic_response *x);
static void encode_list_offsets_resp_list_offsets_topic_response(struct kwriter *w, int16_t v, const struct list_offsets_resp_list_offsets_topic_response *x);
static size_t size_list_offsets_resp_list_offsets_topic_response(int16_t v, const struct list_offsets_resp_list_offsets_topic_response *x);
static void decode_list_offsets_resp(struct kreader *r, struct arena *a, int16_t v, struct list_offsets_resp *x);
static void encode_list_offsets_resp(struct kwriter *w, int16_t v, const struct list_offsets_resp *x);
static size_t size_list_offsets_resp(int16_t v, const struct list_offsets_resp *x);

static const uint16_t minsz_list_offsets_resp_list_offsets_topic_response_partitions[10] = {10, 22, 22, 22, 26, 26, 27, 27, 27, 27};
static const uint16_t minsz_list_offsets_resp_topics[10] = {6, 6, 6, 6, 6, 6, 3, 3, 3, 3};

void list_offsets_resp_list_offsets_partition_response_init(struct list_offsets_resp_list_offsets_partition_response *x)
{
    memset(x, 0, sizeof *x);
    x->timestamp = INT64_C(-1);
    x->offset = INT64_C(-1);
    x->leader_epoch = -1;
}

bool list_offsets_resp_list_offsets_partition_response_is_default(const struct list_offsets_resp_list_offsets_partition_response *x)
{
    return (x->partition_index == 0)
        && (x->error_code == 0)
        && (x->old_style_offsets_count == 0)
        && (x->timestamp == INT64_C(-1))
        && (x->offset == INT64_C(-1))
        && (x->leader_epoch == -1);
}

static void decode_list_offsets_resp_list_offsets_partition_response(struct kreader *r, struct arena *a, int16_t v, struct list_offsets_resp_list_offsets_partition_response *x)
{
    const bool flex = v >= 6;
    (void)a;
    (void)v;
    (void)flex;
    x->partition_index = kr_i32(r);
    x->error_code = kr_i16(r);
    x->timestamp = kr_i64(r);
    x->offset = kr_i64(r);
    if (v >= 4) {
        x->leader_epoch = kr_i32(r);
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_list_offsets_resp_list_offsets_partition_response(struct kwriter *w, int16_t v, const struct list_offsets_resp_list_offsets_partition_response *x)
{
    const bool flex = v >= 6;
    (void)flex;
    (void)v;
    kw_i32(w, x->partition_index);
    kw_i16(w, x->error_code);
    if (w->strict && !(x->old_style_offsets_count == 0))
        kw_fail(w, -E_INVAL, "ListOffsetsPartitionResponse.OldStyleOffsets not in this version");
    kw_i64(w, x->timestamp);
    kw_i64(w, x->offset);
    if (v >= 4) {
        kw_i32(w, x->leader_epoch);
    }
    if ((v <= 3) && w->strict && !(x->leader_epoch == -1))
        kw_fail(w, -E_INVAL, "ListOffsetsPartitionResponse.LeaderEpoch not in this version");
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_list_offsets_resp_list_offsets_partition_response(int16_t v, const struct list_offsets_resp_list_offsets_partition_response *x)
{
    const bool flex = v >= 6;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 4;
    n += 2;
    n += 8;
    n += 8;
    if (v >= 4) {
        n += 4;
    }
    if (flex) {
        n += 1;
    }
    return n;
}

void list_offsets_resp_list_offsets_topic_response_init(struct list_offsets_resp_list_offsets_topic_response *x)
{
    memset(x, 0, sizeof *x);
    x->name = KSTR_LIT("");
}

bool list_offsets_resp_list_offsets_topic_response_is_default(const struct list_offsets_resp_list_offsets_topic_response *x)
{
    return (kstr_eq(x->name, KSTR_LIT("")))
        && (x->partitions_count == 0);
}

static void decode_list_offsets_resp_list_offsets_topic_response(struct kreader *r, struct arena *a, int16_t v, struct list_offsets_resp_list_offsets_topic_response *x)
{
    const bool flex = v >= 6;
    (void)a;
    (void)v;
    (void)flex;
    x->name = kr_str(r, flex, false);
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_list_offsets_resp_list_offsets_topic_response_partitions[v]);
        x->partitions_count = n_;
        x->partitions = NULL;
        if (n_ > 0) {
            x->partitions = arena_calloc(a, (size_t)n_, sizeof *x->partitions);
            if (!x->partitions) {
                kr_fail(r, "out of memory");
                x->partitions_count = 0;
            }
            for (int32_t i_ = 0; x->partitions && i_ < n_ && !(r)->err; i_++) {
                list_offsets_resp_list_offsets_partition_response_init(&x->partitions[i_]);
                decode_list_offsets_resp_list_offsets_partition_response(r, a, v, &x->partitions[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_list_offsets_resp_list_offsets_topic_response(struct kwriter *w, int16_t v, const struct list_offsets_resp_list_offsets_topic_response *x)
{
    const bool flex = v >= 6;
    (void)flex;
    (void)v;
    kw_str(w, x->name, flex, false);
    kw_array_len(w, x->partitions_count, flex, false);
    for (int32_t i_ = 0; i_ < x->partitions_count; i_++) {
        encode_list_offsets_resp_list_offsets_partition_response(w, v, &x->partitions[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_list_offsets_resp_list_offsets_topic_response(int16_t v, const struct list_offsets_resp_list_offsets_topic_response *x)
{
    const bool flex = v >= 6;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_str(x->name, flex);
    n += ksize_array_len(x->partitions_count, flex);
    for (int32_t i_ = 0; i_ < x->partitions_count; i_++)
        n += size_list_offsets_resp_list_offsets_partition_response(v, &x->partitions[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

void list_offsets_resp_init(struct list_offsets_resp *x)
{
    memset(x, 0, sizeof *x);
}

bool list_offsets_resp_is_default(const struct list_offsets_resp *x)
{
    return (x->throttle_time_ms == 0)
        && (x->topics_count == 0);
}

static void decode_list_offsets_resp(struct kreader *r, struct arena *a, int16_t v, struct list_offsets_resp *x)
{
    const bool flex = v >= 6;
    (void)a;
    (void)v;
    (void)flex;
    if (v >= 2) {
        x->throttle_time_ms = kr_i32(r);
    }
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_list_offsets_resp_topics[v]);
        x->topics_count = n_;
        x->topics = NULL;
        if (n_ > 0) {
            x->topics = arena_calloc(a, (size_t)n_, sizeof *x->topics);
            if (!x->topics) {
                kr_fail(r, "out of memory");
                x->topics_count = 0;
            }
            for (int32_t i_ = 0; x->topics && i_ < n_ && !(r)->err; i_++) {
                list_offsets_resp_list_offsets_topic_response_init(&x->topics[i_]);
                decode_list_offsets_resp_list_offsets_topic_response(r, a, v, &x->topics[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_list_offsets_resp(struct kwriter *w, int16_t v, const struct list_offsets_resp *x)
{
    const bool flex = v >= 6;
    (void)flex;
    (void)v;
    if (v >= 2) {
        kw_i32(w, x->throttle_time_ms);
    }
    kw_array_len(w, x->topics_count, flex, false);
    for (int32_t i_ = 0; i_ < x->topics_count; i_++) {
        encode_list_offsets_resp_list_offsets_topic_response(w, v, &x->topics[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_list_offsets_resp(int16_t v, const struct list_offsets_resp *x)
{
    const bool flex = v >= 6;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v >= 2) {
        n += 4;
    }
    n += ksize_array_len(x->topics_count, flex);
    for (int32_t i_ = 0; i_ < x->topics_count; i_++)
        n += size_list_offsets_resp_list_offsets_topic_response(v, &x->topics[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

int list_offsets_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct list_offsets_resp *out)
{
    list_offsets_resp_init(out);
    if (v < 1 || v > 9)
        return -E_UNSUPPORTED;
    decode_list_offsets_resp(r, a, v, out);
    return r->err;
}

int list_offsets_resp_encode(struct kwriter *w, int16_t v, const struct list_offsets_resp *in)
{
    if (v < 1 || v > 9)
        return -E_UNSUPPORTED;
    encode_list_offsets_resp(w, v, in);
    return w->err;
}

size_t list_offsets_resp_size(int16_t v, const struct list_offsets_resp *in)
{
    return size_list_offsets_resp(v, in);
}


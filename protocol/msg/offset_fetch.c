/* generated from OffsetFetchRequest.json, OffsetFetchResponse.json by protocol/gen/gen.py; do not edit (make regen). */
#include "protocol/msg/offset_fetch.h"

#include <string.h>

#include "protocol/status.h"

static void decode_offset_fetch_req_offset_fetch_request_topic(struct kreader *r, struct arena *a, int16_t v, struct offset_fetch_req_offset_fetch_request_topic *x);
static void encode_offset_fetch_req_offset_fetch_request_topic(struct kwriter *w, int16_t v, const struct offset_fetch_req_offset_fetch_request_topic *x);
static size_t size_offset_fetch_req_offset_fetch_request_topic(int16_t v, const struct offset_fetch_req_offset_fetch_request_topic *x);
static void decode_offset_fetch_req_offset_fetch_request_topics(struct kreader *r, struct arena *a, int16_t v, struct offset_fetch_req_offset_fetch_request_topics *x);
static void encode_offset_fetch_req_offset_fetch_request_topics(struct kwriter *w, int16_t v, const struct offset_fetch_req_offset_fetch_request_topics *x);
static size_t size_offset_fetch_req_offset_fetch_request_topics(int16_t v, const struct offset_fetch_req_offset_fetch_request_topics *x);
static void decode_offset_fetch_req_offset_fetch_request_group(struct kreader *r, struct arena *a, int16_t v, struct offset_fetch_req_offset_fetch_request_group *x);
static void encode_offset_fetch_req_offset_fetch_request_group(struct kwriter *w, int16_t v, const struct offset_fetch_req_offset_fetch_request_group *x);
static size_t size_offset_fetch_req_offset_fetch_request_group(int16_t v, const struct offset_fetch_req_offset_fetch_request_group *x);
static void decode_offset_fetch_req(struct kreader *r, struct arena *a, int16_t v, struct offset_fetch_req *x);
static void encode_offset_fetch_req(struct kwriter *w, int16_t v, const struct offset_fetch_req *x);
static size_t size_offset_fetch_req(int16_t v, const struct offset_fetch_req *x);

static const uint16_t minsz_offset_fetch_req_offset_fetch_request_topic_partition_indexes[10] = {4, 4, 4, 4, 4, 4, 4, 4, 4, 4};
static const uint16_t minsz_offset_fetch_req_offset_fetch_request_topics_partition_indexes[10] = {4, 4, 4, 4, 4, 4, 4, 4, 4, 4};
static const uint16_t minsz_offset_fetch_req_offset_fetch_request_group_topics[10] = {1, 1, 1, 1, 1, 1, 1, 1, 3, 3};
static const uint16_t minsz_offset_fetch_req_topics[10] = {6, 6, 6, 6, 6, 6, 3, 3, 1, 1};
static const uint16_t minsz_offset_fetch_req_groups[10] = {1, 1, 1, 1, 1, 1, 1, 1, 3, 8};

void offset_fetch_req_offset_fetch_request_topic_init(struct offset_fetch_req_offset_fetch_request_topic *x)
{
    memset(x, 0, sizeof *x);
    x->name = KSTR_LIT("");
}

bool offset_fetch_req_offset_fetch_request_topic_is_default(const struct offset_fetch_req_offset_fetch_request_topic *x)
{
    return (kstr_eq(x->name, KSTR_LIT("")))
        && (x->partition_indexes_count == 0);
}

static void decode_offset_fetch_req_offset_fetch_request_topic(struct kreader *r, struct arena *a, int16_t v, struct offset_fetch_req_offset_fetch_request_topic *x)
{
    const bool flex = v >= 6;
    (void)a;
    (void)v;
    (void)flex;
    if (v <= 7) {
        x->name = kr_str(r, flex, false);
    }
    if (v <= 7) {
        {
            int32_t n_ = kr_array_len(r, flex, false, minsz_offset_fetch_req_offset_fetch_request_topic_partition_indexes[v]);
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
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_offset_fetch_req_offset_fetch_request_topic(struct kwriter *w, int16_t v, const struct offset_fetch_req_offset_fetch_request_topic *x)
{
    const bool flex = v >= 6;
    (void)flex;
    (void)v;
    if (v <= 7) {
        kw_str(w, x->name, flex, false);
    }
    if ((v >= 8) && w->strict && !(kstr_eq(x->name, KSTR_LIT(""))))
        kw_fail(w, -E_INVAL, "OffsetFetchRequestTopic.Name not in this version");
    if (v <= 7) {
        kw_array_len(w, x->partition_indexes_count, flex, false);
        for (int32_t i_ = 0; i_ < x->partition_indexes_count; i_++) {
            kw_i32(w, x->partition_indexes[i_]);
        }
    }
    if ((v >= 8) && w->strict && !(x->partition_indexes_count == 0))
        kw_fail(w, -E_INVAL, "OffsetFetchRequestTopic.PartitionIndexes not in this version");
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_offset_fetch_req_offset_fetch_request_topic(int16_t v, const struct offset_fetch_req_offset_fetch_request_topic *x)
{
    const bool flex = v >= 6;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v <= 7) {
        n += ksize_str(x->name, flex);
    }
    if (v <= 7) {
        n += ksize_array_len(x->partition_indexes_count, flex);
        if (x->partition_indexes_count > 0)
            n += (size_t)x->partition_indexes_count * 4;
    }
    if (flex) {
        n += 1;
    }
    return n;
}

void offset_fetch_req_offset_fetch_request_topics_init(struct offset_fetch_req_offset_fetch_request_topics *x)
{
    memset(x, 0, sizeof *x);
    x->name = KSTR_LIT("");
}

bool offset_fetch_req_offset_fetch_request_topics_is_default(const struct offset_fetch_req_offset_fetch_request_topics *x)
{
    return (kstr_eq(x->name, KSTR_LIT("")))
        && (x->partition_indexes_count == 0);
}

static void decode_offset_fetch_req_offset_fetch_request_topics(struct kreader *r, struct arena *a, int16_t v, struct offset_fetch_req_offset_fetch_request_topics *x)
{
    const bool flex = v >= 6;
    (void)a;
    (void)v;
    (void)flex;
    if (v >= 8) {
        x->name = kr_str(r, flex, false);
    }
    if (v >= 8) {
        {
            int32_t n_ = kr_array_len(r, flex, false, minsz_offset_fetch_req_offset_fetch_request_topics_partition_indexes[v]);
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
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_offset_fetch_req_offset_fetch_request_topics(struct kwriter *w, int16_t v, const struct offset_fetch_req_offset_fetch_request_topics *x)
{
    const bool flex = v >= 6;
    (void)flex;
    (void)v;
    if (v >= 8) {
        kw_str(w, x->name, flex, false);
    }
    if ((v <= 7) && w->strict && !(kstr_eq(x->name, KSTR_LIT(""))))
        kw_fail(w, -E_INVAL, "OffsetFetchRequestTopics.Name not in this version");
    if (v >= 8) {
        kw_array_len(w, x->partition_indexes_count, flex, false);
        for (int32_t i_ = 0; i_ < x->partition_indexes_count; i_++) {
            kw_i32(w, x->partition_indexes[i_]);
        }
    }
    if ((v <= 7) && w->strict && !(x->partition_indexes_count == 0))
        kw_fail(w, -E_INVAL, "OffsetFetchRequestTopics.PartitionIndexes not in this version");
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_offset_fetch_req_offset_fetch_request_topics(int16_t v, const struct offset_fetch_req_offset_fetch_request_topics *x)
{
    const bool flex = v >= 6;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v >= 8) {
        n += ksize_str(x->name, flex);
    }
    if (v >= 8) {
        n += ksize_array_len(x->partition_indexes_count, flex);
        if (x->partition_indexes_count > 0)
            n += (size_t)x->partition_indexes_count * 4;
    }
    if (flex) {
        n += 1;
    }
    return n;
}

void offset_fetch_req_offset_fetch_request_group_init(struct offset_fetch_req_offset_fetch_request_group *x)
{
    memset(x, 0, sizeof *x);
    x->group_id = KSTR_LIT("");
    x->member_id = KSTR_NULL;
    x->member_epoch = -1;
}

bool offset_fetch_req_offset_fetch_request_group_is_default(const struct offset_fetch_req_offset_fetch_request_group *x)
{
    return (kstr_eq(x->group_id, KSTR_LIT("")))
        && (kstr_eq(x->member_id, KSTR_NULL))
        && (x->member_epoch == -1)
        && (x->topics_count == 0);
}

static void decode_offset_fetch_req_offset_fetch_request_group(struct kreader *r, struct arena *a, int16_t v, struct offset_fetch_req_offset_fetch_request_group *x)
{
    const bool flex = v >= 6;
    (void)a;
    (void)v;
    (void)flex;
    if (v >= 8) {
        x->group_id = kr_str(r, flex, false);
    }
    if (v >= 9) {
        x->member_id = kr_str(r, flex, v >= 9);
    }
    if (v >= 9) {
        x->member_epoch = kr_i32(r);
    }
    if (v >= 8) {
        {
            int32_t n_ = kr_array_len(r, flex, v >= 8, minsz_offset_fetch_req_offset_fetch_request_group_topics[v]);
            x->topics_count = n_;
            x->topics = NULL;
            if (n_ > 0) {
                x->topics = arena_calloc(a, (size_t)n_, sizeof *x->topics);
                if (!x->topics) {
                    kr_fail(r, "out of memory");
                    x->topics_count = 0;
                }
                for (int32_t i_ = 0; x->topics && i_ < n_ && !(r)->err; i_++) {
                    offset_fetch_req_offset_fetch_request_topics_init(&x->topics[i_]);
                    decode_offset_fetch_req_offset_fetch_request_topics(r, a, v, &x->topics[i_]);
                }
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_offset_fetch_req_offset_fetch_request_group(struct kwriter *w, int16_t v, const struct offset_fetch_req_offset_fetch_request_group *x)
{
    const bool flex = v >= 6;
    (void)flex;
    (void)v;
    if (v >= 8) {
        kw_str(w, x->group_id, flex, false);
    }
    if ((v <= 7) && w->strict && !(kstr_eq(x->group_id, KSTR_LIT(""))))
        kw_fail(w, -E_INVAL, "OffsetFetchRequestGroup.GroupId not in this version");
    if (v >= 9) {
        kw_str(w, x->member_id, flex, v >= 9);
    }
    if (v >= 9) {
        kw_i32(w, x->member_epoch);
    }
    if (v >= 8) {
        kw_array_len(w, x->topics_count, flex, v >= 8);
        for (int32_t i_ = 0; i_ < x->topics_count; i_++) {
            encode_offset_fetch_req_offset_fetch_request_topics(w, v, &x->topics[i_]);
        }
    }
    if ((v <= 7) && w->strict && !(x->topics_count == 0))
        kw_fail(w, -E_INVAL, "OffsetFetchRequestGroup.Topics not in this version");
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_offset_fetch_req_offset_fetch_request_group(int16_t v, const struct offset_fetch_req_offset_fetch_request_group *x)
{
    const bool flex = v >= 6;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v >= 8) {
        n += ksize_str(x->group_id, flex);
    }
    if (v >= 9) {
        n += ksize_str(x->member_id, flex);
    }
    if (v >= 9) {
        n += 4;
    }
    if (v >= 8) {
        n += ksize_array_len(x->topics_count, flex);
        for (int32_t i_ = 0; i_ < x->topics_count; i_++)
            n += size_offset_fetch_req_offset_fetch_request_topics(v, &x->topics[i_]);
    }
    if (flex) {
        n += 1;
    }
    return n;
}

void offset_fetch_req_init(struct offset_fetch_req *x)
{
    memset(x, 0, sizeof *x);
    x->group_id = KSTR_LIT("");
}

bool offset_fetch_req_is_default(const struct offset_fetch_req *x)
{
    return (kstr_eq(x->group_id, KSTR_LIT("")))
        && (x->topics_count == 0)
        && (x->groups_count == 0)
        && (x->require_stable == false);
}

static void decode_offset_fetch_req(struct kreader *r, struct arena *a, int16_t v, struct offset_fetch_req *x)
{
    const bool flex = v >= 6;
    (void)a;
    (void)v;
    (void)flex;
    if (v <= 7) {
        x->group_id = kr_str(r, flex, false);
    }
    if (v <= 7) {
        {
            int32_t n_ = kr_array_len(r, flex, v >= 2 && v <= 7, minsz_offset_fetch_req_topics[v]);
            x->topics_count = n_;
            x->topics = NULL;
            if (n_ > 0) {
                x->topics = arena_calloc(a, (size_t)n_, sizeof *x->topics);
                if (!x->topics) {
                    kr_fail(r, "out of memory");
                    x->topics_count = 0;
                }
                for (int32_t i_ = 0; x->topics && i_ < n_ && !(r)->err; i_++) {
                    offset_fetch_req_offset_fetch_request_topic_init(&x->topics[i_]);
                    decode_offset_fetch_req_offset_fetch_request_topic(r, a, v, &x->topics[i_]);
                }
            }
        }
    }
    if (v >= 8) {
        {
            int32_t n_ = kr_array_len(r, flex, false, minsz_offset_fetch_req_groups[v]);
            x->groups_count = n_;
            x->groups = NULL;
            if (n_ > 0) {
                x->groups = arena_calloc(a, (size_t)n_, sizeof *x->groups);
                if (!x->groups) {
                    kr_fail(r, "out of memory");
                    x->groups_count = 0;
                }
                for (int32_t i_ = 0; x->groups && i_ < n_ && !(r)->err; i_++) {
                    offset_fetch_req_offset_fetch_request_group_init(&x->groups[i_]);
                    decode_offset_fetch_req_offset_fetch_request_group(r, a, v, &x->groups[i_]);
                }
            }
        }
    }
    if (v >= 7) {
        x->require_stable = kr_bool(r);
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_offset_fetch_req(struct kwriter *w, int16_t v, const struct offset_fetch_req *x)
{
    const bool flex = v >= 6;
    (void)flex;
    (void)v;
    if (v <= 7) {
        kw_str(w, x->group_id, flex, false);
    }
    if ((v >= 8) && w->strict && !(kstr_eq(x->group_id, KSTR_LIT(""))))
        kw_fail(w, -E_INVAL, "OffsetFetchRequest.GroupId not in this version");
    if (v <= 7) {
        kw_array_len(w, x->topics_count, flex, v >= 2 && v <= 7);
        for (int32_t i_ = 0; i_ < x->topics_count; i_++) {
            encode_offset_fetch_req_offset_fetch_request_topic(w, v, &x->topics[i_]);
        }
    }
    if ((v >= 8) && w->strict && !(x->topics_count == 0))
        kw_fail(w, -E_INVAL, "OffsetFetchRequest.Topics not in this version");
    if (v >= 8) {
        kw_array_len(w, x->groups_count, flex, false);
        for (int32_t i_ = 0; i_ < x->groups_count; i_++) {
            encode_offset_fetch_req_offset_fetch_request_group(w, v, &x->groups[i_]);
        }
    }
    if ((v <= 7) && w->strict && !(x->groups_count == 0))
        kw_fail(w, -E_INVAL, "OffsetFetchRequest.Groups not in this version");
    if (v >= 7) {
        kw_bool(w, x->require_stable);
    }
    if ((v <= 6) && w->strict && !(x->require_stable == false))
        kw_fail(w, -E_INVAL, "OffsetFetchRequest.RequireStable not in this version");
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_offset_fetch_req(int16_t v, const struct offset_fetch_req *x)
{
    const bool flex = v >= 6;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v <= 7) {
        n += ksize_str(x->group_id, flex);
    }
    if (v <= 7) {
        n += ksize_array_len(x->topics_count, flex);
        for (int32_t i_ = 0; i_ < x->topics_count; i_++)
            n += size_offset_fetch_req_offset_fetch_request_topic(v, &x->topics[i_]);
    }
    if (v >= 8) {
        n += ksize_array_len(x->groups_count, flex);
        for (int32_t i_ = 0; i_ < x->groups_count; i_++)
            n += size_offset_fetch_req_offset_fetch_request_group(v, &x->groups[i_]);
    }
    if (v >= 7) {
        n += 1;
    }
    if (flex) {
        n += 1;
    }
    return n;
}

int offset_fetch_req_decode(struct kreader *r, struct arena *a, int16_t v, struct offset_fetch_req *out)
{
    offset_fetch_req_init(out);
    if (v < 1 || v > 9)
        return -E_UNSUPPORTED;
    decode_offset_fetch_req(r, a, v, out);
    return r->err;
}

int offset_fetch_req_encode(struct kwriter *w, int16_t v, const struct offset_fetch_req *in)
{
    if (v < 1 || v > 9)
        return -E_UNSUPPORTED;
    encode_offset_fetch_req(w, v, in);
    return w->err;
}

size_t offset_fetch_req_size(int16_t v, const struct offset_fetch_req *in)
{
    return size_offset_fetch_req(v, in);
}

static void decode_offset_fetch_resp_offset_fetch_response_partition(struct kreader *r, struct arena *a, int16_t v, struct offset_fetch_resp_offset_fetch_response_partition *x);
static void encode_offset_fetch_resp_offset_fetch_response_partition(struct kwriter *w, int16_t v, const struct offset_fetch_resp_offset_fetch_response_partition *x);
static size_t size_offset_fetch_resp_offset_fetch_response_partition(int16_t v, const struct offset_fetch_resp_offset_fetch_response_partition *x);
static void decode_offset_fetch_resp_offset_fetch_response_topic(struct kreader *r, struct arena *a, int16_t v, struct offset_fetch_resp_offset_fetch_response_topic *x);
static void encode_offset_fetch_resp_offset_fetch_response_topic(struct kwriter *w, int16_t v, const struct offset_fetch_resp_offset_fetch_response_topic *x);
static size_t size_offset_fetch_resp_offset_fetch_response_topic(int16_t v, const struct offset_fetch_resp_offset_fetch_response_topic *x);
static void decode_offset_fetch_resp_offset_fetch_response_partitions(struct kreader *r, struct arena *a, int16_t v, struct offset_fetch_resp_offset_fetch_response_partitions *x);
static void encode_offset_fetch_resp_offset_fetch_response_partitions(struct kwriter *w, int16_t v, const struct offset_fetch_resp_offset_fetch_response_partitions *x);
static size_t size_offset_fetch_resp_offset_fetch_response_partitions(int16_t v, const struct offset_fetch_resp_offset_fetch_response_partitions *x);
static void decode_offset_fetch_resp_offset_fetch_response_topics(struct kreader *r, struct arena *a, int16_t v, struct offset_fetch_resp_offset_fetch_response_topics *x);
static void encode_offset_fetch_resp_offset_fetch_response_topics(struct kwriter *w, int16_t v, const struct offset_fetch_resp_offset_fetch_response_topics *x);
static size_t size_offset_fetch_resp_offset_fetch_response_topics(int16_t v, const struct offset_fetch_resp_offset_fetch_response_topics *x);
static void decode_offset_fetch_resp_offset_fetch_response_group(struct kreader *r, struct arena *a, int16_t v, struct offset_fetch_resp_offset_fetch_response_group *x);
static void encode_offset_fetch_resp_offset_fetch_response_group(struct kwriter *w, int16_t v, const struct offset_fetch_resp_offset_fetch_response_group *x);
static size_t size_offset_fetch_resp_offset_fetch_response_group(int16_t v, const struct offset_fetch_resp_offset_fetch_response_group *x);
static void decode_offset_fetch_resp(struct kreader *r, struct arena *a, int16_t v, struct offset_fetch_resp *x);
static void encode_offset_fetch_resp(struct kwriter *w, int16_t v, const struct offset_fetch_resp *x);
static size_t size_offset_fetch_resp(int16_t v, const struct offset_fetch_resp *x);

static const uint16_t minsz_offset_fetch_resp_offset_fetch_response_topic_partitions[10] = {16, 16, 16, 16, 16, 20, 20, 20, 1, 1};
static const uint16_t minsz_offset_fetch_resp_offset_fetch_response_topics_partitions[10] = {1, 1, 1, 1, 1, 1, 1, 1, 20, 20};
static const uint16_t minsz_offset_fetch_resp_offset_fetch_response_group_topics[10] = {1, 1, 1, 1, 1, 1, 1, 1, 3, 3};
static const uint16_t minsz_offset_fetch_resp_topics[10] = {6, 6, 6, 6, 6, 6, 3, 3, 1, 1};
static const uint16_t minsz_offset_fetch_resp_groups[10] = {1, 1, 1, 1, 1, 1, 1, 1, 5, 5};

void offset_fetch_resp_offset_fetch_response_partition_init(struct offset_fetch_resp_offset_fetch_response_partition *x)
{
    memset(x, 0, sizeof *x);
    x->committed_leader_epoch = -1;
    x->metadata = KSTR_LIT("");
}

bool offset_fetch_resp_offset_fetch_response_partition_is_default(const struct offset_fetch_resp_offset_fetch_response_partition *x)
{
    return (x->partition_index == 0)
        && (x->committed_offset == 0)
        && (x->committed_leader_epoch == -1)
        && (kstr_eq(x->metadata, KSTR_LIT("")))
        && (x->error_code == 0);
}

static void decode_offset_fetch_resp_offset_fetch_response_partition(struct kreader *r, struct arena *a, int16_t v, struct offset_fetch_resp_offset_fetch_response_partition *x)
{
    const bool flex = v >= 6;
    (void)a;
    (void)v;
    (void)flex;
    if (v <= 7) {
        x->partition_index = kr_i32(r);
    }
    if (v <= 7) {
        x->committed_offset = kr_i64(r);
    }
    if (v >= 5 && v <= 7) {
        x->committed_leader_epoch = kr_i32(r);
    }
    if (v <= 7) {
        x->metadata = kr_str(r, flex, v <= 7);
    }
    if (v <= 7) {
        x->error_code = kr_i16(r);
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_offset_fetch_resp_offset_fetch_response_partition(struct kwriter *w, int16_t v, const struct offset_fetch_resp_offset_fetch_response_partition *x)
{
    const bool flex = v >= 6;
    (void)flex;
    (void)v;
    if (v <= 7) {
        kw_i32(w, x->partition_index);
    }
    if ((v >= 8) && w->strict && !(x->partition_index == 0))
        kw_fail(w, -E_INVAL, "OffsetFetchResponsePartition.PartitionIndex not in this version");
    if (v <= 7) {
        kw_i64(w, x->committed_offset);
    }
    if ((v >= 8) && w->strict && !(x->committed_offset == 0))
        kw_fail(w, -E_INVAL, "OffsetFetchResponsePartition.CommittedOffset not in this version");
    if (v >= 5 && v <= 7) {
        kw_i32(w, x->committed_leader_epoch);
    }
    if (v <= 7) {
        kw_str(w, x->metadata, flex, v <= 7);
    }
    if ((v >= 8) && w->strict && !(kstr_eq(x->metadata, KSTR_LIT(""))))
        kw_fail(w, -E_INVAL, "OffsetFetchResponsePartition.Metadata not in this version");
    if (v <= 7) {
        kw_i16(w, x->error_code);
    }
    if ((v >= 8) && w->strict && !(x->error_code == 0))
        kw_fail(w, -E_INVAL, "OffsetFetchResponsePartition.ErrorCode not in this version");
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_offset_fetch_resp_offset_fetch_response_partition(int16_t v, const struct offset_fetch_resp_offset_fetch_response_partition *x)
{
    const bool flex = v >= 6;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v <= 7) {
        n += 4;
    }
    if (v <= 7) {
        n += 8;
    }
    if (v >= 5 && v <= 7) {
        n += 4;
    }
    if (v <= 7) {
        n += ksize_str(x->metadata, flex);
    }
    if (v <= 7) {
        n += 2;
    }
    if (flex) {
        n += 1;
    }
    return n;
}

void offset_fetch_resp_offset_fetch_response_topic_init(struct offset_fetch_resp_offset_fetch_response_topic *x)
{
    memset(x, 0, sizeof *x);
    x->name = KSTR_LIT("");
}

bool offset_fetch_resp_offset_fetch_response_topic_is_default(const struct offset_fetch_resp_offset_fetch_response_topic *x)
{
    return (kstr_eq(x->name, KSTR_LIT("")))
        && (x->partitions_count == 0);
}

static void decode_offset_fetch_resp_offset_fetch_response_topic(struct kreader *r, struct arena *a, int16_t v, struct offset_fetch_resp_offset_fetch_response_topic *x)
{
    const bool flex = v >= 6;
    (void)a;
    (void)v;
    (void)flex;
    if (v <= 7) {
        x->name = kr_str(r, flex, false);
    }
    if (v <= 7) {
        {
            int32_t n_ = kr_array_len(r, flex, false, minsz_offset_fetch_resp_offset_fetch_response_topic_partitions[v]);
            x->partitions_count = n_;
            x->partitions = NULL;
            if (n_ > 0) {
                x->partitions = arena_calloc(a, (size_t)n_, sizeof *x->partitions);
                if (!x->partitions) {
                    kr_fail(r, "out of memory");
                    x->partitions_count = 0;
                }
                for (int32_t i_ = 0; x->partitions && i_ < n_ && !(r)->err; i_++) {
                    offset_fetch_resp_offset_fetch_response_partition_init(&x->partitions[i_]);
                    decode_offset_fetch_resp_offset_fetch_response_partition(r, a, v, &x->partitions[i_]);
                }
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_offset_fetch_resp_offset_fetch_response_topic(struct kwriter *w, int16_t v, const struct offset_fetch_resp_offset_fetch_response_topic *x)
{
    const bool flex = v >= 6;
    (void)flex;
    (void)v;
    if (v <= 7) {
        kw_str(w, x->name, flex, false);
    }
    if ((v >= 8) && w->strict && !(kstr_eq(x->name, KSTR_LIT(""))))
        kw_fail(w, -E_INVAL, "OffsetFetchResponseTopic.Name not in this version");
    if (v <= 7) {
        kw_array_len(w, x->partitions_count, flex, false);
        for (int32_t i_ = 0; i_ < x->partitions_count; i_++) {
            encode_offset_fetch_resp_offset_fetch_response_partition(w, v, &x->partitions[i_]);
        }
    }
    if ((v >= 8) && w->strict && !(x->partitions_count == 0))
        kw_fail(w, -E_INVAL, "OffsetFetchResponseTopic.Partitions not in this version");
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_offset_fetch_resp_offset_fetch_response_topic(int16_t v, const struct offset_fetch_resp_offset_fetch_response_topic *x)
{
    const bool flex = v >= 6;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v <= 7) {
        n += ksize_str(x->name, flex);
    }
    if (v <= 7) {
        n += ksize_array_len(x->partitions_count, flex);
        for (int32_t i_ = 0; i_ < x->partitions_count; i_++)
            n += size_offset_fetch_resp_offset_fetch_response_partition(v, &x->partitions[i_]);
    }
    if (flex) {
        n += 1;
    }
    return n;
}

void offset_fetch_resp_offset_fetch_response_partitions_init(struct offset_fetch_resp_offset_fetch_response_partitions *x)
{
    memset(x, 0, sizeof *x);
    x->committed_leader_epoch = -1;
    x->metadata = KSTR_LIT("");
}

bool offset_fetch_resp_offset_fetch_response_partitions_is_default(const struct offset_fetch_resp_offset_fetch_response_partitions *x)
{
    return (x->partition_index == 0)
        && (x->committed_offset == 0)
        && (x->committed_leader_epoch == -1)
        && (kstr_eq(x->metadata, KSTR_LIT("")))
        && (x->error_code == 0);
}

static void decode_offset_fetch_resp_offset_fetch_response_partitions(struct kreader *r, struct arena *a, int16_t v, struct offset_fetch_resp_offset_fetch_response_partitions *x)
{
    const bool flex = v >= 6;
    (void)a;
    (void)v;
    (void)flex;
    if (v >= 8) {
        x->partition_index = kr_i32(r);
    }
    if (v >= 8) {
        x->committed_offset = kr_i64(r);
    }
    if (v >= 8) {
        x->committed_leader_epoch = kr_i32(r);
    }
    if (v >= 8) {
        x->metadata = kr_str(r, flex, v >= 8);
    }
    if (v >= 8) {
        x->error_code = kr_i16(r);
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_offset_fetch_resp_offset_fetch_response_partitions(struct kwriter *w, int16_t v, const struct offset_fetch_resp_offset_fetch_response_partitions *x)
{
    const bool flex = v >= 6;
    (void)flex;
    (void)v;
    if (v >= 8) {
        kw_i32(w, x->partition_index);
    }
    if ((v <= 7) && w->strict && !(x->partition_index == 0))
        kw_fail(w, -E_INVAL, "OffsetFetchResponsePartitions.PartitionIndex not in this version");
    if (v >= 8) {
        kw_i64(w, x->committed_offset);
    }
    if ((v <= 7) && w->strict && !(x->committed_offset == 0))
        kw_fail(w, -E_INVAL, "OffsetFetchResponsePartitions.CommittedOffset not in this version");
    if (v >= 8) {
        kw_i32(w, x->committed_leader_epoch);
    }
    if (v >= 8) {
        kw_str(w, x->metadata, flex, v >= 8);
    }
    if ((v <= 7) && w->strict && !(kstr_eq(x->metadata, KSTR_LIT(""))))
        kw_fail(w, -E_INVAL, "OffsetFetchResponsePartitions.Metadata not in this version");
    if (v >= 8) {
        kw_i16(w, x->error_code);
    }
    if ((v <= 7) && w->strict && !(x->error_code == 0))
        kw_fail(w, -E_INVAL, "OffsetFetchResponsePartitions.ErrorCode not in this version");
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_offset_fetch_resp_offset_fetch_response_partitions(int16_t v, const struct offset_fetch_resp_offset_fetch_response_partitions *x)
{
    const bool flex = v >= 6;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v >= 8) {
        n += 4;
    }
    if (v >= 8) {
        n += 8;
    }
    if (v >= 8) {
        n += 4;
    }
    if (v >= 8) {
        n += ksize_str(x->metadata, flex);
    }
    if (v >= 8) {
        n += 2;
    }
    if (flex) {
        n += 1;
    }
    return n;
}

void offset_fetch_resp_offset_fetch_response_topics_init(struct offset_fetch_resp_offset_fetch_response_topics *x)
{
    memset(x, 0, sizeof *x);
    x->name = KSTR_LIT("");
}

bool offset_fetch_resp_offset_fetch_response_topics_is_default(const struct offset_fetch_resp_offset_fetch_response_topics *x)
{
    return (kstr_eq(x->name, KSTR_LIT("")))
        && (x->partitions_count == 0);
}

static void decode_offset_fetch_resp_offset_fetch_response_topics(struct kreader *r, struct arena *a, int16_t v, struct offset_fetch_resp_offset_fetch_response_topics *x)
{
    const bool flex = v >= 6;
    (void)a;
    (void)v;
    (void)flex;
    if (v >= 8) {
        x->name = kr_str(r, flex, false);
    }
    if (v >= 8) {
        {
            int32_t n_ = kr_array_len(r, flex, false, minsz_offset_fetch_resp_offset_fetch_response_topics_partitions[v]);
            x->partitions_count = n_;
            x->partitions = NULL;
            if (n_ > 0) {
                x->partitions = arena_calloc(a, (size_t)n_, sizeof *x->partitions);
                if (!x->partitions) {
                    kr_fail(r, "out of memory");
                    x->partitions_count = 0;
                }
                for (int32_t i_ = 0; x->partitions && i_ < n_ && !(r)->err; i_++) {
                    offset_fetch_resp_offset_fetch_response_partitions_init(&x->partitions[i_]);
                    decode_offset_fetch_resp_offset_fetch_response_partitions(r, a, v, &x->partitions[i_]);
                }
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_offset_fetch_resp_offset_fetch_response_topics(struct kwriter *w, int16_t v, const struct offset_fetch_resp_offset_fetch_response_topics *x)
{
    const bool flex = v >= 6;
    (void)flex;
    (void)v;
    if (v >= 8) {
        kw_str(w, x->name, flex, false);
    }
    if ((v <= 7) && w->strict && !(kstr_eq(x->name, KSTR_LIT(""))))
        kw_fail(w, -E_INVAL, "OffsetFetchResponseTopics.Name not in this version");
    if (v >= 8) {
        kw_array_len(w, x->partitions_count, flex, false);
        for (int32_t i_ = 0; i_ < x->partitions_count; i_++) {
            encode_offset_fetch_resp_offset_fetch_response_partitions(w, v, &x->partitions[i_]);
        }
    }
    if ((v <= 7) && w->strict && !(x->partitions_count == 0))
        kw_fail(w, -E_INVAL, "OffsetFetchResponseTopics.Partitions not in this version");
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_offset_fetch_resp_offset_fetch_response_topics(int16_t v, const struct offset_fetch_resp_offset_fetch_response_topics *x)
{
    const bool flex = v >= 6;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v >= 8) {
        n += ksize_str(x->name, flex);
    }
    if (v >= 8) {
        n += ksize_array_len(x->partitions_count, flex);
        for (int32_t i_ = 0; i_ < x->partitions_count; i_++)
            n += size_offset_fetch_resp_offset_fetch_response_partitions(v, &x->partitions[i_]);
    }
    if (flex) {
        n += 1;
    }
    return n;
}

void offset_fetch_resp_offset_fetch_response_group_init(struct offset_fetch_resp_offset_fetch_response_group *x)
{
    memset(x, 0, sizeof *x);
    x->group_id = KSTR_LIT("");
}

bool offset_fetch_resp_offset_fetch_response_group_is_default(const struct offset_fetch_resp_offset_fetch_response_group *x)
{
    return (kstr_eq(x->group_id, KSTR_LIT("")))
        && (x->topics_count == 0)
        && (x->error_code == 0);
}

static void decode_offset_fetch_resp_offset_fetch_response_group(struct kreader *r, struct arena *a, int16_t v, struct offset_fetch_resp_offset_fetch_response_group *x)
{
    const bool flex = v >= 6;
    (void)a;
    (void)v;
    (void)flex;
    if (v >= 8) {
        x->group_id = kr_str(r, flex, false);
    }
    if (v >= 8) {
        {
            int32_t n_ = kr_array_len(r, flex, false, minsz_offset_fetch_resp_offset_fetch_response_group_topics[v]);
            x->topics_count = n_;
            x->topics = NULL;
            if (n_ > 0) {
                x->topics = arena_calloc(a, (size_t)n_, sizeof *x->topics);
                if (!x->topics) {
                    kr_fail(r, "out of memory");
                    x->topics_count = 0;
                }
                for (int32_t i_ = 0; x->topics && i_ < n_ && !(r)->err; i_++) {
                    offset_fetch_resp_offset_fetch_response_topics_init(&x->topics[i_]);
                    decode_offset_fetch_resp_offset_fetch_response_topics(r, a, v, &x->topics[i_]);
                }
            }
        }
    }
    if (v >= 8) {
        x->error_code = kr_i16(r);
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_offset_fetch_resp_offset_fetch_response_group(struct kwriter *w, int16_t v, const struct offset_fetch_resp_offset_fetch_response_group *x)
{
    const bool flex = v >= 6;
    (void)flex;
    (void)v;
    if (v >= 8) {
        kw_str(w, x->group_id, flex, false);
    }
    if ((v <= 7) && w->strict && !(kstr_eq(x->group_id, KSTR_LIT(""))))
        kw_fail(w, -E_INVAL, "OffsetFetchResponseGroup.GroupId not in this version");
    if (v >= 8) {
        kw_array_len(w, x->topics_count, flex, false);
        for (int32_t i_ = 0; i_ < x->topics_count; i_++) {
            encode_offset_fetch_resp_offset_fetch_response_topics(w, v, &x->topics[i_]);
        }
    }
    if ((v <= 7) && w->strict && !(x->topics_count == 0))
        kw_fail(w, -E_INVAL, "OffsetFetchResponseGroup.Topics not in this version");
    if (v >= 8) {
        kw_i16(w, x->error_code);
    }
    if ((v <= 7) && w->strict && !(x->error_code == 0))
        kw_fail(w, -E_INVAL, "OffsetFetchResponseGroup.ErrorCode not in this version");
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_offset_fetch_resp_offset_fetch_response_group(int16_t v, const struct offset_fetch_resp_offset_fetch_response_group *x)
{
    const bool flex = v >= 6;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v >= 8) {
        n += ksize_str(x->group_id, flex);
    }
    if (v >= 8) {
        n += ksize_array_len(x->topics_count, flex);
        for (int32_t i_ = 0; i_ < x->topics_count; i_++)
            n += size_offset_fetch_resp_offset_fetch_response_topics(v, &x->topics[i_]);
    }
    if (v >= 8) {
        n += 2;
    }
    if (flex) {
        n += 1;
    }
    return n;
}

void offset_fetch_resp_init(struct offset_fetch_resp *x)
{
    memset(x, 0, sizeof *x);
}

bool offset_fetch_resp_is_default(const struct offset_fetch_resp *x)
{
    return (x->throttle_time_ms == 0)
        && (x->topics_count == 0)
        && (x->error_code == 0)
        && (x->groups_count == 0);
}

static void decode_offset_fetch_resp(struct kreader *r, struct arena *a, int16_t v, struct offset_fetch_resp *x)
{
    const bool flex = v >= 6;
    (void)a;
    (void)v;
    (void)flex;
    if (v >= 3) {
        x->throttle_time_ms = kr_i32(r);
    }
    if (v <= 7) {
        {
            int32_t n_ = kr_array_len(r, flex, false, minsz_offset_fetch_resp_topics[v]);
            x->topics_count = n_;
            x->topics = NULL;
            if (n_ > 0) {
                x->topics = arena_calloc(a, (size_t)n_, sizeof *x->topics);
                if (!x->topics) {
                    kr_fail(r, "out of memory");
                    x->topics_count = 0;
                }
                for (int32_t i_ = 0; x->topics && i_ < n_ && !(r)->err; i_++) {
                    offset_fetch_resp_offset_fetch_response_topic_init(&x->topics[i_]);
                    decode_offset_fetch_resp_offset_fetch_response_topic(r, a, v, &x->topics[i_]);
                }
            }
        }
    }
    if (v >= 2 && v <= 7) {
        x->error_code = kr_i16(r);
    }
    if (v >= 8) {
        {
            int32_t n_ = kr_array_len(r, flex, false, minsz_offset_fetch_resp_groups[v]);
            x->groups_count = n_;
            x->groups = NULL;
            if (n_ > 0) {
                x->groups = arena_calloc(a, (size_t)n_, sizeof *x->groups);
                if (!x->groups) {
                    kr_fail(r, "out of memory");
                    x->groups_count = 0;
                }
                for (int32_t i_ = 0; x->groups && i_ < n_ && !(r)->err; i_++) {
                    offset_fetch_resp_offset_fetch_response_group_init(&x->groups[i_]);
                    decode_offset_fetch_resp_offset_fetch_response_group(r, a, v, &x->groups[i_]);
                }
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_offset_fetch_resp(struct kwriter *w, int16_t v, const struct offset_fetch_resp *x)
{
    const bool flex = v >= 6;
    (void)flex;
    (void)v;
    if (v >= 3) {
        kw_i32(w, x->throttle_time_ms);
    }
    if (v <= 7) {
        kw_array_len(w, x->topics_count, flex, false);
        for (int32_t i_ = 0; i_ < x->topics_count; i_++) {
            encode_offset_fetch_resp_offset_fetch_response_topic(w, v, &x->topics[i_]);
        }
    }
    if ((v >= 8) && w->strict && !(x->topics_count == 0))
        kw_fail(w, -E_INVAL, "OffsetFetchResponse.Topics not in this version");
    if (v >= 2 && v <= 7) {
        kw_i16(w, x->error_code);
    }
    if (v >= 8) {
        kw_array_len(w, x->groups_count, flex, false);
        for (int32_t i_ = 0; i_ < x->groups_count; i_++) {
            encode_offset_fetch_resp_offset_fetch_response_group(w, v, &x->groups[i_]);
        }
    }
    if ((v <= 7) && w->strict && !(x->groups_count == 0))
        kw_fail(w, -E_INVAL, "OffsetFetchResponse.Groups not in this version");
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_offset_fetch_resp(int16_t v, const struct offset_fetch_resp *x)
{
    const bool flex = v >= 6;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v >= 3) {
        n += 4;
    }
    if (v <= 7) {
        n += ksize_array_len(x->topics_count, flex);
        for (int32_t i_ = 0; i_ < x->topics_count; i_++)
            n += size_offset_fetch_resp_offset_fetch_response_topic(v, &x->topics[i_]);
    }
    if (v >= 2 && v <= 7) {
        n += 2;
    }
    if (v >= 8) {
        n += ksize_array_len(x->groups_count, flex);
        for (int32_t i_ = 0; i_ < x->groups_count; i_++)
            n += size_offset_fetch_resp_offset_fetch_response_group(v, &x->groups[i_]);
    }
    if (flex) {
        n += 1;
    }
    return n;
}

int offset_fetch_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct offset_fetch_resp *out)
{
    offset_fetch_resp_init(out);
    if (v < 1 || v > 9)
        return -E_UNSUPPORTED;
    decode_offset_fetch_resp(r, a, v, out);
    return r->err;
}

int offset_fetch_resp_encode(struct kwriter *w, int16_t v, const struct offset_fetch_resp *in)
{
    if (v < 1 || v > 9)
        return -E_UNSUPPORTED;
    encode_offset_fetch_resp(w, v, in);
    return w->err;
}

size_t offset_fetch_resp_size(int16_t v, const struct offset_fetch_resp *in)
{
    return size_offset_fetch_resp(v, in);
}


/* generated from DeleteTopicsRequest.json, DeleteTopicsResponse.json by protocol/gen/gen.py; do not edit (make regen). */
#include "protocol/msg/delete_topics.h"

#include <string.h>

#include "protocol/status.h"

static void decode_delete_topics_req_delete_topic_state(struct kreader *r, struct arena *a, int16_t v, struct delete_topics_req_delete_topic_state *x);
static void encode_delete_topics_req_delete_topic_state(struct kwriter *w, int16_t v, const struct delete_topics_req_delete_topic_state *x);
static size_t size_delete_topics_req_delete_topic_state(int16_t v, const struct delete_topics_req_delete_topic_state *x);
static void decode_delete_topics_req(struct kreader *r, struct arena *a, int16_t v, struct delete_topics_req *x);
static void encode_delete_topics_req(struct kwriter *w, int16_t v, const struct delete_topics_req *x);
static size_t size_delete_topics_req(int16_t v, const struct delete_topics_req *x);

static const uint16_t minsz_delete_topics_req_topics[7] = {1, 1, 1, 1, 1, 1, 18};
static const uint16_t minsz_delete_topics_req_topic_names[7] = {2, 2, 2, 2, 1, 1, 1};

void delete_topics_req_delete_topic_state_init(struct delete_topics_req_delete_topic_state *x)
{
    memset(x, 0, sizeof *x);
    x->name = KSTR_NULL;
}

bool delete_topics_req_delete_topic_state_is_default(const struct delete_topics_req_delete_topic_state *x)
{
    return (kstr_eq(x->name, KSTR_NULL))
        && (kuuid_is_zero(&x->topic_id));
}

static void decode_delete_topics_req_delete_topic_state(struct kreader *r, struct arena *a, int16_t v, struct delete_topics_req_delete_topic_state *x)
{
    const bool flex = v >= 4;
    (void)a;
    (void)v;
    (void)flex;
    if (v >= 6) {
        x->name = kr_str(r, flex, v >= 6);
    }
    if (v >= 6) {
        kr_uuid(r, &x->topic_id);
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_delete_topics_req_delete_topic_state(struct kwriter *w, int16_t v, const struct delete_topics_req_delete_topic_state *x)
{
    const bool flex = v >= 4;
    (void)flex;
    (void)v;
    if (v >= 6) {
        kw_str(w, x->name, flex, v >= 6);
    }
    if ((v <= 5) && w->strict && !(kstr_eq(x->name, KSTR_NULL)))
        kw_fail(w, -E_INVAL, "DeleteTopicState.Name not in this version");
    if (v >= 6) {
        kw_uuid(w, &x->topic_id);
    }
    if ((v <= 5) && w->strict && !(kuuid_is_zero(&x->topic_id)))
        kw_fail(w, -E_INVAL, "DeleteTopicState.TopicId not in this version");
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_delete_topics_req_delete_topic_state(int16_t v, const struct delete_topics_req_delete_topic_state *x)
{
    const bool flex = v >= 4;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v >= 6) {
        n += ksize_str(x->name, flex);
    }
    if (v >= 6) {
        n += 16;
    }
    if (flex) {
        n += 1;
    }
    return n;
}

void delete_topics_req_init(struct delete_topics_req *x)
{
    memset(x, 0, sizeof *x);
}

bool delete_topics_req_is_default(const struct delete_topics_req *x)
{
    return (x->topics_count == 0)
        && (x->topic_names_count == 0)
        && (x->timeout_ms == 0);
}

static void decode_delete_topics_req(struct kreader *r, struct arena *a, int16_t v, struct delete_topics_req *x)
{
    const bool flex = v >= 4;
    (void)a;
    (void)v;
    (void)flex;
    if (v >= 6) {
        {
            int32_t n_ = kr_array_len(r, flex, false, minsz_delete_topics_req_topics[v]);
            x->topics_count = n_;
            x->topics = NULL;
            if (n_ > 0) {
                x->topics = arena_calloc(a, (size_t)n_, sizeof *x->topics);
                if (!x->topics) {
                    kr_fail(r, "out of memory");
                    x->topics_count = 0;
                }
                for (int32_t i_ = 0; x->topics && i_ < n_ && !(r)->err; i_++) {
                    delete_topics_req_delete_topic_state_init(&x->topics[i_]);
                    decode_delete_topics_req_delete_topic_state(r, a, v, &x->topics[i_]);
                }
            }
        }
    }
    if (v <= 5) {
        {
            int32_t n_ = kr_array_len(r, flex, false, minsz_delete_topics_req_topic_names[v]);
            x->topic_names_count = n_;
            x->topic_names = NULL;
            if (n_ > 0) {
                x->topic_names = arena_calloc(a, (size_t)n_, sizeof *x->topic_names);
                if (!x->topic_names) {
                    kr_fail(r, "out of memory");
                    x->topic_names_count = 0;
                }
                for (int32_t i_ = 0; x->topic_names && i_ < n_ && !(r)->err; i_++) {
                    x->topic_names[i_] = kr_str(r, flex, false);
                }
            }
        }
    }
    x->timeout_ms = kr_i32(r);
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_delete_topics_req(struct kwriter *w, int16_t v, const struct delete_topics_req *x)
{
    const bool flex = v >= 4;
    (void)flex;
    (void)v;
    if (v >= 6) {
        kw_array_len(w, x->topics_count, flex, false);
        for (int32_t i_ = 0; i_ < x->topics_count; i_++) {
            encode_delete_topics_req_delete_topic_state(w, v, &x->topics[i_]);
        }
    }
    if ((v <= 5) && w->strict && !(x->topics_count == 0))
        kw_fail(w, -E_INVAL, "DeleteTopicsRequest.Topics not in this version");
    if (v <= 5) {
        kw_array_len(w, x->topic_names_count, flex, false);
        for (int32_t i_ = 0; i_ < x->topic_names_count; i_++) {
            kw_str(w, x->topic_names[i_], flex, false);
        }
    }
    kw_i32(w, x->timeout_ms);
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_delete_topics_req(int16_t v, const struct delete_topics_req *x)
{
    const bool flex = v >= 4;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v >= 6) {
        n += ksize_array_len(x->topics_count, flex);
        for (int32_t i_ = 0; i_ < x->topics_count; i_++)
            n += size_delete_topics_req_delete_topic_state(v, &x->topics[i_]);
    }
    if (v <= 5) {
        n += ksize_array_len(x->topic_names_count, flex);
        for (int32_t i_ = 0; i_ < x->topic_names_count; i_++)
            n += ksize_str(x->topic_names[i_], flex);
    }
    n += 4;
    if (flex) {
        n += 1;
    }
    return n;
}

int delete_topics_req_decode(struct kreader *r, struct arena *a, int16_t v, struct delete_topics_req *out)
{
    delete_topics_req_init(out);
    if (v < 0 || v > 6)
        return -E_UNSUPPORTED;
    decode_delete_topics_req(r, a, v, out);
    return r->err;
}

int delete_topics_req_encode(struct kwriter *w, int16_t v, const struct delete_topics_req *in)
{
    if (v < 0 || v > 6)
        return -E_UNSUPPORTED;
    encode_delete_topics_req(w, v, in);
    return w->err;
}

size_t delete_topics_req_size(int16_t v, const struct delete_topics_req *in)
{
    return size_delete_topics_req(v, in);
}

static void decode_delete_topics_resp_deletable_topic_result(struct kreader *r, struct arena *a, int16_t v, struct delete_topics_resp_deletable_topic_result *x);
static void encode_delete_topics_resp_deletable_topic_result(struct kwriter *w, int16_t v, const struct delete_topics_resp_deletable_topic_result *x);
static size_t size_delete_topics_resp_deletable_topic_result(int16_t v, const struct delete_topics_resp_deletable_topic_result *x);
static void decode_delete_topics_resp(struct kreader *r, struct arena *a, int16_t v, struct delete_topics_resp *x);
static void encode_delete_topics_resp(struct kwriter *w, int16_t v, const struct delete_topics_resp *x);
static size_t size_delete_topics_resp(int16_t v, const struct delete_topics_resp *x);

static const uint16_t minsz_delete_topics_resp_responses[7] = {4, 4, 4, 4, 4, 5, 21};

void delete_topics_resp_deletable_topic_result_init(struct delete_topics_resp_deletable_topic_result *x)
{
    memset(x, 0, sizeof *x);
    x->name = KSTR_LIT("");
    x->error_message = KSTR_NULL;
}

bool delete_topics_resp_deletable_topic_result_is_default(const struct delete_topics_resp_deletable_topic_result *x)
{
    return (kstr_eq(x->name, KSTR_LIT("")))
        && (kuuid_is_zero(&x->topic_id))
        && (x->error_code == 0)
        && (kstr_eq(x->error_message, KSTR_NULL));
}

static void decode_delete_topics_resp_deletable_topic_result(struct kreader *r, struct arena *a, int16_t v, struct delete_topics_resp_deletable_topic_result *x)
{
    const bool flex = v >= 4;
    (void)a;
    (void)v;
    (void)flex;
    x->name = kr_str(r, flex, v >= 6);
    if (v >= 6) {
        kr_uuid(r, &x->topic_id);
    }
    x->error_code = kr_i16(r);
    if (v >= 5) {
        x->error_message = kr_str(r, flex, v >= 5);
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_delete_topics_resp_deletable_topic_result(struct kwriter *w, int16_t v, const struct delete_topics_resp_deletable_topic_result *x)
{
    const bool flex = v >= 4;
    (void)flex;
    (void)v;
    kw_str(w, x->name, flex, v >= 6);
    if (v >= 6) {
        kw_uuid(w, &x->topic_id);
    }
    kw_i16(w, x->error_code);
    if (v >= 5) {
        kw_str(w, x->error_message, flex, v >= 5);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_delete_topics_resp_deletable_topic_result(int16_t v, const struct delete_topics_resp_deletable_topic_result *x)
{
    const bool flex = v >= 4;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_str(x->name, flex);
    if (v >= 6) {
        n += 16;
    }
    n += 2;
    if (v >= 5) {
        n += ksize_str(x->error_message, flex);
    }
    if (flex) {
        n += 1;
    }
    return n;
}

void delete_topics_resp_init(struct delete_topics_resp *x)
{
    memset(x, 0, sizeof *x);
}

bool delete_topics_resp_is_default(const struct delete_topics_resp *x)
{
    return (x->throttle_time_ms == 0)
        && (x->responses_count == 0);
}

static void decode_delete_topics_resp(struct kreader *r, struct arena *a, int16_t v, struct delete_topics_resp *x)
{
    const bool flex = v >= 4;
    (void)a;
    (void)v;
    (void)flex;
    if (v >= 1) {
        x->throttle_time_ms = kr_i32(r);
    }
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_delete_topics_resp_responses[v]);
        x->responses_count = n_;
        x->responses = NULL;
        if (n_ > 0) {
            x->responses = arena_calloc(a, (size_t)n_, sizeof *x->responses);
            if (!x->responses) {
                kr_fail(r, "out of memory");
                x->responses_count = 0;
            }
            for (int32_t i_ = 0; x->responses && i_ < n_ && !(r)->err; i_++) {
                delete_topics_resp_deletable_topic_result_init(&x->responses[i_]);
                decode_delete_topics_resp_deletable_topic_result(r, a, v, &x->responses[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_delete_topics_resp(struct kwriter *w, int16_t v, const struct delete_topics_resp *x)
{
    const bool flex = v >= 4;
    (void)flex;
    (void)v;
    if (v >= 1) {
        kw_i32(w, x->throttle_time_ms);
    }
    kw_array_len(w, x->responses_count, flex, false);
    for (int32_t i_ = 0; i_ < x->responses_count; i_++) {
        encode_delete_topics_resp_deletable_topic_result(w, v, &x->responses[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_delete_topics_resp(int16_t v, const struct delete_topics_resp *x)
{
    const bool flex = v >= 4;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v >= 1) {
        n += 4;
    }
    n += ksize_array_len(x->responses_count, flex);
    for (int32_t i_ = 0; i_ < x->responses_count; i_++)
        n += size_delete_topics_resp_deletable_topic_result(v, &x->responses[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

int delete_topics_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct delete_topics_resp *out)
{
    delete_topics_resp_init(out);
    if (v < 0 || v > 6)
        return -E_UNSUPPORTED;
    decode_delete_topics_resp(r, a, v, out);
    return r->err;
}

int delete_topics_resp_encode(struct kwriter *w, int16_t v, const struct delete_topics_resp *in)
{
    if (v < 0 || v > 6)
        return -E_UNSUPPORTED;
    encode_delete_topics_resp(w, v, in);
    return w->err;
}

size_t delete_topics_resp_size(int16_t v, const struct delete_topics_resp *in)
{
    return size_delete_topics_resp(v, in);
}


/* generated from DeleteGroupsRequest.json, DeleteGroupsResponse.json by protocol/gen/gen.py; do not edit (make regen). */
#include "protocol/msg/delete_groups.h"

#include <string.h>

#include "protocol/status.h"

static void decode_delete_groups_req(struct kreader *r, struct arena *a, int16_t v, struct delete_groups_req *x);
static void encode_delete_groups_req(struct kwriter *w, int16_t v, const struct delete_groups_req *x);
static size_t size_delete_groups_req(int16_t v, const struct delete_groups_req *x);

static const uint16_t minsz_delete_groups_req_groups_names[3] = {2, 2, 1};

void delete_groups_req_init(struct delete_groups_req *x)
{
    memset(x, 0, sizeof *x);
}

bool delete_groups_req_is_default(const struct delete_groups_req *x)
{
    return (x->groups_names_count == 0);
}

static void decode_delete_groups_req(struct kreader *r, struct arena *a, int16_t v, struct delete_groups_req *x)
{
    const bool flex = v >= 2;
    (void)a;
    (void)v;
    (void)flex;
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_delete_groups_req_groups_names[v]);
        x->groups_names_count = n_;
        x->groups_names = NULL;
        if (n_ > 0) {
            x->groups_names = arena_calloc(a, (size_t)n_, sizeof *x->groups_names);
            if (!x->groups_names) {
                kr_fail(r, "out of memory");
                x->groups_names_count = 0;
            }
            for (int32_t i_ = 0; x->groups_names && i_ < n_ && !(r)->err; i_++) {
                x->groups_names[i_] = kr_str(r, flex, false);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_delete_groups_req(struct kwriter *w, int16_t v, const struct delete_groups_req *x)
{
    const bool flex = v >= 2;
    (void)flex;
    (void)v;
    kw_array_len(w, x->groups_names_count, flex, false);
    for (int32_t i_ = 0; i_ < x->groups_names_count; i_++) {
        kw_str(w, x->groups_names[i_], flex, false);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_delete_groups_req(int16_t v, const struct delete_groups_req *x)
{
    const bool flex = v >= 2;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_array_len(x->groups_names_count, flex);
    for (int32_t i_ = 0; i_ < x->groups_names_count; i_++)
        n += ksize_str(x->groups_names[i_], flex);
    if (flex) {
        n += 1;
    }
    return n;
}

int delete_groups_req_decode(struct kreader *r, struct arena *a, int16_t v, struct delete_groups_req *out)
{
    delete_groups_req_init(out);
    if (v < 0 || v > 2)
        return -E_UNSUPPORTED;
    decode_delete_groups_req(r, a, v, out);
    return r->err;
}

int delete_groups_req_encode(struct kwriter *w, int16_t v, const struct delete_groups_req *in)
{
    if (v < 0 || v > 2)
        return -E_UNSUPPORTED;
    encode_delete_groups_req(w, v, in);
    return w->err;
}

size_t delete_groups_req_size(int16_t v, const struct delete_groups_req *in)
{
    return size_delete_groups_req(v, in);
}

static void decode_delete_groups_resp_deletable_group_result(struct kreader *r, struct arena *a, int16_t v, struct delete_groups_resp_deletable_group_result *x);
static void encode_delete_groups_resp_deletable_group_result(struct kwriter *w, int16_t v, const struct delete_groups_resp_deletable_group_result *x);
static size_t size_delete_groups_resp_deletable_group_result(int16_t v, const struct delete_groups_resp_deletable_group_result *x);
static void decode_delete_groups_resp(struct kreader *r, struct arena *a, int16_t v, struct delete_groups_resp *x);
static void encode_delete_groups_resp(struct kwriter *w, int16_t v, const struct delete_groups_resp *x);
static size_t size_delete_groups_resp(int16_t v, const struct delete_groups_resp *x);

static const uint16_t minsz_delete_groups_resp_results[3] = {4, 4, 4};

void delete_groups_resp_deletable_group_result_init(struct delete_groups_resp_deletable_group_result *x)
{
    memset(x, 0, sizeof *x);
    x->group_id = KSTR_LIT("");
}

bool delete_groups_resp_deletable_group_result_is_default(const struct delete_groups_resp_deletable_group_result *x)
{
    return (kstr_eq(x->group_id, KSTR_LIT("")))
        && (x->error_code == 0);
}

static void decode_delete_groups_resp_deletable_group_result(struct kreader *r, struct arena *a, int16_t v, struct delete_groups_resp_deletable_group_result *x)
{
    const bool flex = v >= 2;
    (void)a;
    (void)v;
    (void)flex;
    x->group_id = kr_str(r, flex, false);
    x->error_code = kr_i16(r);
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_delete_groups_resp_deletable_group_result(struct kwriter *w, int16_t v, const struct delete_groups_resp_deletable_group_result *x)
{
    const bool flex = v >= 2;
    (void)flex;
    (void)v;
    kw_str(w, x->group_id, flex, false);
    kw_i16(w, x->error_code);
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_delete_groups_resp_deletable_group_result(int16_t v, const struct delete_groups_resp_deletable_group_result *x)
{
    const bool flex = v >= 2;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_str(x->group_id, flex);
    n += 2;
    if (flex) {
        n += 1;
    }
    return n;
}

void delete_groups_resp_init(struct delete_groups_resp *x)
{
    memset(x, 0, sizeof *x);
}

bool delete_groups_resp_is_default(const struct delete_groups_resp *x)
{
    return (x->throttle_time_ms == 0)
        && (x->results_count == 0);
}

static void decode_delete_groups_resp(struct kreader *r, struct arena *a, int16_t v, struct delete_groups_resp *x)
{
    const bool flex = v >= 2;
    (void)a;
    (void)v;
    (void)flex;
    x->throttle_time_ms = kr_i32(r);
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_delete_groups_resp_results[v]);
        x->results_count = n_;
        x->results = NULL;
        if (n_ > 0) {
            x->results = arena_calloc(a, (size_t)n_, sizeof *x->results);
            if (!x->results) {
                kr_fail(r, "out of memory");
                x->results_count = 0;
            }
            for (int32_t i_ = 0; x->results && i_ < n_ && !(r)->err; i_++) {
                delete_groups_resp_deletable_group_result_init(&x->results[i_]);
                decode_delete_groups_resp_deletable_group_result(r, a, v, &x->results[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_delete_groups_resp(struct kwriter *w, int16_t v, const struct delete_groups_resp *x)
{
    const bool flex = v >= 2;
    (void)flex;
    (void)v;
    kw_i32(w, x->throttle_time_ms);
    kw_array_len(w, x->results_count, flex, false);
    for (int32_t i_ = 0; i_ < x->results_count; i_++) {
        encode_delete_groups_resp_deletable_group_result(w, v, &x->results[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_delete_groups_resp(int16_t v, const struct delete_groups_resp *x)
{
    const bool flex = v >= 2;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 4;
    n += ksize_array_len(x->results_count, flex);
    for (int32_t i_ = 0; i_ < x->results_count; i_++)
        n += size_delete_groups_resp_deletable_group_result(v, &x->results[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

int delete_groups_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct delete_groups_resp *out)
{
    delete_groups_resp_init(out);
    if (v < 0 || v > 2)
        return -E_UNSUPPORTED;
    decode_delete_groups_resp(r, a, v, out);
    return r->err;
}

int delete_groups_resp_encode(struct kwriter *w, int16_t v, const struct delete_groups_resp *in)
{
    if (v < 0 || v > 2)
        return -E_UNSUPPORTED;
    encode_delete_groups_resp(w, v, in);
    return w->err;
}

size_t delete_groups_resp_size(int16_t v, const struct delete_groups_resp *in)
{
    return size_delete_groups_resp(v, in);
}


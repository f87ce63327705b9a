/* generated from DeleteAclsRequest.json, DeleteAclsResponse.json by protocol/gen/gen.py; do not edit (make regen). */
#include "protocol/msg/delete_acls.h"

#include <string.h>

#include "protocol/status.h"

static void decode_delete_acls_req_delete_acls_filter(struct kreader *r, struct arena *a, int16_t v, struct delete_acls_req_delete_acls_filter *x);
static void encode_delete_acls_req_delete_acls_filter(struct kwriter *w, int16_t v, const struct delete_acls_req_delete_acls_filter *x);
static size_t size_delete_acls_req_delete_acls_filter(int16_t v, const struct delete_acls_req_delete_acls_filter *x);
static void decode_delete_acls_req(struct kreader *r, struct arena *a, int16_t v, struct delete_acls_req *x);
static void encode_delete_acls_req(struct kwriter *w, int16_t v, const struct delete_acls_req *x);
static size_t size_delete_acls_req(int16_t v, const struct delete_acls_req *x);

static const uint16_t minsz_delete_acls_req_filters[4] = {9, 10, 8, 8};

void delete_acls_req_delete_acls_filter_init(struct delete_acls_req_delete_acls_filter *x)
{
    memset(x, 0, sizeof *x);
    x->resource_name_filter = KSTR_LIT("");
    x->pattern_type_filter = 3;
    x->principal_filter = KSTR_LIT("");
    x->host_filter = KSTR_LIT("");
}

bool delete_acls_req_delete_acls_filter_is_default(const struct delete_acls_req_delete_acls_filter *x)
{
    return (x->resource_type_filter == 0)
        && (kstr_eq(x->resource_name_filter, KSTR_LIT("")))
        && (x->pattern_type_filter == 3)
        && (kstr_eq(x->principal_filter, KSTR_LIT("")))
        && (kstr_eq(x->host_filter, KSTR_LIT("")))
        && (x->operation == 0)
        && (x->permission_type == 0);
}

static void decode_delete_acls_req_delete_acls_filter(struct kreader *r, struct arena *a, int16_t v, struct delete_acls_req_delete_acls_filter *x)
{
    const bool flex = v >= 2;
    (void)a;
    (void)v;
    (void)flex;
    x->resource_type_filter = kr_i8(r);
    x->resource_name_filter = kr_str(r, flex, true);
    if (v >= 1) {
        x->pattern_type_filter = kr_i8(r);
    }
    x->principal_filter = kr_str(r, flex, true);
    x->host_filter = kr_str(r, flex, true);
    x->operation = kr_i8(r);
    x->permission_type = kr_i8(r);
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_delete_acls_req_delete_acls_filter(struct kwriter *w, int16_t v, const struct delete_acls_req_delete_acls_filter *x)
{
    const bool flex = v >= 2;
    (void)flex;
    (void)v;
    kw_i8(w, x->resource_type_filter);
    kw_str(w, x->resource_name_filter, flex, true);
    if (v >= 1) {
        kw_i8(w, x->pattern_type_filter);
    }
    if ((v <= 0) && w->strict && !(x->pattern_type_filter == 3))
        kw_fail(w, -E_INVAL, "DeleteAclsFilter.PatternTypeFilter not in this version");
    kw_str(w, x->principal_filter, flex, true);
    kw_str(w, x->host_filter, flex, true);
    kw_i8(w, x->operation);
    kw_i8(w, x->permission_type);
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_delete_acls_req_delete_acls_filter(int16_t v, const struct delete_acls_req_delete_acls_filter *x)
{
    const bool flex = v >= 2;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 1;
    n += ksize_str(x->resource_name_filter, flex);
    if (v >= 1) {
        n += 1;
    }
    n += ksize_str(x->principal_filter, flex);
    n += ksize_str(x->host_filter, flex);
    n += 1;
    n += 1;
    if (flex) {
        n += 1;
    }
    return n;
}

void delete_acls_req_init(struct delete_acls_req *x)
{
    memset(x, 0, sizeof *x);
}

bool delete_acls_req_is_default(const struct delete_acls_req *x)
{
    return (x->filters_count == 0);
}

static void decode_delete_acls_req(struct kreader *r, struct arena *a, int16_t v, struct delete_acls_req *x)
{
    const bool flex = v >= 2;
    (void)a;
    (void)v;
    (void)flex;
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_delete_acls_req_filters[v]);
        x->filters_count = n_;
        x->filters = NULL;
        if (n_ > 0) {
            x->filters = arena_calloc(a, (size_t)n_, sizeof *x->filters);
            if (!x->filters) {
                kr_fail(r, "out of memory");
                x->filters_count = 0;
            }
            for (int32_t i_ = 0; x->filters && i_ < n_ && !(r)->err; i_++) {
                delete_acls_req_delete_acls_filter_init(&x->filters[i_]);
                decode_delete_acls_req_delete_acls_filter(r, a, v, &x->filters[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_delete_acls_req(struct kwriter *w, int16_t v, const struct delete_acls_req *x)
{
    const bool flex = v >= 2;
    (void)flex;
    (void)v;
    kw_array_len(w, x->filters_count, flex, false);
    for (int32_t i_ = 0; i_ < x->filters_count; i_++) {
        encode_delete_acls_req_delete_acls_filter(w, v, &x->filters[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_delete_acls_req(int16_t v, const struct delete_acls_req *x)
{
    const bool flex = v >= 2;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_array_len(x->filters_count, flex);
    for (int32_t i_ = 0; i_ < x->filters_count; i_++)
        n += size_delete_acls_req_delete_acls_filter(v, &x->filters[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

int delete_acls_req_decode(struct kreader *r, struct arena *a, int16_t v, struct delete_acls_req *out)
{
    delete_acls_req_init(out);
    if (v < 0 || v > 3)
        return -E_UNSUPPORTED;
    decode_delete_acls_req(r, a, v, out);
    return r->err;
}

int delete_acls_req_encode(struct kwriter *w, int16_t v, const struct delete_acls_req *in)
{
    if (v < 0 || v > 3)
        return -E_UNSUPPORTED;
    encode_delete_acls_req(w, v, in);
    return w->err;
}

size_t delete_acls_req_size(int16_t v, const struct delete_acls_req *in)
{
    return size_delete_acls_req(v, in);
}

static void decode_delete_acls_resp_delete_acls_matching_acl(struct kreader *r, struct arena *a, int16_t v, struct delete_acls_resp_delete_acls_matching_acl *x);
static void encode_delete_acls_resp_delete_acls_matching_acl(struct kwriter *w, int16_t v, const struct delete_acls_resp_delete_acls_matching_acl *x);
static size_t size_delete_acls_resp_delete_acls_matching_acl(int16_t v, const struct delete_acls_resp_delete_acls_matching_acl *x);
static void decode_delete_acls_resp_delete_acls_filter_result(struct kreader *r, struct arena *a, int16_t v, struct delete_acls_resp_delete_acls_filter_result *x);
static void encode_delete_acls_resp_delete_acls_filter_result(struct kwriter *w, int16_t v, const struct delete_acls_resp_delete_acls_filter_result *x);
static size_t size_delete_acls_resp_delete_acls_filter_result(int16_t v, const struct delete_acls_resp_delete_acls_filter_result *x);
static void decode_delete_acls_resp(struct kreader *r, struct arena *a, int16_t v, struct delete_acls_resp *x);
static void encode_delete_acls_resp(struct kwriter *w, int16_t v, const struct delete_acls_resp *x);
static size_t size_delete_acls_resp(int16_t v, const struct delete_acls_resp *x);

static const uint16_t minsz_delete_acls_resp_delete_acls_filter_result_matching_acls[4] = {13, 14, 11, 11};
static const uint16_t minsz_delete_acls_resp_filter_results[4] = {8, 8, 5, 5};

void delete_acls_resp_delete_acls_matching_acl_init(struct delete_acls_resp_delete_acls_matching_acl *x)
{
    memset(x, 0, sizeof *x);
    x->error_message = KSTR_LIT("");
    x->resource_name = KSTR_LIT("");
    x->pattern_type = 3;
    x->principal = KSTR_LIT("");
    x->host = KSTR_LIT("");
}

bool delete_acls_resp_delete_acls_matching_acl_is_default(const struct delete_acls_resp_delete_acls_matching_acl *x)
{
    return (x->error_code == 0)
        && (kstr_eq(x->error_message, KSTR_LIT("")))
        && (x->resource_type == 0)
        && (kstr_eq(x->resource_name, KSTR_LIT("")))
        && (x->pattern_type == 3)
        && (kstr_eq(x->principal, KSTR_LIT("")))
        && (kstr_eq(x->host, KSTR_LIT("")))
        && (x->operation == 0)
        && (x->permission_type == 0);
}

static void decode_delete_acls_resp_delete_acls_matching_acl(struct kreader *r, struct arena *a, int16_t v, struct delete_acls_resp_delete_acls_matching_acl *x)
{
    const bool flex = v >= 2;
    (void)a;
    (void)v;
    (void)flex;
    x->error_code = kr_i16(r);
    x->error_message = kr_str(r, flex, true);
    x->resource_type = kr_i8(r);
    x->resource_name = kr_str(r, flex, false);
    if (v >= 1) {
        x->pattern_type = kr_i8(r);
    }
    x->principal = kr_str(r, flex, false);
    x->host = kr_str(r, flex, false);
    x->operation = kr_i8(r);
    x->permission_type = kr_i8(r);
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_delete_acls_resp_delete_acls_matching_acl(struct kwriter *w, int16_t v, const struct delete_acls_resp_delete_acls_matching_acl *x)
{
    const bool flex = v >= 2;
    (void)flex;
    (void)v;
    kw_i16(w, x->error_code);
    kw_str(w, x->error_message, flex, true);
    kw_i8(w, x->resource_type);
    kw_str(w, x->resource_name, flex, false);
    if (v >= 1) {
        kw_i8(w, x->pattern_type);
    }
    if ((v <= 0) && w->strict && !(x->pattern_type == 3))
        kw_fail(w, -E_INVAL, "DeleteAclsMatchingAcl.PatternType not in this version");
    kw_str(w, x->principal, flex, false);
    kw_str(w, x->host, flex, false);
    kw_i8(w, x->operation);
    kw_i8(w, x->permission_type);
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_delete_acls_resp_delete_acls_matching_acl(int16_t v, const struct delete_acls_resp_delete_acls_matching_acl *x)
{
    const bool flex = v >= 2;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 2;
    n += ksize_str(x->error_message, flex);
    n += 1;
    n += ksize_str(x->resource_name, flex);
    if (v >= 1) {
        n += 1;
    }
    n += ksize_str(x->principal, flex);
    n += ksize_str(x->host, flex);
    n += 1;
    n += 1;
    if (flex) {
        n += 1;
    }
    return n;
}

void delete_acls_resp_delete_acls_filter_result_init(struct delete_acls_resp_delete_acls_filter_result *x)
{
    memset(x, 0, sizeof *x);
    x->error_message = KSTR_LIT("");
}

bool delete_acls_resp_delete_acls_filter_result_is_default(const struct delete_acls_resp_delete_acls_filter_result *x)
{
    return (x->error_code == 0)
        && (kstr_eq(x->error_message, KSTR_LIT("")))
        && (x->matching_acls_count == 0);
}

static void decode_delete_acls_resp_delete_acls_filter_result(struct kreader *r, struct arena *a, int16_t v, struct delete_acls_resp_delete_acls_filter_result *x)
{
    const bool flex = v >= 2;
    (void)a;
    (void)v;
    (void)flex;
    x->error_code = kr_i16(r);
    x->error_message = kr_str(r, flex, true);
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_delete_acls_resp_delete_acls_filter_result_matching_acls[v]);
        x->matching_acls_count = n_;
        x->matching_acls = NULL;
        if (n_ > 0) {
            x->matching_acls = arena_calloc(a, (size_t)n_, sizeof *x->matching_acls);
            if (!x->matching_acls) {
                kr_fail(r, "out of memory");
                x->matching_acls_count = 0;
            }
            for (int32_t i_ = 0; x->matching_acls && i_ < n_ && !(r)->err; i_++) {
                delete_acls_resp_delete_acls_matching_acl_init(&x->matching_acls[i_]);
                decode_delete_acls_resp_delete_acls_matching_acl(r, a, v, &x->matching_acls[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_delete_acls_resp_delete_acls_filter_result(struct kwriter *w, int16_t v, const struct delete_acls_resp_delete_acls_filter_result *x)
{
    const bool flex = v >= 2;
    (void)flex;
    (void)v;
    kw_i16(w, x->error_code);
    kw_str(w, x->error_message, flex, true);
    kw_array_len(w, x->matching_acls_count, flex, false);
    for (int32_t i_ = 0; i_ < x->matching_acls_count; i_++) {
        encode_delete_acls_resp_delete_acls_matching_acl(w, v, &x->matching_acls[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_delete_acls_resp_delete_acls_filter_result(int16_t v, const struct delete_acls_resp_delete_acls_filter_result *x)
{
    const bool flex = v >= 2;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 2;
    n += ksize_str(x->error_message, flex);
    n += ksize_array_len(x->matching_acls_count, flex);
    for (int32_t i_ = 0; i_ < x->matching_acls_count; i_++)
        n += size_delete_acls_resp_delete_acls_matching_acl(v, &x->matching_acls[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

void delete_acls_resp_init(struct delete_acls_resp *x)
{
    memset(x, 0, sizeof *x);
}

bool delete_acls_resp_is_default(const struct delete_acls_resp *x)
{
    return (x->throttle_time_ms == 0)
        && (x->filter_results_count == 0);
}

static void decode_delete_acls_resp(struct kreader *r, struct arena *a, int16_t v, struct delete_acls_resp *x)
{
    const bool flex = v >= 2;
    (void)a;
    (void)v;
    (void)flex;
    x->throttle_time_ms = kr_i32(r);
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_delete_acls_resp_filter_results[v]);
        x->filter_results_count = n_;
        x->filter_results = NULL;
        if (n_ > 0) {
            x->filter_results = arena_calloc(a, (size_t)n_, sizeof *x->filter_results);
            if (!x->filter_results) {
                kr_fail(r, "out of memory");
                x->filter_results_count = 0;
            }
            for (int32_t i_ = 0; x->filter_results && i_ < n_ && !(r)->err; i_++) {
                delete_acls_resp_delete_acls_filter_result_init(&x->filter_results[i_]);
                decode_delete_acls_resp_delete_acls_filter_result(r, a, v, &x->filter_results[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_delete_acls_resp(struct kwriter *w, int16_t v, const struct delete_acls_resp *x)
{
    const bool flex = v >= 2;
    (void)flex;
    (void)v;
    kw_i32(w, x->throttle_time_ms);
    kw_array_len(w, x->filter_results_count, flex, false);
    for (int32_t i_ = 0; i_ < x->filter_results_count; i_++) {
        encode_delete_acls_resp_delete_acls_filter_result(w, v, &x->filter_results[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_delete_acls_resp(int16_t v, const struct delete_acls_resp *x)
{
    const bool flex = v >= 2;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 4;
    n += ksize_array_len(x->filter_results_count, flex);
    for (int32_t i_ = 0; i_ < x->filter_results_count; i_++)
        n += size_delete_acls_resp_delete_acls_filter_result(v, &x->filter_results[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

int delete_acls_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct delete_acls_resp *out)
{
    delete_acls_resp_init(out);
    if (v < 0 || v > 3)
        return -E_UNSUPPORTED;
    decode_delete_acls_resp(r, a, v, out);
    return r->err;
}

int delete_acls_resp_encode(struct kwriter *w, int16_t v, const struct delete_acls_resp *in)
{
    if (v < 0 || v > 3)
        return -E_UNSUPPORTED;
    encode_delete_acls_resp(w, v, in);
    return w->err;
}

size_t delete_acls_resp_size(int16_t v, const struct delete_acls_resp *in)
{
    return size_delete_acls_resp(v, in);
}


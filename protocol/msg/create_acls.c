/* generated from CreateAclsRequest.json, CreateAclsResponse.json by protocol/gen/gen.py; do not edit (make regen). */
#include "protocol/msg/create_acls.h"

#include <string.h>

#include "protocol/status.h"

static void decode_create_acls_req_acl_creation(struct kreader *r, struct arena *a, int16_t v, struct create_acls_req_acl_creation *x);
static void encode_create_acls_req_acl_creation(struct kwriter *w, int16_t v, const struct create_acls_req_acl_creation *x);
static size_t size_create_acls_req_acl_creation(int16_t v, const struct create_acls_req_acl_creation *x);
static void decode_create_acls_req(struct kreader *r, struct arena *a, int16_t v, struct create_acls_req *x);
static void encode_create_acls_req(struct kwriter *w, int16_t v, const struct create_acls_req *x);
static size_t size_create_acls_req(int16_t v, const struct create_acls_req *x);

static const uint16_t minsz_create_acls_req_creations[4] = {9, 10, 8, 8};

void create_acls_req_acl_creation_init(struct create_acls_req_acl_creation *x)
{
    memset(x, 0, sizeof *x);
    x->resource_name = KSTR_LIT("");
    x->resource_pattern_type = 3;
    x->principal = KSTR_LIT("");
    x->host = KSTR_LIT("");
}

bool create_acls_req_acl_creation_is_default(const struct create_acls_req_acl_creation *x)
{
    return (x->resource_type == 0)
        && (kstr_eq(x->resource_name, KSTR_LIT("")))
        && (x->resource_pattern_type == 3)
        && (kstr_eq(x->principal, KSTR_LIT("")))
        && (kstr_eq(x->host, KSTR_LIT("")))
        && (x->operation == 0)
        && (x->permission_type == 0);
}

static void decode_create_acls_req_acl_creation(struct kreader *r, struct arena *a, int16_t v, struct create_acls_req_acl_creation *x)
{
    const bool flex = v >= 2;
    (void)a;
    (void)v;
    (void)flex;
    x->resource_type = kr_i8(r);
    x->resource_name = kr_str(r, flex, false);
    if (v >= 1) {
        x->resource_pattern_type = kr_i8(r);
    }
    x->principal = kr_str(r, flex, false);
    x->host = kr_str(r, flex, false);
    x->operation = kr_i8(r);
    x->permission_type = kr_i8(r);
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_create_acls_req_acl_creation(struct kwriter *w, int16_t v, const struct create_acls_req_acl_creation *x)
{
    const bool flex = v >= 2;
    (void)flex;
    (void)v;
    kw_i8(w, x->resource_type);
    kw_str(w, x->resource_name, flex, false);
    if (v >= 1) {
        kw_i8(w, x->resource_pattern_type);
    }
    if ((v <= 0) && w->strict && !(x->resource_pattern_type == 3))
        kw_fail(w, -E_INVAL, "AclCreation.ResourcePatternType not in this version");
    kw_str(w, x->principal, flex, false);
    kw_str(w, x->host, flex, false);
    kw_i8(w, x->operation);
    kw_i8(w, x->permission_type);
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_create_acls_req_acl_creation(int16_t v, const struct create_acls_req_acl_creation *x)
{
    const bool flex = v >= 2;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
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

void create_acls_req_init(struct create_acls_req *x)
{
    memset(x, 0, sizeof *x);
}

bool create_acls_req_is_default(const struct create_acls_req *x)
{
    return (x->creations_count == 0);
}

static void decode_create_acls_req(struct kreader *r, struct arena *a, int16_t v, struct create_acls_req *x)
{
    const bool flex = v >= 2;
    (void)a;
    (void)v;
    (void)flex;
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_create_acls_req_creations[v]);
        x->creations_count = n_;
        x->creations = NULL;
        if (n_ > 0) {
            x->creations = arena_calloc(a, (size_t)n_, sizeof *x->creations);
            if (!x->creations) {
                kr_fail(r, "out of memory");
                x->creations_count = 0;
            }
            for (int32_t i_ = 0; x->creations && i_ < n_ && !(r)->err; i_++) {
                create_acls_req_acl_creation_init(&x->creations[i_]);
                decode_create_acls_req_acl_creation(r, a, v, &x->creations[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_create_acls_req(struct kwriter *w, int16_t v, const struct create_acls_req *x)
{
    const bool flex = v >= 2;
    (void)flex;
    (void)v;
    kw_array_len(w, x->creations_count, flex, false);
    for (int32_t i_ = 0; i_ < x->creations_count; i_++) {
        encode_create_acls_req_acl_creation(w, v, &x->creations[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_create_acls_req(int16_t v, const struct create_acls_req *x)
{
    const bool flex = v >= 2;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_array_len(x->creations_count, flex);
    for (int32_t i_ = 0; i_ < x->creations_count; i_++)
        n += size_create_acls_req_acl_creation(v, &x->creations[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

int create_acls_req_decode(struct kreader *r, struct arena *a, int16_t v, struct create_acls_req *out)
{
    create_acls_req_init(out);
    if (v < 0 || v > 3)
        return -E_UNSUPPORTED;
    decode_create_acls_req(r, a, v, out);
    return r->err;
}

int create_acls_req_encode(struct kwriter *w, int16_t v, const struct create_acls_req *in)
{
    if (v < 0 || v > 3)
        return -E_UNSUPPORTED;
    encode_create_acls_req(w, v, in);
    return w->err;
}

size_t create_acls_req_size(int16_t v, const struct create_acls_req *in)
{
    return size_create_acls_req(v, in);
}

static void decode_create_acls_resp_acl_creation_result(struct kreader *r, struct arena *a, int16_t v, struct create_acls_resp_acl_creation_result *x);
static void encode_create_acls_resp_acl_creation_result(struct kwriter *w, int16_t v, const struct create_acls_resp_acl_creation_result *x);
static size_t size_create_acls_resp_acl_creation_result(int16_t v, const struct create_acls_resp_acl_creation_result *x);
static void decode_create_acls_resp(struct kreader *r, struct arena *a, int16_t v, struct create_acls_resp *x);
static void encode_create_acls_resp(struct kwriter *w, int16_t v, const struct create_acls_resp *x);
static size_t size_create_acls_resp(int16_t v, const struct create_acls_resp *x);

static const uint16_t minsz_create_acls_resp_results[4] = {4, 4, 4, 4};

void create_acls_resp_acl_creation_result_init(struct create_acls_resp_acl_creation_result *x)
{
    memset(x, 0, sizeof *x);
    x->error_message = KSTR_LIT("");
}

bool create_acls_resp_acl_creation_result_is_default(const struct create_acls_resp_acl_creation_result *x)
{
    return (x->error_code == 0)
        && (kstr_eq(x->error_message, KSTR_LIT("")));
}

static void decode_create_acls_resp_acl_creation_result(struct kreader *r, struct arena *a, int16_t v, struct create_acls_resp_acl_creation_result *x)
{
    const bool flex = v >= 2;
    (void)a;
    (void)v;
    (void)flex;
    x->error_code = kr_i16(r);
    x->error_message = kr_str(r, flex, true);
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_create_acls_resp_acl_creation_result(struct kwriter *w, int16_t v, const struct create_acls_resp_acl_creation_result *x)
{
    const bool flex = v >= 2;
    (void)flex;
    (void)v;
    kw_i16(w, x->error_code);
    kw_str(w, x->error_message, flex, true);
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_create_acls_resp_acl_creation_result(int16_t v, const struct create_acls_resp_acl_creation_result *x)
{
    const bool flex = v >= 2;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 2;
    n += ksize_str(x->error_message, flex);
    if (flex) {
        n += 1;
    }
    return n;
}

void create_acls_resp_init(struct create_acls_resp *x)
{
    memset(x, 0, sizeof *x);
}

bool create_acls_resp_is_default(const struct create_acls_resp *x)
{
    return (x->throttle_time_ms == 0)
        && (x->results_count == 0);
}

static void decode_create_acls_resp(struct kreader *r, struct arena *a, int16_t v, struct create_acls_resp *x)
{
    const bool flex = v >= 2;
    (void)a;
    (void)v;
    (void)flex;
    x->throttle_time_ms = kr_i32(r);
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_create_acls_resp_results[v]);
        x->results_count = n_;
        x->results = NULL;
        if (n_ > 0) {
            x->results = arena_calloc(a, (size_t)n_, sizeof *x->results);
            if (!x->results) {
                kr_fail(r, "out of memory");
                x->results_count = 0;
            }
            for (int32_t i_ = 0; x->results && i_ < n_ && !(r)->err; i_++) {
                create_acls_resp_acl_creation_result_init(&x->results[i_]);
                decode_create_acls_resp_acl_creation_result(r, a, v, &x->results[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_create_acls_resp(struct kwriter *w, int16_t v, const struct create_acls_resp *x)
{
    const bool flex = v >= 2;
    (void)flex;
    (void)v;
    kw_i32(w, x->throttle_time_ms);
    kw_array_len(w, x->results_count, flex, false);
    for (int32_t i_ = 0; i_ < x->results_count; i_++) {
        encode_create_acls_resp_acl_creation_result(w, v, &x->results[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_create_acls_resp(int16_t v, const struct create_acls_resp *x)
{
    const bool flex = v >= 2;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 4;
    n += ksize_array_len(x->results_count, flex);
    for (int32_t i_ = 0; i_ < x->results_count; i_++)
        n += size_create_acls_resp_acl_creation_result(v, &x->results[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

int create_acls_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct create_acls_resp *out)
{
    create_acls_resp_init(out);
    if (v < 0 || v > 3)
        return -E_UNSUPPORTED;
    decode_create_acls_resp(r, a, v, out);
    return r->err;
}

int create_acls_resp_encode(struct kwriter *w, int16_t v, const struct create_acls_resp *in)
{
    if (v < 0 || v > 3)
        return -E_UNSUPPORTED;
    encode_create_acls_resp(w, v, in);
    return w->err;
}

size_t create_acls_resp_size(int16_t v, const struct create_acls_resp *in)
{
    return size_create_acls_resp(v, in);
}


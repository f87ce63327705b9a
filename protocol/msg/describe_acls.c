/* generated from DescribeAclsRequest.json, DescribeAclsResponse.json by protocol/gen/gen.py; do not edit (make regen). */
#include "protocol/msg/describe_acls.h"

#include <string.h>

#include "protocol/status.h"

static void decode_describe_acls_req(struct kreader *r, struct arena *a, int16_t v, struct describe_acls_req *x);
static void encode_describe_acls_req(struct kwriter *w, int16_t v, const struct describe_acls_req *x);
static size_t size_describe_acls_req(int16_t v, const struct describe_acls_req *x);


void describe_acls_req_init(struct describe_acls_req *x)
{
    memset(x, 0, sizeof *x);
    x->resource_name_filter = KSTR_LIT("");
    x->pattern_type_filter = 3;
    x->principal_filter = KSTR_LIT("");
    x->host_filter = KSTR_LIT("");
}

bool describe_acls_req_is_default(const struct describe_acls_req *x)
{
    return (x->resource_type_filter == 0)
        && (kstr_eq(x->resource_name_filter, KSTR_LIT("")))
        && (x->pattern_type_filter == 3)
        && (kstr_eq(x->principal_filter, KSTR_LIT("")))
        && (kstr_eq(x->host_filter, KSTR_LIT("")))
        && (x->operation == 0)
        && (x->permission_type == 0);
}

static void decode_describe_acls_req(struct kreader *r, struct arena *a, int16_t v, struct describe_acls_req *x)
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

static void encode_describe_acls_req(struct kwriter *w, int16_t v, const struct describe_acls_req *x)
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
        kw_fail(w, -E_INVAL, "DescribeAclsRequest.PatternTypeFilter not in this version");
    kw_str(w, x->principal_filter, flex, true);
    kw_str(w, x->host_filter, flex, true);
    kw_i8(w, x->operation);
    kw_i8(w, x->permission_type);
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_describe_acls_req(int16_t v, const struct describe_acls_req *x)
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

int describe_acls_req_decode(struct kreader *r, struct arena *a, int16_t v, struct describe_acls_req *out)
{
    describe_acls_req_init(out);
    if (v < 0 || v > 3)
        return -E_UNSUPPORTED;
    decode_describe_acls_req(r, a, v, out);
    return r->err;
}

int describe_acls_req_encode(struct kwriter *w, int16_t v, const struct describe_acls_req *in)
{
    if (v < 0 || v > 3)
        return -E_UNSUPPORTED;
    encode_describe_acls_req(w, v, in);
    return w->err;
}

size_t describe_acls_req_size(int16_t v, const struct describe_acls_req *in)
{
    return size_describe_acls_req(v, in);
}

static void decode_describe_acls_resp_acl_description(struct kreader *r, struct arena *a, int16_t v, struct describe_acls_resp_acl_description *x);
static void encode_describe_acls_resp_acl_description(struct kwriter *w, int16_t v, const struct describe_acls_resp_acl_description *x);
static size_t size_describe_acls_resp_acl_description(int16_t v, const struct describe_acls_resp_acl_description *x);
static void decode_describe_acls_resp_describe_acls_resource(struct kreader *r, struct arena *a, int16_t v, struct describe_acls_resp_describe_acls_resource *x);
static void encode_describe_acls_resp_describe_acls_resource(struct kwriter *w, int16_t v, const struct describe_acls_resp_describe_acls_resource *x);
static size_t size_describe_acls_resp_describe_acls_resource(int16_t v, const struct describe_acls_resp_describe_acls_resource *x);
static void decode_describe_acls_resp(struct kreader *r, struct arena *a, int16_t v, struct describe_acls_resp *x);
static void encode_describe_acls_resp(struct kwriter *w, int16_t v, const struct describe_acls_resp *x);
static size_t size_describe_acls_resp(int16_t v, const struct describe_acls_resp *x);

static const uint16_t minsz_describe_acls_resp_describe_acls_resource_acls[4] = {6, 6, 5, 5};
static const uint16_t minsz_describe_acls_resp_resources[4] = {7, 8, 5, 5};

void describe_acls_resp_acl_description_init(struct describe_acls_resp_acl_description *x)
{
    memset(x, 0, sizeof *x);
    x->principal = KSTR_LIT("");
    x->host = KSTR_LIT("");
}

bool describe_acls_resp_acl_description_is_default(const struct describe_acls_resp_acl_description *x)
{
    return (kstr_eq(x->principal, KSTR_LIT("")))
        && (kstr_eq(x->host, KSTR_LIT("")))
        && (x->operation == 0)
        && (x->permission_type == 0);
}

static void decode_describe_acls_resp_acl_description(struct kreader *r, struct arena *a, int16_t v, struct describe_acls_resp_acl_description *x)
{
    const bool flex = v >= 2;
    (void)a;
    (void)v;
    (void)flex;
    x->principal = kr_str(r, flex, false);
    x->host = kr_str(r, flex, false);
    x->operation = kr_i8(r);
    x->permission_type = kr_i8(r);
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_describe_acls_resp_acl_description(struct kwriter *w, int16_t v, const struct describe_acls_resp_acl_description *x)
{
    const bool flex = v >= 2;
    (void)flex;
    (void)v;
    kw_str(w, x->principal, flex, false);
    kw_str(w, x->host, flex, false);
    kw_i8(w, x->operation);
    kw_i8(w, x->permission_type);
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_describe_acls_resp_acl_description(int16_t v, const struct describe_acls_resp_acl_description *x)
{
    const bool flex = v >= 2;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_str(x->principal, flex);
    n += ksize_str(x->host, flex);
    n += 1;
    n += 1;
    if (flex) {
        n += 1;
    }
    return n;
}

void describe_acls_resp_describe_acls_resource_init(struct describe_acls_resp_describe_acls_resource *x)
{
    memset(x, 0, sizeof *x);
    x->resource_name = KSTR_LIT("");
    x->pattern_type = 3;
}

bool describe_acls_resp_describe_acls_resource_is_default(const struct describe_acls_resp_describe_acls_resource *x)
{
    return (x->resource_type == 0)
        && (kstr_eq(x->resource_name, KSTR_LIT("")))
        && (x->pattern_type == 3)
        && (x->acls_count == 0);
}

static void decode_describe_acls_resp_describe_acls_resource(struct kreader *r, struct arena *a, int16_t v, struct describe_acls_resp_describe_acls_resource *x)
{
    const bool flex = v >= 2;
    (void)a;
    (void)v;
    (void)flex;
    x->resource_type = kr_i8(r);
    x->resource_name = kr_str(r, flex, false);
    if (v >= 1) {
        x->pattern_type = kr_i8(r);
    }
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_describe_acls_resp_describe_acls_resource_acls[v]);
        x->acls_count = n_;
        x->acls = NULL;
        if (n_ > 0) {
            x->acls = arena_calloc(a, (size_t)n_, sizeof *x->acls);
            if (!x->acls) {
                kr_fail(r, "out of memory");
                x->acls_count = 0;
            }
            for (int32_t i_ = 0; x->acls && i_ < n_ && !(r)->err; i_++) {
                describe_acls_resp_acl_description_init(&x->acls[i_]);
                decode_describe_acls_resp_acl_description(r, a, v, &x->acls[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_describe_acls_resp_describe_acls_resource(struct kwriter *w, int16_t v, const struct describe_acls_resp_describe_acls_resource *x)
{
    const bool flex = v >= 2;
    (void)flex;
    (void)v;
    kw_i8(w, x->resource_type);
    kw_str(w, x->resource_name, flex, false);
    if (v >= 1) {
        kw_i8(w, x->pattern_type);
    }
    if ((v <= 0) && w->strict && !(x->pattern_type == 3))
        kw_fail(w, -E_INVAL, "DescribeAclsResource.PatternType not in this version");
    kw_array_len(w, x->acls_count, flex, false);
    for (int32_t i_ = 0; i_ < x->acls_count; i_++) {
        encode_describe_acls_resp_acl_description(w, v, &x->acls[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_describe_acls_resp_describe_acls_resource(int16_t v, const struct describe_acls_resp_describe_acls_resource *x)
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
    n += ksize_array_len(x->acls_count, flex);
    for (int32_t i_ = 0; i_ < x->acls_count; i_++)
        n += size_describe_acls_resp_acl_description(v, &x->acls[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

void describe_acls_resp_init(struct describe_acls_resp *x)
{
    memset(x, 0, sizeof *x);
    x->error_message = KSTR_LIT("");
}

bool describe_acls_resp_is_default(const struct describe_acls_resp *x)
{
    return (x->throttle_time_ms == 0)
        && (x->error_code == 0)
        && (kstr_eq(x->error_message, KSTR_LIT("")))
        && (x->resources_count == 0);
}

static void decode_describe_acls_resp(struct kreader *r, struct arena *a, int16_t v, struct describe_acls_resp *x)
{
    const bool flex = v >= 2;
    (void)a;
    (void)v;
    (void)flex;
    x->throttle_time_ms = kr_i32(r);
    x->error_code = kr_i16(r);
    x->error_message = kr_str(r, flex, true);
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_describe_acls_resp_resources[v]);
        x->resources_count = n_;
        x->resources = NULL;
        if (n_ > 0) {
            x->resources = arena_calloc(a, (size_t)n_, sizeof *x->resources);
            if (!x->resources) {
                kr_fail(r, "out of memory");
                x->resources_count = 0;
            }
            for (int32_t i_ = 0; x->resources && i_ < n_ && !(r)->err; i_++) {
                describe_acls_resp_describe_acls_resource_init(&x->resources[i_]);
                decode_describe_acls_resp_describe_acls_resource(r, a, v, &x->resources[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_describe_acls_resp(struct kwriter *w, int16_t v, const struct describe_acls_resp *x)
{
    const bool flex = v >= 2;
    (void)flex;
    (void)v;
    kw_i32(w, x->throttle_time_ms);
    kw_i16(w, x->error_code);
    kw_str(w, x->error_message, flex, true);
    kw_array_len(w, x->resources_count, flex, false);
    for (int32_t i_ = 0; i_ < x->resources_count; i_++) {
        encode_describe_acls_resp_describe_acls_resource(w, v, &x->resources[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_describe_acls_resp(int16_t v, const struct describe_acls_resp *x)
{
    const bool flex = v >= 2;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 4;
    n += 2;
    n += ksize_str(x->error_message, flex);
    n += ksize_array_len(x->resources_count, flex);
    for (int32_t i_ = 0; i_ < x->resources_count; i_++)
        n += size_describe_acls_resp_describe_acls_resource(v, &x->resources[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

int describe_acls_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct describe_acls_resp *out)
{
    describe_acls_resp_init(out);
    if (v < 0 || v > 3)
        return -E_UNSUPPORTED;
    decode_describe_acls_resp(r, a, v, out);
    return r->err;
}

int describe_acls_resp_encode(struct kwriter *w, int16_t v, const struct describe_acls_resp *in)
{
    if (v < 0 || v > 3)
        return -E_UNSUPPORTED;
    encode_describe_acls_resp(w, v, in);
    return w->err;
}

size_t describe_acls_resp_size(int16_t v, const struct describe_acls_resp *in)
{
    return size_describe_acls_resp(v, in);
}


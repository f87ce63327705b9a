/* generated from DescribeGroupsRequest.json, DescribeGroupsResponse.json by protocol/gen/gen.py; do not edit (make regen). */
#include "protocol/msg/describe_groups.h"

#include <string.h>

#include "protocol/status.h"

static void decode_describe_groups_req(struct kreader *r, struct arena *a, int16_t v, struct describe_groups_req *x);
static void encode_describe_groups_req(struct kwriter *w, int16_t v, const struct describe_groups_req *x);
static size_t size_describe_groups_req(int16_t v, const struct describe_groups_req *x);

static const uint16_t minsz_describe_groups_req_groups[6] = {2, 2, 2, 2, 2, 1};

void describe_groups_req_init(struct describe_groups_req *x)
{
    memset(x, 0, sizeof *x);
}

bool describe_groups_req_is_default(const struct describe_groups_req *x)
{
    return (x->groups_count == 0)
        && (x->include_authorized_operations == false);
}

static void decode_describe_groups_req(struct kreader *r, struct arena *a, int16_t v, struct describe_groups_req *x)
{
    const bool flex = v >= 5;
    (void)a;
    (void)v;
    (void)flex;
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_describe_groups_req_groups[v]);
        x->groups_count = n_;
        x->groups = NULL;
        if (n_ > 0) {
            x->groups = arena_calloc(a, (size_t)n_, sizeof *x->groups);
            if (!x->groups) {
                kr_fail(r, "out of memory");
                x->groups_count = 0;
            }
            for (int32_t i_ = 0; x->groups && i_ < n_ && !(r)->err; i_++) {
                x->groups[i_] = kr_str(r, flex, false);
            }
        }
    }
    if (v >= 3) {
        x->include_authorized_operations = kr_bool(r);
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_describe_groups_req(struct kwriter *w, int16_t v, const struct describe_groups_req *x)
{
    const bool flex = v >= 5;
    (void)flex;
    (void)v;
    kw_array_len(w, x->groups_count, flex, false);
    for (int32_t i_ = 0; i_ < x->groups_count; i_++) {
        kw_str(w, x->groups[i_], flex, false);
    }
    if (v >= 3) {
        kw_bool(w, x->include_authorized_operations);
    }
    if ((v <= 2) && w->strict && !(x->include_authorized_operations == false))
        kw_fail(w, -E_INVAL, "DescribeGroupsRequest.IncludeAuthorizedOperations not in this version");
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_describe_groups_req(int16_t v, const struct describe_groups_req *x)
{
    const bool flex = v >= 5;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_array_len(x->groups_count, flex);
    for (int32_t i_ = 0; i_ < x->groups_count; i_++)
        n += ksize_str(x->groups[i_], flex);
    if (v >= 3) {
        n += 1;
    }
    if (flex) {
        n += 1;
    }
    return n;
}

int describe_groups_req_decode(struct kreader *r, struct arena *a, int16_t v, struct describe_groups_req *out)
{
    describe_groups_req_init(out);
    if (v < 0 || v > 5)
        return -E_UNSUPPORTED;
    decode_describe_groups_req(r, a, v, out);
    return r->err;
}

int describe_groups_req_encode(struct kwriter *w, int16_t v, const struct describe_groups_req *in)
{
    if (v < 0 || v > 5)
        return -E_UNSUPPORTED;
    encode_describe_groups_req(w, v, in);
    return w->err;
}

size_t describe_groups_req_size(int16_t v, const struct describe_groups_req *in)
{
    return size_describe_groups_req(v, in);
}

static void decode_describe_groups_resp_described_group_member(struct kreader *r, struct arena *a, int16_t v, struct describe_groups_resp_described_group_member *x);
static void encode_describe_groups_resp_described_group_member(struct kwriter *w, int16_t v, const struct describe_groups_resp_described_group_member *x);
static size_t size_describe_groups_resp_described_group_member(int16_t v, const struct describe_groups_resp_described_group_member *x);
static void decode_describe_groups_resp_described_group(struct kreader *r, struct arena *a, int16_t v, struct describe_groups_resp_described_group *x);
static void encode_describe_groups_resp_described_group(struct kwriter *w, int16_t v, const struct describe_groups_resp_described_group *x);
static size_t size_describe_groups_resp_described_group(int16_t v, const struct describe_groups_resp_described_group *x);
static void decode_describe_groups_resp(struct kreader *r, struct arena *a, int16_t v, struct describe_groups_resp *x);
static void encode_describe_groups_resp(struct kwriter *w, int16_t v, const struct describe_groups_resp *x);
static size_t size_describe_groups_resp(int16_t v, const struct describe_groups_resp *x);

static const uint16_t minsz_describe_groups_resp_described_group_members[6] = {14, 14, 14, 14, 16, 7};
static const uint16_t minsz_describe_groups_resp_groups[6] = {14, 14, 14, 18, 18, 12};

void describe_groups_resp_described_group_member_init(struct describe_groups_resp_described_group_member *x)
{
    memset(x, 0, sizeof *x);
    x->member_id = KSTR_LIT("");
    x->group_instance_id = KSTR_NULL;
    x->client_id = KSTR_LIT("");
    x->client_host = KSTR_LIT("");
}

bool describe_groups_resp_described_group_member_is_default(const struct describe_groups_resp_described_group_member *x)
{
    return (kstr_eq(x->member_id, KSTR_LIT("")))
        && (kstr_eq(x->group_instance_id, KSTR_NULL))
        && (kstr_eq(x->client_id, KSTR_LIT("")))
        && (kstr_eq(x->client_host, KSTR_LIT("")))
        && (x->member_metadata.len == 0)
        && (x->member_assignment.len == 0);
}

static void decode_describe_groups_resp_described_group_member(struct kreader *r, struct arena *a, int16_t v, struct describe_groups_resp_described_group_member *x)
{
    const bool flex = v >= 5;
    (void)a;
    (void)v;
    (void)flex;
    x->member_id = kr_str(r, flex, false);
    if (v >= 4) {
        x->group_instance_id = kr_str(r, flex, v >= 4);
    }
    x->client_id = kr_str(r, flex, false);
    x->client_host = kr_str(r, flex, false);
    x->member_metadata = kr_bytes(r, flex, false);
    x->member_assignment = kr_bytes(r, flex, false);
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_describe_groups_resp_described_group_member(struct kwriter *w, int16_t v, const struct describe_groups_resp_described_group_member *x)
{
    const bool flex = v >= 5;
    (void)flex;
    (void)v;
    kw_str(w, x->member_id, flex, false);
    if (v >= 4) {
        kw_str(w, x->group_instance_id, flex, v >= 4);
    }
    kw_str(w, x->client_id, flex, false);
    kw_str(w, x->client_host, flex, false);
    kw_bytes(w, x->member_metadata, flex, false);
    kw_bytes(w, x->member_assignment, flex, false);
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_describe_groups_resp_described_group_member(int16_t v, const struct describe_groups_resp_described_group_member *x)
{
    const bool flex = v >= 5;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_str(x->member_id, flex);
    if (v >= 4) {
        n += ksize_str(x->group_instance_id, flex);
    }
    n += ksize_str(x->client_id, flex);
    n += ksize_str(x->client_host, flex);
    n += ksize_bytes(x->member_metadata, flex);
    n += ksize_bytes(x->member_assignment, flex);
    if (flex) {
        n += 1;
    }
    return n;
}

void describe_groups_resp_described_group_init(struct describe_groups_resp_described_group *x)
{
    memset(x, 0, sizeof *x);
    x->group_id = KSTR_LIT("");
    x->group_state = KSTR_LIT("");
    x->protocol_type = KSTR_LIT("");
    x->protocol_data = KSTR_LIT("");
    x->authorized_operations = INT32_MIN;
}

bool describe_groups_resp_described_group_is_default(const struct describe_groups_resp_described_group *x)
{
    return (x->error_code == 0)
        && (kstr_eq(x->group_id, KSTR_LIT("")))
        && (kstr_eq(x->group_state, KSTR_LIT("")))
        && (kstr_eq(x->protocol_type, KSTR_LIT("")))
        && (kstr_eq(x->protocol_data, KSTR_LIT("")))
        && (x->members_count == 0)
        && (x->authorized_operations == INT32_MIN);
}

static void decode_describe_groups_resp_described_group(struct kreader *r, struct arena *a, int16_t v, struct describe_groups_resp_described_group *x)
{
    const bool flex = v >= 5;
    (void)a;
    (void)v;
    (void)flex;
    x->error_code = kr_i16(r);
    x->group_id = kr_str(r, flex, false);
    x->group_state = kr_str(r, flex, false);
    x->protocol_type = kr_str(r, flex, false);
    x->protocol_data = kr_str(r, flex, false);
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_describe_groups_resp_described_group_members[v]);
        x->members_count = n_;
        x->members = NULL;
        if (n_ > 0) {
            x->members = arena_calloc(a, (size_t)n_, sizeof *x->members);
            if (!x->members) {
                kr_fail(r, "out of memory");
                x->members_count = 0;
            }
            for (int32_t i_ = 0; x->members && i_ < n_ && !(r)->err; i_++) {
                describe_groups_resp_described_group_member_init(&x->members[i_]);
                decode_describe_groups_resp_described_group_member(r, a, v, &x->members[i_]);
            }
        }
    }
    if (v >= 3) {
        x->authorized_operations = kr_i32(r);
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_describe_groups_resp_described_group(struct kwriter *w, int16_t v, const struct describe_groups_resp_described_group *x)
{
    const bool flex = v >= 5;
    (void)flex;
    (void)v;
    kw_i16(w, x->error_code);
    kw_str(w, x->group_id, flex, false);
    kw_str(w, x->group_state, flex, false);
    kw_str(w, x->protocol_type, flex, false);
    kw_str(w, x->protocol_data, flex, false);
    kw_array_len(w, x->members_count, flex, false);
    for (int32_t i_ = 0; i_ < x->members_count; i_++) {
        encode_describe_groups_resp_described_group_member(w, v, &x->members[i_]);
    }
    if (v >= 3) {
        kw_i32(w, x->authorized_operations);
    }
    if ((v <= 2) && w->strict && !(x->authorized_operations == INT32_MIN))
        kw_fail(w, -E_INVAL, "DescribedGroup.AuthorizedOperations not in this version");
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_describe_groups_resp_described_group(int16_t v, const struct describe_groups_resp_described_group *x)
{
    const bool flex = v >= 5;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += 2;
    n += ksize_str(x->group_id, flex);
    n += ksize_str(x->group_state, flex);
    n += ksize_str(x->protocol_type, flex);
    n += ksize_str(x->protocol_data, flex);
    n += ksize_array_len(x->members_count, flex);
    for (int32_t i_ = 0; i_ < x->members_count; i_++)
        n += size_describe_groups_resp_described_group_member(v, &x->members[i_]);
    if (v >= 3) {
        n += 4;
    }
    if (flex) {
        n += 1;
    }
    return n;
}

void describe_groups_resp_init(struct describe_groups_resp *x)
{
    memset(x, 0, sizeof *x);
}

bool describe_groups_resp_is_default(const struct describe_groups_resp *x)
{
    return (x->throttle_time_ms == 0)
        && (x->groups_count == 0);
}

static void decode_describe_groups_resp(struct kreader *r, struct arena *a, int16_t v, struct describe_groups_resp *x)
{
    const bool flex = v >= 5;
    (void)a;
    (void)v;
    (void)flex;
    if (v >= 1) {
        x->throttle_time_ms = kr_i32(r);
    }
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_describe_groups_resp_groups[v]);
        x->groups_count = n_;
        x->groups = NULL;
        if (n_ > 0) {
            x->groups = arena_calloc(a, (size_t)n_, sizeof *x->groups);
            if (!x->groups) {
                kr_fail(r, "out of memory");
                x->groups_count = 0;
            }
            for (int32_t i_ = 0; x->groups && i_ < n_ && !(r)->err; i_++) {
                describe_groups_resp_described_group_init(&x->groups[i_]);
                decode_describe_groups_resp_described_group(r, a, v, &x->groups[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_describe_groups_resp(struct kwriter *w, int16_t v, const struct describe_groups_resp *x)
{
    const bool flex = v >= 5;
    (void)flex;
    (void)v;
    if (v >= 1) {
        kw_i32(w, x->throttle_time_ms);
    }
    kw_array_len(w, x->groups_count, flex, false);
    for (int32_t i_ = 0; i_ < x->groups_count; i_++) {
        encode_describe_groups_resp_described_group(w, v, &x->groups[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_describe_groups_resp(int16_t v, const struct describe_groups_resp *x)
{
    const bool flex = v >= 5;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v >= 1) {
        n += 4;
    }
    n += ksize_array_len(x->groups_count, flex);
    for (int32_t i_ = 0; i_ < x->groups_count; i_++)
        n += size_describe_groups_resp_described_group(v, &x->groups[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

int describe_groups_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct describe_groups_resp *out)
{
    describe_groups_resp_init(out);
    if (v < 0 || v > 5)
        return -E_UNSUPPORTED;
    decode_describe_groups_resp(r, a, v, out);
    return r->err;
}

int describe_groups_resp_encode(struct kwriter *w, int16_t v, const struct describe_groups_resp *in)
{
    if (v < 0 || v > 5)
        return -E_UNSUPPORTED;
    encode_describe_groups_resp(w, v, in);
    return w->err;
}

size_t describe_groups_resp_size(int16_t v, const struct describe_groups_resp *in)
{
    return size_describe_groups_resp(v, in);
}


/* generated from JoinGroupRequest.json, JoinGroupResponse.json by protocol/gen/gen.py; do not edit (make regen). */
#include "protocol/msg/join_group.h"

#include <string.h>

#include "protocol/status.h"

static void decode_join_group_req_join_group_request_protocol(struct kreader *r, struct arena *a, int16_t v, struct join_group_req_join_group_request_protocol *x);
static void encode_join_group_req_join_group_request_protocol(struct kwriter *w, int16_t v, const struct join_group_req_join_group_request_protocol *x);
static size_t size_join_group_req_join_group_request_protocol(int16_t v, const struct join_group_req_join_group_request_protocol *x);
static void decode_join_group_req(struct kreader *r, struct arena *a, int16_t v, struct join_group_req *x);
static void encode_join_group_req(struct kwriter *w, int16_t v, const struct join_group_req *x);
static size_t size_join_group_req(int16_t v, const struct join_group_req *x);

static const uint16_t minsz_join_group_req_protocols[10] = {6, 6, 6, 6, 6, 6, 3, 3, 3, 3};

void join_group_req_join_group_request_protocol_init(struct join_group_req_join_group_request_protocol *x)
{
    memset(x, 0, sizeof *x);
    x->name = KSTR_LIT("");
}

bool join_group_req_join_group_request_protocol_is_default(const struct join_group_req_join_group_request_protocol *x)
{
    return (kstr_eq(x->name, KSTR_LIT("")))
        && (x->metadata.len == 0);
}

static void decode_join_group_req_join_group_request_protocol(struct kreader *r, struct arena *a, int16_t v, struct join_group_req_join_group_request_protocol *x)
{
    const bool flex = v >= 6;
    (void)a;
    (void)v;
    (void)flex;
    x->name = kr_str(r, flex, false);
    x->metadata = kr_bytes(r, flex, false);
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_join_group_req_join_group_request_protocol(struct kwriter *w, int16_t v, const struct join_group_req_join_group_request_protocol *x)
{
    const bool flex = v >= 6;
    (void)flex;
    (void)v;
    kw_str(w, x->name, flex, false);
    kw_bytes(w, x->metadata, flex, false);
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_join_group_req_join_group_request_protocol(int16_t v, const struct join_group_req_join_group_request_protocol *x)
{
    const bool flex = v >= 6;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_str(x->name, flex);
    n += ksize_bytes(x->metadata, flex);
    if (flex) {
        n += 1;
    }
    return n;
}

void join_group_req_init(struct join_group_req *x)
{
    memset(x, 0, sizeof *x);
    x->group_id = KSTR_LIT("");
    x->rebalance_timeout_ms = -1;
    x->member_id = KSTR_LIT("");
    x->group_instance_id = KSTR_NULL;
    x->protocol_type = KSTR_LIT("");
    x->reason = KSTR_NULL;
}

bool join_group_req_is_default(const struct join_group_req *x)
{
    return (kstr_eq(x->group_id, KSTR_LIT("")))
        && (x->session_timeout_ms == 0)
        && (x->rebalance_timeout_ms == -1)
        && (kstr_eq(x->member_id, KSTR_LIT("")))
        && (kstr_eq(x->group_instance_id, KSTR_NULL))
        && (kstr_eq(x->protocol_type, KSTR_LIT("")))
        && (x->protocols_count == 0)
        && (kstr_eq(x->reason, KSTR_NULL));
}

static void decode_join_group_req(struct kreader *r, struct arena *a, int16_t v, struct join_group_req *x)
{
    const bool flex = v >= 6;
    (void)a;
    (void)v;
    (void)flex;
    x->group_id = kr_str(r, flex, false);
    x->session_timeout_ms = kr_i32(r);
    if (v >= 1) {
        x->rebalance_timeout_ms = kr_i32(r);
    }
    x->member_id = kr_str(r, flex, false);
    if (v >= 5) {
        x->group_instance_id = kr_str(r, flex, v >= 5);
    }
    x->protocol_type = kr_str(r, flex, false);
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_join_group_req_protocols[v]);
        x->protocols_count = n_;
        x->protocols = NULL;
        if (n_ > 0) {
            x->protocols = arena_calloc(a, (size_t)n_, sizeof *x->protocols);
            if (!x->protocols) {
                kr_fail(r, "out of memory");
                x->protocols_count = 0;
            }
            for (int32_t i_ = 0; x->protocols && i_ < n_ && !(r)->err; i_++) {
                join_group_req_join_group_request_protocol_init(&x->protocols[i_]);
                decode_join_group_req_join_group_request_protocol(r, a, v, &x->protocols[i_]);
            }
        }
    }
    if (v >= 8) {
        x->reason = kr_str(r, flex, v >= 8);
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_join_group_req(struct kwriter *w, int16_t v, const struct join_group_req *x)
{
    const bool flex = v >= 6;
    (void)flex;
    (void)v;
    kw_str(w, x->group_id, flex, false);
    kw_i32(w, x->session_timeout_ms);
    if (v >= 1) {
        kw_i32(w, x->rebalance_timeout_ms);
    }
    kw_str(w, x->member_id, flex, false);
    if (v >= 5) {
        kw_str(w, x->group_instance_id, flex, v >= 5);
    }
    if ((v <= 4) && w->strict && !(kstr_eq(x->group_instance_id, KSTR_NULL)))
        kw_fail(w, -E_INVAL, "JoinGroupRequest.GroupInstanceId not in this version");
    kw_str(w, x->protocol_type, flex, false);
    kw_array_len(w, x->protocols_count, flex, false);
    for (int32_t i_ = 0; i_ < x->protocols_count; i_++) {
        encode_join_group_req_join_group_request_protocol(w, v, &x->protocols[i_]);
    }
    if (v >= 8) {
        kw_str(w, x->reason, flex, v >= 8);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_join_group_req(int16_t v, const struct join_group_req *x)
{
    const bool flex = v >= 6;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_str(x->group_id, flex);
    n += 4;
    if (v >= 1) {
        n += 4;
    }
    n += ksize_str(x->member_id, flex);
    if (v >= 5) {
        n += ksize_str(x->group_instance_id, flex);
    }
    n += ksize_str(x->protocol_type, flex);
    n += ksize_array_len(x->protocols_count, flex);
    for (int32_t i_ = 0; i_ < x->protocols_count; i_++)
        n += size_join_group_req_join_group_request_protocol(v, &x->protocols[i_]);
    if (v >= 8) {
        n += ksize_str(x->reason, flex);
    }
    if (flex) {
        n += 1;
    }
    return n;
}

int join_group_req_decode(struct kreader *r, struct arena *a, int16_t v, struct join_group_req *out)
{
    join_group_req_init(out);
    if (v < 0 || v > 9)
        return -E_UNSUPPORTED;
    decode_join_group_req(r, a, v, out);
    return r->err;
}

int join_group_req_encode(struct kwriter *w, int16_t v, const struct join_group_req *in)
{
    if (v < 0 || v > 9)
        return -E_UNSUPPORTED;
    encode_join_group_req(w, v, in);
    return w->err;
}

size_t join_group_req_size(int16_t v, const struct join_group_req *in)
{
    return size_join_group_req(v, in);
}

static void decode_join_group_resp_join_group_response_member(struct kreader *r, struct arena *a, int16_t v, struct join_group_resp_join_group_response_member *x);
static void encode_join_group_resp_join_group_response_member(struct kwriter *w, int16_t v, const struct join_group_resp_join_group_response_member *x);
static size_t size_join_group_resp_join_group_response_member(int16_t v, const struct join_group_resp_join_group_response_member *x);
static void decode_join_group_resp(struct kreader *r, struct arena *a, int16_t v, struct join_group_resp *x);
static void encode_join_group_resp(struct kwriter *w, int16_t v, const struct join_group_resp *x);
static size_t size_join_group_resp(int16_t v, const struct join_group_resp *x);

static const uint16_t minsz_join_group_resp_members[10] = {6, 6, 6, 6, 6, 8, 4, 4, 4, 4};

void join_group_resp_join_group_response_member_init(struct join_group_resp_join_group_response_member *x)
{
    memset(x, 0, sizeof *x);
    x->member_id = KSTR_LIT("");
    x->group_instance_id = KSTR_NULL;
}

bool join_group_resp_join_group_response_member_is_default(const struct join_group_resp_join_group_response_member *x)
{
    return (kstr_eq(x->member_id, KSTR_LIT("")))
        && (kstr_eq(x->group_instance_id, KSTR_NULL))
        && (x->metadata.len == 0);
}

static void decode_join_group_resp_join_group_response_member(struct kreader *r, struct arena *a, int16_t v, struct join_group_resp_join_group_response_member *x)
{
    const bool flex = v >= 6;
    (void)a;
    (void)v;
    (void)flex;
    x->member_id = kr_str(r, flex, false);
    if (v >= 5) {
        x->group_instance_id = kr_str(r, flex, v >= 5);
    }
    x->metadata = kr_bytes(r, flex, false);
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_join_group_resp_join_group_response_member(struct kwriter *w, int16_t v, const struct join_group_resp_join_group_response_member *x)
{
    const bool flex = v >= 6;
    (void)flex;
    (void)v;
    kw_str(w, x->member_id, flex, false);
    if (v >= 5) {
        kw_str(w, x->group_instance_id, flex, v >= 5);
    }
    kw_bytes(w, x->metadata, flex, false);
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_join_group_resp_join_group_response_member(int16_t v, const struct join_group_resp_join_group_response_member *x)
{
    const bool flex = v >= 6;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_str(x->member_id, flex);
    if (v >= 5) {
        n += ksize_str(x->group_instance_id, flex);
    }
    n += ksize_bytes(x->metadata, flex);
    if (flex) {
        n += 1;
    }
    return n;
}

void join_group_resp_init(struct join_group_resp *x)
{
    memset(x, 0, sizeof *x);
    x->generation_id = -1;
    x->protocol_type = KSTR_NULL;
    x->protocol_name = KSTR_LIT("");
    x->leader = KSTR_LIT("");
    x->member_id = KSTR_LIT("");
}

bool join_group_resp_is_default(const struct join_group_resp *x)
{
    return (x->throttle_time_ms == 0)
        && (x->error_code == 0)
        && (x->generation_id == -1)
        && (kstr_eq(x->protocol_type, KSTR_NULL))
        && (kstr_eq(x->protocol_name, KSTR_LIT("")))
        && (kstr_eq(x->leader, KSTR_LIT("")))
        && (x->skip_assignment == false)
        && (kstr_eq(x->member_id, KSTR_LIT("")))
        && (x->members_count == 0);
}

static void decode_join_group_resp(struct kreader *r, struct arena *a, int16_t v, struct join_group_resp *x)
{
    const bool flex = v >= 6;
    (void)a;
    (void)v;
    (void)flex;
    if (v >= 2) {
        x->throttle_time_ms = kr_i32(r);
    }
    x->error_code = kr_i16(r);
    x->generation_id = kr_i32(r);
    if (v >= 7) {
        x->protocol_type = kr_str(r, flex, v >= 7);
    }
    x->protocol_name = kr_str(r, flex, v >= 7);
    x->leader = kr_str(r, flex, false);
    if (v >= 9) {
        x->skip_assignment = kr_bool(r);
    }
    x->member_id = kr_str(r, flex, false);
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_join_group_resp_members[v]);
        x->members_count = n_;
        x->members = NULL;
        if (n_ > 0) {
            x->members = arena_calloc(a, (size_t)n_, sizeof *x->members);
            if (!x->members) {
                kr_fail(r, "out of memory");
                x->members_count = 0;
            }
            for (int32_t i_ = 0; x->members && i_ < n_ && !(r)->err; i_++) {
                join_group_resp_join_group_response_member_init(&x->members[i_]);
                decode_join_group_resp_join_group_response_member(r, a, v, &x->members[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_join_group_resp(struct kwriter *w, int16_t v, const struct join_group_resp *x)
{
    const bool flex = v >= 6;
    (void)flex;
    (void)v;
    if (v >= 2) {
        kw_i32(w, x->throttle_time_ms);
    }
    kw_i16(w, x->error_code);
    kw_i32(w, x->generation_id);
    if (v >= 7) {
        kw_str(w, x->protocol_type, flex, v >= 7);
    }
    kw_str(w, x->protocol_name, flex, v >= 7);
    kw_str(w, x->leader, flex, false);
    if (v >= 9) {
        kw_bool(w, x->skip_assignment);
    }
    if ((v <= 8) && w->strict && !(x->skip_assignment == false))
        kw_fail(w, -E_INVAL, "JoinGroupResponse.SkipAssignment not in this version");
    kw_str(w, x->member_id, flex, false);
    kw_array_len(w, x->members_count, flex, false);
    for (int32_t i_ = 0; i_ < x->members_count; i_++) {
        encode_join_group_resp_join_group_response_member(w, v, &x->members[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_join_group_resp(int16_t v, const struct join_group_resp *x)
{
    const bool flex = v >= 6;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v >= 2) {
        n += 4;
    }
    n += 2;
    n += 4;
    if (v >= 7) {
        n += ksize_str(x->protocol_type, flex);
    }
    n += ksize_str(x->protocol_name, flex);
    n += ksize_str(x->leader, flex);
    if (v >= 9) {
        n += 1;
    }
    n += ksize_str(x->member_id, flex);
    n += ksize_array_len(x->members_count, flex);
    for (int32_t i_ = 0; i_ < x->members_count; i_++)
        n += size_join_group_resp_join_group_response_member(v, &x->members[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

int join_group_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct join_group_resp *out)
{
    join_group_resp_init(out);
    if (v < 0 || v > 9)
        return -E_UNSUPPORTED;
    decode_join_group_resp(r, a, v, out);
    return r->err;
}

int join_group_resp_encode(struct kwriter *w, int16_t v, const struct join_group_resp *in)
{
    if (v < 0 || v > 9)
        return -E_UNSUPPORTED;
    encode_join_group_resp(w, v, in);
    return w->err;
}

size_t join_group_resp_size(int16_t v, const struct join_group_resp *in)
{
    return size_join_group_resp(v, in);
}


/* generated from LeaveGroupRequest.json, LeaveGroupResponse.json by protocol/gen/gen.py; do not edit (make regen). */
#include "protocol/msg/leave_group.h"

#include <string.h>

#include "protocol/status.h"

static void decode_leave_group_req_member_identity(struct kreader *r, struct arena *a, int16_t v, struct leave_group_req_member_identity *x);
static void encode_leave_group_req_member_identity(struct kwriter *w, int16_t v, const struct leave_group_req_member_identity *x);
static size_t size_leave_group_req_member_identity(int16_t v, const struct leave_group_req_member_identity *x);
static void decode_leave_group_req(struct kreader *r, struct arena *a, int16_t v, struct leave_group_req *x);
static void encode_leave_group_req(struct kwriter *w, int16_t v, const struct leave_group_req *x);
static size_t size_leave_group_req(int16_t v, const struct leave_group_req *x);

static const uint16_t minsz_leave_group_req_members[6] = {1, 1, 1, 4, 3, 4};

void leave_group_req_member_identity_init(struct leave_group_req_member_identity *x)
{
    memset(x, 0, sizeof *x);
    x->member_id = KSTR_LIT("");
    x->group_instance_id = KSTR_NULL;
    x->reason = KSTR_NULL;
}

bool leave_group_req_member_identity_is_default(const struct leave_group_req_member_identity *x)
{
    return (kstr_eq(x->member_id, KSTR_LIT("")))
        && (kstr_eq(x->group_instance_id, KSTR_NULL))
        && (kstr_eq(x->reason, KSTR_NULL));
}

static void decode_leave_group_req_member_identity(struct kreader *r, struct arena *a, int16_t v, struct leave_group_req_member_identity *x)
{
    const bool flex = v >= 4;
    (void)a;
    (void)v;
    (void)flex;
    if (v >= 3) {
        x->member_id = kr_str(r, flex, false);
    }
    if (v >= 3) {
        x->group_instance_id = kr_str(r, flex, v >= 3);
    }
    if (v >= 5) {
        x->reason = kr_str(r, flex, v >= 5);
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_leave_group_req_member_identity(struct kwriter *w, int16_t v, const struct leave_group_req_member_identity *x)
{
    const bool flex = v >= 4;
    (void)flex;
    (void)v;
    if (v >= 3) {
        kw_str(w, x->member_id, flex, false);
    }
    if ((v <= 2) && w->strict && !(kstr_eq(x->member_id, KSTR_LIT(""))))
        kw_fail(w, -E_INVAL, "MemberIdentity.MemberId not in this version");
    if (v >= 3) {
        kw_str(w, x->group_instance_id, flex, v >= 3);
    }
    if ((v <= 2) && w->strict && !(kstr_eq(x->group_instance_id, KSTR_NULL)))
        kw_fail(w, -E_INVAL, "MemberIdentity.GroupInstanceId not in this version");
    if (v >= 5) {
        kw_str(w, x->reason, flex, v >= 5);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_leave_group_req_member_identity(int16_t v, const struct leave_group_req_member_identity *x)
{
    const bool flex = v >= 4;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v >= 3) {
        n += ksize_str(x->member_id, flex);
    }
    if (v >= 3) {
        n += ksize_str(x->group_instance_id, flex);
    }
    if (v >= 5) {
        n += ksize_str(x->reason, flex);
    }
    if (flex) {
        n += 1;
    }
    return n;
}

void leave_group_req_init(struct leave_group_req *x)
{
    memset(x, 0, sizeof *x);
    x->group_id = KSTR_LIT("");
    x->member_id = KSTR_LIT("");
}

bool leave_group_req_is_default(const struct leave_group_req *x)
{
    return (kstr_eq(x->group_id, KSTR_LIT("")))
        && (kstr_eq(x->member_id, KSTR_LIT("")))
        && (x->members_count == 0);
}

static void decode_leave_group_req(struct kreader *r, struct arena *a, int16_t v, struct leave_group_req *x)
{
    const bool flex = v >= 4;
    (void)a;
    (void)v;
    (void)flex;
    x->group_id = kr_str(r, flex, false);
    if (v <= 2) {
        x->member_id = kr_str(r, flex, false);
    }
    if (v >= 3) {
        {
            int32_t n_ = kr_array_len(r, flex, false, minsz_leave_group_req_members[v]);
            x->members_count = n_;
            x->members = NULL;
            if (n_ > 0) {
                x->members = arena_calloc(a, (size_t)n_, sizeof *x->members);
                if (!x->members) {
                    kr_fail(r, "out of memory");
                    x->members_count = 0;
                }
                for (int32_t i_ = 0; x->members && i_ < n_ && !(r)->err; i_++) {
                    leave_group_req_member_identity_init(&x->members[i_]);
                    decode_leave_group_req_member_identity(r, a, v, &x->members[i_]);
                }
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_leave_group_req(struct kwriter *w, int16_t v, const struct leave_group_req *x)
{
    const bool flex = v >= 4;
    (void)flex;
    (void)v;
    kw_str(w, x->group_id, flex, false);
    if (v <= 2) {
        kw_str(w, x->member_id, flex, false);
    }
    if ((v >= 3) && w->strict && !(kstr_eq(x->member_id, KSTR_LIT(""))))
        kw_fail(w, -E_INVAL, "LeaveGroupRequest.MemberId not in this version");
    if (v >= 3) {
        kw_array_len(w, x->members_count, flex, false);
        for (int32_t i_ = 0; i_ < x->members_count; i_++) {
            encode_leave_group_req_member_identity(w, v, &x->members[i_]);
        }
    }
    if ((v <= 2) && w->strict && !(x->members_count == 0))
        kw_fail(w, -E_INVAL, "LeaveGroupRequest.Members not in this version");
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_leave_group_req(int16_t v, const struct leave_group_req *x)
{
    const bool flex = v >= 4;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_str(x->group_id, flex);
    if (v <= 2) {
        n += ksize_str(x->member_id, flex);
    }
    if (v >= 3) {
        n += ksize_array_len(x->members_count, flex);
        for (int32_t i_ = 0; i_ < x->members_count; i_++)
            n += size_leave_group_req_member_identity(v, &x->members[i_]);
    }
    if (flex) {
        n += 1;
    }
    return n;
}

int leave_group_req_decode(struct kreader *r, struct arena *a, int16_t v, struct leave_group_req *out)
{
    leave_group_req_init(out);
    if (v < 0 || v > 5)
        return -E_UNSUPPORTED;
    decode_leave_group_req(r, a, v, out);
    return r->err;
}

int leave_group_req_encode(struct kwriter *w, int16_t v, const struct leave_group_req *in)
{
    if (v < 0 || v > 5)
        return -E_UNSUPPORTED;
    encode_leave_group_req(w, v, in);
    return w->err;
}

size_t leave_group_req_size(int16_t v, const struct leave_group_req *in)
{
    return size_leave_group_req(v, in);
}

static void decode_leave_group_resp_member_response(struct kreader *r, struct arena *a, int16_t v, struct leave_group_resp_member_response *x);
static void encode_leave_group_resp_member_response(struct kwriter *w, int16_t v, const struct leave_group_resp_member_response *x);
static size_t size_leave_group_resp_member_response(int16_t v, const struct leave_group_resp_member_response *x);
static void decode_leave_group_resp(struct kreader *r, struct arena *a, int16_t v, struct leave_group_resp *x);
static void encode_leave_group_resp(struct kwriter *w, int16_t v, const struct leave_group_resp *x);
static size_t size_leave_group_resp(int16_t v, const struct leave_group_resp *x);

static const uint16_t minsz_leave_group_resp_members[6] = {1, 1, 1, 6, 5, 5};

void leave_group_resp_member_response_init(struct leave_group_resp_member_response *x)
{
    memset(x, 0, sizeof *x);
    x->member_id = KSTR_LIT("");
    x->group_instance_id = KSTR_LIT("");
}

bool leave_group_resp_member_response_is_default(const struct leave_group_resp_member_response *x)
{
    return (kstr_eq(x->member_id, KSTR_LIT("")))
        && (kstr_eq(x->group_instance_id, KSTR_LIT("")))
        && (x->error_code == 0);
}

static void decode_leave_group_resp_member_response(struct kreader *r, struct arena *a, int16_t v, struct leave_group_resp_member_response *x)
{
    const bool flex = v >= 4;
    (void)a;
    (void)v;
    (void)flex;
    if (v >= 3) {
        x->member_id = kr_str(r, flex, false);
    }
    if (v >= 3) {
        x->group_instance_id = kr_str(r, flex, v >= 3);
    }
    if (v >= 3) {
        x->error_code = kr_i16(r);
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_leave_group_resp_member_response(struct kwriter *w, int16_t v, const struct leave_group_resp_member_response *x)
{
    const bool flex = v >= 4;
    (void)flex;
    (void)v;
    if (v >= 3) {
        kw_str(w, x->member_id, flex, false);
    }
    if ((v <= 2) && w->strict && !(kstr_eq(x->member_id, KSTR_LIT(""))))
        kw_fail(w, -E_INVAL, "MemberResponse.MemberId not in this version");
    if (v >= 3) {
        kw_str(w, x->group_instance_id, flex, v >= 3);
    }
    if ((v <= 2) && w->strict && !(kstr_eq(x->group_instance_id, KSTR_LIT(""))))
        kw_fail(w, -E_INVAL, "MemberResponse.GroupInstanceId not in this version");
    if (v >= 3) {
        kw_i16(w, x->error_code);
    }
    if ((v <= 2) && w->strict && !(x->error_code == 0))
        kw_fail(w, -E_INVAL, "MemberResponse.ErrorCode not in this version");
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_leave_group_resp_member_response(int16_t v, const struct leave_group_resp_member_response *x)
{
    const bool flex = v >= 4;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v >= 3) {
        n += ksize_str(x->member_id, flex);
    }
    if (v >= 3) {
        n += ksize_str(x->group_instance_id, flex);
    }
    if (v >= 3) {
        n += 2;
    }
    if (flex) {
        n += 1;
    }
    return n;
}

void leave_group_resp_init(struct leave_group_resp *x)
{
    memset(x, 0, sizeof *x);
}

bool leave_group_resp_is_default(const struct leave_group_resp *x)
{
    return (x->throttle_time_ms == 0)
        && (x->error_code == 0)
        && (x->members_count == 0);
}

static void decode_leave_group_resp(struct kreader *r, struct arena *a, int16_t v, struct leave_group_resp *x)
{
    const bool flex = v >= 4;
    (void)a;
    (void)v;
    (void)flex;
    if (v >= 1) {
        x->throttle_time_ms = kr_i32(r);
    }
    x->error_code = kr_i16(r);
    if (v >= 3) {
        {
            int32_t n_ = kr_array_len(r, flex, false, minsz_leave_group_resp_members[v]);
            x->members_count = n_;
            x->members = NULL;
            if (n_ > 0) {
                x->members = arena_calloc(a, (size_t)n_, sizeof *x->members);
                if (!x->members) {
                    kr_fail(r, "out of memory");
                    x->members_count = 0;
                }
                for (int32_t i_ = 0; x->members && i_ < n_ && !(r)->err; i_++) {
                    leave_group_resp_member_response_init(&x->members[i_]);
                    decode_leave_group_resp_member_response(r, a, v, &x->members[i_]);
                }
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_leave_group_resp(struct kwriter *w, int16_t v, const struct leave_group_resp *x)
{
    const bool flex = v >= 4;
    (void)flex;
    (void)v;
    if (v >= 1) {
        kw_i32(w, x->throttle_time_ms);
    }
    kw_i16(w, x->error_code);
    if (v >= 3) {
        kw_array_len(w, x->members_count, flex, false);
        for (int32_t i_ = 0; i_ < x->members_count; i_++) {
            encode_leave_group_resp_member_response(w, v, &x->members[i_]);
        }
    }
    if ((v <= 2) && w->strict && !(x->members_count == 0))
        kw_fail(w, -E_INVAL, "LeaveGroupResponse.Members not in this version");
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_leave_group_resp(int16_t v, const struct leave_group_resp *x)
{
    const bool flex = v >= 4;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v >= 1) {
        n += 4;
    }
    n += 2;
    if (v >= 3) {
        n += ksize_array_len(x->members_count, flex);
        for (int32_t i_ = 0; i_ < x->members_count; i_++)
            n += size_leave_group_resp_member_response(v, &x->members[i_]);
    }
    if (flex) {
        n += 1;
    }
    return n;
}

int leave_group_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct leave_group_resp *out)
{
    leave_group_resp_init(out);
    if (v < 0 || v > 5)
        return -E_UNSUPPORTED;
    decode_leave_group_resp(r, a, v, out);
    return r->err;
}

int leave_group_resp_encode(struct kwriter *w, int16_t v, const struct leave_group_resp *in)
{
    if (v < 0 || v > 5)
        return -E_UNSUPPORTED;
    encode_leave_group_resp(w, v, in);
    return w->err;
}

size_t leave_group_resp_size(int16_t v, const struct leave_group_resp *in)
{
    return size_leave_group_resp(v, in);
}


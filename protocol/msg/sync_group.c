/* generated from SyncGroupRequest.json, SyncGroupResponse.json by protocol/gen/gen.py; do not edit (make regen). */
#include "protocol/msg/sync_group.h"

#include <string.h>

#include "protocol/status.h"

static void decode_sync_group_req_sync_group_request_assignment(struct kreader *r, struct arena *a, int16_t v, struct sync_group_req_sync_group_request_assignment *x);
static void encode_sync_group_req_sync_group_request_assignment(struct kwriter *w, int16_t v, const struct sync_group_req_sync_group_request_assignment *x);
static size_t size_sync_group_req_sync_group_request_assignment(int16_t v, const struct sync_group_req_sync_group_request_assignment *x);
static void decode_sync_group_req(struct kreader *r, struct arena *a, int16_t v, struct sync_group_req *x);
static void encode_sync_group_req(struct kwriter *w, int16_t v, const struct sync_group_req *x);
static size_t size_sync_group_req(int16_t v, const struct sync_group_req *x);

static const uint16_t minsz_sync_group_req_assignments[6] = {6, 6, 6, 6, 3, 3};

void sync_group_req_sync_group_request_assignment_init(struct sync_group_req_sync_group_request_assignment *x)
{
    memset(x, 0, sizeof *x);
    x->member_id = KSTR_LIT("");
}

bool sync_group_req_sync_group_request_assignment_is_default(const struct sync_group_req_sync_group_request_assignment *x)
{
    return (kstr_eq(x->member_id, KSTR_LIT("")))
        && (x->assignment.len == 0);
}

static void decode_sync_group_req_sync_group_request_assignment(struct kreader *r, struct arena *a, int16_t v, struct sync_group_req_sync_group_request_assignment *x)
{
    const bool flex = v >= 4;
    (void)a;
    (void)v;
    (void)flex;
    x->member_id = kr_str(r, flex, false);
    x->assignment = kr_bytes(r, flex, false);
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_sync_group_req_sync_group_request_assignment(struct kwriter *w, int16_t v, const struct sync_group_req_sync_group_request_assignment *x)
{
    const bool flex = v >= 4;
    (void)flex;
    (void)v;
    kw_str(w, x->member_id, flex, false);
    kw_bytes(w, x->assignment, flex, false);
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_sync_group_req_sync_group_request_assignment(int16_t v, const struct sync_group_req_sync_group_request_assignment *x)
{
    const bool flex = v >= 4;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_str(x->member_id, flex);
    n += ksize_bytes(x->assignment, flex);
    if (flex) {
        n += 1;
    }
    return n;
}

void sync_group_req_init(struct sync_group_req *x)
{
    memset(x, 0, sizeof *x);
    x->group_id = KSTR_LIT("");
    x->member_id = KSTR_LIT("");
    x->group_instance_id = KSTR_NULL;
    x->protocol_type = KSTR_NULL;
    x->protocol_name = KSTR_NULL;
}

bool sync_group_req_is_default(const struct sync_group_req *x)
{
    return (kstr_eq(x->group_id, KSTR_LIT("")))
        && (x->generation_id == 0)
        && (kstr_eq(x->member_id, KSTR_LIT("")))
        && (kstr_eq(x->group_instance_id, KSTR_NULL))
        && (kstr_eq(x->protocol_type, KSTR_NULL))
        && (kstr_eq(x->protocol_name, KSTR_NULL))
        && (x->assignments_count == 0);
}

static void decode_sync_group_req(struct kreader *r, struct arena *a, int16_t v, struct sync_group_req *x)
{
    const bool flex = v >= 4;
    (void)a;
    (void)v;
    (void)flex;
    x->group_id = kr_str(r, flex, false);
    x->generation_id = kr_i32(r);
    x->member_id = kr_str(r, flex, false);
    if (v >= 3) {
        x->group_instance_id = kr_str(r, flex, v >= 3);
    }
    if (v >= 5) {
        x->protocol_type = kr_str(r, flex, v >= 5);
    }
    if (v >= 5) {
        x->protocol_name = kr_str(r, flex, v >= 5);
    }
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_sync_group_req_assignments[v]);
        x->assignments_count = n_;
        x->assignments = NULL;
        if (n_ > 0) {
            x->assignments = arena_calloc(a, (size_t)n_, sizeof *x->assignments);
            if (!x->assignments) {
                kr_fail(r, "out of memory");
                x->assignments_count = 0;
            }
            for (int32_t i_ = 0; x->assignments && i_ < n_ && !(r)->err; i_++) {
                sync_group_req_sync_group_request_assignment_init(&x->assignments[i_]);
                decode_sync_group_req_sync_group_request_assignment(r, a, v, &x->assignments[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_sync_group_req(struct kwriter *w, int16_t v, const struct sync_group_req *x)
{
    const bool flex = v >= 4;
    (void)flex;
    (void)v;
    kw_str(w, x->group_id, flex, false);
    kw_i32(w, x->generation_id);
    kw_str(w, x->member_id, flex, false);
    if (v >= 3) {
        kw_str(w, x->group_instance_id, flex, v >= 3);
    }
    if ((v <= 2) && w->strict && !(kstr_eq(x->group_instance_id, KSTR_NULL)))
        kw_fail(w, -E_INVAL, "SyncGroupRequest.GroupInstanceId not in this version");
    if (v >= 5) {
        kw_str(w, x->protocol_type, flex, v >= 5);
    }
    if (v >= 5) {
        kw_str(w, x->protocol_name, flex, v >= 5);
    }
    kw_array_len(w, x->assignments_count, flex, false);
    for (int32_t i_ = 0; i_ < x->assignments_count; i_++) {
        encode_sync_group_req_sync_group_request_assignment(w, v, &x->assignments[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_sync_group_req(int16_t v, const struct sync_group_req *x)
{
    const bool flex = v >= 4;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_str(x->group_id, flex);
    n += 4;
    n += ksize_str(x->member_id, flex);
    if (v >= 3) {
        n += ksize_str(x->group_instance_id, flex);
    }
    if (v >= 5) {
        n += ksize_str(x->protocol_type, flex);
    }
    if (v >= 5) {
        n += ksize_str(x->protocol_name, flex);
    }
    n += ksize_array_len(x->assignments_count, flex);
    for (int32_t i_ = 0; i_ < x->assignments_count; i_++)
        n += size_sync_group_req_sync_group_request_assignment(v, &x->assignments[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

int sync_group_req_decode(struct kreader *r, struct arena *a, int16_t v, struct sync_group_req *out)
{
    sync_group_req_init(out);
    if (v < 0 || v > 5)
        return -E_UNSUPPORTED;
    decode_sync_group_req(r, a, v, out);
    return r->err;
}

int sync_group_req_encode(struct kwriter *w, int16_t v, const struct sync_group_req *in)
{
    if (v < 0 || v > 5)
        return -E_UNSUPPORTED;
    encode_sync_group_req(w, v, in);
    return w->err;
}

size_t sync_group_req_size(int16_t v, const struct sync_group_req *in)
{
    return size_sync_group_req(v, in);
}

static void decode_sync_group_resp(struct kreader *r, struct arena *a, int16_t v, struct sync_group_resp *x);
static void encode_sync_group_resp(struct kwriter *w, int16_t v, const struct sync_group_resp *x);
static size_t size_sync_group_resp(int16_t v, const struct sync_group_resp *x);


void sync_group_resp_init(struct sync_group_resp *x)
{
    memset(x, 0, sizeof *x);
    x->protocol_type = KSTR_NULL;
    x->protocol_name = KSTR_NULL;
}

bool sync_group_resp_is_default(const struct sync_group_resp *x)
{
    return (x->throttle_time_ms == 0)
        && (x->error_code == 0)
        && (kstr_eq(x->protocol_type, KSTR_NULL))
        && (kstr_eq(x->protocol_name, KSTR_NULL))
        && (x->assignment.len == 0);
}

static void decode_sync_group_resp(struct kreader *r, struct arena *a, int16_t v, struct sync_group_resp *x)
{
    const bool flex = v >= 4;
    (void)a;
    (void)v;
    (void)flex;
    if (v >= 1) {
        x->throttle_time_ms = kr_i32(r);
    }
    x->error_code = kr_i16(r);
    if (v >= 5) {
        x->protocol_type = kr_str(r, flex, v >= 5);
    }
    if (v >= 5) {
        x->protocol_name = kr_str(r, flex, v >= 5);
    }
    x->assignment = kr_bytes(r, flex, false);
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_sync_group_resp(struct kwriter *w, int16_t v, const struct sync_group_resp *x)
{
    const bool flex = v >= 4;
    (void)flex;
    (void)v;
    if (v >= 1) {
        kw_i32(w, x->throttle_time_ms);
    }
    kw_i16(w, x->error_code);
    if (v >= 5) {
        kw_str(w, x->protocol_type, flex, v >= 5);
    }
    if (v >= 5) {
        kw_str(w, x->protocol_name, flex, v >= 5);
    }
    kw_bytes(w, x->assignment, flex, false);
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_sync_group_resp(int16_t v, const struct sync_group_resp *x)
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
    if (v >= 5) {
        n += ksize_str(x->protocol_type, flex);
    }
    if (v >= 5) {
        n += ksize_str(x->protocol_name, flex);
    }
    n += ksize_bytes(x->assignment, flex);
    if (flex) {
        n += 1;
    }
    return n;
}

int sync_group_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct sync_group_resp *out)
{
    sync_group_resp_init(out);
    if (v < 0 || v > 5)
        return -E_UNSUPPORTED;
    decode_sync_group_resp(r, a, v, out);
    return r->err;
}

int sync_group_resp_encode(struct kwriter *w, int16_t v, const struct sync_group_resp *in)
{
    if (v < 0 || v > 5)
        return -E_UNSUPPORTED;
    encode_sync_group_resp(w, v, in);
    return w->err;
}

size_t sync_group_resp_size(int16_t v, const struct sync_group_resp *in)
{
    return size_sync_group_resp(v, in);
}


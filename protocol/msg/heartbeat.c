/* generated from HeartbeatRequest.json, HeartbeatResponse.json by protocol/gen/gen.py; do not edit (make regen). */
#include "protocol/msg/heartbeat.h"

#include <string.h>

#include "protocol/status.h"

static void decode_heartbeat_req(struct kreader *r, struct arena *a, int16_t v, struct heartbeat_req *x);
static void encode_heartbeat_req(struct kwriter *w, int16_t v, const struct heartbeat_req *x);
static size_t size_heartbeat_req(int16_t v, const struct heartbeat_req *x);


void heartbeat_req_init(struct heartbeat_req *x)
{
    memset(x, 0, sizeof *x);
    x->group_id = KSTR_LIT("");
    x->member_id = KSTR_LIT("");
    x->group_instance_id = KSTR_NULL;
}

bool heartbeat_req_is_default(const struct heartbeat_req *x)
{
    return (kstr_eq(x->group_id, KSTR_LIT("")))
        && (x->generation_id == 0)
        && (kstr_eq(x->member_id, KSTR_LIT("")))
        && (kstr_eq(x->group_instance_id, KSTR_NULL));
}

static void decode_heartbeat_req(struct kreader *r, struct arena *a, int16_t v, struct heartbeat_req *x)
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
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_heartbeat_req(struct kwriter *w, int16_t v, const struct heartbeat_req *x)
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
        kw_fail(w, -E_INVAL, "HeartbeatRequest.GroupInstanceId not in this version");
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_heartbeat_req(int16_t v, const struct heartbeat_req *x)
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
    if (flex) {
        n += 1;
    }
    return n;
}

int heartbeat_req_decode(struct kreader *r, struct arena *a, int16_t v, struct heartbeat_req *out)
{
    heartbeat_req_init(out);
    if (v < 0 || v > 4)
        return -E_UNSUPPORTED;
    decode_heartbeat_req(r, a, v, out);
    return r->err;
}

int heartbeat_req_encode(struct kwriter *w, int16_t v, const struct heartbeat_req *in)
{
    if (v < 0 || v > 4)
        return -E_UNSUPPORTED;
    encode_heartbeat_req(w, v, in);
    return w->err;
}

size_t heartbeat_req_size(int16_t v, const struct heartbeat_req *in)
{
    return size_heartbeat_req(v, in);
}

static void decode_heartbeat_resp(struct kreader *r, struct arena *a, int16_t v, struct heartbeat_resp *x);
static void encode_heartbeat_resp(struct kwriter *w, int16_t v, const struct heartbeat_resp *x);
static size_t size_heartbeat_resp(int16_t v, const struct heartbeat_resp *x);


void heartbeat_resp_init(struct heartbeat_resp *x)
{
    memset(x, 0, sizeof *x);
}

bool heartbeat_resp_is_default(const struct heartbeat_resp *x)
{
    return (x->throttle_time_ms == 0)
        && (x->error_code == 0);
}

static void decode_heartbeat_resp(struct kreader *r, struct arena *a, int16_t v, struct heartbeat_resp *x)
{
    const bool flex = v >= 4;
    (void)a;
    (void)v;
    (void)flex;
    if (v >= 1) {
        x->throttle_time_ms = kr_i32(r);
    }
    x->error_code = kr_i16(r);
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_heartbeat_resp(struct kwriter *w, int16_t v, const struct heartbeat_resp *x)
{
    const bool flex = v >= 4;
    (void)flex;
    (void)v;
    if (v >= 1) {
        kw_i32(w, x->throttle_time_ms);
    }
    kw_i16(w, x->error_code);
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_heartbeat_resp(int16_t v, const struct heartbeat_resp *x)
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
    if (flex) {
        n += 1;
    }
    return n;
}

int heartbeat_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct heartbeat_resp *out)
{
    heartbeat_resp_init(out);
    if (v < 0 || v > 4)
        return -E_UNSUPPORTED;
    decode_heartbeat_resp(r, a, v, out);
    return r->err;
}

int heartbeat_resp_encode(struct kwriter *w, int16_t v, const struct heartbeat_resp *in)
{
    if (v < 0 || v > 4)
        return -E_UNSUPPORTED;
    encode_heartbeat_resp(w, v, in);
    return w->err;
}

size_t heartbeat_resp_size(int16_t v, const struct heartbeat_resp *in)
{
    return size_heartbeat_resp(v, in);
}


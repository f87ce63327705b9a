/* generated from ListGroupsRequest.json, ListGroupsResponse.json by protocol/gen/gen.py; do not edit (make regen). */
#include "protocol/msg/list_groups.h"

#include <string.h>

#include "protocol/status.h"

static void decode_list_groups_req(struct kreader *r, struct arena *a, int16_t v, struct list_groups_req *x);
static void encode_list_groups_req(struct kwriter *w, int16_t v, const struct list_groups_req *x);
static size_t size_list_groups_req(int16_t v, const struct list_groups_req *x);

static const uint16_t minsz_list_groups_req_states_filter[6] = {2, 2, 2, 1, 1, 1};
static const uint16_t minsz_list_groups_req_types_filter[6] = {2, 2, 2, 1, 1, 1};

void list_groups_req_init(struct list_groups_req *x)
{
    memset(x, 0, sizeof *x);
}

bool list_groups_req_is_default(const struct list_groups_req *x)
{
    return (x->states_filter_count == 0)
        && (x->types_filter_count == 0);
}

static void decode_list_groups_req(struct kreader *r, struct arena *a, int16_t v, struct list_groups_req *x)
{
    const bool flex = v >= 3;
    (void)a;
    (void)v;
    (void)flex;
    if (v >= 4) {
        {
            int32_t n_ = kr_array_len(r, flex, false, minsz_list_groups_req_states_filter[v]);
            x->states_filter_count = n_;
            x->states_filter = NULL;
            if (n_ > 0) {
                x->states_filter = arena_calloc(a, (size_t)n_, sizeof *x->states_filter);
                if (!x->states_filter) {
                    kr_fail(r, "out of memory");
                    x->states_filter_count = 0;
                }
                for (int32_t i_ = 0; x->states_filter && i_ < n_ && !(r)->err; i_++) {
                    x->states_filter[i_] = kr_str(r, flex, false);
                }
            }
        }
    }
    if (v >= 5) {
        {
            int32_t n_ = kr_array_len(r, flex, false, minsz_list_groups_req_types_filter[v]);
            x->types_filter_count = n_;
            x->types_filter = NULL;
            if (n_ > 0) {
                x->types_filter = arena_calloc(a, (size_t)n_, sizeof *x->types_filter);
                if (!x->types_filter) {
                    kr_fail(r, "out of memory");
                    x->types_filter_count = 0;
                }
                for (int32_t i_ = 0; x->types_filter && i_ < n_ && !(r)->err; i_++) {
                    x->types_filter[i_] = kr_str(r, flex, false);
                }
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_list_groups_req(struct kwriter *w, int16_t v, const struct list_groups_req *x)
{
    const bool flex = v >= 3;
    (void)flex;
    (void)v;
    if (v >= 4) {
        kw_array_len(w, x->states_filter_count, flex, false);
        for (int32_t i_ = 0; i_ < x->states_filter_count; i_++) {
            kw_str(w, x->states_filter[i_], flex, false);
        }
    }
    if ((v <= 3) && w->strict && !(x->states_filter_count == 0))
        kw_fail(w, -E_INVAL, "ListGroupsRequest.StatesFilter not in this version");
    if (v >= 5) {
        kw_array_len(w, x->types_filter_count, flex, false);
        for (int32_t i_ = 0; i_ < x->types_filter_count; i_++) {
            kw_str(w, x->types_filter[i_], flex, false);
        }
    }
    if ((v <= 4) && w->strict && !(x->types_filter_count == 0))
        kw_fail(w, -E_INVAL, "ListGroupsRequest.TypesFilter not in this version");
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_list_groups_req(int16_t v, const struct list_groups_req *x)
{
    const bool flex = v >= 3;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v >= 4) {
        n += ksize_array_len(x->states_filter_count, flex);
        for (int32_t i_ = 0; i_ < x->states_filter_count; i_++)
            n += ksize_str(x->states_filter[i_], flex);
    }
    if (v >= 5) {
        n += ksize_array_len(x->types_filter_count, flex);
        for (int32_t i_ = 0; i_ < x->types_filter_count; i_++)
            n += ksize_str(x->types_filter[i_], flex);
    }
    if (flex) {
        n += 1;
    }
    return n;
}

int list_groups_req_decode(struct kreader *r, struct arena *a, int16_t v, struct list_groups_req *out)
{
    list_groups_req_init(out);
    if (v < 0 || v > 5)
        return -E_UNSUPPORTED;
    decode_list_groups_req(r, a, v, out);
    return r->err;
}

int list_groups_req_encode(struct kwriter *w, int16_t v, const struct list_groups_req *in)
{
    if (v < 0 || v > 5)
        return -E_UNSUPPORTED;
    encode_list_groups_req(w, v, in);
    return w->err;
}

size_t list_groups_req_size(int16_t v, const struct list_groups_req *in)
{
    return size_list_groups_req(v, in);
}

static void decode_list_groups_resp_listed_group(struct kreader *r, struct arena *a, int16_t v, struct list_groups_resp_listed_group *x);
static void encode_list_groups_resp_listed_group(struct kwriter *w, int16_t v, const struct list_groups_resp_listed_group *x);
static size_t size_list_groups_resp_listed_group(int16_t v, const struct list_groups_resp_listed_group *x);
static void decode_list_groups_resp(struct kreader *r, struct arena *a, int16_t v, struct list_groups_resp *x);
static void encode_list_groups_resp(struct kwriter *w, int16_t v, const struct list_groups_resp *x);
static size_t size_list_groups_resp(int16_t v, const struct list_groups_resp *x);

static const uint16_t minsz_list_groups_resp_groups[6] = {4, 4, 4, 3, 4, 5};

void list_groups_resp_listed_group_init(struct list_groups_resp_listed_group *x)
{
    memset(x, 0, sizeof *x);
    x->group_id = KSTR_LIT("");
    x->protocol_type = KSTR_LIT("");
    x->group_state = KSTR_LIT("");
    x->group_type = KSTR_LIT("");
}

bool list_groups_resp_listed_group_is_default(const struct list_groups_resp_listed_group *x)
{
    return (kstr_eq(x->group_id, KSTR_LIT("")))
        && (kstr_eq(x->protocol_type, KSTR_LIT("")))
        && (kstr_eq(x->group_state, KSTR_LIT("")))
        && (kstr_eq(x->group_type, KSTR_LIT("")));
}

static void decode_list_groups_resp_listed_group(struct kreader *r, struct arena *a, int16_t v, struct list_groups_resp_listed_group *x)
{
    const bool flex = v >= 3;
    (void)a;
    (void)v;
    (void)flex;
    x->group_id = kr_str(r, flex, false);
    x->protocol_type = kr_str(r, flex, false);
    if (v >= 4) {
        x->group_state = kr_str(r, flex, false);
    }
    if (v >= 5) {
        x->group_type = kr_str(r, flex, false);
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_list_groups_resp_listed_group(struct kwriter *w, int16_t v, const struct list_groups_resp_listed_group *x)
{
    const bool flex = v >= 3;
    (void)flex;
    (void)v;
    kw_str(w, x->group_id, flex, false);
    kw_str(w, x->protocol_type, flex, false);
    if (v >= 4) {
        kw_str(w, x->group_state, flex, false);
    }
    if (v >= 5) {
        kw_str(w, x->group_type, flex, false);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_list_groups_resp_listed_group(int16_t v, const struct list_groups_resp_listed_group *x)
{
    const bool flex = v >= 3;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    n += ksize_str(x->group_id, flex);
    n += ksize_str(x->protocol_type, flex);
    if (v >= 4) {
        n += ksize_str(x->group_state, flex);
    }
    if (v >= 5) {
        n += ksize_str(x->group_type, flex);
    }
    if (flex) {
        n += 1;
    }
    return n;
}

void list_groups_resp_init(struct list_groups_resp *x)
{
    memset(x, 0, sizeof *x);
}

bool list_groups_resp_is_default(const struct list_groups_resp *x)
{
    return (x->throttle_time_ms == 0)
        && (x->error_code == 0)
        && (x->groups_count == 0);
}

static void decode_list_groups_resp(struct kreader *r, struct arena *a, int16_t v, struct list_groups_resp *x)
{
    const bool flex = v >= 3;
    (void)a;
    (void)v;
    (void)flex;
    if (v >= 1) {
        x->throttle_time_ms = kr_i32(r);
    }
    x->error_code = kr_i16(r);
    {
        int32_t n_ = kr_array_len(r, flex, false, minsz_list_groups_resp_groups[v]);
        x->groups_count = n_;
        x->groups = NULL;
        if (n_ > 0) {
            x->groups = arena_calloc(a, (size_t)n_, sizeof *x->groups);
            if (!x->groups) {
                kr_fail(r, "out of memory");
                x->groups_count = 0;
            }
            for (int32_t i_ = 0; x->groups && i_ < n_ && !(r)->err; i_++) {
                list_groups_resp_listed_group_init(&x->groups[i_]);
                decode_list_groups_resp_listed_group(r, a, v, &x->groups[i_]);
            }
        }
    }
    if (flex) {
        kr_skip_tags(r);
    }
}

static void encode_list_groups_resp(struct kwriter *w, int16_t v, const struct list_groups_resp *x)
{
    const bool flex = v >= 3;
    (void)flex;
    (void)v;
    if (v >= 1) {
        kw_i32(w, x->throttle_time_ms);
    }
    kw_i16(w, x->error_code);
    kw_array_len(w, x->groups_count, flex, false);
    for (int32_t i_ = 0; i_ < x->groups_count; i_++) {
        encode_list_groups_resp_listed_group(w, v, &x->groups[i_]);
    }
    if (flex) {
        kw_uvarint(w, 0);
    }
}

static size_t size_list_groups_resp(int16_t v, const struct list_groups_resp *x)
{
    const bool flex = v >= 3;
    size_t n = 0;
    (void)flex;
    (void)v;
    (void)x;
    if (v >= 1) {
        n += 4;
    }
    n += 2;
    n += ksize_array_len(x->groups_count, flex);
    for (int32_t i_ = 0; i_ < x->groups_count; i_++)
        n += size_list_groups_resp_listed_group(v, &x->groups[i_]);
    if (flex) {
        n += 1;
    }
    return n;
}

int list_groups_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct list_groups_resp *out)
{
    list_groups_resp_init(out);
    if (v < 0 || v > 5)
        return -E_UNSUPPORTED;
    decode_list_groups_resp(r, a, v, out);
    return r->err;
}

int list_groups_resp_encode(struct kwriter *w, int16_t v, const struct list_groups_resp *in)
{
    if (v < 0 || v > 5)
        return -E_UNSUPPORTED;
    encode_list_groups_resp(w, v, in);
    return w->err;
}

size_t list_groups_resp_size(int16_t v, const struct list_groups_resp *in)
{
    return size_list_groups_resp(v, in);
}


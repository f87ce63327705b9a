/*
 * frame.c - size prefix and request decode as pure functions (frame.h).
 *
 * Order of checks, cheapest and most dangerous first: the size prefix
 * before any body byte is buffered; the 8 fixed header bytes; the API key
 * and version against the served table (so no decoder runs for a version
 * whose layout we do not know); then the request header and the body with
 * an arena limit tied to the frame length.
 */
#include "broker/frame.h"

#include "broker/dispatch.h"

enum frame_size frame_check_size(const uint8_t *p, size_t avail, int64_t max_bytes, int32_t *size)
{
    if (avail < 4)
        return FRAME_SIZE_NEED_MORE;
    struct kreader r;
    kr_init(&r, p, 4);
    *size = kr_i32(&r);
    if (*size < FRAME_MIN_BYTES || (int64_t)*size > max_bytes)
        return FRAME_SIZE_BAD;
    return FRAME_SIZE_OK;
}

enum frame_verdict frame_decode(const uint8_t *frame, size_t len, struct arena *a,
                                struct frame_req *out)
{
    *out = (struct frame_req){0};
    out->client_id = KSTR_NULL;
    struct kreader r;
    kr_init(&r, frame, len);
    out->api_key = kr_i16(&r);
    out->version = kr_i16(&r);
    out->correlation_id = kr_i32(&r);
    if (r.err)
        return FRAME_TRUNCATED_HEADER;
    const struct disp_entry *e = disp_lookup(out->api_key);
    const struct kmsg_api *api = kmsg_lookup(out->api_key);
    if (!e || !api)
        return FRAME_UNKNOWN_API;
    out->entry = e;
    out->api = api;
    if (out->version < e->min_version || out->version > e->max_version)
        return out->api_key == 18 ? FRAME_API_VERSIONS_OLDER : FRAME_UNSUPPORTED_VERSION;

    kr_init(&r, frame, len);
    struct request_header hdr;
    if (request_header_decode(&r, a, kmsg_request_header_version(api, out->version), &hdr) != 0) {
        out->err_field = r.err_what;
        out->err_at = r.err_at;
        return FRAME_BAD_HEADER;
    }
    out->client_id = hdr.client_id;
    void *body = arena_alloc(a, api->req.struct_size);
    if (!body)
        return FRAME_NOMEM;
    /* Bound what a request may make us allocate: a decoded struct is a few
     * times its wire size, never more than this. */
    size_t saved = a->limit_bytes;
    a->limit_bytes = a->used_bytes + 64u * len + (1u << 20);
    int rc = api->req.decode(&r, a, out->version, body);
    a->limit_bytes = saved;
    if (rc != 0) {
        out->err_field = r.err_what;
        out->err_at = r.err_at;
        return FRAME_BAD_BODY;
    }
    /* Kafka ignores bytes after a well-formed body; so do we. */
    out->body = body;
    return FRAME_DECODED;
}

const char *frame_verdict_name(enum frame_verdict v)
{
    switch (v) {
    case FRAME_DECODED:
        return "decoded";
    case FRAME_API_VERSIONS_OLDER:
        return "api_versions_unsupported";
    case FRAME_TRUNCATED_HEADER:
        return "truncated_header";
    case FRAME_UNKNOWN_API:
        return "unknown_api_key";
    case FRAME_UNSUPPORTED_VERSION:
        return "unsupported_version";
    case FRAME_BAD_HEADER:
        return "bad_request_header";
    case FRAME_BAD_BODY:
        return "bad_request_body";
    case FRAME_NOMEM:
        return "out_of_memory";
    }
    return "unknown";
}

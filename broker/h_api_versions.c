/*
 * h_api_versions.c - ApiVersions (key 18): the served table from
 * dispatch.c. v3+ requests carry the client's software name and version,
 * which Kafka validates (KIP-511): a bad one gets INVALID_REQUEST.
 */
#include <ctype.h>
#include <stdbool.h>

#include "broker/dispatch.h"
#include "broker/handlers.h"
#include "protocol/errors.h"
#include "protocol/msg/api_versions.h"

/* [a-zA-Z0-9](?:[a-zA-Z0-9\-.]*[a-zA-Z0-9])? - the KIP-511 pattern. */
static bool valid_software_field(struct kstr s)
{
    if (s.len <= 0)
        return false;
    for (int32_t i = 0; i < s.len; i++) {
        unsigned char ch = (unsigned char)s.ptr[i];
        bool edge = i == 0 || i == s.len - 1;
        if (!isalnum(ch) && (edge || (ch != '-' && ch != '.')))
            return false;
    }
    return true;
}

static void fill_keys(struct request *rq, struct api_versions_resp *resp)
{
    size_t n;
    const struct disp_entry *t = disp_table(&n);
    resp->api_keys = arena_calloc(&rq->arena, n, sizeof *resp->api_keys);
    if (!resp->api_keys)
        return;
    resp->api_keys_count = (int32_t)n;
    for (size_t i = 0; i < n; i++) {
        api_versions_resp_api_version_init(&resp->api_keys[i]);
        resp->api_keys[i].api_key = t[i].key;
        resp->api_keys[i].min_version = t[i].min_version;
        resp->api_keys[i].max_version = t[i].max_version;
    }
}

void h_api_versions(struct request *rq)
{
    const struct api_versions_req *req = rq->body;
    struct api_versions_resp *resp = rq_response(rq);
    if (!resp)
        return rq_finish(rq);
    if (rq->version >= 3 && (!valid_software_field(req->client_software_name) ||
                             !valid_software_field(req->client_software_version))) {
        resp->error_code = KERR_INVALID_REQUEST;
        return rq_finish(rq);
    }
    fill_keys(rq, resp);
    rq_finish(rq);
}

void h_api_versions_unsupported(struct request *rq)
{
    /* The body is not decoded: its layout is unknown to us. Answer in v0
     * with header v0, and list our own ApiVersions range so the client
     * can retry (librdkafka steps to v0, kafkajs walks down). */
    const struct disp_entry *e = disp_lookup(18);
    rq->version = 0;
    struct api_versions_resp *resp = rq_response(rq);
    if (!resp)
        return rq_finish(rq);
    resp->error_code = KERR_UNSUPPORTED_VERSION;
    resp->api_keys = arena_calloc(&rq->arena, 1, sizeof *resp->api_keys);
    if (resp->api_keys) {
        api_versions_resp_api_version_init(&resp->api_keys[0]);
        resp->api_keys[0].api_key = 18;
        resp->api_keys[0].min_version = e->min_version;
        resp->api_keys[0].max_version = e->max_version;
        resp->api_keys_count = 1;
    }
    rq_finish(rq);
}

/*
 * dispatch.c - from frame bytes to a handler call.
 *
 * The table below is what ApiVersions advertises: an API is listed only
 * once its handler implements every field and rule of every listed version
 * (COMPAT-TRAPS: "ApiVersions must be exactly true"). Ranges must lie
 * within protocol/apis.def, where the codecs come from; a unit test checks.
 *
 * Protocol violations (unknown API key, a version we do not serve other
 * than ApiVersions, a body that does not decode) close that connection
 * only, after one log line naming the API, version, field and offset.
 */
#include "broker/dispatch.h"

#include "broker/blog.h"
#include "broker/conn.h"
#include "broker/h_admin.h"
#include "broker/frame.h"
#include "broker/h_groups.h"
#include "broker/handlers.h"
#include "protocol/msg/registry.h"
#include "protocol/status.h"

static const struct disp_entry table[] = {
    {0, 0, 11, h_produce},
    {1, 4, 16, h_fetch},
    {2, 1, 9, h_list_offsets},
    {3, 0, 12, h_metadata},
    {8, 2, 9, h_offset_commit},
    {9, 1, 9, h_offset_fetch},
    {10, 0, 6, h_find_coordinator},
    {11, 0, 9, h_join_group},
    {12, 0, 4, h_heartbeat},
    {13, 0, 5, h_leave_group},
    {14, 0, 5, h_sync_group},
    {15, 0, 5, h_describe_groups},
    {16, 0, 5, h_list_groups},
    {18, 0, 4, h_api_versions},
    {19, 0, 7, h_create_topics},
    {20, 0, 6, h_delete_topics},
    {21, 0, 2, h_delete_records},
    {22, 0, 5, h_init_producer_id},
    {23, 0, 4, h_offset_for_leader_epoch},
    {32, 0, 4, h_describe_configs},
    {33, 0, 2, h_alter_configs},
    {37, 0, 3, h_create_partitions},
    {42, 0, 2, h_delete_groups},
    {44, 0, 1, h_incremental_alter_configs},
    {47, 0, 0, h_offset_delete},
    {60, 0, 1, h_describe_cluster},
};

const struct disp_entry *disp_table(size_t *count)
{
    *count = sizeof table / sizeof table[0];
    return table;
}

const struct disp_entry *disp_lookup(int16_t key)
{
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (table[i].key == key)
            return &table[i];
    return NULL;
}

/* The request is never answered: mark it done without a response so the
 * connection's queue frees it (an unfinished request without a handler
 * would be orphaned, and leak, by conn_close). */
static void drop_request(struct request *rq)
{
    rq->done = true;
    rq->no_response = true;
}

static void violation(struct request *rq, const char *what, const char *field, size_t at)
{
    struct conn *c = rq->conn;
    blog(BLOG_WARN, "protocol_violation",
         "conn=%llu peer=%s api_key=%d version=%d what=%s field=%s offset=%zu",
         (unsigned long long)c->id, c->peer, rq->api_key, rq->version, what,
         field ? field : "-", at);
    drop_request(rq);
    /* Requests before this one are still answered, then the close. */
    conn_close_after_flush(c, what);
}

void disp_request(struct request *rq)
{
    struct frame_req fr;
    enum frame_verdict v = frame_decode(rq->frame, rq->frame_len, &rq->arena, &fr);
    rq->api_key = fr.api_key;
    rq->version = fr.version;
    rq->correlation_id = fr.correlation_id;
    rq->api = fr.api;
    switch (v) {
    case FRAME_DECODED:
        rq->client_id = fr.client_id;
        rq->body = fr.body;
        fr.entry->handler(rq);
        return;
    case FRAME_API_VERSIONS_OLDER:
        h_api_versions_unsupported(rq);
        return;
    case FRAME_NOMEM:
        drop_request(rq);
        conn_close(rq->conn, "out_of_memory");
        return;
    default:
        violation(rq, frame_verdict_name(v), fr.err_field, fr.err_at);
        return;
    }
}

/*
 * request.h - one Kafka request from frame to response.
 *
 * A request owns its frame bytes and an arena; the decoded body and the
 * response struct live in that arena, so views stay valid until the
 * request is freed. Handlers fill rq->resp and call rq_finish() - at once
 * or later (parked Fetch, acks=all Produce). The connection sends finished
 * responses strictly in request order.
 *
 * If the connection closes while a request is parked, the request is
 * orphaned (rq->conn == NULL): its handler still finishes it, and
 * rq_finish() then just frees it. A handler that parks may set rq->cancel
 * so the connection can withdraw it at once instead.
 */
#ifndef SLUICE_REQUEST_H
#define SLUICE_REQUEST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/queue.h>

#include "protocol/arena.h"
#include "protocol/kbuf.h"
#include "protocol/msg/registry.h"

struct conn;
struct broker;
struct evbuffer;

struct request {
    struct conn *conn; /* NULL once orphaned */
    struct broker *b;
    TAILQ_ENTRY(request) link;
    struct arena arena;
    uint8_t *frame;
    size_t frame_len;

    const struct kmsg_api *api;
    int16_t api_key;
    int16_t version;
    int32_t correlation_id;
    struct kstr client_id;
    void *body; /* decoded request struct (api->req) */
    void *resp; /* response struct (api->resp), set by the handler */

    bool done;
    bool no_response;       /* Produce acks=0 */
    struct evbuffer *out;   /* encoded response, once done */
    int64_t start_ms;

    /* Optional: called when the connection closes before the request is
     * done; must unpark it and call rq_free(). */
    void (*cancel)(struct request *rq);
    void *park; /* handler-private state while parked */
};

/* Create a request that takes ownership of frame (malloc'd). */
struct request *rq_new(struct broker *b, struct conn *c, uint8_t *frame, size_t len);
void rq_free(struct request *rq);

/* Encode rq->resp (or, with no_response, nothing) and hand it to the
 * connection. Frees an orphaned request instead. */
void rq_finish(struct request *rq);
/* Finish without any response (acks=0). */
void rq_finish_silently(struct request *rq);

/* Allocate a zeroed response struct of the API's response type, run the
 * generated init (defaults) and set rq->resp. */
void *rq_response(struct request *rq);

/* Release hook for file spans in a response (set by the storage glue). */
extern void (*rq_span_release)(void *owner);

#endif

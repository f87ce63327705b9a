/*
 * storage_glue.c - see storage_glue.h.
 *
 * Storage has no event loop of its own: its worker signals an eventfd,
 * which we watch, and store_run_completions() then runs the callbacks here
 * on the loop thread. Appends that make data visible call our hook, which
 * wakes Fetch requests parked on that partition.
 */
#include "broker/storage_glue.h"

#include <event2/event.h>
#include <stdlib.h>
#include <string.h>

#include "broker/blog.h"
#include "broker/broker.h"
#include "broker/purgatory.h"
#include "broker/request.h"
#include "protocol/compress.h"
#include "protocol/errors.h"
#include "protocol/status.h"
#include "storage/storage.h"

/* Decompression for compaction and timestamp lookups; called on the loop
 * and the cleaner thread, so no shared decoder context. */
static int hook_decompress(void *ctx, int codec, const uint8_t *in, size_t in_len, size_t max_len,
                           uint8_t **out, size_t *out_len)
{
    (void)ctx;
    struct kwriter w;
    kw_init(&w);
    int rc = codec_decompress(NULL, codec, in, in_len, max_len, &w);
    if (rc) {
        kw_destroy(&w);
        return rc;
    }
    *out = w.buf ? w.buf : malloc(1);
    *out_len = w.len;
    return *out ? 0 : -E_NOMEM;
}

static int hook_compress(void *ctx, int codec, const uint8_t *in, size_t in_len, uint8_t **out,
                         size_t *out_len)
{
    (void)ctx;
    struct kwriter w;
    kw_init(&w);
    int rc = codec_compress(codec, NULL, in, in_len, &w);
    if (rc) {
        kw_destroy(&w);
        return rc;
    }
    *out = w.buf ? w.buf : malloc(1);
    *out_len = w.len;
    return *out ? 0 : -E_NOMEM;
}

static void on_completions(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    struct broker *b = arg;
    store_run_completions(b->store);
}

static void on_append(void *arg, struct log *lg)
{
    struct broker *b = arg;
    if (b->purgatory)
        purg_notify(b->purgatory, lg);
}

int sg_open(struct broker *b)
{
    struct store_config scfg;
    store_config_init(&scfg);
    /* Storage takes the log.* settings by their Kafka names; the rest of
     * the broker's settings are not its business (-E_NOTFOUND). */
    for (size_t i = 0; i < b->cfg.count; i++) {
        const struct config_entry *e = &b->cfg.entries[i];
        /* Only what was configured: storage keeps its own defaults and
         * reports a setting as set only when it was. */
        if (!*e->value || e->source == CFG_DEFAULT)
            continue;
        int rc = store_config_set(&scfg, e->name, e->value);
        if (rc && rc != -E_NOTFOUND) {
            blog(BLOG_ERROR, "config_invalid", "key=%s value=\"%s\"", e->name, e->value);
            return rc;
        }
    }
    scfg.codec.decompress = hook_decompress;
    scfg.codec.compress = hook_compress;
    int rc = store_open(&scfg, &b->store);
    if (rc) {
        blog(BLOG_ERROR, "storage_open_failed", "dir=%s status=%s", scfg.log_dirs,
             status_name(rc));
        return rc;
    }
    rq_span_release = log_span_release;
    store_set_append_hook(b->store, on_append, b);
    b->completions = event_new(b->base, store_completion_fd(b->store), EV_READ | EV_PERSIST,
                               on_completions, b);
    if (!b->completions || event_add(b->completions, NULL) != 0)
        return -E_NOMEM;
    blog(BLOG_INFO, "storage_opened", "dir=%s topics=%zu clean_start=%s", scfg.log_dirs,
         store_topic_count(b->store), store_clean_start(b->store) ? "true" : "false");
    return 0;
}

void sg_close(struct broker *b)
{
    if (b->completions) {
        event_free(b->completions);
        b->completions = NULL;
    }
    if (b->store) {
        store_close(b->store);
        b->store = NULL;
    }
}

int16_t sg_kerr(int status)
{
    switch (-status) {
    case E_OK: return KERR_NONE;
    case E_NOTFOUND: return KERR_UNKNOWN_TOPIC_OR_PARTITION;
    case E_EXISTS: return KERR_TOPIC_ALREADY_EXISTS;
    case E_INVAL: return KERR_INVALID_REQUEST;
    case E_RANGE: return KERR_OFFSET_OUT_OF_RANGE;
    case E_TOOBIG: return KERR_MESSAGE_TOO_LARGE;
    case E_CORRUPT: return KERR_CORRUPT_MESSAGE;
    case E_IO:
    case E_NOSPC: return KERR_KAFKA_STORAGE_ERROR;
    case E_FENCED: return KERR_FENCED_LEADER_EPOCH;
    case E_UNSUPPORTED: return KERR_UNSUPPORTED_VERSION;
    default: return KERR_UNKNOWN_SERVER_ERROR;
    }
}

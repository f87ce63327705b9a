/*
 * kclient.h - a raw Kafka connection for compat tests that need exact
 * bytes: hostile frames, unsupported versions, pipelining, or a field the
 * real clients never expose. Requests are built with the generated codecs.
 */
#ifndef SLUICE_COMPAT_KCLIENT_H
#define SLUICE_COMPAT_KCLIENT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "protocol/arena.h"
#include "protocol/kbuf.h"

/* Connect to 127.0.0.1:port; -1 on failure. Sockets time out after 10 s. */
int kc_connect(int port);
/* Send raw bytes (all of them); 0 or -1. */
int kc_send_raw(int fd, const void *p, size_t n);
/* Send one request frame: header (v1 or v2 by the API's flexibility) and
 * the encoded body struct. Returns 0 or -1. */
int kc_send(int fd, int16_t key, int16_t version, int32_t correlation_id, const void *body);
/* Read one response frame into a malloc'd buffer (*len bytes, size prefix
 * excluded). Returns the buffer or NULL on EOF/timeout/oversize. */
uint8_t *kc_recv_frame(int fd, size_t *len);
/* Read a response and decode it (header v0/v1 as the API says) into out
 * (the API's response struct) with views into *frame (caller frees).
 * Returns the correlation id, or -1. */
int32_t kc_recv(int fd, int16_t key, int16_t version, struct arena *a, void *out, uint8_t **frame);
struct fetch_resp;
/* One Fetch v11 for a single partition from offset (no wait, max_bytes for
 * both limits), answered into *out with views into *frame (the caller
 * frees frame and arena a). Returns 0, or -1 when no answer came. */
int kc_fetch_one(int fd, const char *topic, int32_t partition, int64_t offset, int32_t max_bytes,
                 struct arena *a, struct fetch_resp *out, uint8_t **frame);
/* True when the peer has closed the connection (read returns 0 within
 * timeout_ms, discarding any bytes). */
bool kc_closed_by_peer(int fd, int timeout_ms);
/* Auto-create topic through Metadata v1 (which always may) and wait until
 * it answers with that many partitions. 0, or -1 after about 5 s. */
int kc_await_topic(int port, const char *topic, int32_t partitions);

#endif

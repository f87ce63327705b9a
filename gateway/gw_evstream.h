/*
 * gw_evstream.h - `application/vnd.amazon.eventstream` message framing, as
 * used by SubscribeToShard.
 *
 * Message (all integers big-endian; "Event stream encoding",
 * https://docs.aws.amazon.com/lexv2/latest/dg/event-stream-encoding.html):
 *   u32 total_length | u32 headers_length | u32 prelude_crc (CRC32 of the 8
 *   bytes before) | headers | payload | u32 message_crc (CRC32 of every byte
 *   before it). CRC32 is the gzip/zlib one. Overhead is 16 bytes.
 * Header: u8 name_length | name | u8 value_type | value; we write only
 * strings (type 7: u16 length | bytes), which is all Kinesis events carry
 * (:event-type, :message-type, :content-type, :exception-type).
 */
#ifndef SLUICE_GW_EVSTREAM_H
#define SLUICE_GW_EVSTREAM_H

#include <stddef.h>
#include <stdint.h>

#include "protocol/kbuf.h"

#define GW_EVS_TYPE_STRING 7
#define GW_EVS_MAX_HEADERS 16

struct gw_evs_header {
    struct kstr name;
    struct kstr value; /* string-typed headers only */
};

/* Append one message to w. Returns 0 or -E_TOOBIG / -E_NOMEM. */
int gw_evstream_encode(struct kwriter *w, const struct gw_evs_header *h, size_t nh,
                       const uint8_t *payload, size_t len);

struct gw_evs_message {
    struct gw_evs_header headers[GW_EVS_MAX_HEADERS];
    size_t nheaders;
    struct kbytes payload;
};

/* Decode one message from the front of p (views point into p). Returns the
 * bytes consumed, 0 when more input is needed, or -E_CORRUPT. */
long gw_evstream_decode(const uint8_t *p, size_t n, struct gw_evs_message *m);
/* The value of a header, or a null view. */
struct kstr gw_evs_header_get(const struct gw_evs_message *m, const char *name);

#endif

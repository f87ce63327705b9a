/*
 * gw_status.h - a stream's StreamStatus over time, and which operations
 * each status admits (the diagram and table are in gw_status.c).
 */
#ifndef SLUICE_GW_STATUS_H
#define SLUICE_GW_STATUS_H

#include <stdint.h>

#include "gateway/gw_meta.h"

struct gw_call;

/* "ACTIVE", "CREATING", "UPDATING". */
const char *gw_status_name(enum gw_stream_status st);

/* The status s has at now_ms: its stored transitional status until that
 * ends, ACTIVE after. */
enum gw_stream_status gw_status_of(const struct gw_stream *s, int64_t now_ms);

/* Forget a transitional status that has ended, so the next save drops it. */
void gw_status_settle(struct gw_stream *s, int64_t now_ms);

/* Enter CREATING (a new stream) or UPDATING (a reshard of an ACTIVE
 * stream) for delay_ms; with delay_ms 0 the stream stays ACTIVE. Returns
 * -E_INVAL for a move the diagram does not have (callers check the status
 * first, with gw_call_admit). */
int gw_status_begin(struct gw_stream *s, enum gw_stream_status to, int64_t now_ms,
                    uint32_t delay_ms);

/* What an operation needs from the stream's status. */
enum gw_admit {
    GW_ADMIT_DATA,    /* PutRecord(s), GetShardIterator: not CREATING */
    GW_ADMIT_CREATED, /* tags, consumers: not CREATING */
    GW_ADMIT_ACTIVE,  /* resharding, settings, DeleteStream: ACTIVE */
};

/* Check s against what the operation needs. On refusal sets
 * ResourceNotFoundException (data operations on a CREATING stream, as AWS
 * answers them) or ResourceInUseException and returns non-zero; the caller
 * frees s and fails the call. */
int gw_call_admit(struct gw_call *c, const struct gw_stream *s, enum gw_admit need);

#endif

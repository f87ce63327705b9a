/*
 * dispatch.h - ApiKey -> {advertised versions, handler}; decoding of the
 * request header and body; the ApiVersions table.
 */
#ifndef SLUICE_DISPATCH_H
#define SLUICE_DISPATCH_H

#include <stdint.h>

#include "broker/request.h"

typedef void (*handler_fn)(struct request *rq);

struct disp_entry {
    int16_t key;
    int16_t min_version; /* advertised; within protocol/apis.def's range */
    int16_t max_version;
    handler_fn handler;
};

/* Decode rq's frame and run its handler; closes the connection on a
 * protocol violation (with a log line). */
void disp_request(struct request *rq);
/* The served table, in key order; *count receives its length. */
const struct disp_entry *disp_table(size_t *count);
const struct disp_entry *disp_lookup(int16_t key);

/* Test hook (STYLE.md 10): the next response of api_key carries this
 * top-level error instead of being handled. */
void disp_inject_error(int16_t api_key, int16_t error_code);

#endif

/*
 * gw_json.h - the gateway's own JSON reader and writer for gw_val trees
 * (the hot path of every JSON request and answer; gw_json.c says why
 * jansson is not used here).
 */
#ifndef SLUICE_GW_JSON_H
#define SLUICE_GW_JSON_H

#include "gateway/gw_doc.h"
#include "protocol/kbuf.h"

/* Append v as compact JSON to w. Returns 0 or w's sticky error
 * (-E_NOMEM, -E_TOOBIG). */
int gw_json_write(const struct gw_val *v, struct kwriter *w);

/* Parse a JSON document into the arena. Returns 0 and *out, or -E_INVAL
 * with *why (static text) and *at (byte offset). Depth and the number of
 * values are bounded by GW_DOC_MAX_DEPTH and GW_DOC_MAX_VALUES. */
int gw_json_parse(struct arena *a, const uint8_t *text, size_t len, struct gw_val **out,
                  const char **why, size_t *at);

#endif

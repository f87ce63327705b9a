/*
 * gw_json.h - AWS JSON 1.1 bodies to and from gw_val trees, through yajl.
 */
#ifndef SLUICE_GW_JSON_H
#define SLUICE_GW_JSON_H

#include <stddef.h>
#include <stdint.h>

#include "gateway/gw_doc.h"

/* Parse n bytes of JSON into a tree in arena a (any top-level value; the
 * caller checks it is an object). On failure returns -E_CORRUPT (or
 * -E_NOMEM) with a reason in *why and the byte offset in *at. */
int gw_json_parse(struct arena *a, const uint8_t *p, size_t n, struct gw_val **out,
                  const char **why, size_t *at);
/* Serialize v; *out is malloc'd (the caller frees it). Returns 0 or
 * -E_NOMEM. */
int gw_json_write(const struct gw_val *v, uint8_t **out, size_t *len);

#endif

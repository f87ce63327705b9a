/*
 * gw_json.h - the gateway's own JSON writer for gw_val trees (the hot path
 * of every JSON answer; see gw_json.c for why jansson is not used here).
 */
#ifndef SLUICE_GW_JSON_H
#define SLUICE_GW_JSON_H

#include "gateway/gw_doc.h"
#include "protocol/kbuf.h"

/* Append v as compact JSON to w. Returns 0 or w's sticky error
 * (-E_NOMEM, -E_TOOBIG). */
int gw_json_write(const struct gw_val *v, struct kwriter *w);

#endif

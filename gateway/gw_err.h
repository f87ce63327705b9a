/*
 * gw_err.h - AWS-style errors: an exception name plus a message.
 *
 * Operations and codecs fill a struct gw_err and return -E_INVAL (or the
 * status that led to it); gw_api.c turns it into the HTTP response once.
 */
#ifndef SLUICE_GW_ERR_H
#define SLUICE_GW_ERR_H

#include <stdarg.h>

enum gw_exc {
    GW_EXC_NONE = 0,
#define X(id, name, status) GW_EXC_##id,
#include "gateway/gw_errors.def"
#undef X
};

struct gw_err {
    enum gw_exc exc;
    char msg[512];
};

/* The __type name ("ValidationException"), or "" for GW_EXC_NONE. */
const char *gw_exc_name(enum gw_exc exc);
/* The HTTP status AWS uses for it. */
int gw_exc_status(enum gw_exc exc);
/* Set err (first error wins) and return -E_INVAL for convenience. */
int gw_err_set(struct gw_err *err, enum gw_exc exc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif

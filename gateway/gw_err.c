/* gw_err.c - the AWS exception table (gw_errors.def) and error setting. */
#include "gateway/gw_err.h"

#include <stdio.h>

#include "protocol/status.h"

static const struct {
    const char *name;
    int status;
} EXC[] = {
    {"", 200},
#define X(id, name, status) {name, status},
#include "gateway/gw_errors.def"
#undef X
};

const char *gw_exc_name(enum gw_exc exc)
{
    if ((unsigned)exc >= sizeof EXC / sizeof EXC[0])
        return "InternalFailure";
    return EXC[exc].name;
}

int gw_exc_status(enum gw_exc exc)
{
    if ((unsigned)exc >= sizeof EXC / sizeof EXC[0])
        return 500;
    return EXC[exc].status;
}

int gw_err_set(struct gw_err *err, enum gw_exc exc, const char *fmt, ...)
{
    if (err->exc == GW_EXC_NONE) {
        err->exc = exc;
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->msg, sizeof err->msg, fmt, ap);
        va_end(ap);
    }
    return -E_INVAL;
}

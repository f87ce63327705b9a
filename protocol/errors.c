/* errors.c - lookups over the error table in errors.def. */
#include "protocol/errors.h"

#include <stddef.h>

struct kerr_desc {
    int16_t code;
    bool retriable;
    const char *name;
    const char *message;
};

static const struct kerr_desc table[] = {
#define KERR(code, name, retriable, msg) {(code), (retriable), #name, (msg)},
#include "protocol/errors.def"
#undef KERR
};

static const struct kerr_desc *find(int16_t code)
{
    /* The table is sorted and dense from -1, so index directly. */
    int idx = code + 1;
    if (idx < 0 || (size_t)idx >= sizeof table / sizeof table[0])
        return NULL;
    return table[idx].code == code ? &table[idx] : NULL;
}

const char *kerr_name(int16_t code)
{
    const struct kerr_desc *d = find(code);
    return d ? d->name : "UNKNOWN_ERROR_CODE";
}

const char *kerr_message(int16_t code)
{
    const struct kerr_desc *d = find(code);
    return d ? d->message : "unknown error code";
}

bool kerr_retriable(int16_t code)
{
    const struct kerr_desc *d = find(code);
    return d && d->retriable;
}

bool kerr_known(int16_t code)
{
    return find(code) != NULL;
}

/* status.c - names of internal status codes, for log lines. */
#include "protocol/status.h"

const char *status_name(int status)
{
    if (status < 0)
        status = -status;
    switch (status) {
    case E_OK: return "ok";
    case E_AGAIN: return "again";
    case E_NOMEM: return "nomem";
    case E_IO: return "io";
    case E_NOSPC: return "nospc";
    case E_CORRUPT: return "corrupt";
    case E_NOTFOUND: return "notfound";
    case E_EXISTS: return "exists";
    case E_INVAL: return "inval";
    case E_RANGE: return "range";
    case E_TOOBIG: return "toobig";
    case E_FENCED: return "fenced";
    case E_UNSUPPORTED: return "unsupported";
    }
    return "unknown";
}

/*
 * status.h - the one short list of internal status codes.
 *
 * Internal functions return 0 on success or one of these, negated
 * (-E_CORRUPT ...). Kafka error numbers (errors.def) never appear below the
 * handler boundary; a handler translates once.
 */
#ifndef SLUICE_STATUS_H
#define SLUICE_STATUS_H

enum status {
    E_OK = 0,
    E_AGAIN,    /* need more input, or the operation would block */
    E_NOMEM,    /* allocation failed or a configured memory cap was hit */
    E_IO,       /* the operating system reported an I/O error */
    E_NOSPC,    /* the device is full */
    E_CORRUPT,  /* bytes on disk or on the wire are malformed */
    E_NOTFOUND, /* no such topic, partition, offset, group ... */
    E_EXISTS,   /* the thing to create is already there */
    E_INVAL,    /* a well-formed request asks for something illegal */
    E_RANGE,    /* an offset or size lies outside what is allowed */
    E_TOOBIG,   /* a size limit was exceeded */
    E_FENCED,   /* a stale epoch or generation */
    E_UNSUPPORTED, /* a version, codec or feature we do not serve */
};

/* A short lower-case name for logs ("corrupt", "io" ...). */
const char *status_name(int status);

#endif

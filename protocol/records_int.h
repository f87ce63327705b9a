/*
 * records_int.h - shared by records.c, records_iter.c and records_build.c
 * only.
 */
#ifndef SLUICE_RECORDS_INT_H
#define SLUICE_RECORDS_INT_H

#include "protocol/records.h"

/* The smallest encoded record: length, attributes, timestampDelta,
 * offsetDelta, keyLength, valueLength, headerCount, one byte each. */
#define RB_MIN_RECORD_BYTES 7
/* The smallest header: key length 0 and value length (varints). */
#define RB_MIN_HEADER_BYTES 2

/* Fill *err (may be NULL) and return the reason's status. */
int rb_fail(struct rb_error *err, enum rb_err code, const char *detail, size_t batch_at,
            int32_t record);

/* rb_iter_init, with the batch's position in a larger input for errors. */
int rb_iter_start(struct rb_iter *it, const struct rb_batch *b, struct rb_scratch *scratch,
                  size_t cap, struct rb_error *err, size_t batch_at);

#endif

/*
 * errors.h - Kafka error codes, expanded from errors.def. Only handlers use
 * these; storage and the rest speak enum status (status.h).
 */
#ifndef SLUICE_ERRORS_H
#define SLUICE_ERRORS_H

#include <stdbool.h>
#include <stdint.h>

enum kerr {
#define KERR(code, name, retriable, msg) KERR_##name = (code),
#include "protocol/errors.def"
#undef KERR
};

/* "OFFSET_OUT_OF_RANGE"; "UNKNOWN_ERROR_CODE" for codes not in the table. */
const char *kerr_name(int16_t code);
/* A short human description. */
const char *kerr_message(int16_t code);
bool kerr_retriable(int16_t code);
/* True when the code is in the table. */
bool kerr_known(int16_t code);

#endif

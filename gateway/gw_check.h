/*
 * gw_check.h - AWS-style input validation, collected into one
 * ValidationException the way the service words it:
 *   "2 validation errors detected: Value 'x' at 'streamName' failed to
 *    satisfy constraint: Member must satisfy regular expression pattern:
 *    [a-zA-Z0-9_.-]+; Value null at 'shardId' failed to satisfy constraint:
 *    Member must not be null"
 * Constraint violations of the API shapes (lengths, patterns, ranges,
 * enums, required members) are ValidationException; semantic problems
 * (a hash key out of range, a retention below 24 hours) are reported by the
 * operations as InvalidArgumentException.
 */
#ifndef SLUICE_GW_CHECK_H
#define SLUICE_GW_CHECK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "gateway/gw_err.h"

struct gw_vcheck {
    int n;
    char msg[480];
};

/* Record a failure for member (lower-camel, e.g. "streamName"). value NULL
 * prints as null. */
void vc_fail(struct gw_vcheck *vc, const char *member, const char *value, size_t len,
             const char *constraint);
/* Required member: records "Member must not be null" when absent. */
bool vc_required(struct gw_vcheck *vc, const char *member, bool present);
/* Length (UTF-8 code points for strings, as Java counts chars closely enough). */
void vc_len(struct gw_vcheck *vc, const char *member, const char *s, size_t len, size_t min,
            size_t max);
/* A name: length 1..max and [a-zA-Z0-9_.-]+. Skips NULL. */
void vc_name(struct gw_vcheck *vc, const char *member, const char *s, size_t len, size_t max);
/* Decimal pattern 0|([1-9]\d{0,max_digits-1}). Skips NULL. */
void vc_digits(struct gw_vcheck *vc, const char *member, const char *s, size_t len,
               size_t max_digits);
void vc_range(struct gw_vcheck *vc, const char *member, int64_t v, int64_t min, int64_t max);
/* s must be one of the NULL-terminated allowed values. Skips NULL. */
void vc_enum(struct gw_vcheck *vc, const char *member, const char *s,
             const char *const *allowed);
/* Stream ARN: length 1..2048, arn:aws.*:kinesis:.*:\d{12}:stream/\S+ */
void vc_stream_arn(struct gw_vcheck *vc, const char *member, const char *s, size_t len);
/* Consumer ARN: ...:stream/<name>/consumer/<name>:<digits> */
void vc_consumer_arn(struct gw_vcheck *vc, const char *member, const char *s, size_t len);
/* Turn collected failures into a ValidationException. Returns 0 or -E_INVAL. */
int vc_done(struct gw_vcheck *vc, struct gw_err *err);
/* Number of UTF-8 code points (invalid bytes count one each). */
size_t gw_utf8_len(const char *s, size_t n);

#endif

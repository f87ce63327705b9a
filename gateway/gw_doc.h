/*
 * gw_doc.h - one document model for both wire formats of the AWS JSON 1.1
 * protocol family: `application/x-amz-json-1.1` (yajl) and
 * `application/x-amz-cbor-1.1` (libcbor).
 *
 * Requests are parsed into a tree of struct gw_val in the request's arena;
 * operations read it with the gd_* accessors, which apply the format's
 * rules for blobs and timestamps. Responses are built as the same tree and
 * serialized in the request's format.
 *
 * Format rules (why they differ):
 *  - Blobs: JSON carries base64 text, CBOR a byte string.
 *  - Timestamps: JSON carries epoch seconds as a number with a fraction.
 *    CBOR carries epoch MILLISECONDS as an integer under tag 1, in both
 *    directions, although RFC 8949 tag 1 means seconds: the AWS Java SDK
 *    writes Instant.toEpochMilli() and reads the response value as
 *    milliseconds (aws/aws-sdk-java-v2#184 "the CBOR representation lacks
 *    the decimal point ... in V1 we parse it as a long"; #4661 quotes
 *    SdkCborGenerator calling toEpochMilli; localstack/localstack#11071 fixed
 *    the same for requests). We accept an untagged number as milliseconds
 *    too.
 */
#ifndef SLUICE_GW_DOC_H
#define SLUICE_GW_DOC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "gateway/gw_err.h"
#include "protocol/arena.h"

enum gw_fmt { GW_FMT_JSON, GW_FMT_CBOR };

enum gw_vtype {
    GV_NULL,
    GV_BOOL,
    GV_INT,
    GV_REAL,
    GV_STR,
    GV_BYTES,
    GV_ARR,
    GV_MAP,
    GV_TIME, /* output only: epoch milliseconds, written per format */
};

struct gw_val;

struct gw_member {
    const char *key;
    struct gw_val *val;
};

struct gw_val {
    enum gw_vtype t;
    union {
        bool b;
        int64_t i;
        double d;
        int64_t ms;
        struct {
            const char *p; /* NUL-terminated copy (STR); bytes for BYTES */
            size_t n;
        } s;
        struct {
            struct gw_val **v;
            size_t n, cap;
        } a;
        struct {
            struct gw_member *m;
            size_t n, cap;
        } m;
    } u;
};

/* Nesting deeper than this, or more values than that, is refused as a
 * SerializationException. */
#define GW_DOC_MAX_DEPTH 32
#define GW_DOC_MAX_VALUES 200000

/* Parse a request body. The top level must be a map/object. On failure
 * sets a SerializationException and returns -E_INVAL. */
int gw_doc_parse(struct arena *a, enum gw_fmt fmt, const uint8_t *body, size_t len,
                 struct gw_val **out, struct gw_err *err);
/* Serialize; *out is malloc'd (caller frees). Returns 0 or -E_NOMEM. */
int gw_doc_serialize(const struct gw_val *v, enum gw_fmt fmt, uint8_t **out, size_t *len);

/* Builders: all allocate from the arena and return NULL on failure. */
struct gw_val *gv_null(struct arena *a);
struct gw_val *gv_real(struct arena *a, double d);
struct gw_val *gv_map(struct arena *a);
struct gw_val *gv_arr(struct arena *a);
struct gw_val *gv_str(struct arena *a, const char *s);
struct gw_val *gv_strn(struct arena *a, const char *s, size_t n);
/* Bytes are borrowed, not copied: they must outlive serialization. */
struct gw_val *gv_bytes(struct arena *a, const void *p, size_t n);
struct gw_val *gv_int(struct arena *a, int64_t v);
struct gw_val *gv_bool(struct arena *a, bool v);
struct gw_val *gv_time(struct arena *a, int64_t ms);
/* Add a member; a NULL value is omitted (AWS omits empty optional
 * fields). Returns 0 or -E_NOMEM. */
int gv_put(struct arena *a, struct gw_val *map, const char *key, struct gw_val *v);
int gv_push(struct arena *a, struct gw_val *arr, struct gw_val *v);
/* Member lookup (NULL if absent). */
const struct gw_val *gv_get(const struct gw_val *map, const char *key);

/*
 * Typed accessors for operation inputs. An absent or null member leaves
 * *present false (or the pointer NULL) and returns 0. A member of the wrong
 * type sets a SerializationException (the message names the Java types,
 * as AWS's service does) and returns -E_INVAL.
 */
int gd_str(const struct gw_val *obj, const char *key, const char **s, size_t *len,
           struct gw_err *err);
int gd_int(const struct gw_val *obj, const char *key, int64_t *v, bool *present,
           struct gw_err *err);
int gd_bool(const struct gw_val *obj, const char *key, bool *v, bool *present,
            struct gw_err *err);
/* Blob: base64 text (JSON) decoded into the arena, or CBOR bytes. */
int gd_blob(struct arena *a, enum gw_fmt fmt, const struct gw_val *obj, const char *key,
            const uint8_t **p, size_t *len, bool *present, struct gw_err *err);
int gd_time(enum gw_fmt fmt, const struct gw_val *obj, const char *key, int64_t *ms,
            bool *present, struct gw_err *err);
/* Structure / list / map members: NULL when absent. */
int gd_obj(const struct gw_val *obj, const char *key, const struct gw_val **out,
           struct gw_err *err);
int gd_list(const struct gw_val *obj, const char *key, const struct gw_val **out,
            struct gw_err *err);

/* Strict base64 (RFC 4648 alphabet, padded, length a multiple of 4) into
 * the arena. Returns 0 or -E_CORRUPT with *why set. */
int gw_base64_decode(struct arena *a, const char *s, size_t n, uint8_t **out, size_t *len,
                     const char **why);
/* Base64 into a malloc'd NUL-terminated string. */
char *gw_base64_encode(const uint8_t *p, size_t n);
/* Base64 of p into out (room for (n + 2) / 3 * 4 bytes, no NUL written);
 * returns the length. */
size_t gw_base64_encode_to(const uint8_t *p, size_t n, char *out);

#endif

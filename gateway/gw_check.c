/*
 * gw_check.c - validation helpers (message shapes as the service writes
 * them; constraints from the Kinesis API reference data types).
 */
#include "gateway/gw_check.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "protocol/status.h"

size_t gw_utf8_len(const char *s, size_t n)
{
    size_t count = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            count++;
    return count;
}

void vc_fail(struct gw_vcheck *vc, const char *member, const char *value, size_t len,
             const char *constraint)
{
    /* The service reports at most 10 failures. */
    if (vc->n >= 10) {
        vc->n++;
        return;
    }
    char shown[80];
    if (!value) {
        snprintf(shown, sizeof shown, "null");
    } else {
        size_t l = len > 64 ? 64 : len;
        size_t o = 0;
        shown[o++] = '\'';
        for (size_t i = 0; i < l && o < sizeof shown - 5; i++)
            shown[o++] = (unsigned char)value[i] < 0x20 ? '?' : value[i];
        if (len > l) {
            memcpy(shown + o, "...", 3);
            o += 3;
        }
        shown[o++] = '\'';
        shown[o] = '\0';
    }
    size_t at = strlen(vc->msg);
    if (at >= sizeof vc->msg - 1) {
        vc->n++;
        return;
    }
    snprintf(vc->msg + at, sizeof vc->msg - at,
             "%sValue %s at '%s' failed to satisfy constraint: %s", vc->n ? "; " : "", shown,
             member, constraint);
    vc->n++;
}

bool vc_required(struct gw_vcheck *vc, const char *member, bool present)
{
    if (!present)
        vc_fail(vc, member, NULL, 0, "Member must not be null");
    return present;
}

void vc_len(struct gw_vcheck *vc, const char *member, const char *s, size_t len, size_t min,
            size_t max)
{
    if (!s)
        return;
    size_t n = gw_utf8_len(s, len);
    char c[96];
    if (n < min) {
        snprintf(c, sizeof c, "Member must have length greater than or equal to %zu", min);
        vc_fail(vc, member, s, len, c);
    } else if (n > max) {
        snprintf(c, sizeof c, "Member must have length less than or equal to %zu", max);
        vc_fail(vc, member, s, len, c);
    }
}

void vc_name(struct gw_vcheck *vc, const char *member, const char *s, size_t len, size_t max)
{
    if (!s)
        return;
    int before = vc->n;
    vc_len(vc, member, s, len, 1, max);
    if (vc->n != before || len == 0)
        return;
    for (size_t i = 0; i < len; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (!isalnum(ch) && ch != '_' && ch != '.' && ch != '-') {
            vc_fail(vc, member, s, len,
                    "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
            return;
        }
    }
}

void vc_digits(struct gw_vcheck *vc, const char *member, const char *s, size_t len,
               size_t max_digits)
{
    if (!s)
        return;
    bool ok = len >= 1 && len <= max_digits && strspn(s, "0123456789") == len &&
              (len == 1 || s[0] != '0');
    if (!ok) {
        char c[96];
        snprintf(c, sizeof c, "Member must satisfy regular expression pattern: 0|([1-9]\\d{0,%zu})",
                 max_digits - 1);
        vc_fail(vc, member, s, len, c);
    }
}

void vc_range(struct gw_vcheck *vc, const char *member, int64_t v, int64_t min, int64_t max)
{
    char c[96], shown[32];
    int n = snprintf(shown, sizeof shown, "%lld", (long long)v);
    if (v < min) {
        snprintf(c, sizeof c, "Member must have value greater than or equal to %lld",
                 (long long)min);
        vc_fail(vc, member, shown, (size_t)n, c);
    } else if (v > max) {
        snprintf(c, sizeof c, "Member must have value less than or equal to %lld",
                 (long long)max);
        vc_fail(vc, member, shown, (size_t)n, c);
    }
}

void vc_enum(struct gw_vcheck *vc, const char *member, const char *s,
             const char *const *allowed)
{
    if (!s)
        return;
    for (size_t i = 0; allowed[i]; i++)
        if (!strcmp(s, allowed[i]))
            return;
    char c[300] = "Member must satisfy enum value set: [";
    for (size_t i = 0; allowed[i]; i++) {
        strncat(c, allowed[i], sizeof c - strlen(c) - 3);
        if (allowed[i + 1])
            strncat(c, ", ", sizeof c - strlen(c) - 3);
    }
    strncat(c, "]", sizeof c - strlen(c) - 1);
    vc_fail(vc, member, s, strlen(s), c);
}

/* arn:aws.*:kinesis:.*:\d{12}:stream/... : returns the part after "stream/". */
static const char *arn_stream_part(const char *s, size_t len)
{
    if (len < 4 || strncmp(s, "arn:aws", 7))
        return NULL;
    const char *k = strstr(s, ":kinesis:");
    if (!k)
        return NULL;
    const char *st = strstr(k, ":stream/");
    if (!st || st - k < 9 + 13)
        return NULL;
    /* 12 digits just before ":stream/" */
    const char *acct = st - 12;
    if (acct[-1] != ':')
        return NULL;
    for (int i = 0; i < 12; i++)
        if (!isdigit((unsigned char)acct[i]))
            return NULL;
    const char *rest = st + 8;
    if (!*rest)
        return NULL;
    for (const char *p = rest; *p; p++)
        if (isspace((unsigned char)*p))
            return NULL;
    return rest;
}

void vc_stream_arn(struct gw_vcheck *vc, const char *member, const char *s, size_t len)
{
    if (!s)
        return;
    int before = vc->n;
    vc_len(vc, member, s, len, 1, 2048);
    if (vc->n == before && !arn_stream_part(s, len))
        vc_fail(vc, member, s, len,
                "Member must satisfy regular expression pattern: "
                "arn:aws.*:kinesis:.*:\\d{12}:stream/\\S+");
}

void vc_consumer_arn(struct gw_vcheck *vc, const char *member, const char *s, size_t len)
{
    if (!s)
        return;
    int before = vc->n;
    vc_len(vc, member, s, len, 1, 2048);
    if (vc->n != before)
        return;
    const char *rest = arn_stream_part(s, len);
    const char *c = rest ? strstr(rest, "/consumer/") : NULL;
    const char *colon = c ? strrchr(c, ':') : NULL;
    if (!c || !colon || !colon[1] || strspn(colon + 1, "0123456789") != strlen(colon + 1))
        vc_fail(vc, member, s, len,
                "Member must satisfy regular expression pattern: "
                "^(arn):aws.*:kinesis:.*:\\d{12}:.*stream\\/[a-zA-Z0-9_.-]+\\/consumer\\/"
                "[a-zA-Z0-9_.-]+:[0-9]+");
}

int vc_done(struct gw_vcheck *vc, struct gw_err *err)
{
    if (!vc->n)
        return 0;
    return gw_err_set(err, GW_EXC_VALIDATION, "%d validation error%s detected: %s", vc->n,
                      vc->n > 1 ? "s" : "", vc->msg);
}

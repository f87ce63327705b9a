/*
 * gw_sigv4.c - SigV4 verification.
 *
 * Checks, in the order AWS reports them:
 *  1. an Authorization header exists (else MissingAuthenticationToken);
 *  2. it is "AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=..."
 *     with a 5-part credential scope and an X-Amz-Date (or Date) header
 *     (else IncompleteSignature);
 *  3. the scope's date equals the request date's, its service is ours, its
 *     region ours, its terminator aws4_request; SignedHeaders includes host
 *     or ":authority" (the AWS JS SDK v3 signs HTTP/2 requests with
 *     ":authority" as a header name) and x-amz-target;
 *     the request time is within 5 minutes of ours (else InvalidSignature;
 *     the texts follow the service's own messages);
 *  4. the access key is known (else UnrecognizedClient);
 *  5. the signature matches, compared in constant time with CRYPTO_memcmp.
 *
 * Canonical URI: for every service but S3 the path is normalized (dot
 * segments removed, empty segments collapsed) and each byte outside the
 * unreserved set is percent-encoded once more, so "/%20/foo" on the wire
 * signs as "/%2520/foo" (AWS test suite get-space.creq). Canonical query:
 * names and values are decoded, re-encoded with the unreserved set
 * (A-Z a-z 0-9 - _ . ~) left alone, and sorted by name then value.
 * Header values are trimmed and inner runs of spaces collapsed to one.
 */
#include "gateway/gw_sigv4.h"

#include <ctype.h>
#include <openssl/crypto.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "gateway/gw_crypto.h"
#include "protocol/status.h"

static const char ALGO[] = "AWS4-HMAC-SHA256";

static bool unreserved(unsigned char ch)
{
    return isalnum(ch) || ch == '-' || ch == '_' || ch == '.' || ch == '~';
}

static void put_encoded(struct kwriter *w, const char *s, size_t n, bool keep_slash)
{
    static const char HEX[] = "0123456789ABCDEF";
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (unreserved(ch) || (keep_slash && ch == '/')) {
            kw_raw(w, &s[i], 1);
        } else {
            char e[3] = {'%', HEX[ch >> 4], HEX[ch & 15]};
            kw_raw(w, e, 3);
        }
    }
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Percent-decode into out (at most n bytes); returns the decoded length. */
static size_t pct_decode(const char *s, size_t n, char *out)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '%' && i + 2 < n && hexval(s[i + 1]) >= 0 &&
            hexval(s[i + 2]) >= 0) {
            out[o++] = (char)(hexval(s[i + 1]) * 16 + hexval(s[i + 2]));
            i += 2;
        } else {
            out[o++] = s[i];
        }
    }
    return o;
}

/* Normalized, re-encoded path (RFC 3986 5.2.4 dot-segment removal). */
static int put_canonical_uri(struct kwriter *w, const char *path)
{
    if (!path || !*path || !strcmp(path, "*")) {
        kw_raw(w, "/", 1);
        return 0;
    }
    size_t n = strlen(path);
    /* Segment boundaries: at most n/1 + 1 segments. */
    const char **seg = calloc(n + 1, sizeof *seg);
    size_t *len = calloc(n + 1, sizeof *len);
    if (!seg || !len) {
        free(seg);
        free(len);
        return -E_NOMEM;
    }
    size_t ns = 0;
    const char *p = path;
    while (*p) {
        while (*p == '/')
            p++;
        if (!*p)
            break;
        const char *s = p;
        while (*p && *p != '/')
            p++;
        size_t l = (size_t)(p - s);
        if (l == 1 && s[0] == '.')
            continue;
        if (l == 2 && s[0] == '.' && s[1] == '.') {
            if (ns)
                ns--;
            continue;
        }
        seg[ns] = s;
        len[ns] = l;
        ns++;
    }
    bool trailing = path[n - 1] == '/';
    kw_raw(w, "/", 1);
    for (size_t i = 0; i < ns; i++) {
        put_encoded(w, seg[i], len[i], false);
        if (i + 1 < ns || trailing)
            kw_raw(w, "/", 1);
    }
    free(seg);
    free(len);
    return 0;
}

struct qparam {
    char *k, *v; /* encoded forms */
};

static int qcmp(const void *a, const void *b)
{
    const struct qparam *x = a, *y = b;
    int c = strcmp(x->k, y->k);
    return c ? c : strcmp(x->v, y->v);
}

static char *encode_dup(const char *s, size_t n)
{
    char *dec = malloc(n + 1);
    if (!dec)
        return NULL;
    size_t dn = pct_decode(s, n, dec);
    struct kwriter w;
    kw_init(&w);
    put_encoded(&w, dec, dn, false);
    kw_raw(&w, "", 1);
    free(dec);
    if (w.err) {
        kw_destroy(&w);
        return NULL;
    }
    return (char *)w.buf; /* the writer's buffer is ours now */
}

static int put_canonical_query(struct kwriter *w, const char *query)
{
    if (!query || !*query)
        return 0;
    size_t n = 1;
    for (const char *p = query; *p; p++)
        n += *p == '&';
    struct qparam *q = calloc(n, sizeof *q);
    if (!q)
        return -E_NOMEM;
    size_t nq = 0;
    int rc = 0;
    const char *p = query;
    while (*p) {
        const char *e = strchr(p, '&');
        if (!e)
            e = p + strlen(p);
        if (e > p) {
            const char *eq = memchr(p, '=', (size_t)(e - p));
            const char *ke = eq ? eq : e;
            q[nq].k = encode_dup(p, (size_t)(ke - p));
            q[nq].v = eq ? encode_dup(eq + 1, (size_t)(e - eq - 1)) : strdup("");
            nq++;
            if (!q[nq - 1].k || !q[nq - 1].v) {
                rc = -E_NOMEM;
                break;
            }
        }
        p = *e ? e + 1 : e;
    }
    if (!rc) {
        qsort(q, nq, sizeof *q, qcmp);
        for (size_t i = 0; i < nq; i++) {
            if (i)
                kw_raw(w, "&", 1);
            kw_raw(w, q[i].k, strlen(q[i].k));
            kw_raw(w, "=", 1);
            kw_raw(w, q[i].v, strlen(q[i].v));
        }
    }
    for (size_t i = 0; i < nq; i++) {
        free(q[i].k);
        free(q[i].v);
    }
    free(q);
    return rc;
}

/* Trimmed value with inner whitespace runs collapsed to one space. */
static void put_header_value(struct kwriter *w, const char *v)
{
    while (*v == ' ' || *v == '\t')
        v++;
    bool space = false;
    for (; *v; v++) {
        if (*v == ' ' || *v == '\t') {
            space = true;
            continue;
        }
        if (space)
            kw_raw(w, " ", 1);
        space = false;
        kw_raw(w, v, 1);
    }
}

int gw_sigv4_canonical_request(const struct gw_request *req, const char *signed_headers,
                               const char *payload_hash, struct kwriter *w)
{
    kw_raw(w, req->method, strlen(req->method));
    kw_raw(w, "\n", 1);
    if (put_canonical_uri(w, req->path))
        return -E_NOMEM;
    kw_raw(w, "\n", 1);
    if (put_canonical_query(w, req->query))
        return -E_NOMEM;
    kw_raw(w, "\n", 1);
    const char *p = signed_headers;
    while (*p) {
        const char *e = strchr(p, ';');
        if (!e)
            e = p + strlen(p);
        size_t l = (size_t)(e - p);
        char name[128];
        if (l == 0 || l >= sizeof name)
            return -E_INVAL;
        memcpy(name, p, l);
        name[l] = '\0';
        kw_raw(w, name, l);
        kw_raw(w, ":", 1);
        bool found = false;
        for (size_t i = 0; i < req->nheaders; i++) {
            if (strcmp(req->headers[i].name, name))
                continue;
            if (found)
                kw_raw(w, ",", 1);
            put_header_value(w, req->headers[i].value);
            found = true;
        }
        if (!found && (!strcmp(name, "host") || !strcmp(name, ":authority")) &&
            req->authority) {
            /* HTTP/2 carries Host as :authority (RFC 9113 8.3.1), and the
             * AWS JS SDK v3 signs it under that name (SignedHeaders=
             * :authority;...), as the service's own message allows. */
            put_header_value(w, req->authority);
            found = true;
        }
        if (!found)
            return -E_INVAL;
        kw_raw(w, "\n", 1);
        p = *e ? e + 1 : e;
    }
    kw_raw(w, "\n", 1);
    kw_raw(w, signed_headers, strlen(signed_headers));
    kw_raw(w, "\n", 1);
    kw_raw(w, payload_hash, strlen(payload_hash));
    return w->err ? -E_NOMEM : 0;
}

int gw_sigv4_signing_key(const char *secret, const char *date8, const char *region,
                         const char *service, uint8_t out[32])
{
    char k0[256];
    int n = snprintf(k0, sizeof k0, "AWS4%s", secret);
    if (n < 0 || (size_t)n >= sizeof k0)
        return -E_INVAL;
    uint8_t k1[32], k2[32], k3[32];
    int rc = gw_hmac_sha256(k0, (size_t)n, date8, strlen(date8), k1) ||
             gw_hmac_sha256(k1, 32, region, strlen(region), k2) ||
             gw_hmac_sha256(k2, 32, service, strlen(service), k3) ||
             gw_hmac_sha256(k3, 32, "aws4_request", 12, out);
    OPENSSL_cleanse(k0, sizeof k0);
    OPENSSL_cleanse(k1, sizeof k1);
    OPENSSL_cleanse(k2, sizeof k2);
    OPENSSL_cleanse(k3, sizeof k3);
    return rc ? -E_IO : 0;
}

int gw_sigv4_sign(const char *secret, const char *date8, const char *region,
                  const char *service, const char *string_to_sign, char out[65])
{
    uint8_t key[32], sig[32];
    if (gw_sigv4_signing_key(secret, date8, region, service, key))
        return -E_IO;
    int rc = gw_hmac_sha256(key, 32, string_to_sign, strlen(string_to_sign), sig);
    OPENSSL_cleanse(key, sizeof key);
    if (rc)
        return -E_IO;
    gw_hex(sig, 32, out);
    return 0;
}

/* "20150830T123600Z" -> epoch ms; -1 if malformed. */
static int64_t parse_amz_date(const char *s)
{
    if (strlen(s) != 16 || s[8] != 'T' || s[15] != 'Z')
        return -1;
    for (int i = 0; i < 15; i++)
        if (i != 8 && !isdigit((unsigned char)s[i]))
            return -1;
    struct tm tm = {0};
    tm.tm_year = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0') - 1900;
    tm.tm_mon = (s[4] - '0') * 10 + (s[5] - '0') - 1;
    tm.tm_mday = (s[6] - '0') * 10 + (s[7] - '0');
    tm.tm_hour = (s[9] - '0') * 10 + (s[10] - '0');
    tm.tm_min = (s[11] - '0') * 10 + (s[12] - '0');
    tm.tm_sec = (s[13] - '0') * 10 + (s[14] - '0');
    if (tm.tm_mon < 0 || tm.tm_mon > 11 || tm.tm_mday < 1 || tm.tm_mday > 31 || tm.tm_hour > 23 ||
        tm.tm_min > 59 || tm.tm_sec > 60)
        return -1;
    return (int64_t)timegm(&tm) * 1000;
}

static void fmt_amz_date(int64_t ms, char out[17])
{
    time_t t = (time_t)(ms / 1000);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(out, 17, "%Y%m%dT%H%M%SZ", &tm);
}

/* Find "Name=" in the comma-separated parameter list; value up to ',' . */
static bool auth_param(const char *params, const char *name, char *out, size_t cap)
{
    size_t nl = strlen(name);
    const char *p = params;
    while (*p) {
        while (*p == ' ' || *p == ',')
            p++;
        const char *e = strchr(p, ',');
        if (!e)
            e = p + strlen(p);
        if ((size_t)(e - p) > nl && !strncmp(p, name, nl) && p[nl] == '=') {
            const char *v = p + nl + 1;
            const char *ve = e;
            while (ve > v && ve[-1] == ' ')
                ve--;
            size_t l = (size_t)(ve - v);
            if (l == 0 || l >= cap)
                return false;
            memcpy(out, v, l);
            out[l] = '\0';
            return true;
        }
        p = e;
    }
    return false;
}

static bool list_contains(const char *list, const char *name)
{
    size_t nl = strlen(name);
    const char *p = list;
    while (*p) {
        const char *e = strchr(p, ';');
        if (!e)
            e = p + strlen(p);
        if ((size_t)(e - p) == nl && !strncmp(p, name, nl))
            return true;
        p = *e ? e + 1 : e;
    }
    return false;
}

int gw_sigv4_verify(struct arena *a, const struct gw_request *req,
                    const struct gw_sigv4_params *p, const char **access_key,
                    struct gw_err *err)
{
    (void)a;
    const char *auth = gw_request_header(req, "authorization");
    if (!auth)
        return gw_err_set(err, GW_EXC_MISSING_AUTH_TOKEN, "Missing Authentication Token");
    size_t al = strlen(ALGO);
    if (strncmp(auth, ALGO, al) || auth[al] != ' ')
        return gw_err_set(err, GW_EXC_INCOMPLETE_SIGNATURE,
                          "Authorization header must start with '%s'.", ALGO);
    const char *params = auth + al + 1;
    char cred[512], signed_headers[1024], sig[80];
    bool have_cred = auth_param(params, "Credential", cred, sizeof cred);
    bool have_sh = auth_param(params, "SignedHeaders", signed_headers, sizeof signed_headers);
    bool have_sig = auth_param(params, "Signature", sig, sizeof sig);
    const char *amz_date = gw_request_header(req, "x-amz-date");
    const char *http_date = gw_request_header(req, "date");
    if (!have_cred || !have_sh || !have_sig || (!amz_date && !http_date))
        return gw_err_set(err, GW_EXC_INCOMPLETE_SIGNATURE,
                          "Authorization header requires 'Credential', 'SignedHeaders' and "
                          "'Signature' parameters and a 'X-Amz-Date' or 'Date' header.");
    /* Credential = AK/yyyymmdd/region/service/aws4_request */
    char *part[5];
    int np = 0;
    char *save = NULL;
    for (char *t = strtok_r(cred, "/", &save); t && np < 6; t = strtok_r(NULL, "/", &save))
        if (np < 5)
            part[np++] = t;
        else
            np++;
    if (np != 5)
        return gw_err_set(err, GW_EXC_INCOMPLETE_SIGNATURE,
                          "Credential must have exactly 5 slash-delimited elements, e.g. "
                          "keyid/date/region/service/term.");
    size_t sl = strlen(sig);
    for (size_t i = 0; i < sl; i++)
        sig[i] = (char)tolower((unsigned char)sig[i]);
    if (sl != 64 || strspn(sig, "0123456789abcdef") != 64)
        return gw_err_set(err, GW_EXC_INCOMPLETE_SIGNATURE,
                          "Signature must be 64 hexadecimal characters.");
    for (const char *s = signed_headers; *s; s++)
        if (isupper((unsigned char)*s) || *s == ' ')
            return gw_err_set(err, GW_EXC_INCOMPLETE_SIGNATURE,
                              "SignedHeaders must be lower-case and ';'-separated.");

    /* The request time: X-Amz-Date, else an RFC 1123 Date header. */
    char date_iso[17];
    int64_t req_ms;
    if (amz_date) {
        req_ms = parse_amz_date(amz_date);
        if (req_ms < 0)
            return gw_err_set(err, GW_EXC_INCOMPLETE_SIGNATURE,
                              "X-Amz-Date must be in the ISO-8601 basic format yyyyMMdd'T'HHmmss'Z'.");
        memcpy(date_iso, amz_date, 17);
    } else {
        struct tm tm = {0};
        const char *end = strptime(http_date, "%a, %d %b %Y %H:%M:%S GMT", &tm);
        if (!end || *end)
            return gw_err_set(err, GW_EXC_INCOMPLETE_SIGNATURE, "Date header is malformed.");
        req_ms = (int64_t)timegm(&tm) * 1000;
        fmt_amz_date(req_ms, date_iso);
    }
    if (p->mode == GW_AUTH_ANY) {
        *access_key = "any";
        return 0;
    }
    if (strncmp(part[1], date_iso, 8) || strlen(part[1]) != 8)
        return gw_err_set(err, GW_EXC_INVALID_SIGNATURE,
                          "Date in Credential scope does not match YYYYMMDD from ISO-8601 version "
                          "of date from HTTP: '%s' != '%.8s', from '%s'.",
                          part[1], date_iso, date_iso);
    if (p->region && strcmp(part[2], p->region))
        return gw_err_set(err, GW_EXC_INVALID_SIGNATURE,
                          "Credential should be scoped to a valid region, not '%s'.", part[2]);
    if (strcmp(part[3], p->service))
        return gw_err_set(err, GW_EXC_INVALID_SIGNATURE,
                          "Credential should be scoped to correct service: '%s'.", p->service);
    if (strcmp(part[4], "aws4_request"))
        return gw_err_set(err, GW_EXC_INVALID_SIGNATURE,
                          "Credential should be scoped with a valid terminator: 'aws4_request', "
                          "not '%s'.",
                          part[4]);
    if (!list_contains(signed_headers, "host") && !list_contains(signed_headers, ":authority"))
        return gw_err_set(err, GW_EXC_INVALID_SIGNATURE,
                          "'Host' or ':authority' must be a 'SignedHeader' in the AWS "
                          "Authorization.");
    if (p->require_target && !list_contains(signed_headers, "x-amz-target"))
        return gw_err_set(err, GW_EXC_INVALID_SIGNATURE,
                          "'X-Amz-Target' must be a 'SignedHeader' in the AWS Authorization.");
    char now_iso[17], bound_iso[17];
    fmt_amz_date(p->now_ms, now_iso);
    if (req_ms < p->now_ms - GW_SIGV4_MAX_SKEW_MS) {
        fmt_amz_date(req_ms + GW_SIGV4_MAX_SKEW_MS, bound_iso);
        return gw_err_set(err, GW_EXC_INVALID_SIGNATURE,
                          "Signature expired: %s is now earlier than %s (%s - 5 min.)", date_iso,
                          bound_iso, now_iso);
    }
    if (req_ms > p->now_ms + GW_SIGV4_MAX_SKEW_MS) {
        fmt_amz_date(p->now_ms + GW_SIGV4_MAX_SKEW_MS, bound_iso);
        return gw_err_set(err, GW_EXC_INVALID_SIGNATURE,
                          "Signature not yet current: %s is still later than %s (%s + 5 min.)",
                          date_iso, bound_iso, now_iso);
    }
    const struct gw_credential *cred_found = NULL;
    for (size_t i = 0; i < p->ncreds; i++)
        if (!strcmp(p->creds[i].access_key, part[0]))
            cred_found = &p->creds[i];
    if (!cred_found)
        return gw_err_set(err, GW_EXC_UNRECOGNIZED_CLIENT,
                          "The security token included in the request is invalid.");

    /* The payload hash: x-amz-content-sha256 when sent (and then it must be
     * the body's), else the body's own hash. */
    uint8_t digest[32];
    char body_hash[65];
    if (gw_sha256(req->body ? (const void *)req->body : "", req->body_len, digest))
        return gw_err_set(err, GW_EXC_INTERNAL_FAILURE, "hash failed");
    gw_hex(digest, 32, body_hash);
    const char *payload_hash = body_hash;
    const char *declared = gw_request_header(req, "x-amz-content-sha256");
    if (declared) {
        if (!strcmp(declared, "UNSIGNED-PAYLOAD")) {
            payload_hash = declared;
        } else if (strcasecmp(declared, body_hash)) {
            return gw_err_set(err, GW_EXC_INVALID_SIGNATURE,
                              "The provided 'x-amz-content-sha256' header does not match what "
                              "was computed.");
        } else {
            payload_hash = declared;
        }
    }
    struct kwriter w;
    kw_init(&w);
    int rc = gw_sigv4_canonical_request(req, signed_headers, payload_hash, &w);
    if (rc) {
        kw_destroy(&w);
        return gw_err_set(err, GW_EXC_INVALID_SIGNATURE,
                          "A header listed in SignedHeaders is missing from the request.");
    }
    char creq_hash[65];
    gw_sha256(w.buf, w.len, digest);
    gw_hex(digest, 32, creq_hash);
    kw_destroy(&w);
    char sts[512];
    snprintf(sts, sizeof sts, "%s\n%s\n%s/%s/%s/aws4_request\n%s", ALGO, date_iso, part[1],
             part[2], part[3], creq_hash);
    char expect[65];
    if (gw_sigv4_sign(cred_found->secret_key, part[1], part[2], part[3], sts, expect))
        return gw_err_set(err, GW_EXC_INTERNAL_FAILURE, "signing failed");
    if (CRYPTO_memcmp(expect, sig, 64) != 0)
        return gw_err_set(err, GW_EXC_INVALID_SIGNATURE,
                          "The request signature we calculated does not match the signature you "
                          "provided. Check your AWS Secret Access Key and signing method. Consult "
                          "the service documentation for details.");
    *access_key = cred_found->access_key;
    return 0;
}

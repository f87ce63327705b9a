/*
 * gw_config.c - `sluice.gateway.*` settings: defaults, parsing, copying.
 *
 * Every value is checked here, once, so the rest of the gateway can trust
 * the struct: sizes are bounded, the credential list is well formed.
 */
#include "gateway/gw_int.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "protocol/status.h"

#define GW_PREFIX "sluice.gateway."

static int set_str(char **slot, const char *value)
{
    char *copy = strdup(value ? value : "");
    if (!copy)
        return -E_NOMEM;
    free(*slot);
    *slot = copy;
    return 0;
}

int gw_config_init(struct gw_config *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    cfg->auth = GW_AUTH_SIGV4;
    /* PutRecords carries up to 10 MiB of data and keys, and so does a
     * PutRecord of the largest record (MaxRecordSizeInKiB 10240); base64
     * inflates data by 4/3 (13.4 MiB) and JSON adds at most 500 escaped
     * keys and member names (under 1 MiB), so 16 MiB fits the largest legal
     * request. */
    cfg->max_body_bytes = 16u << 20;
    cfg->max_header_bytes = 32u << 10;
    cfg->idle_timeout_ms = 120000;
    cfg->max_connections = 1024;
    cfg->h2_max_streams = 100;
    cfg->subscribe_poll_ms = 200;
    cfg->subscribe_lifetime_ms = 5 * 60 * 1000;
    /* Long enough to be seen by a client that looks at once, short enough
     * that a waiter's first or second poll finds ACTIVE. */
    cfg->status_delay_ms = 100;
    if (set_str(&cfg->listener, "127.0.0.1:4566") || set_str(&cfg->tls_listener, "") ||
        set_str(&cfg->tls_cert, "") || set_str(&cfg->tls_key, "") ||
        set_str(&cfg->region, "us-east-1") || set_str(&cfg->account_id, "000000000000")) {
        gw_config_destroy(cfg);
        return -E_NOMEM;
    }
    return 0;
}

static void free_creds(struct gw_config *cfg)
{
    for (size_t i = 0; i < cfg->ncreds; i++) {
        free(cfg->creds[i].access_key);
        if (cfg->creds[i].secret_key) {
            /* Secrets do not linger in freed memory. */
            memset(cfg->creds[i].secret_key, 0, strlen(cfg->creds[i].secret_key));
            free(cfg->creds[i].secret_key);
        }
    }
    free(cfg->creds);
    cfg->creds = NULL;
    cfg->ncreds = 0;
}

void gw_config_destroy(struct gw_config *cfg)
{
    free(cfg->listener);
    free(cfg->tls_listener);
    free(cfg->tls_cert);
    free(cfg->tls_key);
    free(cfg->region);
    free(cfg->account_id);
    free_creds(cfg);
    memset(cfg, 0, sizeof *cfg);
}

static int parse_u64(const char *s, uint64_t min, uint64_t max, uint64_t *out)
{
    if (!s || !*s || !isdigit((unsigned char)*s))
        return -E_INVAL;
    errno = 0;
    char *end;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || *end || v < min || v > max)
        return -E_INVAL;
    *out = v;
    return 0;
}

/* "AK:SECRET,AK2:SECRET2"; whitespace around entries is ignored. */
static int parse_creds(struct gw_config *cfg, const char *value, const char **why)
{
    free_creds(cfg);
    size_t n = 0;
    for (const char *p = value; *p; p++)
        n += *p == ',';
    cfg->creds = calloc(n + 1, sizeof *cfg->creds);
    if (!cfg->creds)
        return -E_NOMEM;
    const char *p = value;
    while (*p) {
        while (*p == ' ' || *p == ',')
            p++;
        if (!*p)
            break;
        const char *end = strchr(p, ',');
        if (!end)
            end = p + strlen(p);
        const char *colon = memchr(p, ':', (size_t)(end - p));
        const char *tail = end;
        while (tail > p && tail[-1] == ' ')
            tail--;
        if (!colon || colon == p || colon + 1 >= tail) {
            *why = "credentials must be ACCESS_KEY:SECRET[,ACCESS_KEY:SECRET...]";
            free_creds(cfg);
            return -E_INVAL;
        }
        struct gw_credential *c = &cfg->creds[cfg->ncreds];
        c->access_key = strndup(p, (size_t)(colon - p));
        c->secret_key = strndup(colon + 1, (size_t)(tail - colon - 1));
        cfg->ncreds++;
        if (!c->access_key || !c->secret_key) {
            free_creds(cfg);
            return -E_NOMEM;
        }
        p = end;
    }
    return 0;
}

int gw_config_set(struct gw_config *cfg, const char *key, const char *value, const char **why)
{
    static const char *dummy;
    if (!why)
        why = &dummy;
    *why = NULL;
    if (strncmp(key, GW_PREFIX, strlen(GW_PREFIX)) != 0)
        return -E_NOTFOUND;
    const char *k = key + strlen(GW_PREFIX);
    if (!value)
        value = "";
    uint64_t v;
    if (!strcmp(k, "listener"))
        return set_str(&cfg->listener, value);
    if (!strcmp(k, "tls.listener"))
        return set_str(&cfg->tls_listener, value);
    if (!strcmp(k, "tls.cert"))
        return set_str(&cfg->tls_cert, value);
    if (!strcmp(k, "tls.key"))
        return set_str(&cfg->tls_key, value);
    if (!strcmp(k, "region")) {
        if (!*value || strlen(value) > 64) {
            *why = "region must be 1..64 characters";
            return -E_INVAL;
        }
        return set_str(&cfg->region, value);
    }
    if (!strcmp(k, "account.id")) {
        if (strlen(value) != 12 || strspn(value, "0123456789") != 12) {
            *why = "account.id must be 12 digits";
            return -E_INVAL;
        }
        return set_str(&cfg->account_id, value);
    }
    if (!strcmp(k, "auth")) {
        if (!strcmp(value, "sigv4"))
            cfg->auth = GW_AUTH_SIGV4;
        else if (!strcmp(value, "any"))
            cfg->auth = GW_AUTH_ANY;
        else {
            *why = "auth must be sigv4 or any";
            return -E_INVAL;
        }
        return 0;
    }
    if (!strcmp(k, "credentials"))
        return parse_creds(cfg, value, why);
    struct {
        const char *name;
        uint64_t min, max;
        int which;
    } nums[] = {
        {"max.body.bytes", 1024, 256u << 20, 0},  {"max.header.bytes", 1024, 1u << 20, 1},
        {"idle.timeout.ms", 10, 86400000, 2},     {"max.connections", 1, 1000000, 3},
        {"h2.max.streams", 1, 10000, 4},          {"subscribe.poll.ms", 1, 60000, 5},
        {"subscribe.lifetime.ms", 10, 3600000, 6},
        {"status.delay.ms", 0, GW_STATUS_MAX_DELAY_MS, 7},
    };
    for (size_t i = 0; i < sizeof nums / sizeof nums[0]; i++) {
        if (strcmp(k, nums[i].name))
            continue;
        if (parse_u64(value, nums[i].min, nums[i].max, &v)) {
            *why = "value is not a number in the allowed range";
            return -E_INVAL;
        }
        switch (nums[i].which) {
        case 0: cfg->max_body_bytes = (size_t)v; break;
        case 1: cfg->max_header_bytes = (size_t)v; break;
        case 2: cfg->idle_timeout_ms = (uint32_t)v; break;
        case 3: cfg->max_connections = (uint32_t)v; break;
        case 4: cfg->h2_max_streams = (uint32_t)v; break;
        case 5: cfg->subscribe_poll_ms = (uint32_t)v; break;
        case 6: cfg->subscribe_lifetime_ms = (uint32_t)v; break;
        case 7: cfg->status_delay_ms = (uint32_t)v; break;
        }
        return 0;
    }
    *why = "unknown gateway setting";
    return -E_INVAL;
}

int gw_config_copy(struct gw_config *dst, const struct gw_config *src)
{
    *dst = *src;
    dst->listener = strdup(src->listener ? src->listener : "");
    dst->tls_listener = strdup(src->tls_listener ? src->tls_listener : "");
    dst->tls_cert = strdup(src->tls_cert ? src->tls_cert : "");
    dst->tls_key = strdup(src->tls_key ? src->tls_key : "");
    dst->region = strdup(src->region ? src->region : "us-east-1");
    dst->account_id = strdup(src->account_id ? src->account_id : "000000000000");
    dst->creds = NULL;
    dst->ncreds = 0;
    if (!dst->listener || !dst->tls_listener || !dst->tls_cert || !dst->tls_key ||
        !dst->region || !dst->account_id)
        goto fail;
    if (src->ncreds) {
        dst->creds = calloc(src->ncreds, sizeof *dst->creds);
        if (!dst->creds)
            goto fail;
        for (size_t i = 0; i < src->ncreds; i++) {
            dst->creds[i].access_key = strdup(src->creds[i].access_key);
            dst->creds[i].secret_key = strdup(src->creds[i].secret_key);
            dst->ncreds++;
            if (!dst->creds[i].access_key || !dst->creds[i].secret_key)
                goto fail;
        }
    }
    return 0;
fail:
    gw_config_destroy(dst);
    return -E_NOMEM;
}

/*
 * config.c - layered broker configuration. Values are kept as strings (as
 * Kafka's own properties are) and converted on lookup; types are checked
 * when a value is set so a typo fails at start-up, not later.
 */
#include "broker/config.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "protocol/status.h"

enum cfg_type { STR, INT, BOOL, LIST };

struct config_def {
    const char *name;
    const char *default_value;
    enum cfg_type type;
    const char *doc;
};

static const struct config_def defs[] = {
#define CFG(name, def, type, doc) {name, def, type, doc},
#include "broker/config_defs.def"
#undef CFG
};

static const struct { const char *alias, *name; } aliases[] = {
    {"broker.id", "node.id"},
    {"log.dir", "log.dirs"},
};

static const struct config_def *find_def(const char *name)
{
    for (size_t i = 0; i < sizeof defs / sizeof defs[0]; i++)
        if (strcmp(defs[i].name, name) == 0)
            return &defs[i];
    return NULL;
}

static struct config_entry *find_entry(const struct config *c, const char *name)
{
    for (size_t i = 0; i < c->count; i++)
        if (strcmp(c->entries[i].name, name) == 0)
            return &c->entries[i];
    return NULL;
}

static int put(struct config *c, const char *name, const char *value, enum config_source src,
               bool known)
{
    struct config_entry *e = find_entry(c, name);
    char *v = strdup(value);
    if (!v)
        return -E_NOMEM;
    if (e) {
        free(e->value);
        e->value = v;
        e->source = src;
        return 0;
    }
    if (c->count == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 64;
        struct config_entry *ne = realloc(c->entries, cap * sizeof *ne);
        if (!ne) {
            free(v);
            return -E_NOMEM;
        }
        c->entries = ne;
        c->cap = cap;
    }
    char *n = strdup(name);
    if (!n) {
        free(v);
        return -E_NOMEM;
    }
    c->entries[c->count++] = (struct config_entry){n, v, src, known};
    return 0;
}

int config_init(struct config *c)
{
    memset(c, 0, sizeof *c);
    for (size_t i = 0; i < sizeof defs / sizeof defs[0]; i++) {
        int rc = put(c, defs[i].name, defs[i].default_value, CFG_DEFAULT, true);
        if (rc)
            return rc;
    }
    return 0;
}

void config_destroy(struct config *c)
{
    for (size_t i = 0; i < c->count; i++) {
        free(c->entries[i].name);
        free(c->entries[i].value);
    }
    free(c->entries);
    memset(c, 0, sizeof *c);
}

static bool parse_i64(const char *s, int64_t *out)
{
    if (!*s)
        return false;
    errno = 0;
    char *end;
    long long v = strtoll(s, &end, 10);
    if (errno || *end)
        return false;
    *out = v;
    return true;
}

static bool parse_bool(const char *s, bool *out)
{
    if (strcasecmp(s, "true") == 0) {
        *out = true;
        return true;
    }
    if (strcasecmp(s, "false") == 0) {
        *out = false;
        return true;
    }
    return false;
}

int config_set(struct config *c, const char *name, const char *value, enum config_source source,
               char *err, size_t errlen)
{
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
        if (strcmp(name, aliases[i].alias) == 0)
            name = aliases[i].name;
    const struct config_def *d = find_def(name);
    if (d && *value) {
        int64_t i;
        bool b;
        if (d->type == INT && !parse_i64(value, &i)) {
            snprintf(err, errlen, "%s: '%s' is not an integer", name, value);
            return -E_INVAL;
        }
        if (d->type == BOOL && !parse_bool(value, &b)) {
            snprintf(err, errlen, "%s: '%s' is not true or false", name, value);
            return -E_INVAL;
        }
    }
    int rc = put(c, name, value, source, d != NULL);
    if (rc)
        snprintf(err, errlen, "out of memory");
    return rc;
}

static char *trim(char *s)
{
    while (isspace((unsigned char)*s))
        s++;
    char *e = s + strlen(s);
    while (e > s && isspace((unsigned char)e[-1]))
        *--e = '\0';
    return s;
}

int config_set_pair(struct config *c, const char *pair, char *err, size_t errlen)
{
    const char *eq = strchr(pair, '=');
    if (!eq || eq == pair) {
        snprintf(err, errlen, "expected key=value, got '%s'", pair);
        return -E_INVAL;
    }
    char name[256];
    size_t n = (size_t)(eq - pair);
    if (n >= sizeof name) {
        snprintf(err, errlen, "setting name too long");
        return -E_INVAL;
    }
    memcpy(name, pair, n);
    name[n] = '\0';
    return config_set(c, trim(name), eq + 1, CFG_OVERRIDE, err, errlen);
}

int config_load_file(struct config *c, const char *path, char *err, size_t errlen)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return -E_IO;
    }
    char *line = NULL, *logical = NULL;
    size_t cap = 0, logical_len = 0;
    int lineno = 0, rc = 0;
    ssize_t n;
    while ((n = getline(&line, &cap, f)) >= 0) {
        lineno++;
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            line[--n] = '\0';
        /* A trailing backslash continues the value on the next line. */
        bool cont = n > 0 && line[n - 1] == '\\';
        if (cont)
            line[--n] = '\0';
        char *piece = logical_len ? trim(line) : line;
        size_t plen = strlen(piece);
        char *nl = realloc(logical, logical_len + plen + 1);
        if (!nl) {
            rc = -E_NOMEM;
            break;
        }
        logical = nl;
        memcpy(logical + logical_len, piece, plen + 1);
        logical_len += plen;
        if (cont)
            continue;
        logical_len = 0;
        char *s = trim(logical);
        if (!*s || *s == '#' || *s == '!')
            continue;
        char *sep = strpbrk(s, "=:");
        if (!sep) {
            snprintf(err, errlen, "%s:%d: expected key=value", path, lineno);
            rc = -E_INVAL;
            break;
        }
        *sep = '\0';
        rc = config_set(c, trim(s), trim(sep + 1), CFG_FILE, err, errlen);
        if (rc)
            break;
    }
    free(line);
    free(logical);
    fclose(f);
    return rc;
}

const struct config_entry *config_entry(const struct config *c, const char *name)
{
    return find_entry(c, name);
}

const char *config_get(const struct config *c, const char *name)
{
    const struct config_entry *e = find_entry(c, name);
    return e && *e->value ? e->value : NULL;
}

int64_t config_get_i64(const struct config *c, const char *name, int64_t fallback)
{
    const char *v = config_get(c, name);
    int64_t out;
    return v && parse_i64(v, &out) ? out : fallback;
}

bool config_get_bool(const struct config *c, const char *name, bool fallback)
{
    const char *v = config_get(c, name);
    bool out;
    return v && parse_bool(v, &out) ? out : fallback;
}

void config_print_help(void)
{
    printf("Settings (Kafka property names; --config FILE or --set key=value):\n");
    for (size_t i = 0; i < sizeof defs / sizeof defs[0]; i++)
        printf("  %-36s %s%s%s\n      %s\n", defs[i].name, *defs[i].default_value ? "[" : "",
               defs[i].default_value, *defs[i].default_value ? "]" : "", defs[i].doc);
}

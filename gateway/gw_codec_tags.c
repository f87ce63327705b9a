/*
 * gw_codec_tags.c - inputs of AddTagsToStream, RemoveTagsFromStream and
 * ListTagsForStream, and the Tags map CreateStream shares. Limits from the
 * API reference: 1..50 tags per call, keys 1..128, values 0..256 chars.
 */
#include "gateway/gw_codec.h"

#include <stdio.h>
#include <string.h>

#include "protocol/status.h"

int gw_dec_tag_map(struct arena *a, const struct gw_val *in, const char *key, const char *member,
                   struct gw_tag_in **tags, size_t *ntags, struct gw_vcheck *vc,
                   struct gw_err *err)
{
    *tags = NULL;
    *ntags = 0;
    const struct gw_val *m = gv_get(in, key);
    if (!m || m->t == GV_NULL)
        return 0;
    if (m->t != GV_MAP)
        return gw_err_set(err, GW_EXC_SERIALIZATION, "Expected map or null");
    size_t n = m->u.m.n;
    if (n < 1 || n > 50) {
        char c[80];
        snprintf(c, sizeof c, "Member must have length %s %d",
                 n < 1 ? "greater than or equal to" : "less than or equal to", n < 1 ? 1 : 50);
        vc_fail(vc, member, "{...}", 5, c);
        return 0;
    }
    *tags = arena_calloc(a, n, sizeof **tags);
    if (!*tags)
        return gw_err_set(err, GW_EXC_INTERNAL_FAILURE, "out of memory");
    for (size_t i = 0; i < n; i++) {
        const struct gw_member *mm = &m->u.m.m[i];
        if (mm->val->t != GV_STR)
            return gw_err_set(err, GW_EXC_SERIALIZATION,
                              "Tag values must be strings (member '%s')", mm->key);
        struct gw_tag_in *t = &(*tags)[i];
        t->key = mm->key;
        t->key_len = strlen(mm->key);
        t->value = mm->val->u.s.p;
        t->value_len = mm->val->u.s.n;
        if (gw_utf8_len(t->key, t->key_len) < 1 || gw_utf8_len(t->key, t->key_len) > 128 ||
            gw_utf8_len(t->value, t->value_len) > 256)
            vc_fail(vc, member, t->key, t->key_len,
                    "Map keys must satisfy constraint: [Member must have length less than or "
                    "equal to 128, Member must have length greater than or equal to 1], map "
                    "values at most 256");
    }
    *ntags = n;
    return 0;
}

int gw_dec_add_tags(struct arena *a, enum gw_fmt fmt, const struct gw_val *in,
                    struct gw_add_tags_in *out, struct gw_err *err)
{
    (void)fmt;
    struct gw_vcheck vc = {0};
    if (gw_dec_stream_ref(in, &out->ref, &vc, err) ||
        gw_dec_tag_map(a, in, "Tags", "tags", &out->tags, &out->ntags, &vc, err))
        return -E_INVAL;
    const struct gw_val *m = gv_get(in, "Tags");
    vc_required(&vc, "tags", m && m->t != GV_NULL);
    return vc_done(&vc, err);
}

int gw_dec_remove_tags(struct arena *a, enum gw_fmt fmt, const struct gw_val *in,
                       struct gw_remove_tags_in *out, struct gw_err *err)
{
    (void)fmt;
    struct gw_vcheck vc = {0};
    const struct gw_val *list;
    if (gw_dec_stream_ref(in, &out->ref, &vc, err) || gd_list(in, "TagKeys", &list, err))
        return -E_INVAL;
    if (vc_required(&vc, "tagKeys", list != NULL)) {
        size_t n = list->u.a.n;
        if (n < 1 || n > 50) {
            vc_range(&vc, "tagKeys", (int64_t)n, 1, 50);
        } else {
            out->keys = arena_calloc(a, n, sizeof *out->keys);
            if (!out->keys)
                return gw_err_set(err, GW_EXC_INTERNAL_FAILURE, "out of memory");
            for (size_t i = 0; i < n; i++) {
                const struct gw_val *k = list->u.a.v[i];
                if (k->t != GV_STR)
                    return gw_err_set(err, GW_EXC_SERIALIZATION,
                                      "TagKeys members must be strings");
                vc_len(&vc, "tagKeys.member", k->u.s.p, k->u.s.n, 1, 128);
                out->keys[i] = k->u.s.p;
            }
            out->nkeys = n;
        }
    }
    return vc_done(&vc, err);
}

int gw_dec_list_tags(struct arena *a, enum gw_fmt fmt, const struct gw_val *in,
                     struct gw_list_tags_in *out, struct gw_err *err)
{
    (void)a;
    (void)fmt;
    struct gw_vcheck vc = {0};
    size_t l;
    if (gw_dec_stream_ref(in, &out->ref, &vc, err) ||
        gd_str(in, "ExclusiveStartTagKey", &out->exclusive_start_tag_key, &l, err) ||
        gd_int(in, "Limit", &out->limit, &out->has_limit, err))
        return -E_INVAL;
    vc_len(&vc, "exclusiveStartTagKey", out->exclusive_start_tag_key, l, 1, 128);
    if (out->has_limit)
        vc_range(&vc, "limit", out->limit, 1, 50);
    return vc_done(&vc, err);
}

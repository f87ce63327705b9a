/*
 * gw_op_tags.c - AddTagsToStream, RemoveTagsFromStream, ListTagsForStream.
 * A stream holds at most 50 tags; tags are listed in key order.
 */
#include "gateway/gw_ops.h"

#include <stdlib.h>
#include <string.h>

#include "gateway/gw_status.h"
#include "protocol/status.h"

void gw_add_tags_to_stream(struct gw_call *c)
{
    struct gw_add_tags_in in = {0};
    struct gw_stream s;
    if (gw_dec_add_tags(c->a, c->fmt, c->in, &in, &c->err) || gw_call_load_stream(c, &in.ref, &s))
        return gw_call_fail(c);
    int rc = gw_call_admit(c, &s, GW_ADMIT_CREATED);
    size_t after = s.ntags;
    for (size_t i = 0; i < in.ntags; i++) {
        bool known = false;
        for (size_t k = 0; k < s.ntags; k++)
            known |= !strcmp(s.tags[k].key, in.tags[i].key);
        after += !known;
    }
    if (!rc && after > GW_MAX_TAGS) {
        rc = gw_err_set(&c->err, GW_EXC_INVALID_ARGUMENT,
                        "Failed to add tags to stream %s under account %s because a given stream "
                        "cannot have more than %d tags associated with it.",
                        s.name, c->gw->cfg.account_id, GW_MAX_TAGS);
    }
    for (size_t i = 0; !rc && i < in.ntags; i++)
        if (gw_meta_tag_set(&s, in.tags[i].key, in.tags[i].value))
            rc = gw_err_set(&c->err, GW_EXC_INTERNAL_FAILURE, "out of memory");
    if (!rc)
        rc = gw_call_save_stream(c, &s);
    gw_meta_free(&s);
    if (rc)
        return gw_call_fail(c);
    gw_call_reply_empty(c);
}

void gw_remove_tags_from_stream(struct gw_call *c)
{
    struct gw_remove_tags_in in = {0};
    struct gw_stream s;
    if (gw_dec_remove_tags(c->a, c->fmt, c->in, &in, &c->err) ||
        gw_call_load_stream(c, &in.ref, &s))
        return gw_call_fail(c);
    int rc = gw_call_admit(c, &s, GW_ADMIT_CREATED);
    for (size_t i = 0; !rc && i < in.nkeys; i++)
        gw_meta_tag_remove(&s, in.keys[i]);
    if (!rc)
        rc = gw_call_save_stream(c, &s);
    gw_meta_free(&s);
    if (rc)
        return gw_call_fail(c);
    gw_call_reply_empty(c);
}

static int tag_cmp(const void *x, const void *y)
{
    return strcmp(((const struct gw_tag *)x)->key, ((const struct gw_tag *)y)->key);
}

void gw_list_tags_for_stream(struct gw_call *c)
{
    struct gw_list_tags_in in = {0};
    struct gw_stream s;
    if (gw_dec_list_tags(c->a, c->fmt, c->in, &in, &c->err) ||
        gw_call_load_stream(c, &in.ref, &s))
        return gw_call_fail(c);
    if (s.ntags)
        qsort(s.tags, s.ntags, sizeof *s.tags, tag_cmp);
    struct arena *a = c->a;
    int64_t limit = in.has_limit ? in.limit : GW_MAX_TAGS;
    struct gw_val *list = gv_arr(a);
    int64_t n = 0;
    bool more = false;
    for (size_t i = 0; i < s.ntags; i++) {
        if (in.exclusive_start_tag_key && strcmp(s.tags[i].key, in.exclusive_start_tag_key) <= 0)
            continue;
        if (n == limit) {
            more = true;
            break;
        }
        struct gw_val *t = gv_map(a);
        gv_put(a, t, "Key", gv_str(a, s.tags[i].key));
        gv_put(a, t, "Value", gv_str(a, s.tags[i].value));
        gv_push(a, list, t);
        n++;
    }
    gw_meta_free(&s);
    struct gw_val *out = gv_map(a);
    gv_put(a, out, "Tags", list);
    gv_put(a, out, "HasMoreTags", gv_bool(a, more));
    gw_call_reply(c, out);
}

/*
 * h_alter_configs.c - AlterConfigs (key 33), v0-2: the legacy API that
 * replaces every config override of a resource with the given set (keys
 * not named lose their override). v1 only changed throttling, v2 is the
 * flexible encoding; the rules are the same (admin_alter.h): topic
 * resources are validated (INVALID_CONFIG naming the key), checked for
 * existence and replaced once durable, validate_only changes nothing;
 * broker resources are refused with INVALID_REQUEST (no dynamic broker
 * configs yet), as Kafka refuses configs it cannot update dynamically.
 */
#include "broker/admin.h"
#include "broker/admin_alter.h"
#include "broker/admin_configs.h"
#include "broker/h_admin.h"
#include "protocol/msg/alter_configs.h"

void h_alter_configs(struct request *rq)
{
    const struct alter_configs_req *req = rq->body;
    struct alter_configs_resp *resp = rq_response(rq);
    struct adm_pending *pend = adm_pending_new(rq);
    int32_t n = req->resources_count > 0 ? req->resources_count : 0;
    size_t slots = n ? (size_t)n : 1;
    struct adm_alter_res *res = arena_calloc(&rq->arena, slots, sizeof *res);
    if (resp)
        resp->responses = arena_calloc(&rq->arena, slots, sizeof *resp->responses);
    if (!resp || !pend || !res || !resp->responses)
        return rq_finish(rq);
    resp->responses_count = n;
    for (int32_t i = 0; i < n; i++) {
        const struct alter_configs_req_alter_configs_resource *rr = &req->resources[i];
        struct alter_configs_resp_alter_configs_resource_response *out = &resp->responses[i];
        alter_configs_resp_alter_configs_resource_response_init(out);
        out->resource_type = rr->resource_type;
        out->resource_name = rr->resource_name;
        int32_t nops = rr->configs_count > 0 ? rr->configs_count : 0;
        struct adm_alter_op *ops = arena_calloc(&rq->arena, nops ? (size_t)nops : 1, sizeof *ops);
        if (!ops)
            return rq_finish(rq);
        for (int32_t k = 0; k < nops; k++)
            ops[k] = (struct adm_alter_op){rr->configs[k].name, ADM_OP_SET, rr->configs[k].value};
        res[i] = (struct adm_alter_res){rr->resource_type, rr->resource_name, ops, nops,
                                        &out->error_code, &out->error_message};
    }
    adm_alter(rq, pend, res, n, false, req->validate_only);
    adm_pending_release(pend);
}

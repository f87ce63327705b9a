/*
 * h_incremental_alter_configs.c - IncrementalAlterConfigs (key 44), v0-1
 * (KIP-339; v1 is the flexible encoding). Per key: SET (0) the override,
 * DELETE (1) it, APPEND (2) / SUBTRACT (3) list items, which only LIST
 * configs accept (cleanup.policy and the throttled-replica lists; others
 * INVALID_CONFIG). A key named twice in one resource is INVALID_REQUEST.
 * Checks and application are shared with AlterConfigs (admin_alter.h);
 * validate_only changes nothing, a real change is answered once durable.
 */
#include "broker/admin.h"
#include "broker/admin_alter.h"
#include "broker/h_admin.h"
#include "protocol/msg/incremental_alter_configs.h"

void h_incremental_alter_configs(struct request *rq)
{
    const struct incremental_alter_configs_req *req = rq->body;
    struct incremental_alter_configs_resp *resp = rq_response(rq);
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
        const struct incremental_alter_configs_req_alter_configs_resource *rr = &req->resources[i];
        struct incremental_alter_configs_resp_alter_configs_resource_response *out =
            &resp->responses[i];
        incremental_alter_configs_resp_alter_configs_resource_response_init(out);
        out->resource_type = rr->resource_type;
        out->resource_name = rr->resource_name;
        int32_t nops = rr->configs_count > 0 ? rr->configs_count : 0;
        struct adm_alter_op *ops = arena_calloc(&rq->arena, nops ? (size_t)nops : 1, sizeof *ops);
        if (!ops)
            return rq_finish(rq);
        for (int32_t k = 0; k < nops; k++)
            ops[k] = (struct adm_alter_op){rr->configs[k].name, rr->configs[k].config_operation,
                                           rr->configs[k].value};
        res[i] = (struct adm_alter_res){rr->resource_type, rr->resource_name, ops, nops,
                                        &out->error_code, &out->error_message};
    }
    adm_alter(rq, pend, res, n, true, req->validate_only);
    adm_pending_release(pend);
}

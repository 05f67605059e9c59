"""The OpenAPI 3.0 document of the ledger's JSON answers, built from the list specs so columns and filters match."""
from __future__ import annotations

from ..query import SPECS

_STR, _INT, _NUM, _BOOL = {"type": "string"}, {"type": "integer"}, {"type": "number"}, {"type": "boolean"}
_NULLNUM = {"type": "number", "nullable": True}
_NULLINT = {"type": "integer", "nullable": True}
_FLAGS = {"type": "array", "items": _STR}

SCHEMAS = {
    "Fact": {"type": "object", "required": ["id", "kind", "value", "evidence", "vstart", "vend"], "properties": {
        "id": _INT, "kind": {"type": "string", "enum": ["target", "actual"]}, "document": _INT, "value": _NUM,
        "unit": _STR, "measure": _STR, "comparator": _STR, "period": _STR, "subject": _STR, "indicator": _STR,
        "indicator_id": _NULLINT, "region_id": _NULLINT, "estimated": _BOOL, "evidence": _STR, "vstart": _INT,
        "vend": _INT, "estart": _INT, "eend": _INT, "review_state": _STR, "extracted": {"type": "object"},
        "flags": _FLAGS, "url": _STR}},
    "Project": {"type": "object", "required": ["id", "name", "stage"], "properties": {
        "id": _INT, "name": _STR, "category": _STR, "location": _STR, "region_id": _NULLINT, "stage": _STR,
        "investment_planned": _NULLNUM, "investment_completed": _NULLNUM, "first_seen": _STR, "last_seen": _STR,
        "mention_count": _INT, "flags": _FLAGS, "review_state": _STR, "url": _STR}},
    "Task": {"type": "object", "required": ["id", "title"], "properties": {
        "id": _INT, "document": _INT, "title": _STR, "kind": _STR, "deadline": _STR, "start": _INT, "end": _INT,
        "region_id": _NULLINT, "review_state": _STR, "extracted": {"type": "object"}, "url": _STR}},
    "Document": {"type": "object", "required": ["id", "name", "sha256"], "properties": {
        "id": _INT, "name": _STR, "title": _STR, "published": _STR, "source": _STR, "doc_type": _STR,
        "format": _STR, "encoding": _STR, "sha256": _STR, "chars": _INT, "regions": _FLAGS, "url": _STR}},
    "FacetValue": {"type": "object", "properties": {"value": _STR, "label": _STR, "count": _INT,
                                                      "selected": _BOOL}},
    "Error": {"type": "object", "properties": {"error": _STR}},
}
_ITEM = {"fact": "Fact", "project": "Project", "task": "Task"}
_LIST_ITEM = {"targets": "Fact", "actuals": "Fact", "projects": "Project", "tasks": "Task"}


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _page(item: str, facets: bool = True) -> dict:
    props = {"count": _INT, "page": _INT, "pages": _INT, "results": {"type": "array", "items": _ref(item)}}
    if facets:
        props["sort"] = _STR
        props["facets"] = {"type": "object", "additionalProperties": {"type": "array", "items": _ref("FacetValue")}}
    return {"type": "object", "required": ["count", "results"], "properties": props}


def _ok(schema: dict, desc: str = "OK") -> dict:
    err = {"application/json": {"schema": _ref("Error")}}
    return {"200": {"description": desc, "content": {"application/json": {"schema": schema}}},
            "400": {"description": "a parameter that cannot mean anything (a non-integer id)", "content": err},
            "401": {"description": "login required", "content": err},
            "403": {"description": "the account has no unit and role (reads nothing), or lacks the ability "
                                   "(review, link, merge, upload)", "content": err},
            "404": {"description": "no such item, or not in the documents of the account's units"}}


def _q(name: str, desc: str, schema: dict | None = None) -> dict:
    return {"name": name, "in": "query", "required": False, "description": desc, "schema": schema or _STR}


def document() -> dict:
    paths: dict = {}
    common = [_q("q", "substring search; every term must occur (two-character words work)"),
              _q("sort", "sort key"), _q("page", "page number", _INT), _q("size", "page size (≤500)", _INT)]
    for name, spec in SPECS.items():
        params = common + [_q(f.param, f"facet: {f.label} (repeatable)") for f in spec.facets]
        params[1] = _q("sort", "sort key", {"type": "string", "enum": list(spec.sorts)})
        paths[f"/{name}.json"] = {"get": {"summary": f"{spec.title}列表", "operationId": f"list_{name}",
                                          "parameters": params, "responses": _ok(_page(_LIST_ITEM[name]))}}
        for ext, mime in ((".csv", "text/csv"),
                          (".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")):
            paths[f"/{name}{ext}"] = {"get": {"summary": f"{spec.title}导出 {ext}", "operationId": f"export_{name}_{ext[1:]}",
                                              "parameters": params,
                                              "responses": {"200": {"description": "file",
                                                                    "content": {mime: {"schema": {"type": "string", "format": "binary"}}}}}}}
    pk = [{"name": "id", "in": "path", "required": True, "schema": _INT}]
    plural = {"fact": "facts", "project": "projects", "task": "tasks"}
    for kind, schema in _ITEM.items():
        paths[f"/{plural[kind]}/{{id}}.json"] = {"get": {"summary": f"{schema} item with its sources",
                                                          "operationId": f"get_{kind}", "parameters": pk,
                                                          "responses": _ok(_ref(schema))}}
    paths["/documents.json"] = {"get": {"summary": "文件列表", "operationId": "list_documents",
                                        "parameters": [_q("q", "title/name search"), _q("page", "page", _INT)],
                                        "responses": _ok(_page("Document", facets=False))}}
    paths["/documents/{id}.json"] = {"get": {"summary": "文件、正文及全部抽取结果", "operationId": "get_document",
                                             "parameters": pk, "responses": _ok(_ref("Document"))}}
    paths["/indicators.json"] = {"get": {"summary": "指标列表", "operationId": "list_indicators",
                                         "parameters": [_q("q", "name"), _q("page", "page", _INT)],
                                         "responses": _ok({"type": "object"})}}
    paths["/indicators/{id}.json"] = {"get": {"summary": "指标：目标与实绩序列、各地排名", "operationId": "get_indicator",
                                              "parameters": pk + [_q("subject", "subject"), _q("measure", "measure")],
                                              "responses": _ok({"type": "object"})}}
    paths["/pipeline.json"] = {"get": {"summary": "项目阶段统计", "operationId": "get_pipeline",
                                       "parameters": [_q("region", "region id", _INT)],
                                       "responses": _ok({"type": "object"})}}
    paths["/dashboard.json"] = {"get": {"summary": "总览", "operationId": "get_dashboard", "responses": _ok({"type": "object"})}}
    paths["/review.json"] = {"get": {"summary": "审核队列", "operationId": "get_review_queue",
                                     "parameters": [_q("document", "document id", _INT)],
                                     "responses": _ok({"type": "object"})}}
    paths["/review/{kind}/{id}.json"] = {"post": {
        "summary": "审核一条：accept | correct | reject", "operationId": "review_item",
        "parameters": [{"name": "kind", "in": "path", "required": True,
                        "schema": {"type": "string", "enum": ["fact", "project", "mention", "task", "term"]}}] + pk,
        "requestBody": {"content": {"application/x-www-form-urlencoded": {"schema": {
            "type": "object", "required": ["action"],
            "properties": {"action": {"type": "string", "enum": ["accept", "correct", "reject", "reset"]},
                           "value": _STR, "unit": _STR, "period": _STR, "subject": _STR, "indicator_name": _STR,
                           "kind": _STR, "measure": _STR, "comparator": _STR, "note": _STR}}}}},
        "responses": {"200": {"description": "new state", "content": {"application/json": {"schema": {"type": "object"}}}},
                      "400": {"description": "invalid", "content": {"application/json": {"schema": _ref("Error")}}}}}}
    paths["/links/{id}.json"] = {"post": {
        "summary": "机器关联：confirm | break | change", "operationId": "link_action", "parameters": pk,
        "requestBody": {"content": {"application/x-www-form-urlencoded": {"schema": {
            "type": "object", "required": ["action"],
            "properties": {"action": {"type": "string", "enum": ["confirm", "break", "change"]}, "other": _INT}}}}},
        "responses": {"200": {"description": "link", "content": {"application/json": {"schema": {"type": "object"}}}}}}}
    paths["/indicators/{id}/merge.json"] = {"post": {
        "summary": "把另一指标合并到本指标（名称记为同义词，条目重新关联）", "operationId": "merge_indicator",
        "parameters": pk,
        "requestBody": {"content": {"application/x-www-form-urlencoded": {"schema": {
            "type": "object", "required": ["other"], "properties": {"other": _STR}}}}},
        "responses": {"200": {"description": "merged", "content": {"application/json": {"schema": {"type": "object"}}}},
                      "400": {"description": "unknown indicator",
                              "content": {"application/json": {"schema": _ref("Error")}}}}}}
    return {"openapi": "3.0.3",
            "info": {"title": "台账 API", "version": "1.0",
                     "description": "Session-authenticated JSON views of the ledger. POST requests need the CSRF token."},
            "servers": [{"url": "/"}], "paths": paths, "components": {"schemas": SCHEMAS}}

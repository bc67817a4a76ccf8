"""The HTTP surface: health, security headers, content types, GET for queries only, limits."""

from __future__ import annotations

import logging
from types import SimpleNamespace

import httpx
import pytest
import strawberry

from qifu.api.extensions import MaskUnexpectedErrors
from qifu.app import create_app
from qifu.core.models import AuditEvent
from qifu.settings import Settings
from tests.support import count_sql, gql


async def test_healthz_answers_when_the_database_does(client: httpx.AsyncClient) -> None:
    response = await client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"


async def test_security_headers_on_api_and_spa(client: httpx.AsyncClient) -> None:
    api = await client.post("/graphql", json={"query": "{ me { id } }"})
    assert api.headers["x-content-type-options"] == "nosniff"
    assert api.headers["cache-control"] == "no-store"
    assert "frame-ancestors 'none'" in api.headers["content-security-policy"]
    assert api.headers["x-request-id"]
    page = await client.get("/some/spa/route")
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-frame-options"] == "DENY"


async def test_post_must_be_json_so_a_form_cannot_forge_a_mutation(
    client: httpx.AsyncClient,
) -> None:
    response = await client.post(
        "/graphql",
        content="query=mutation{logout(input:{}){errors{code}}}",
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert response.status_code == 415


async def test_get_runs_queries_but_never_mutations(client: httpx.AsyncClient) -> None:
    ok = await client.get("/graphql", params={"query": "{ privacyNotice { version } }"})
    assert ok.status_code == 200
    assert ok.json()["data"]["privacyNotice"]["version"] == "2026-11"
    refused = await client.get(
        "/graphql", params={"query": "mutation { logout(input: {}) { errors { code } } }"}
    )
    assert refused.status_code in (400, 405)
    assert "data" not in refused.text or '"logout"' not in refused.text


async def test_deep_query_is_refused_before_any_resolver_runs(
    client: httpx.AsyncClient,
) -> None:
    deep = "{ me { " + "roles { role } " * 1 + "}}"
    nested = 'query { node(id: "x") { ... on User { ' + "id " + "}}}"
    # 14 levels of selection sets on one field, beyond the limit of 12.
    query = "{ me " + "{ roles " * 13 + "{ role }" + " }" * 13 + " }"
    with count_sql() as sql:
        result = await gql(client, query)
    assert result.get("data") is None
    assert "exceeds maximum operation depth" in result["errors"][0]["message"]
    assert sql.count == 0
    assert deep and nested


async def test_alias_heavy_query_is_refused_before_any_resolver_runs(
    client: httpx.AsyncClient,
) -> None:
    aliases = " ".join(f"a{i}: privacyNotice {{ version }}" for i in range(40))
    with count_sql() as sql:
        result = await gql(client, "{ " + aliases + " }")
    assert result.get("data") is None
    assert "aliases" in result["errors"][0]["message"].lower()
    assert sql.count == 0


async def test_not_authenticated_is_a_coded_top_level_error(client: httpx.AsyncClient) -> None:
    result = await gql(client, "{ users { totalCount } }")
    assert result["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert result["data"] is None


async def test_unexpected_errors_are_masked_and_logged_with_the_request_id(
    caplog: pytest.LogCaptureFixture,
) -> None:
    @strawberry.type
    class Broken:
        @strawberry.field
        def boom(self) -> str:
            raise RuntimeError("secret internals: password=hunter2")

    schema = strawberry.Schema(query=Broken, extensions=[MaskUnexpectedErrors])
    context = SimpleNamespace(request_id="req-123")
    with caplog.at_level(logging.ERROR, logger="qifu.api"):
        result = await schema.execute("{ boom }", context_value=context)
    assert result.errors is not None
    error = result.errors[0]
    assert error.message == "Unexpected error"
    assert error.extensions == {"code": "INTERNAL_SERVER_ERROR", "requestId": "req-123"}
    assert "hunter2" not in str(error.formatted)
    assert any("req-123" in r.getMessage() for r in caplog.records)


async def test_field_suggestions_and_introspection_are_off_in_production(
    settings: Settings,
) -> None:
    production = settings.model_copy(update={"env": "production", "secret_key": "k" * 40})
    app = create_app(production, run_worker=False)
    transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 40000))
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
        typo = await gql(c, "{ privacyNotic { version } }")
        introspection = await gql(c, "{ __schema { types { name } } }")
        ide = await c.get("/graphql", headers={"accept": "text/html"})
    assert "Did you mean" not in typo["errors"][0]["message"]
    assert introspection.get("data") is None
    assert ide.status_code != 200 or "graphiql" not in ide.text.lower()


async def test_introspection_and_suggestions_help_developers_outside_production(
    client: httpx.AsyncClient,
) -> None:
    typo = await gql(client, "{ privacyNotic { version } }")
    assert "Did you mean" in typo["errors"][0]["message"]
    introspection = await gql(client, "{ __schema { queryType { name } } }")
    assert introspection["data"]["__schema"]["queryType"]["name"] == "Query"


async def test_refused_mutations_are_audited_once(client: httpx.AsyncClient) -> None:
    await gql(
        client,
        """mutation { register(input: {email: "bad", password: "x", name: "",
             acceptPrivacyNotice: true, privacyNoticeVersion: "2026-11"}) { email } }""",
    )
    refusal = await AuditEvent.get(action="refused.register")
    assert not refusal.success and refusal.ip == "127.0.0.1"
    assert {e["field"] for e in refusal.detail["errors"]} == {"email", "password", "name"}
    # A refusal the service records itself (with its reason) is not recorded twice.
    await gql(
        client,
        'mutation { login(input: {email: "a@b.cn", password: "x"}) { auth { accessToken } } }',
    )
    assert await AuditEvent.filter(action="account.login", success=False).count() == 1
    assert await AuditEvent.filter(action="refused.login").count() == 0


async def test_cors_only_for_configured_origins(settings: Settings) -> None:
    configured = settings.model_copy(update={"cors_origins": ["https://spa.example.cn"]})
    app = create_app(configured, run_worker=False)
    transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 40000))
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
        preflight = {
            "access-control-request-method": "POST",
            "access-control-request-headers": "content-type,authorization",
        }
        allowed = await c.options(
            "/graphql", headers={"origin": "https://spa.example.cn", **preflight}
        )
        other = await c.options("/graphql", headers={"origin": "https://evil.example", **preflight})
    assert allowed.headers["access-control-allow-origin"] == "https://spa.example.cn"
    assert allowed.headers["access-control-allow-credentials"] == "true"
    assert "access-control-allow-origin" not in other.headers

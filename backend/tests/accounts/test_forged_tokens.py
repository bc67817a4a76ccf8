"""Access tokens that were not issued by us, or not for us, are all rejected."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
import uuid
from typing import Any

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from qifu.accounts.models import Role, Session
from qifu.core import clock
from qifu.settings import Settings, configure
from tests.support import gql, login_token, make_user

PROBE = "{ users { totalCount } }"


def b64(data: dict[str, Any] | bytes) -> str:
    raw = data if isinstance(data, bytes) else json.dumps(data).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def sign_raw(header: dict[str, Any], claims: dict[str, Any], key: str) -> str:
    """HS256 by hand, for headers PyJWT refuses to write."""
    signing_input = f"{b64(header)}.{b64(claims)}"
    signature = hmac.new(key.encode(), signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{b64(signature)}"


async def valid_claims(settings: Settings) -> dict[str, Any]:
    user = await make_user("admin@qifu.cn", roles=(Role.HUB_ADMIN,))
    session = await Session.create(
        id=str(uuid.uuid4()),
        user_id=user.id,
        created_at=clock.now(),
        last_activity_at=clock.now(),
    )
    now = int(time.time())
    return {
        "iss": settings.jwt_issuer,
        "aud": settings.jwt_audience,
        "sub": str(user.id),
        "sid": session.id,
        "iat": now,
        "exp": now + 600,
        "jti": uuid.uuid4().hex,
    }


async def assert_rejected(client: httpx.AsyncClient, token: str) -> None:
    result = await gql(client, PROBE, token=token)
    assert result["data"] is None
    assert result["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_a_properly_signed_token_works(client: httpx.AsyncClient, settings: Settings) -> None:
    claims = await valid_claims(settings)
    token = jwt.encode(claims, settings.secret_key, algorithm="HS256", headers={"kid": "k1"})
    result = await gql(client, PROBE, token=token)
    assert result["data"]["users"]["totalCount"] == 1


@pytest.mark.parametrize(
    "mutate",
    [
        pytest.param(lambda c: {**c, "aud": "someone-else"}, id="wrong-aud"),
        pytest.param(lambda c: {**c, "iss": "evil"}, id="wrong-iss"),
        pytest.param(lambda c: {**c, "exp": int(time.time()) - 1}, id="expired"),
        pytest.param(lambda c: {k: v for k, v in c.items() if k != "jti"}, id="no-jti"),
        pytest.param(lambda c: {k: v for k, v in c.items() if k != "exp"}, id="no-exp"),
        pytest.param(lambda c: {**c, "sid": "not-a-session"}, id="unknown-session"),
        pytest.param(lambda c: {**c, "sub": "999999"}, id="sub-not-session-owner"),
    ],
)
async def test_bad_claims_are_rejected(
    client: httpx.AsyncClient, settings: Settings, mutate: Any
) -> None:
    claims = mutate(await valid_claims(settings))
    token = jwt.encode(claims, settings.secret_key, algorithm="HS256", headers={"kid": "k1"})
    await assert_rejected(client, token)


async def test_alg_none_is_rejected(client: httpx.AsyncClient, settings: Settings) -> None:
    claims = await valid_claims(settings)
    token = f"{b64({'alg': 'none', 'typ': 'JWT', 'kid': 'k1'})}.{b64(claims)}."
    await assert_rejected(client, token)


async def test_wrong_key_is_rejected(client: httpx.AsyncClient, settings: Settings) -> None:
    claims = await valid_claims(settings)
    token = jwt.encode(
        claims, "another-secret-key-0123456789abcdef", algorithm="HS256", headers={"kid": "k1"}
    )
    await assert_rejected(client, token)


@pytest.mark.parametrize("kid", ["unknown", "../../etc/passwd", "k1' OR '1'='1", None, 7])
async def test_unknown_or_injected_kid_is_rejected(
    client: httpx.AsyncClient, settings: Settings, kid: Any
) -> None:
    claims = await valid_claims(settings)
    header: dict[str, Any] = {"alg": "HS256", "typ": "JWT"}
    if kid is not None:
        header["kid"] = kid
    await assert_rejected(client, sign_raw(header, claims, settings.secret_key))


async def test_jku_and_jwk_headers_are_rejected(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    claims = await valid_claims(settings)
    for extra in (
        {"jku": "https://evil.example/jwks.json"},
        {"jwk": {"kty": "oct", "k": "c2VjcmV0"}},
        {"x5u": "https://evil.example/cert.pem"},
    ):
        token = jwt.encode(
            claims, settings.secret_key, algorithm="HS256", headers={"kid": "k1", **extra}
        )
        await assert_rejected(client, token)


async def test_rs256_token_signed_with_an_attackers_key_is_rejected(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    claims = await valid_claims(settings)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    token = jwt.encode(claims, key, algorithm="RS256", headers={"kid": "k1"})
    await assert_rejected(client, token)


async def test_garbage_is_rejected(client: httpx.AsyncClient) -> None:
    for token in ("garbage", "a.b.c", "", "Bearer"):
        response = await client.post(
            "/graphql", json={"query": PROBE}, headers={"authorization": f"Bearer {token}"}
        )
        assert response.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_key_rotation_keeps_old_tokens_valid(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await make_user("admin@qifu.cn", roles=(Role.HUB_ADMIN,))
    old_token = await login_token(client, "admin@qifu.cn")
    rotated = settings.model_copy(
        update={
            "jwt_keys": {"k2": "second-signing-key-abcdefghijklmnop"},
            "jwt_active_kid": "k2",
            "secret_key": settings.secret_key,
        }
    )
    # k1 stays verifiable because it is the secret key's kid in the previous configuration.
    rotated.jwt_keys["k1"] = settings.secret_key
    configure(rotated)
    assert (await gql(client, PROBE, token=old_token))["data"]["users"]["totalCount"] == 1
    new_token = await login_token(client, "admin@qifu.cn")
    assert jwt.get_unverified_header(new_token)["kid"] == "k2"
    assert (await gql(client, PROBE, token=new_token))["data"]["users"]["totalCount"] == 1

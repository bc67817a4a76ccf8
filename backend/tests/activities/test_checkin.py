"""Check-in to activities through the API: every result, duplicate scans and retries, forged
and expired tickets, the window on the test clock, self check-in with the venue code, who sees
what, the registrations list's statements, and concurrent scans of one ticket."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from typing import Any

import httpx

from qifu.accounts.models import User
from qifu.activities import checkin, services
from qifu.activities.models import Activity, ActivityStatus, Registration, RegistrationStatus
from qifu.checkin import services as checkins
from qifu.checkin import tokens
from qifu.checkin.models import CheckIn, CheckInMethod
from qifu.checkin.services import CheckInResult
from qifu.core import clock
from qifu.core.models import AuditEvent
from tests.activities.support import World, drive
from tests.activities.test_api import gid
from tests.support import ACTOR, count_sql, gql, login_token

S = ActivityStatus
R = CheckInResult

SCAN = """
mutation ($id: ID!, $code: String!, $nonce: String!) {
  checkInToActivity(input: {activityId: $id, code: $code, nonce: $nonce}) {
    result firstCheckedInAt registration { id status checkedInAt } errors { field code } } }"""
SELF = """
mutation ($id: ID!, $code: String!, $nonce: String!) {
  selfCheckInToActivity(input: {activityId: $id, venueCode: $code, nonce: $nonce}) {
    result firstCheckedInAt registration { id } errors { field code } } }"""
VENUE = """
query ($id: ID!) { activityVenueCode(activityId: $id) {
  code expiresAt periodSeconds checkInUrl qrSvg } }"""
MINE = """
query { myActivityRegistrations { edges { node { id status checkedInAt
  ticket { token code qrSvg } activity { checkedInCount } } } } }"""
ROWS = """
query ($id: ID!, $checkedIn: Boolean) {
  activityRegistrations(activityId: $id, checkedIn: $checkedIn, first: 100) {
    edges { node { id personName status checkedInAt ticket { code } } } } }"""
COUNT = """query ($id: ID!) { node(id: $id) { ... on Activity { checkedInCount } } }"""


def _to_window(a: Activity, before_start: timedelta = timedelta(minutes=30)) -> None:
    clock.advance(a.starts_at - before_start - clock.now())


async def _sign_up(world: World, role: str, a: Activity) -> Registration:
    return await services.sign_up(ACTOR, await world.who(role), a.id)


class Api:
    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client
        self.tokens: dict[str, tuple[str, datetime]] = {}

    async def token(self, role: str) -> str:
        """Signed in again once the test clock has moved on (access tokens are short-lived)."""
        cached = self.tokens.get(role)
        if cached is None or clock.now() - cached[1] > timedelta(minutes=5):
            emails = {"user": "user@qifu.cn", "user2": "user2@qifu.cn", "org": "i1m@qifu.cn"}
            emails |= {"op": "opwz@qifu.cn", "other_op": "ophz@qifu.cn"}
            self.tokens[role] = (await login_token(self.client, emails[role]), clock.now())
        return self.tokens[role][0]

    async def run(self, query: str, variables: dict[str, Any], role: str) -> dict[str, Any]:
        answer = await gql(self.client, query, variables, token=await self.token(role))
        assert "errors" not in answer, answer
        return answer["data"]

    async def scan(self, a: Activity, code: str, nonce: str, role: str = "org") -> dict[str, Any]:
        found = await self.run(
            SCAN, {"id": gid("Activity", a.id), "code": code, "nonce": nonce}, role
        )
        return found["checkInToActivity"]

    async def self_check_in(self, a: Activity, code: str, nonce: str, role: str) -> dict[str, Any]:
        found = await self.run(
            SELF, {"id": gid("Activity", a.id), "code": code, "nonce": nonce}, role
        )
        return found["selfCheckInToActivity"]

    async def mine(self, role: str) -> dict[str, Any]:
        edges = (await self.run(MINE, {}, role))["myActivityRegistrations"]["edges"]
        assert len(edges) == 1
        return edges[0]["node"]


async def test_scan_retry_and_duplicates(world: World, client: httpx.AsyncClient) -> None:
    api = Api(client)
    a = await drive(world, S.PUBLISHED)
    reg = await _sign_up(world, "user", a)
    _to_window(a)
    mine = await api.mine("user")
    ticket = mine["ticket"]
    assert ticket["qrSvg"].startswith("data:image/svg+xml;base64,")
    assert ticket["code"] == tokens.issue_code("activity", reg.id)
    assert mine["checkedInAt"] is None and mine["activity"]["checkedInCount"] is None

    first = await api.scan(a, ticket["token"], "scan-1")
    assert first["result"] == "OK" and first["errors"] == []
    assert first["registration"]["id"] == gid("ActivityRegistration", reg.id)
    at = first["firstCheckedInAt"]
    assert first["registration"]["checkedInAt"] == at

    clock.advance(timedelta(minutes=2))
    retry = await api.scan(a, ticket["token"], "scan-1")  # the scanner lost the answer
    assert (retry["result"], retry["firstCheckedInAt"]) == ("OK", at)
    again = await api.scan(a, ticket["token"], "scan-2")
    assert (again["result"], again["firstCheckedInAt"]) == ("ALREADY_CHECKED_IN", at)
    typed = await api.scan(a, ticket["code"].lower(), "scan-3")
    assert (typed["result"], typed["firstCheckedInAt"]) == ("ALREADY_CHECKED_IN", at)

    rows = await CheckIn.filter(subject_id=a.id)
    assert len(rows) == 1 and rows[0].method is CheckInMethod.QR
    assert rows[0].checked_in_by_id == world.users["i1_member"].id
    assert await AuditEvent.filter(action="checkin.create", success=True).count() == 1

    assert (await api.mine("user"))["checkedInAt"] == at
    for role, expected in [("org", 1), ("op", 1), ("user", None), ("other_op", None)]:
        found = await api.run(COUNT, {"id": gid("Activity", a.id)}, role)
        assert found["node"]["checkedInCount"] == expected, role


async def test_every_refusal(world: World, client: httpx.AsyncClient) -> None:
    api = Api(client)
    a = await drive(world, S.PUBLISHED, capacity=1)
    other = await drive(world, S.PUBLISHED)
    confirmed = await _sign_up(world, "user", a)
    waitlisted = await _sign_up(world, "user2", a)
    elsewhere = await _sign_up(world, "user2", other)
    approval = await drive(world, S.PUBLISHED, needs_approval=True)
    pending = await _sign_up(world, "user", approval)
    rejected = await _sign_up(world, "user2", approval)
    org = await world.who("i1_member")
    await services.reject_registration(ACTOR, org, rejected.id, "名额仅限本地企业")

    def code(r: Registration) -> str:
        return checkin.ticket_code(r.id)

    early = await api.scan(a, code(confirmed), "n0")
    assert early["result"] == "TOO_EARLY"
    assert early["registration"]["id"] == gid("ActivityRegistration", confirmed.id)
    _to_window(a)
    good = tokens.issue_token("activity", a.id, confirmed.id, a.ends_at)
    forged = good[:-4] + ("AAAA" if not good.endswith("AAAA") else "BBBB")
    mistyped = code(confirmed)[:-1] + ("2" if not code(confirmed).endswith("2") else "3")
    cases = [
        (a, code(waitlisted), "WAITLISTED"),
        (approval, code(pending), "PENDING_APPROVAL"),
        (approval, code(rejected), "NOT_REGISTERED"),
        (a, code(elsewhere), "WRONG_ACTIVITY"),
        (a, checkin.ticket_token(other, elsewhere.id), "WRONG_ACTIVITY"),
        (a, forged, "INVALID"),
        (a, mistyped, "INVALID"),
        (a, "乱码", "INVALID"),
        (a, "eyJ.garbage.x", "INVALID"),
    ]
    for activity, given, expected in cases:
        found = await api.scan(activity, given, f"n-{expected}-{given[:6]}")
        assert found["result"] == expected, (given, found)
        assert found["errors"] == [] and found["firstCheckedInAt"] is None
    assert await CheckIn.all().count() == 0

    # The registrant withdraws; then the organiser cancels the activity.
    await services.cancel_registration(ACTOR, await world.who("user"), confirmed.id)
    assert (await api.scan(a, code(confirmed), "n1"))["result"] == "REGISTRATION_CANCELLED"
    await services.cancel(ACTOR, org, approval.id, "场地临时不可用")
    assert (await api.scan(approval, code(pending), "n2"))["result"] == "ACTIVITY_CANCELLED"

    # Not registered at all: someone without a registration at the venue.
    venue = (await api.run(VENUE, {"id": gid("Activity", other.id)}, "org"))["activityVenueCode"]
    found = await api.self_check_in(other, venue["code"], "n3", "user")
    assert found["result"] == "NOT_REGISTERED" and found["registration"] is None

    bad = await api.scan(a, code(waitlisted), "")
    assert (bad["result"], bad["errors"]) == ("INVALID", [{"field": "nonce", "code": "REQUIRED"}])
    assert await CheckIn.all().count() == 0


async def test_window_and_expired_ticket(world: World, client: httpx.AsyncClient) -> None:
    api = Api(client)
    a = await drive(world, S.PUBLISHED)
    first = await _sign_up(world, "user", a)
    second = await _sign_up(world, "user2", a)
    token = checkin.ticket_token(a, first.id)
    _to_window(a, timedelta(minutes=61))
    assert (await api.scan(a, token, "n1"))["result"] == "TOO_EARLY"
    clock.advance(timedelta(minutes=2))  # 59 minutes before the start: open
    assert (await api.scan(a, token, "n2"))["result"] == "OK"
    clock.advance(a.ends_at - clock.now() + timedelta(seconds=1))
    late = checkin.ticket_token(a, second.id)
    assert (await api.scan(a, late, "n3"))["result"] == "TOO_LATE"  # the token has expired
    assert (await api.scan(a, checkin.ticket_code(second.id), "n4"))["result"] == "TOO_LATE"
    # The first scan's retry still answers as it did.
    assert (await api.scan(a, token, "n2"))["result"] == "OK"
    assert await CheckIn.filter(subject_id=a.id).count() == 1


async def test_self_check_in_with_the_venue_code(world: World, client: httpx.AsyncClient) -> None:
    api = Api(client)
    a = await drive(world, S.PUBLISHED)
    await _sign_up(world, "user", a)
    await _sign_up(world, "user2", a)
    await _sign_up(world, "i1_member", a)
    _to_window(a)
    aid = gid("Activity", a.id)
    for role in ("op", "user", "other_op"):
        assert (await api.run(VENUE, {"id": aid}, role))["activityVenueCode"] is None, role
    old = (await api.run(VENUE, {"id": aid}, "org"))["activityVenueCode"]
    assert old["periodSeconds"] == 30 and len(old["code"]) == 6
    assert old["checkInUrl"].endswith(f"/activities/{a.id}/check-in?code={old['code']}")
    assert old["qrSvg"].startswith("data:image/svg+xml;base64,")

    clock.advance(timedelta(seconds=30))
    previous = (await api.run(VENUE, {"id": aid}, "org"))["activityVenueCode"]
    clock.advance(timedelta(seconds=30))
    current = (await api.run(VENUE, {"id": aid}, "org"))["activityVenueCode"]
    assert len({old["code"], previous["code"], current["code"]}) == 3  # 1 in 10⁶ to collide

    stale = await api.self_check_in(a, old["code"], "s1", "user")
    assert stale["result"] == "INVALID"
    assert (await api.self_check_in(a, current["code"], "s2", "user"))["result"] == "OK"
    assert (await api.self_check_in(a, previous["code"], "s3", "user2"))["result"] == "OK"
    again = await api.self_check_in(a, current["code"], "s4", "user")
    assert again["result"] == "ALREADY_CHECKED_IN"
    rows = await CheckIn.filter(subject_id=a.id)
    assert len(rows) == 2
    assert {r.method for r in rows} == {CheckInMethod.VENUE}
    assert {r.checked_in_by_id for r in rows} == {None}


async def test_only_the_organiser_checks_in(world: World, client: httpx.AsyncClient) -> None:
    api = Api(client)
    a = await drive(world, S.PUBLISHED)
    reg = await _sign_up(world, "user", a)
    _to_window(a)
    code = checkin.ticket_code(reg.id)
    for role in ("user", "user2", "op", "other_op"):
        found = await api.scan(a, code, "n", role)
        assert found["result"] == "INVALID", role
        assert found["errors"] == [{"field": "activityId", "code": "NOT_FOUND"}], role
        assert found["registration"] is None
    missing = await gql(
        client,
        SCAN,
        {"id": gid("Activity", a.id + 999), "code": code, "nonce": "n"},
        token=await api.token("org"),
    )
    assert missing["data"]["checkInToActivity"]["errors"][0]["code"] == "NOT_FOUND"
    assert await CheckIn.all().count() == 0

    # The ticket is the registrant's alone, and only while CONFIRMED.
    rows = await api.run(ROWS, {"id": gid("Activity", a.id)}, "org")
    assert [e["node"]["ticket"] for e in rows["activityRegistrations"]["edges"]] == [None]
    await services.cancel_registration(ACTOR, await world.who("user"), reg.id)
    assert (await api.mine("user"))["ticket"] is None


async def _crowd(a: Activity, n: int, checked_in: int) -> None:
    """n confirmed registrations made directly, the first ``checked_in`` of them checked in."""
    now = clock.now()
    await User.bulk_create(
        [
            User(
                email=f"p{i}@qifu.cn",
                name=f"参会者{i}",
                password_hash="!",
                created_at=now,
                updated_at=now,
            )
            for i in range(n)
        ]
    )
    users = await User.filter(email__startswith="p").order_by("id")
    await Registration.bulk_create(
        [
            Registration(
                activity_id=a.id,
                user_id=u.id,
                status=RegistrationStatus.CONFIRMED,
                created_at=now,
                updated_at=now,
            )
            for u in users
        ]
    )
    regs = await Registration.filter(activity_id=a.id).order_by("id").limit(checked_in)
    await CheckIn.bulk_create(
        [
            CheckIn(
                kind="activity",
                subject_id=a.id,
                holder_id=r.id,
                user_id=r.user_id,
                method=CheckInMethod.CODE,
                nonce=f"n{r.id}",
                checked_in_at=now,
            )
            for r in regs
        ]
    )


async def test_registrations_list_statements_and_filter(
    world: World, client: httpx.AsyncClient
) -> None:
    api = Api(client)
    counts = []
    for n in (5, 50):
        a = await drive(world, S.PUBLISHED, capacity=100)
        await User.filter(email__startswith="p").delete()
        await _crowd(a, n, checked_in=3)
        token = await api.token("op")
        with count_sql() as sql:
            answer = await gql(client, ROWS, {"id": gid("Activity", a.id)}, token=token)
        edges = answer["data"]["activityRegistrations"]["edges"]
        assert len(edges) == n
        assert sum(e["node"]["checkedInAt"] is not None for e in edges) == 3
        counts.append(sql.count)
        for flag, expected in [(True, 3), (False, n - 3), (None, n)]:
            found = await api.run(ROWS, {"id": gid("Activity", a.id), "checkedIn": flag}, "org")
            assert len(found["activityRegistrations"]["edges"]) == expected, flag
    assert counts[0] == counts[1], counts


async def test_20_concurrent_scans_make_one_check_in(world: World) -> None:
    a = await drive(world, S.PUBLISHED)
    reg = await _sign_up(world, "user", a)
    _to_window(a)
    org = await world.who("i1_member")
    token = checkin.ticket_token(a, reg.id)
    outcomes = await asyncio.gather(
        *(checkins.check_in(ACTOR, org, "activity", a.id, token, f"nonce-{i}") for i in range(20))
    )
    results = sorted(o.result for o in outcomes)
    assert results.count(R.OK) == 1 and results.count(R.ALREADY_CHECKED_IN) == 19
    assert len({o.checked_in_at for o in outcomes}) == 1
    assert await CheckIn.filter(subject_id=a.id).count() == 1
    assert await AuditEvent.filter(action="checkin.create").count() == 1

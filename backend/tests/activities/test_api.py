"""The activities API: the public list (statements do not grow with the rows), a flow through
the mutations, and a literal permission matrix on the organiser's and operators' operations."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx
import pytest
from strawberry import relay

from qifu.activities import services
from qifu.activities.models import Activity, ActivityStatus, ActivityType, OrganiserType
from qifu.core import clock
from tests.activities.support import ACCOUNTS, World, drive
from tests.spa_operations import spa_operation
from tests.support import ACTOR, count_sql, gql, login_token

S = ActivityStatus

LIST = """
query ($open: Boolean, $type: ActivityType, $region: String) {
  activities(first: 100, openForSignUp: $open, type: $type, regionCode: $region) {
    edges { node { id name organiserName status remainingPlaces waitlistCount openForSignUp
      agenda { time title speaker } logo { id } myRegistration { id status waitlistPosition } } }
  }
}"""


def gid(kind: str, pk: int) -> str:
    return str(relay.GlobalID(kind, str(pk)))


async def _tokens(client: httpx.AsyncClient) -> dict[str, str | None]:
    tokens: dict[str, str | None] = {"anonymous": None}
    for role, email in [*ACCOUNTS, ("hub_admin", "hub@qifu.cn")]:
        tokens[role] = await login_token(client, email)
    return tokens


async def _published(world: World, n: int) -> None:
    now = clock.now()
    template = await drive(world, S.PUBLISHED)
    await Activity.bulk_create(
        [
            Activity(
                organiser_type=OrganiserType.INSTITUTION,
                organiser_id=world.i1.id,
                organiser_name=template.organiser_name,
                platform_id=template.platform_id,
                created_by_id=template.created_by_id,
                name=f"路演活动 {i}",
                type=ActivityType.ROADSHOW,
                agenda=[{"time": "10:00", "title": "项目路演", "speaker": "创业者"}],
                starts_at=now + timedelta(days=5),
                ends_at=now + timedelta(days=5, hours=2),
                signup_deadline=now + timedelta(days=4),
                capacity=30,
                status=S.PUBLISHED,
                region_code="330302",
                venue="会展中心",
                created_at=now,
                updated_at=now,
            )
            for i in range(n - 1)
        ]
    )


async def test_list_statements_same_for_5_and_100_rows(
    world: World, client: httpx.AsyncClient
) -> None:
    token = await login_token(client, "user@qifu.cn")
    await _published(world, 5)  # 1 made through the services + 4 more
    first = await Activity.filter(status=S.PUBLISHED).order_by("id").first()
    assert first is not None
    await services.sign_up(ACTOR, await world.who("user"), first.id)
    counts = []
    for rows in (5, 100):
        if rows == 100:
            await _published(world, 95)
        with count_sql() as sql:
            answer = await gql(client, LIST, token=token)
        assert len(answer["data"]["activities"]["edges"]) == rows
        # And exactly what the SPA's list page sends.
        with count_sql() as spa_sql:
            spa = await gql(client, spa_operation("Activities"), {"first": 100}, token=token)
        assert len(spa["data"]["activities"]["edges"]) == rows
        counts.append((sql.count, spa_sql.count))
    assert counts[0] == counts[1], counts


async def test_list_filters_and_hides_unpublished(world: World, client: httpx.AsyncClient) -> None:
    shown = await drive(world, S.PUBLISHED, capacity=2)
    await drive(world, S.DRAFT)
    await drive(world, S.PENDING)
    await services.sign_up(ACTOR, await world.who("user"), shown.id)
    token = await login_token(client, "user@qifu.cn")
    nodes = [
        e["node"] for e in (await gql(client, LIST, token=token))["data"]["activities"]["edges"]
    ]
    assert [n["id"] for n in nodes] == [gid("Activity", shown.id)]
    assert nodes[0]["remainingPlaces"] == 1
    assert nodes[0]["myRegistration"]["status"] == "CONFIRMED"
    for variables, expected in [
        ({"type": "ROADSHOW"}, 0),
        ({"type": "POLICY_BRIEFING"}, 1),
        ({"region": "3303"}, 1),
        ({"region": "3301"}, 0),
        ({"open": True}, 1),
        ({"open": False}, 0),
    ]:
        answer = await gql(client, LIST, variables)
        assert len(answer["data"]["activities"]["edges"]) == expected, variables


FLOW_CREATE = """
mutation ($input: CreateActivityInput!) {
  createActivity(input: $input) { activity { id status organiserName } errors { field code } }
}"""
SIMPLE = """
mutation ($id: ID!) {
  %s(input: {activityId: $id}) { activity { id status } errors { field code } }
}
"""
SIGN_UP = """
mutation ($id: ID!) { signUpForActivity(input: {activityId: $id, note: "两人参加"}) {
  registration { id status } errors { field code } } }"""
REGISTRATIONS = """
query ($id: ID!) { activityRegistrations(activityId: $id) { edges { node { personName status } } } }
"""
CANCEL_REG = """
mutation ($id: ID!) { cancelActivityRegistration(input: {registrationId: $id}) {
  registration { status } errors { field code } } }"""


async def test_flow_through_the_api(world: World, client: httpx.AsyncClient) -> None:
    t = await _tokens(client)
    now = clock.now()
    activity: dict[str, Any] = {
        "name": "温州市鹿城区科技服务中心银企对接会",
        "type": "MATCHMAKING",
        "startsAt": (now + timedelta(days=3)).isoformat(),
        "endsAt": (now + timedelta(days=3, hours=2)).isoformat(),
        "signupDeadline": (now + timedelta(days=2)).isoformat(),
        "capacity": 1,
        "venue": "鹿城区金融服务中心",
        "agenda": [{"time": "14:00", "title": "银行产品介绍", "speaker": "李经理"}],
    }
    created = await gql(
        client,
        FLOW_CREATE,
        {
            "input": {
                "organiserType": "INSTITUTION",
                "organiserId": gid("Institution", world.i1.id),
                "activity": activity,
            }
        },
        token=t["i1_member"],
    )
    payload = created["data"]["createActivity"]
    assert payload["errors"] == [] and payload["activity"]["status"] == "DRAFT"
    aid = payload["activity"]["id"]
    bad = await gql(
        client,
        FLOW_CREATE,
        {
            "input": {
                "organiserType": "INSTITUTION",
                "organiserId": gid("Institution", world.i1.id),
                "activity": {**activity, "capacity": 0},
            }
        },
        token=t["i1_member"],
    )
    assert bad["data"]["createActivity"]["errors"] == [{"field": "capacity", "code": "INVALID"}]

    async def run(op: str, role: str) -> dict[str, Any]:
        answer = await gql(client, SIMPLE % op, {"id": aid}, token=t[role])
        return answer["data"][op]

    assert (await run("submitActivity", "i1_member"))["activity"]["status"] == "PENDING"
    assert (await run("approveActivity", "op_hangzhou"))["errors"] == [
        {"field": "activityId", "code": "NOT_FOUND"}
    ]
    assert (await run("approveActivity", "op_wenzhou"))["activity"]["status"] == "PUBLISHED"

    first = (await gql(client, SIGN_UP, {"id": aid}, token=t["user"]))["data"]["signUpForActivity"]
    second = (await gql(client, SIGN_UP, {"id": aid}, token=t["user2"]))["data"][
        "signUpForActivity"
    ]
    again = (await gql(client, SIGN_UP, {"id": aid}, token=t["user"]))["data"]["signUpForActivity"]
    assert first["registration"]["status"] == "CONFIRMED"
    assert second["registration"]["status"] == "WAITLISTED"
    assert again["errors"] == [{"field": "activityId", "code": "ALREADY_REGISTERED"}]

    cancelled = await gql(client, CANCEL_REG, {"id": first["registration"]["id"]}, token=t["user"])
    assert cancelled["data"]["cancelActivityRegistration"]["registration"]["status"] == "CANCELLED"
    rows = await gql(client, REGISTRATIONS, {"id": aid}, token=t["i1_member"])
    statuses = [e["node"]["status"] for e in rows["data"]["activityRegistrations"]["edges"]]
    assert statuses == ["CANCELLED", "CONFIRMED"]


# Who sees an activity's registrations and who may approve / cancel it (a literal table):
#            role           sees registrations  approves PENDING  cancels PUBLISHED
MATRIX = [
    ("anonymous", False, False, False),
    ("user", False, False, False),
    ("user2", False, False, False),
    ("dept_handler", False, False, False),  # a department of another platform
    ("i1_member", True, False, True),  # the organiser
    ("op_wenzhou", True, True, False),  # operator of the organiser's platform
    ("op_hangzhou", False, False, False),  # operator of another subtree
    ("hub_admin", True, True, False),  # reviews the whole network; organises none of it
]


@pytest.mark.parametrize(("role", "sees", "approves", "cancels"), MATRIX)
async def test_permission_matrix(
    world: World, client: httpx.AsyncClient, role: str, sees: bool, approves: bool, cancels: bool
) -> None:
    t = await _tokens(client)
    published = await drive(world, S.PUBLISHED)
    await services.sign_up(ACTOR, await world.who("user"), published.id)
    pending = await drive(world, S.PENDING)

    rows = await gql(client, REGISTRATIONS, {"id": gid("Activity", published.id)}, token=t[role])
    if role == "anonymous":
        assert rows["data"] is None  # signing in comes first
    else:
        edges = rows["data"]["activityRegistrations"]["edges"]
        assert len(edges) == (1 if sees else 0)

    answer = await gql(
        client, SIMPLE % "approveActivity", {"id": gid("Activity", pending.id)}, token=t[role]
    )
    after = await Activity.get(id=pending.id)
    if approves:
        assert after.status == S.PUBLISHED
    else:
        assert after.status == S.PENDING
        if role != "anonymous":
            assert answer["data"]["approveActivity"]["errors"] == [
                {"field": "activityId", "code": "NOT_FOUND"}
            ]

    cancel = """mutation ($id: ID!) { cancelActivity(input: {activityId: $id, reason: "改期"}) {
      activity { status } errors { field code } } }"""
    await gql(client, cancel, {"id": gid("Activity", published.id)}, token=t[role])
    status = (await Activity.get(id=published.id)).status
    assert status == (S.CANCELLED if cancels else S.PUBLISHED)


NODE = """query ($id: ID!) { node(id: $id) { ... on Activity { id status } } }"""
MINE = """{ myActivityRegistrations { edges { node { status activity { name } } } } }"""


async def test_drafts_are_unknown_to_strangers(world: World, client: httpx.AsyncClient) -> None:
    t = await _tokens(client)
    draft = await drive(world, S.DRAFT)
    published = await drive(world, S.PUBLISHED)
    for role, expected in [("anonymous", None), ("user", None), ("op_hangzhou", None)]:
        answer = await gql(client, NODE, {"id": gid("Activity", draft.id)}, token=t[role])
        assert answer["data"]["node"] is expected, role
        missing = await gql(client, NODE, {"id": gid("Activity", draft.id + 999)}, token=t[role])
        assert missing == answer  # a hidden activity answers exactly as an unknown one
    for role in ("i1_member", "op_wenzhou", "hub_admin"):
        answer = await gql(client, NODE, {"id": gid("Activity", draft.id)}, token=t[role])
        assert answer["data"]["node"]["status"] == "DRAFT", role
    answer = await gql(client, NODE, {"id": gid("Activity", published.id)})
    assert answer["data"]["node"]["status"] == "PUBLISHED"

    await services.sign_up(ACTOR, await world.who("user"), published.id)
    mine = await gql(client, MINE, token=t["user"])
    edges = mine["data"]["myActivityRegistrations"]["edges"]
    assert [e["node"]["status"] for e in edges] == ["CONFIRMED"]
    assert (await gql(client, MINE, token=t["user2"]))["data"]["myActivityRegistrations"][
        "edges"
    ] == []

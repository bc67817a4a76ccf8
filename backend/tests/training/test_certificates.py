"""Certificates: only when both the attendance threshold and the quiz are met, once per
enrollment, and verifiable by anyone with the holder's name masked."""

from __future__ import annotations

import asyncio
from decimal import Decimal

import httpx
from strawberry import relay

from qifu.checkin.tokens import ALPHABET
from qifu.core.models import OutboxMessage
from qifu.notify.models import Notification
from qifu.training import certificates, quiz
from qifu.training.models import Certificate
from tests.support import ACTOR, gql, login_token
from tests.training.assessment_support import (
    S,
    answers,
    attend,
    enrollment_of,
    quiz_course,
)
from tests.training.support import World, drive, enroll


def test_codes_and_masks() -> None:
    code = certificates.new_code()
    parts = code.split("-")
    assert [len(p) for p in parts] == [4, 4, 4]
    assert all(c in ALPHABET for c in "".join(parts))
    assert certificates.normalise_code(code.lower().replace("-", " ")) == code
    assert certificates.normalise_code("ABCD-EFGH-IJK1") is None  # I and 1 are not used
    assert certificates.normalise_code("ABCD") is None
    assert certificates.mask_name("张三丰") == "张*丰"
    assert certificates.mask_name("欧阳娜娜") == "欧*娜"
    assert certificates.mask_name("李四") == "李*四"
    assert certificates.mask_name("王") == "王*"


async def test_attendance_below_the_threshold_gives_none(world: World) -> None:
    qc = await quiz_course(world)
    enrollment = await enrollment_of(world, "user", qc.course)
    await attend(world, enrollment, present=2)  # 2 of 3 lessons: 66 % < 80 %
    attempt = await quiz.start_attempt(ACTOR, world.users["user"], qc.course.id)
    closed = await quiz.submit_attempt(ACTOR, world.users["user"], attempt.id, answers(qc))
    assert closed.attempt.passed is True
    assert closed.certificate is None
    assert await certificates.issue_if_eligible(enrollment.id) is None
    assert await Certificate.all().count() == 0


async def test_a_failed_quiz_gives_none(world: World) -> None:
    qc = await quiz_course(world, attempt_limit=1)
    enrollment = await enrollment_of(world, "user", qc.course)
    await attend(world, enrollment, present=3)
    attempt = await quiz.start_attempt(ACTOR, world.users["user"], qc.course.id)
    closed = await quiz.submit_attempt(
        ACTOR, world.users["user"], attempt.id, answers(qc, {"SINGLE": ["B"]})
    )
    assert closed.attempt.passed is False
    assert closed.certificate is None
    assert await Certificate.all().count() == 0


async def test_both_give_exactly_one_even_when_triggered_again(world: World) -> None:
    qc = await quiz_course(world, attempt_limit=2)
    user = world.users["user"]
    enrollment = await enrollment_of(world, "user", qc.course)
    attempt = await quiz.start_attempt(ACTOR, user, qc.course.id)
    closed = await quiz.submit_attempt(ACTOR, user, attempt.id, answers(qc))
    assert closed.certificate is None  # no attendance yet
    await attend(world, enrollment, present=3)  # the last change completes it
    issued = await Certificate.get(enrollment_id=enrollment.id)
    assert issued.attendance_rate == 100
    assert issued.score == Decimal(10)
    assert issued.course_title == qc.course.title
    assert issued.provider_name == "温州市鹿城区科技服务中心"

    await attend(world, enrollment, present=3)
    again = await asyncio.gather(*(certificates.issue_if_eligible(enrollment.id) for _ in range(5)))
    assert {c.id for c in again if c is not None} == {issued.id}
    second = await quiz.start_attempt(ACTOR, user, qc.course.id)
    closed = await quiz.submit_attempt(ACTOR, user, second.id, answers(qc))
    assert closed.certificate is not None and closed.certificate.id == issued.id
    assert await Certificate.all().count() == 1
    # The learner was told once, by mail and in the inbox.
    mails = await OutboxMessage.filter(recipient="user@qifu.cn", subject__contains="结业证书")
    assert len(mails) == 1 and issued.code in mails[0].payload["text"]
    told = await Notification.filter(user_id=user.id, kind="course.certificate")
    assert len(told) == 1


async def test_a_course_without_quiz_needs_attendance_only(world: World) -> None:
    course = await drive(world, S.PUBLISHED, attendance_threshold=60)
    enrollment = await enroll(world, "user", course)
    await attend(world, enrollment, present=1)
    assert await Certificate.all().count() == 0
    await attend(world, enrollment, present=2)  # 66 % ≥ 60 %
    issued = await Certificate.get(enrollment_id=enrollment.id)
    assert issued.attendance_rate == 66
    assert issued.score == Decimal(0)


VERIFY = """query($c: String!) { verifyCertificate(code: $c) { code courseTitle providerName
  issuedAt attendanceRate score holderName } }"""
MINE = """query($c: ID!) { myCertificates(first: 10) { edges { node { id code courseTitle
  course { title } } } } courseCertificate(courseId: $c) { code holderName } }"""


async def test_public_verification_and_my_certificates(
    client: httpx.AsyncClient, world: World
) -> None:
    qc = await quiz_course(world)
    user = world.users["user"]
    enrollment = await enrollment_of(world, "user", qc.course)
    await attend(world, enrollment, present=3)
    attempt = await quiz.start_attempt(ACTOR, user, qc.course.id)
    closed = await quiz.submit_attempt(ACTOR, user, attempt.id, answers(qc))
    assert closed.certificate is not None
    code = closed.certificate.code

    unknown = await gql(client, VERIFY, {"c": "2345-6789-ABCD"})
    assert unknown["data"]["verifyCertificate"] is None
    assert (await gql(client, VERIFY, {"c": "nonsense"}))["data"]["verifyCertificate"] is None
    found = await gql(client, VERIFY, {"c": code.lower().replace("-", "")})
    shown = found["data"]["verifyCertificate"]
    assert shown["code"] == code
    assert shown["holderName"] == "测*户"  # 测试用户
    assert shown["courseTitle"] == qc.course.title
    assert shown["attendanceRate"] == 100 and shown["score"] == 10

    course_id = str(relay.GlobalID("Course", str(qc.course.id)))
    token = await login_token(client, "user@qifu.cn")
    mine = (await gql(client, MINE, {"c": course_id}, token=token))["data"]
    assert [e["node"]["code"] for e in mine["myCertificates"]["edges"]] == [code]
    assert mine["myCertificates"]["edges"][0]["node"]["course"]["title"] == qc.course.title
    assert mine["courseCertificate"] == {"code": code, "holderName": "测试用户"}
    other = await login_token(client, "user2@qifu.cn")
    theirs = (await gql(client, MINE, {"c": course_id}, token=other))["data"]
    assert theirs["myCertificates"]["edges"] == [] and theirs["courseCertificate"] is None
    node_id = mine["myCertificates"]["edges"][0]["node"]["id"]
    stranger = await gql(
        client, "query($id: ID!) { node(id: $id) { id } }", {"id": node_id}, token=other
    )
    assert stranger["data"]["node"] is None

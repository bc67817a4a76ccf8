"""SMTP URLs: credentials, ports and the TLS modes they ask for."""

from __future__ import annotations

from qifu.notify.mail import parse_smtp_url


def test_plain_url_upgrades_when_offered() -> None:
    target = parse_smtp_url("smtp://mailer:p%40ss@mail.example.cn:587")
    assert (target.host, target.port) == ("mail.example.cn", 587)
    assert (target.username, target.password) == ("mailer", "p@ss")
    assert target.start_tls is None and not target.use_tls


def test_starttls_can_be_required_or_refused() -> None:
    assert parse_smtp_url("smtp://h:587?starttls=1").start_tls is True
    assert parse_smtp_url("smtp://h:25?starttls=0").start_tls is False


def test_smtps_uses_tls_from_the_start_on_465() -> None:
    target = parse_smtp_url("smtps://h")
    assert target.use_tls and target.port == 465

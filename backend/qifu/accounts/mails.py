"""The mails the accounts domain sends (Chinese, HTML + plain text), queued in the outbox."""

from __future__ import annotations

from urllib.parse import quote

from qifu.core import outbox
from qifu.notify.mail import render
from qifu.settings import settings


def _link(path: str, token: str) -> str:
    return f"{settings().public_url.rstrip('/')}{path}?token={quote(token)}"


async def send_verification(to: str, name: str, token: str) -> None:
    hours = settings().email_verification_hours
    text, html = render(
        "请验证您的邮箱",
        [f"{name}，您好！", f"感谢注册企服平台。请在 {hours} 小时内点击下面的链接完成邮箱验证。"],
        ("验证邮箱", _link("/verify-email", token)),
    )
    await outbox.enqueue_email(to, "【企服】请验证您的邮箱", text, html)


async def send_already_registered(to: str, name: str) -> None:
    text, html = render(
        "该邮箱已注册",
        [
            f"{name}，您好！",
            "有人（可能是您本人）尝试用此邮箱再次注册企服平台。此邮箱已有账号，无需重复注册。",
            "如果忘记了密码，请在登录页选择“忘记密码”。如果不是您本人操作，请忽略此邮件。",
        ],
        ("前往登录", f"{settings().public_url.rstrip('/')}/login"),
    )
    await outbox.enqueue_email(to, "【企服】该邮箱已注册", text, html)


async def send_password_reset(to: str, name: str, token: str) -> None:
    minutes = settings().password_reset_minutes
    text, html = render(
        "重置密码",
        [
            f"{name}，您好！",
            f"我们收到了重置您企服平台密码的请求。链接 {minutes} 分钟内有效，且只能使用一次。",
            "如果不是您本人操作，请忽略此邮件，您的密码不会改变。",
        ],
        ("重置密码", _link("/reset-password", token)),
    )
    await outbox.enqueue_email(to, "【企服】重置密码", text, html)


async def send_password_changed(to: str, name: str) -> None:
    text, html = render(
        "密码已修改",
        [
            f"{name}，您好！",
            "您的企服平台密码刚刚被修改，所有设备上的登录已失效。",
            "如果不是您本人操作，请立即通过“忘记密码”重置密码并联系平台运营人员。",
        ],
    )
    await outbox.enqueue_email(to, "【企服】密码已修改", text, html)

"""The privacy notice (个人信息保护声明) users accept at registration; its version is recorded."""

from __future__ import annotations

from qifu.accounts.types import PrivacyNotice
from qifu.settings import settings

BODY = """\
企服平台（以下简称“平台”）依据《中华人民共和国个人信息保护法》处理您的个人信息。

一、我们收集的信息：注册时的邮箱、姓名，以及您自愿提供的手机号码；\
登录与操作时的 IP 地址和设备信息（用于安全审计）。
二、使用目的：为您提供账号、企业服务、诉求办理、活动与培训等平台服务，并保障账号安全。
三、存储与保护：手机号码等个人信息加密存储；操作记录按规定保存不少于两年。
四、您的权利：您可以查看、更正您的个人信息，下载您的数据，或注销账号；注销后您的个人信息将被匿名化，平台依法需保留的服务记录将显示为“已注销用户”。
五、联系我们：如有疑问，请联系您所在窗口平台的运营人员。"""


def privacy_notice() -> PrivacyNotice:
    return PrivacyNotice(
        version=settings().privacy_notice_version, title="企服平台个人信息保护声明", body=BODY
    )

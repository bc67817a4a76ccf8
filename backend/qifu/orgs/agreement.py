"""The platform's service agreement (服务协议) an institution accepts when it applies (R2)."""

from __future__ import annotations

import strawberry

VERSION = "2026-11"
TITLE = "企服平台服务机构入驻协议"
BODY = """\
一、入驻条件：服务机构应依法设立、信用良好，具备与所申报服务领域相适应的资质、人员和场所，\
并如实提交资质证明材料。
二、服务规范：机构应按平台公布的服务流程（服务申请、需求调查、协议签订、服务制定、服务执行、\
服务跟踪、服务改进）提供服务，在规定时限内响应企业需求，完整记录服务过程。
三、信息公开：机构名称、服务领域、服务区域、公开联系方式及服务产品在平台公开展示；\
机构应保证信息真实、准确并及时更新。
四、评价与考核：平台按服务完成率、及时率和满意度对机构进行动态评分；\
评分低于 60 分的机构将被列入复核，经复核可暂停服务或退出平台。
五、个人信息保护：机构对服务中获知的企业信息和个人信息负有保密义务，不得用于约定以外的用途。
六、退出：机构可申请退出；违反本协议的，平台可暂停其服务或予以清退，并记录原因。"""


@strawberry.type(description="The service agreement institutions accept when they apply.")
class ServiceAgreement:
    version: str
    title: str
    body: str


def service_agreement() -> ServiceAgreement:
    return ServiceAgreement(version=VERSION, title=TITLE, body=BODY)

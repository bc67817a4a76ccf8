"""File mutations: thin wrappers that call the service and build the payload."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from qifu.api.context import Context
from qifu.api.errors import user_errors
from qifu.core.errors import DomainError
from qifu.files import services
from qifu.files.models import FilePurpose
from qifu.files.types import StoredFileNode, UploadFileInput, UploadFilePayload


@strawberry.type
class FileMutations:
    @strawberry.mutation(
        description="Upload one file (multipart request with the Apollo-Require-Preflight "
        "header). The type is recognised from the content; see FilePurpose for what each "
        "purpose accepts."
    )
    async def upload_file(self, info: Info, input: UploadFileInput) -> UploadFilePayload:
        ctx: Context = info.context
        user = ctx.require_user()
        try:
            stored = await services.upload(
                ctx.actor(), user, input.file, purpose=FilePurpose(input.purpose)
            )
        except DomainError as e:
            return UploadFilePayload(errors=user_errors(e, ctx.lang))
        return UploadFilePayload(file=StoredFileNode.from_model(stored))

"""GraphQL types of the files domain."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

import strawberry
from strawberry import relay
from strawberry.file_uploads import Upload
from strawberry.types import Info

from qifu.api.errors import UserError
from qifu.files import policies, services
from qifu.files.loaders import load_stored_files_by_id
from qifu.files.models import FilePurpose as FilePurposeModel
from qifu.files.models import StoredFile as StoredFileModel

FilePurpose = strawberry.enum(
    FilePurposeModel,
    name="FilePurpose",
    description="What a file is for: BUSINESS_LICENCE, AVATAR and LOGO take images (JPEG, "
    "PNG, WebP, up to 5 MB); QUALIFICATION and ATTACHMENT also take PDF, Word (.docx) and "
    "Excel (.xlsx) documents (up to 20 MB).",
)


@strawberry.type(name="StoredFile", description="An uploaded file.")
class StoredFileNode(relay.Node):
    id: relay.NodeID[int]
    name: str = strawberry.field(description="The uploaded file's name, made safe.")
    size: int = strawberry.field(description="In bytes.")
    content_type: str = strawberry.field(description="Recognised from the content itself.")
    purpose: FilePurpose  # type: ignore[valid-type]
    created_at: datetime
    model: strawberry.Private[StoredFileModel]
    # Set by the domain that shows the file when it knows the file is public (a listed
    # product's image): the link then needs no token, and no sign-in.
    public: strawberry.Private[bool] = False

    @classmethod
    def from_model(cls, file: StoredFileModel, *, public: bool = False) -> StoredFileNode:
        return cls(
            id=file.id,
            name=file.original_name,
            size=file.size,
            content_type=file.content_type,
            purpose=FilePurposeModel(file.purpose),
            created_at=file.created_at,
            model=file,
            public=public,
        )

    @strawberry.field(
        description="A download link for the asking user, valid for 5 minutes: usable in "
        "<img src> and links without an Authorization header. Public files (a listed "
        "product's images) have a plain link that needs no sign-in."
    )
    def url(self, info: Info) -> str:
        if self.public:
            return services.public_url(self.model)
        return services.download_url(self.model, info.context.require_user())

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        ctx = info.context
        ids = [int(i) for i in node_ids if i.isdigit()]
        files = await ctx.loader(load_stored_files_by_id).load_many(ids)
        return [
            cls.from_model(f)
            if f is not None and await policies.can_read(ctx.user, ctx.grants, f)
            else None
            for f in files
        ]


@strawberry.input
class UploadFileInput:
    file: Upload = strawberry.field(
        description="The file part of a multipart request (graphql-multipart-request-spec); "
        "the request needs the header Apollo-Require-Preflight."
    )
    purpose: FilePurpose  # type: ignore[valid-type]


@strawberry.type
class UploadFilePayload:
    file: StoredFileNode | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)

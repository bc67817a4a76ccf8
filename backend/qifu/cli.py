"""The ``qifu`` command."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import sys
import zipfile
from pathlib import Path

from qifu.settings import Settings, configure


def _settings() -> Settings:
    s = configure(Settings())
    s.data_dir.mkdir(parents=True, exist_ok=True)
    return s


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from qifu.app import create_app
    from qifu.core.logging import configure_logging

    configure_logging()
    app = create_app(_settings())
    # Forwarded headers are interpreted by the app itself, only from QIFU_TRUSTED_PROXIES.
    uvicorn.run(app, host=args.host, port=args.port, log_config=None, proxy_headers=False)
    return 0


def cmd_worker(args: argparse.Namespace) -> int:
    from tortoise import Tortoise

    import qifu.api.schema  # noqa: F401  (the domains register their periodic jobs)
    from qifu.core.logging import configure_logging
    from qifu.db import tortoise_config
    from qifu.notify import worker

    configure_logging()
    s = _settings()

    async def run() -> None:
        await Tortoise.init(config=tortoise_config(s))
        try:
            await worker.run_forever()
        finally:
            await Tortoise.close_connections()

    asyncio.run(run())
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    from tortoise import Tortoise

    from qifu.core import calendar
    from qifu.db import tortoise_config
    from qifu.migrations import apply

    s = _settings()
    applied = asyncio.run(apply(s))

    async def seed_calendar() -> calendar.SeedResult:
        await Tortoise.init(config=tortoise_config(s))
        try:
            return await calendar.seed_from_package()
        finally:
            await Tortoise.close_connections()

    seeded = asyncio.run(seed_calendar())
    print(
        f"{s.dialect}: applied {len(applied)} migration(s)" + "".join(f"\n  {v}" for v in applied)
    )
    if seeded.years:
        print(
            f"working-day calendar: {seeded.changed} change(s) from chinese-calendar "
            f"for {seeded.years[0]}–{seeded.years[-1]}"
        )
    return 0


def cmd_makemigrations(args: argparse.Namespace) -> int:
    from qifu.migrations import run_per_dialect

    return run_per_dialect("generate", args.name)


def cmd_check_migrations(args: argparse.Namespace) -> int:
    from qifu.migrations import run_per_dialect

    return run_per_dialect("check")


def cmd_export_schema(args: argparse.Namespace) -> int:
    from qifu.api.schema import schema_sdl

    sdl = schema_sdl()
    if args.check:
        current = Path(args.path).read_text(encoding="utf-8") if Path(args.path).exists() else ""
        if current != sdl:
            print(f"{args.path} is out of date: run `make schema`", file=sys.stderr)
            return 1
        return 0
    Path(args.path).write_text(sdl, encoding="utf-8")
    print(f"wrote {args.path}")
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from tortoise import Tortoise

    from qifu.core import audit
    from qifu.db import tortoise_config

    s = _settings()

    async def run() -> audit.VerifyResult:
        await Tortoise.init(config=tortoise_config(s))
        try:
            return await audit.verify()
        finally:
            await Tortoise.close_connections()

    result = asyncio.run(run())
    if result.ok:
        print(f"audit chain intact: {result.checked} record(s)")
        return 0
    print(
        f"audit chain broken at record id {result.first_bad_id} "
        f"({result.checked} record(s) before it are intact)",
        file=sys.stderr,
    )
    return 1


def cmd_calendar_import(args: argparse.Namespace) -> int:
    from tortoise import Tortoise

    from qifu.core import calendar, clock
    from qifu.db import tortoise_config

    s = _settings()
    this_year = clock.local_now().year

    async def run() -> tuple[calendar.ImportResult, list[int]]:
        await Tortoise.init(config=tortoise_config(s))
        try:
            result = await calendar.import_file(Path(args.file))
            return result, await calendar.missing_years(this_year, this_year + 1)
        finally:
            await Tortoise.close_connections()

    try:
        result, missing = asyncio.run(run())
    except (OSError, ValueError) as exc:
        print(f"calendar import failed, nothing changed: {exc}", file=sys.stderr)
        return 2
    print(result.summary())
    if missing:
        # Deadlines in these years count Monday–Friday only until their holidays are imported.
        print(f"warning: no holiday calendar yet for {', '.join(map(str, missing))}")
    return 0


def cmd_industries_import(args: argparse.Namespace) -> int:
    from qifu.orgs.reference import industries

    s = _settings()
    source = Path(args.file)
    try:
        rows = industries.import_xlsx(source, args.sheet)
    except (OSError, ValueError, zipfile.BadZipFile) as exc:  # not an xlsx at all
        print(f"industry import failed, nothing changed: {exc}", file=sys.stderr)
        return 2
    industries.save(rows, industries.imported_file(s.data_dir), source=source.name)
    print(
        f"{len(rows)} industries imported from {source.name}; the full GB/T 4754 table is used "
        "from now on (restart running servers)"
    )
    return 0


def cmd_createadmin(args: argparse.Namespace) -> int:
    from tortoise import Tortoise

    from qifu.accounts import admin
    from qifu.accounts.models import Role
    from qifu.core.errors import DomainError
    from qifu.db import tortoise_config

    s = _settings()
    email = args.email or input("Email: ")
    name = args.name or input("Name: ")
    password = args.password or getpass.getpass("Password: ")

    async def run() -> str:
        await Tortoise.init(config=tortoise_config(s))
        try:
            user = await admin.create_hub_admin(
                email=email,
                name=name,
                password=password,
                totp_secret=args.totp_secret,
                role=Role(args.role),
            )
            return user.email
        finally:
            await Tortoise.close_connections()

    try:
        created = asyncio.run(run())
    except DomainError as e:
        print(f"{e.field or 'error'}: {e.message()}", file=sys.stderr)
        return 2
    print(f"{args.role} {created} is ready; log in at {s.public_url}/login")
    return 0


def cmd_seed(args: argparse.Namespace) -> int:
    from tortoise import Tortoise

    from qifu.db import tortoise_config
    from qifu.seed import seed_demo

    if not args.demo:
        print("nothing to do: pass --demo to load the demo data", file=sys.stderr)
        return 2
    s = _settings()

    async def run() -> list:
        await Tortoise.init(config=tortoise_config(s))
        try:
            return await seed_demo()
        finally:
            await Tortoise.close_connections()

    results = asyncio.run(run())
    print("Demo accounts (log in at " + s.public_url + "/login):")
    for account, created in results:
        state = "created" if created else "already there"
        print(f"  {account.email:<22} {account.password:<18} {account.what} ({state})")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="qifu", description="Qifu enterprise service platform")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("serve", help="serve the API and the SPA (and the worker)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.set_defaults(func=cmd_serve)

    sub.add_parser("worker", help="deliver the outbox").set_defaults(func=cmd_worker)
    sub.add_parser("migrate", help="apply database migrations").set_defaults(func=cmd_migrate)

    p = sub.add_parser("makemigrations", help="generate migrations for both dialects")
    p.add_argument("name", nargs="?", default="update")
    p.set_defaults(func=cmd_makemigrations)
    sub.add_parser("check-migrations", help="fail when models and migrations differ").set_defaults(
        func=cmd_check_migrations
    )

    p = sub.add_parser("export-schema", help="print the GraphQL schema to a file")
    p.add_argument("path", nargs="?", default="schema.graphql")
    p.add_argument("--check", action="store_true", help="fail if the file is out of date")
    p.set_defaults(func=cmd_export_schema)

    p = sub.add_parser("audit", help="audit trail tools")
    audit_sub = p.add_subparsers(dest="audit_command", required=True)
    audit_sub.add_parser("verify", help="check the hash chain").set_defaults(func=cmd_audit_verify)

    p = sub.add_parser("calendar", help="working-day calendar tools")
    calendar_sub = p.add_subparsers(dest="calendar_command", required=True)
    p = calendar_sub.add_parser("import", help="load holidays from a CSV: date,is_workday,name")
    p.add_argument("file")
    p.set_defaults(func=cmd_calendar_import)

    p = sub.add_parser("industries", help="GB/T 4754 industry classification")
    industries_sub = p.add_subparsers(dest="industries_command", required=True)
    p = industries_sub.add_parser("import", help="load the full classification from an xlsx")
    p.add_argument("file")
    p.add_argument("--sheet", help="worksheet name (default: the first)")
    p.set_defaults(func=cmd_industries_import)

    p = sub.add_parser("createadmin", help="create (or promote) a hub administrator")
    p.add_argument("--email")
    p.add_argument("--name")
    p.add_argument("--password", help="prefer the prompt; a flag ends up in shell history")
    p.add_argument("--role", choices=["HUB_ADMIN", "OPERATOR"], default="HUB_ADMIN")
    p.add_argument("--totp-secret", help=argparse.SUPPRESS)  # automated tests only
    p.set_defaults(func=cmd_createadmin)

    p = sub.add_parser("seed", help="load demo data (idempotent)")
    p.add_argument("--demo", action="store_true")
    p.set_defaults(func=cmd_seed)

    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    raise SystemExit(main())

"""The `chainrights` command: one small function per command over the services.

Imports stay inside the functions so that `chainrights --help` is instant.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

Command = Callable[[argparse.Namespace], int]
Adder = Callable[[argparse.ArgumentParser], object]
COMMANDS: dict[str, tuple[Command, str, Adder]] = {}


def command(name: str, help: str) -> Callable[[Command], Command]:
    def register(func: Command) -> Command:
        COMMANDS[name] = (func, help, getattr(func, "arguments", lambda p: None))
        return func

    return register


def arguments(add: Adder) -> Callable[[Command], Command]:
    def attach(func: Command) -> Command:
        func.arguments = add  # type: ignore[attr-defined]
        return func

    return attach


def _django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chainrights.settings")
    import django

    django.setup()


def _prepare_storage() -> None:
    """The SQLite file lives in var/; create the folder on first use."""
    from django.conf import settings

    db = settings.DATABASES["default"]
    if db["ENGINE"].endswith("sqlite3") and str(db["NAME"]) != ":memory:":
        os.makedirs(os.path.dirname(str(db["NAME"])), exist_ok=True)


@command("setup", "Migrate the database, create the cache table and load the demo data.")
@arguments(lambda p: p.add_argument("--no-demo", action="store_true", help="skip demo data"))
def cmd_setup(args: argparse.Namespace) -> int:
    _django()
    _prepare_storage()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    call_command("createcachetable", verbosity=0)
    from django.conf import settings

    if settings.STATIC_ROOT:
        call_command("collectstatic", interactive=False, verbosity=0)
    from chainrights.states.services import load_shipped_data

    load_shipped_data()  # the country data in the repository; a re-run changes nothing
    if not args.no_demo:
        return cmd_demo(args)
    return 0


@command("demo", "Load the demo organisations, accounts and data (idempotent).")
def cmd_demo(args: argparse.Namespace) -> int:
    _django()
    from django.conf import settings

    if settings.PRODUCTION:
        print("Refusing to load demo accounts in production.", file=sys.stderr)
        return 2
    from chainrights.audits.demo import load_demo_audits
    from chainrights.codes.demo import load_demo_codes
    from chainrights.core.demo import load_demo
    from chainrights.purchasing.demo import load_demo_purchasing
    from chainrights.registry.demo import load_demo_lists
    from chainrights.reports.demo import load_demo_reports
    from chainrights.risk.demo import load_demo_risk
    from chainrights.states.demo import load_demo_countries, load_demo_inspections

    summary = load_demo()
    summary.update(load_demo_lists())
    summary.update(load_demo_codes())
    summary.update(load_demo_audits())
    summary.update(load_demo_inspections())
    summary.update(load_demo_countries())
    summary.update(load_demo_purchasing())
    summary.update(load_demo_risk())
    summary.update(load_demo_reports())
    print(f"demo data: {summary}")
    return 0


@command(
    "serve",
    "Serve the web app and API with gunicorn (static files by WhiteNoise), and the background "
    "worker that processes uploaded lists.",
)
@arguments(
    lambda p: (
        p.add_argument("--host", default="127.0.0.1"),
        p.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000"))),
        p.add_argument("--workers", type=int, default=2),
        p.add_argument("--no-worker", action="store_true", help="run the task worker elsewhere"),
    )
)
def cmd_serve(args: argparse.Namespace) -> int:
    import contextlib
    import signal
    import subprocess

    _django()
    from django.conf import settings

    from chainrights.core.startup import refuse_unsafe_production

    refuse_unsafe_production()
    from chainrights.core.accesslog import FORMAT

    print(f"chainrights serving on http://{args.host}:{args.port}/", flush=True)
    # The access log names no client: no address, browser string, query string or referrer.
    gunicorn = [
        sys.executable, "-m", "gunicorn", "chainrights.wsgi:application",
        "--bind", f"{args.host}:{args.port}", "--workers", str(args.workers),
        "--access-logfile", "-", "--timeout", "120",
        "--logger-class", "chainrights.core.accesslog.PrivateAccessLogger",
        "--access-logformat", FORMAT,
    ]  # fmt: skip
    queued = "DatabaseBackend" in settings.TASKS["default"]["BACKEND"]
    if args.no_worker or not queued:
        os.execv(sys.executable, gunicorn)  # noqa: S606  (replace this process with gunicorn)
    children = [
        subprocess.Popen(gunicorn),  # noqa: S603
        subprocess.Popen([sys.executable, "-m", "chainrights", "worker"]),
    ]

    def stop(signum: int, frame: object) -> None:
        for child in children:
            child.terminate()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    # Whichever stops first (or a signal) stops the other: no orphaned worker.
    while all(child.poll() is None for child in children):
        with contextlib.suppress(subprocess.TimeoutExpired):
            children[0].wait(timeout=1)
    stop(0, None)
    return max(child.wait() for child in children)


@command(
    "worker",
    "Run the background task worker (list processing) until stopped; it re-queues tasks "
    "whose worker died (see TASK_HEARTBEAT_TIMEOUT) and writes a signed checkpoint of the "
    "event log every CHAINRIGHTS_CHECKPOINT_INTERVAL seconds.",
)
@arguments(lambda p: p.add_argument("--batch", action="store_true", help="stop when idle"))
def cmd_worker(args: argparse.Namespace) -> int:
    import threading

    _django()
    from django.conf import settings

    from chainrights.core import checkpoints
    from chainrights.core.worker import run_worker

    stop = threading.Event()
    interval = settings.LOG_CHECKPOINT_INTERVAL
    ticker = threading.Thread(
        target=checkpoints.every, args=(interval, stop), name="log-checkpoints", daemon=True
    )
    if interval > 0:
        ticker.start()
    try:
        run_worker(batch=args.batch, interval=0.5)
    finally:
        stop.set()
        if ticker.is_alive():
            ticker.join(timeout=10)
    return 0


@command(
    "verify-log",
    "Recompute the event log's keyed hash chain, compare it with the newest signed checkpoint "
    "and name any altered, removed or missing entry; write a new checkpoint when it is intact.",
)
@arguments(
    lambda p: p.add_argument(
        "--deep",
        action="store_true",
        help="also compare every domain row with the last state the log recorded for it "
        "(finds direct SQL edits of domain tables)",
    )
)
def cmd_verify_log(args: argparse.Namespace) -> int:
    _django()
    from chainrights.core import checkpoints
    from chainrights.core.events import verify_log

    result = verify_log()
    for seq, problem in result.problems:
        print(f"event {seq}: {problem}" if seq else problem)
    drifts = []
    if getattr(args, "deep", False):
        from chainrights.core.replay import compare_rows

        for drift in compare_rows():
            drifts.append(drift)
            print(drift)
    ok = result.ok and not drifts
    status = "OK" if ok else f"TAMPERED ({len(result.problems) + len(drifts)} problems)"
    rows = " and every domain row" if getattr(args, "deep", False) else ""
    print(f"{result.checked} events{rows} checked: {status}")
    if ok and (path := checkpoints.write()) is not None:
        print(f"checkpoint written: {path}")
    return 0 if ok else 1


@command(
    "checkpoint",
    "Write a signed checkpoint of the event log's head to CHAINRIGHTS_CHECKPOINT_DIR.",
)
def cmd_checkpoint(args: argparse.Namespace) -> int:
    _django()
    from chainrights.core import checkpoints

    path = checkpoints.write()
    if path is None:
        print("the event log is empty: nothing to checkpoint")
        return 0
    print(f"checkpoint written: {path}")
    return 0


@command(
    "backup",
    "Write the database (uploaded files included) and a manifest to ARCHIVE while the app "
    "runs; the keys stay out of it (see docs/operations.md).",
)
@arguments(lambda p: p.add_argument("archive", help="the .tar.gz to write; must not exist yet"))
def cmd_backup(args: argparse.Namespace) -> int:
    _django()
    from chainrights.core.backup import BackupError, backup

    try:
        result = backup(Path(args.archive))
    except BackupError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    manifest = result.manifest
    head = manifest["event_log"]
    print(
        f"wrote {result.path} ({result.size / 1e6:.1f} MB, {result.seconds:.1f} s): "
        f"{manifest['database']['vendor']}, {len(manifest['tables'])} tables, "
        f"{sum(manifest['tables'].values()):,} rows, event log head #{head['seq']}"
    )
    return 0


@command(
    "restore",
    "Check ARCHIVE (checksums, keys, target), replace the database with it, then compare the "
    "row counts with its manifest, decrypt every encrypted value and verify the event log.",
)
@arguments(
    lambda p: (
        p.add_argument("archive", help="a .tar.gz written by `chainrights backup`"),
        p.add_argument("--force", action="store_true", help="replace a database that is not empty"),
    )
)
def cmd_restore(args: argparse.Namespace) -> int:
    _django()
    from chainrights.core.backup import BackupError, restore

    try:
        report = restore(Path(args.archive), force=args.force)
    except BackupError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    manifest, head = report.manifest, report.manifest["event_log"]
    print(f"restored {args.archive} (made {manifest['created_at']}) in {report.seconds:.1f} s")
    rows = sum(report.state.tables.values())
    for line in report.mismatches:
        print(f"MISMATCH {line}")
    if not report.mismatches:
        print(f"{len(report.state.tables)} tables, {rows:,} rows: counts match the manifest")
    for line in report.undecryptable[:20]:
        print(f"CANNOT DECRYPT {line}")
    print(f"{report.decrypted:,} encrypted values checked, {len(report.undecryptable)} fail")
    for seq, problem in report.log_problems:
        print(f"event {seq}: {problem}")
    log_status = "OK" if not report.log_problems else f"TAMPERED ({len(report.log_problems)})"
    print(f"event log: {report.log_checked:,} events checked, head #{head['seq']}: {log_status}")
    if report.pending_migrations:
        print(f"{len(report.pending_migrations)} migrations to apply: run `chainrights setup "
              "--no-demo`")  # fmt: skip
    print("restore: OK" if report.ok else "restore: FAILED verification (see above)")
    return 0 if report.ok else 1


@command("createuser", "Create an account (password from stdin), creating the organisation.")
@arguments(
    lambda p: (
        p.add_argument("--username", required=True),
        p.add_argument("--org", required=True, help="organisation name"),
        p.add_argument(
            "--org-kind",
            required=True,
            choices=["brand", "supplier", "operator", "auditor", "union", "inspectorate"],
        ),
        p.add_argument("--role", required=True, choices=["admin", "editor", "viewer"]),
        p.add_argument("--email", default=""),
    )
)
def cmd_createuser(args: argparse.Namespace) -> int:
    _django()
    from django.core.exceptions import ValidationError

    from chainrights.core.services import create_account

    password = sys.stdin.readline().rstrip("\n")
    if not password:
        print("Give the password on standard input.", file=sys.stderr)
        return 2
    try:
        account = create_account(
            username=args.username,
            password=password,
            org_name=args.org,
            org_kind=args.org_kind,
            role=args.role,
            email=args.email,
        )
    except (ValueError, ValidationError) as exc:
        messages = exc.messages if isinstance(exc, ValidationError) else [str(exc)]
        for message in messages:
            print(f"error: {message}", file=sys.stderr)
        return 1
    created = " (new organisation)" if account.organisation_created else ""
    print(f"created {args.username}: {args.role} of {account.organisation.name}{created}")
    return 0


def _import_country_data(args: argparse.Namespace, run: Callable[..., object]) -> int:
    """Read FILE, run one of the states app's importers as the system, print the outcome."""
    _django()
    from chainrights.core import events
    from chainrights.core.refusals import Problems, Refusal

    path = Path(args.file)
    try:
        content = path.read_bytes()
    except OSError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        with events.acting_as(system=f"cli:{args.command}", reason=f"import {path.name}"):
            result = run(content, path.name)
    except Problems as exc:
        print(f"{path.name}: nothing imported, {len(exc.problems)} problem(s):", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    except Refusal as exc:
        print(f"{path.name}: nothing imported: {exc}", file=sys.stderr)
        return 1
    print(f"{path.name}: {result.summary()}")  # type: ignore[attr-defined]
    return 0


def _today(value: str | None) -> date:
    """``--retrieved`` as a date (default today): a bad or future date is refused by name, the
    same rule as a row's date (``states.facts.past_date``)."""
    if not value:
        return date.today()
    from chainrights.core.refusals import Invalid
    from chainrights.states.facts import past_date

    try:
        return past_date(value)
    except ValueError as exc:
        raise Invalid(f"--retrieved: {exc}", field="retrieved") from None


@command(
    "import-ilostat",
    "Load an ILOSTAT labour-inspection export (CSV: ';', decimal comma, BOM) into the country "
    "profiles; the indicator comes from the file name or --indicator. All rows or none.",
)
@arguments(
    lambda p: (
        p.add_argument("file", help="e.g. LAI_INDE_NOC_RT_A_EN.csv"),
        p.add_argument("--indicator", help="e.g. LAI_INDE_NOC_RT_A when the name lacks it"),
        p.add_argument("--retrieved", help="the export's date, YYYY-MM-DD (default: today)"),
    )
)
def cmd_import_ilostat(args: argparse.Namespace) -> int:
    def run(content: bytes, name: str) -> object:
        from chainrights.states.services import import_ilostat

        return import_ilostat(content, filename=name, indicator=args.indicator,
                              retrieved_on=_today(args.retrieved))  # fmt: skip

    return _import_country_data(args, run)


@command(
    "import-ilab-goods",
    "Load an edition of the US Department of Labor's List of Goods Produced by Child Labor or "
    "Forced Labor (CSV: country,good,child_labour,forced_labour). All rows or none.",
)
@arguments(
    lambda p: (
        p.add_argument("file"),
        p.add_argument("--edition", required=True, help="e.g. '2024 list'"),
        p.add_argument("--retrieved", help="YYYY-MM-DD (default: today)"),
    )
)
def cmd_import_ilab_goods(args: argparse.Namespace) -> int:
    def run(content: bytes, name: str) -> object:
        from chainrights.states.services import import_listed_goods

        return import_listed_goods(content, filename=name, edition=args.edition,
                                   retrieved_on=_today(args.retrieved))  # fmt: skip

    return _import_country_data(args, run)


@command(
    "import-country-facts",
    "Load an operator's country facts (CSV: country,kind,label,value,unit,as_of,source,"
    "source_url[,licence]; kinds: economy_class, ituc_rating, minimum_wage, "
    "inspectorate_contact, note). All rows or none; each change is logged.",
)
@arguments(lambda p: p.add_argument("file"))
def cmd_import_country_facts(args: argparse.Namespace) -> int:
    def run(content: bytes, name: str) -> object:
        from chainrights.states.services import import_country_facts

        return import_country_facts(content, filename=name)

    return _import_country_data(args, run)


@command(
    "import-ratifications",
    "Load curated ratification facts (CSV: country,instrument,status,ratified_on,minimum_age,"
    "note,source_url,retrieved_on), one sourced row per country and instrument.",
)
@arguments(lambda p: p.add_argument("file"))
def cmd_import_ratifications(args: argparse.Namespace) -> int:
    def run(content: bytes, name: str) -> object:
        from chainrights.states.services import import_ratifications

        return import_ratifications(content, filename=name)

    return _import_country_data(args, run)


def _report_arguments(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
    p.add_argument("--errors", help="where to report bad rows (default: OUT.errors.csv)")
    p.add_argument(
        "--decisions", help="people's decisions to honour (confirm/reject/same/different)"
    )
    return p


def _optional_path(value: str | None) -> Path | None:
    return Path(value) if value else None


@command("match", "Match a supplier list against a registry: one decision per incoming row.")
@arguments(
    lambda p: (
        p.add_argument("registry", help="REGISTRY.csv/.xlsx: id,country,name,address[,lat,lng,…]"),
        p.add_argument("incoming", help="INCOMING.csv/.xlsx: country,name,address[,lat,lng,…]"),
        p.add_argument("--out", required=True, help="RESULT.csv: row,facility_id,score,decision"),
        p.add_argument(
            "--index-cache",
            metavar="DIR",
            help="where built registry indexes are kept, by the registry file's content "
            "(default: .chainrights-index beside REGISTRY)",
        ),
        p.add_argument(
            "--no-index-cache", action="store_true", help="build the index, keep no copy"
        ),
        p.add_argument(
            "--processes", type=int, metavar="N", help="processes to use (default: every core)"
        ),
        _report_arguments(p),
    )
)
def cmd_match(args: argparse.Namespace) -> int:
    from chainrights.matching.cli import run_match

    cache_dir = None if args.no_index_cache else _optional_path(args.index_cache) or True
    return run_match(
        Path(args.registry),
        Path(args.incoming),
        Path(args.out),
        _optional_path(args.errors),
        _optional_path(args.decisions),
        cache_dir=cache_dir,
        workers=args.processes,
    )


@command("dedupe", "Cluster the records of one file into facilities.")
@arguments(
    lambda p: (
        p.add_argument("input", help="INPUT.csv/.xlsx: id,country,name,address[,lat,lng,…]"),
        p.add_argument("--out", required=True, help="CLUSTERS.csv: id,cluster"),
        p.add_argument(
            "--engine",
            choices=["duckdb", "spark", "inprocess"],
            default="duckdb",
            help="where the blocking join runs: DuckDB (default), Apache Spark (the `spark` "
            "extra and Java), or in-process for small files",
        ),
        _report_arguments(p),
    )
)
def cmd_dedupe(args: argparse.Namespace) -> int:
    from chainrights.matching.cli import run_dedupe

    return run_dedupe(
        Path(args.input),
        Path(args.out),
        args.engine,
        _optional_path(args.errors),
        _optional_path(args.decisions),
    )


@command("generate-data-key", "Print a new key for CHAINRIGHTS_DATA_KEY.")
def cmd_generate_data_key(args: argparse.Namespace) -> int:
    from cryptography.fernet import Fernet

    print(Fernet.generate_key().decode())
    return 0


@command(
    "rotate-data-key",
    "Re-encrypt every encrypted field with the newest CHAINRIGHTS_DATA_KEY (put the new key "
    "first, keep the old ones after it, run this, then drop the old ones).",
)
def cmd_rotate_data_key(args: argparse.Namespace) -> int:
    _django()
    from chainrights.core.crypto import rotate_all

    counts = rotate_all()
    for label, n in counts.items():
        print(f"{label}: {n} rows re-encrypted")
    return 0


@command("manage", "Run any Django management command (migrate, shell, db_worker, …).")
@arguments(lambda p: p.add_argument("rest", nargs=argparse.REMAINDER))
def cmd_manage(args: argparse.Namespace) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chainrights.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["chainrights manage", *args.rest])
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="chainrights",
        description="chainrights: human-rights due diligence in supply chains.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (func, help_text, add_arguments) in COMMANDS.items():
        sub_parser = sub.add_parser(name, help=help_text, description=help_text)
        add_arguments(sub_parser)
        sub_parser.set_defaults(func=func)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    result: int = args.func(args)
    return result


if __name__ == "__main__":
    sys.exit(main())

"""`taizhang serve`: gunicorn in production (the default), Django's runserver with ``--dev``.

The production server runs threaded workers (gthread) so a slow export or import does not hold up the pages;
static files come through whitenoise (settings.MIDDLEWARE) after ``collectstatic``.  Worker count, threads and
the request timeout are read from TAIZHANG_WORKERS, TAIZHANG_THREADS and TAIZHANG_TIMEOUT.
"""
from __future__ import annotations

import gc
import os
from dataclasses import dataclass


@dataclass
class ServerOptions:
    addr: str = "127.0.0.1"
    port: int = 8000
    workers: int = 0  # 0: from TAIZHANG_WORKERS, else the number of CPUs (at least 2)
    threads: int = 0  # 0: from TAIZHANG_THREADS, else 8
    timeout: int = 0  # 0: from TAIZHANG_TIMEOUT, else 300 s (a large import or export)
    access_log: bool = False

    def gunicorn_config(self) -> dict:
        workers = self.workers or int(os.environ.get("TAIZHANG_WORKERS") or max(2, os.cpu_count() or 1))
        return {
            "bind": f"[{self.addr}]:{self.port}" if ":" in self.addr else f"{self.addr}:{self.port}",
            "workers": workers,
            "worker_class": "gthread",
            "threads": self.threads or int(os.environ.get("TAIZHANG_THREADS") or 8),
            "timeout": self.timeout or int(os.environ.get("TAIZHANG_TIMEOUT") or 300),
            "graceful_timeout": 30,
            "accesslog": "-" if self.access_log or os.environ.get("TAIZHANG_ACCESS_LOG") == "1" else None,
            "errorlog": "-",
            "forwarded_allow_ips": os.environ.get("TAIZHANG_FORWARDED_ALLOW_IPS", "127.0.0.1,::1"),
            "proc_name": "taizhang",
            "control_socket_disable": True,  # no runtime-control socket in the home folder: nothing to manage
            "preload_app": True,  # the site and the warmed extractor are loaded once, shared by the workers
        }


def prepare() -> None:
    """What both servers need first: the schema, the static files, and no batch left looking unfinished."""
    from django.conf import settings
    from django.core.management import call_command

    from ..commands import setup_django
    setup_django()
    call_command("migrate", interactive=False, verbosity=0)
    if not settings.DEBUG:
        call_command("collectstatic", interactive=False, verbosity=0)
    from ..ledger.batches import mark_interrupted
    mark_interrupted()


WARM_UP_TEXT = ("某县2025年政府工作报告\n2025年1月10日\n一、主要目标\n全年地区生产总值增长6%左右，"
                "确保城关新区综合体项目开工建设，计划投资12亿元。\n")


def warm_extractor() -> None:
    """Load the extractor's dictionaries (jieba, the region gazetteer) before the workers fork: otherwise each
    worker's first upload pays several seconds for them, and each worker holds its own copy in memory."""
    from django.conf import settings
    from django.utils.module_loading import import_string
    if getattr(settings, "TAIZHANG_EXTRACTOR", "taizhang.extract.extract_file") != "taizhang.extract.extract_file":
        import_string(settings.TAIZHANG_EXTRACTOR)
        return
    from ..extract import extract_text
    extract_text(WARM_UP_TEXT, name="warm-up.txt")


def freeze_heap() -> None:
    """Everything loaded so far (Django, the site, the warmed extractor's tables: about 240,000 objects the
    collector tracks) moved out of the garbage collector's reach before the workers fork.  A full collection in a
    worker then scans what its requests made, not those tables: 0.1–3 ms of CPU instead of about 125 ms, which
    the request that set it off waited (bench/README.md, pages).  The shared pages also stay shared: the
    collector no longer writes into them."""
    gc.collect()
    gc.freeze()


def run_production(opts: ServerOptions) -> None:
    from django.db import connections
    from gunicorn.app.base import BaseApplication

    class TaizhangApplication(BaseApplication):
        def __init__(self, config: dict):
            self.config = config
            super().__init__()

        def load_config(self):
            for key, value in self.config.items():
                self.cfg.set(key, value)

        def load(self):
            from django.core.wsgi import get_wsgi_application
            return get_wsgi_application()

    warm_extractor()
    connections.close_all()  # the workers fork from this process: no shared database connection
    freeze_heap()
    print(f"serving http://{opts.addr}:{opts.port}/  (gunicorn; Ctrl-C to stop)", flush=True)
    TaizhangApplication(opts.gunicorn_config()).run()


def run_dev(addr: str, port: int) -> None:
    from django.core.management import call_command
    print(f"serving http://{addr}:{port}/  (development server, DEBUG on; Ctrl-C to stop)", flush=True)
    call_command("runserver", f"{addr}:{port}", use_reloader=False, use_threading=True, insecure_serving=True)


def serve(addr: str = "127.0.0.1", port: int = 8000, dev: bool = False, workers: int = 0) -> None:
    if dev:
        os.environ["TAIZHANG_DEBUG"] = "1"  # read when the settings load, i.e. in setup_django below
    prepare()
    if dev:
        run_dev(addr, port)
    else:
        run_production(ServerOptions(addr=addr, port=port, workers=workers))

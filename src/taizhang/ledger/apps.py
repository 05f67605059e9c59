from django.apps import AppConfig


class LedgerConfig(AppConfig):
    name = "taizhang.ledger"
    label = "ledger"
    verbose_name = "台账"

    def ready(self) -> None:
        from . import batches  # noqa: F401  (registers the lock an ingest batch holds while it runs)

from django.apps import AppConfig
from django.db.models.signals import post_migrate


class LedgerConfig(AppConfig):
    name = "taizhang.ledger"
    label = "ledger"
    verbose_name = "台账"

    def ready(self) -> None:
        from . import batches  # noqa: F401  (registers the lock an ingest batch holds while it runs)
        post_migrate.connect(clear_kept_counts_of_empty_ledger, sender=self,
                             dispatch_uid="ledger_clear_kept_counts_of_empty_ledger")


# Rows the kept tables count (migrations 0005, 0007, 0010) and the tables that keep the counts.
COUNTED = ("ledger_document", "ledger_fact", "ledger_project", "ledger_task", "ledger_projectmention",
           "ledger_factlink")
KEPT = ("ledger_factcount", "ledger_factsubject", "ledger_tally", "ledger_projecttotal")


def clear_kept_counts_of_empty_ledger(using: str = "default", **kwargs) -> None:
    """A ledger that holds nothing keeps no counts.

    A flush (``manage.py flush``, and every transactional test's teardown, which sends post_migrate after it)
    empties the tables in no set order: a kept table emptied before the table it counts then collects that
    table's deletions, through its triggers, as negative counts.  Once nothing counted is left, the kept rows
    are cleared; a ledger with data is left alone (six existence checks)."""
    from django.db import connections

    connection = connections[using]
    with connection.cursor() as cur:
        there = set(connection.introspection.table_names(cur))
        if not all(t in there for t in COUNTED):
            return
        q = connection.ops.quote_name
        for table in COUNTED:
            cur.execute(f"SELECT 1 FROM {q(table)} LIMIT 1")
            if cur.fetchone() is not None:
                return
        for table in KEPT:
            if table in there:
                cur.execute(f"DELETE FROM {q(table)}")

"""PostgreSQL: the search postings' bigram column compares bytes (COLLATE "C"), not by the database's locale.

A bigram is only ever looked up by equality, so its order never shows; byte comparison makes the postings'
index (tens of millions of rows after a bulk load) cheaper to build and to search.  Other databases keep
their column as it is."""
from django.db import migrations


def to_c(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute('ALTER TABLE ledger_searchgram ALTER COLUMN gram TYPE varchar(2) COLLATE "C"')


def back(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute('ALTER TABLE ledger_searchgram ALTER COLUMN gram TYPE varchar(2) COLLATE "default"')


class Migration(migrations.Migration):

    dependencies = [("ledger", "0005_fact_counts")]

    operations = [migrations.RunPython(to_c, back)]
